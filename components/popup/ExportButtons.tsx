import { useState } from 'preact/hooks';
import { type ClaimExport, claimPlainText, claimReviewJson } from '../../lib/export/index';
import { useI18n } from '../common/i18n-context';

interface Props {
  /** Built when a button is pressed, so the date is the day of the copy. */
  build: () => ClaimExport | Promise<ClaimExport>;
  copy: (text: string) => Promise<void>;
}

/** Copy one verdict as ClaimReview JSON-LD or as plain text. */
export function ExportButtons({ build, copy }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const run = async (kind: 'json' | 'text') => {
    try {
      const input = await build();
      const text =
        kind === 'json'
          ? claimReviewJson(input)
          : claimPlainText(input, {
              claim: t('export_label_claim'),
              verdict: t('export_label_verdict'),
              official: t('export_label_official'),
              source: t('export_label_source'),
              page: t('export_label_page'),
              by: t('export_label_by'),
            });
      await copy(text);
      setStatus(kind === 'json' ? t('export_copied_json') : t('export_copied_text'));
    } catch {
      setStatus(t('export_copy_failed'));
    }
  };
  return (
    <div class="pl-export">
      <button type="button" class="pl-button pl-button--small" onClick={() => void run('text')}>
        {t('export_copy_text')}
      </button>
      <button type="button" class="pl-button pl-button--small" onClick={() => void run('json')}>
        {t('export_copy_json')}
      </button>
      <span class="pl-export__status" role="status">
        {status}
      </span>
    </div>
  );
}
