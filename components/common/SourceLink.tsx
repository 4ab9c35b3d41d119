import type { Citation, Source } from '../../lib/plan/schema';
import { formatDate, useI18n } from './i18n-context';

interface Props {
  citation: Citation;
  source: Source | undefined;
}

/** Publisher, date, the short quote, and a link that opens the source in a new tab. */
export function SourceLink({ citation, source }: Props) {
  const { t, lang } = useI18n();
  if (!source) return null;
  const open = lang === 'ja' ? '「' : '“';
  const close = lang === 'ja' ? '」' : '”';
  return (
    <p class="pl-source">
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
      <span class="pl-source__quote">
        {open}
        {citation.quote}
        {close}
      </span>
    </p>
  );
}
