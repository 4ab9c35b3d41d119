import type { Citation, Source } from '../../lib/plan/schema';
import { formatDate, useI18n } from './i18n-context';
import { SourceKind } from './SourceKind';
import { SourceQuote } from './SourceQuote';

interface Props {
  citation: Citation;
  source: Source | undefined;
}

/**
 * The kind of source, its publisher and date as a link that opens it in a new tab, and its words:
 * quoted when confirmed on the page, else Plan Lens's labelled summary (see SourceQuote).
 */
export function SourceLink({ citation, source }: Props) {
  const { t, lang } = useI18n();
  if (!source) return null;
  return (
    <p class="pl-source">
      <SourceKind kind={source.kind} lang={lang} />
      <a
        class="pl-source__link"
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        title={source.title}
        aria-label={t('common_source_link', source.publisher, source.title)}
      >
        {source.publisher}
        {source.date ? <span class="pl-source__date"> · {formatDate(source.date, lang)}</span> : null}
        <span class="pl-source__ext" aria-hidden="true">
          {' '}
          ↗
        </span>
      </a>{' '}
      <SourceQuote class="pl-source__quote" citation={citation} lang={lang} />
    </p>
  );
}
