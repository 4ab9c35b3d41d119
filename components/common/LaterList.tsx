import type { LaterDevelopment, Source } from '../../lib/plan/schema';
import { newestDate } from './explanation';
import { formatDate, useI18n } from './i18n-context';
import { SourceLink } from './SourceLink';
import { StatusTag } from './StatusTag';

interface Props {
  later: readonly LaterDevelopment[];
  /** When given, each development shows its sources too (the popup has room; the card does not). */
  sourceOf?: (id: string) => Source | undefined;
}

/** Facts that came after the plan, dated, under a title that says how far they reach. */
export function LaterList({ later, sourceOf }: Props) {
  const { t, lang } = useI18n();
  const newest = newestDate(later.map((item) => item.date));
  if (later.length === 0 || newest === null) return null;
  return (
    // Not a labelled section: one per figure would make many landmarks of the same name.
    <div class="pl-later">
      <p class="pl-later__title">{t('kit_later_through', formatDate(newest, lang))}</p>
      <ul class="pl-later__list">
        {later.map((item) => (
          <li key={item.date + item.text.ja}>
            <time dateTime={item.date} class="pl-later__date">
              {formatDate(item.date, lang)}
            </time>{' '}
            {item.text[lang]} <StatusTag status={item.status} />
            {sourceOf
              ? item.sources.map((citation) => (
                  <SourceLink
                    key={citation.sourceId + citation.quote}
                    citation={citation}
                    source={sourceOf(citation.sourceId)}
                  />
                ))
              : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
