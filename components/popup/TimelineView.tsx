import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { formatDate, useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';
import { StatusTag } from '../common/StatusTag';

/** Milestones in date order; facts after the plan's decision are marked as later. */
export function TimelineView() {
  const { t, lang } = useI18n();
  const { dataset, lookup } = useDataset();
  const milestones = [...dataset.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div class="pl-view pl-timeline-view">
      <p class="pl-note">{t('popup_timeline_note', formatDate(dataset.plan.asOf, lang))}</p>
      <ol class="pl-timeline">
        {milestones.map((m) => {
          const decision = m.date === dataset.plan.decidedOn;
          return (
            <li
              key={m.id}
              id={anchorId('milestone', m.id)}
              tabIndex={-1}
              class={`pl-milestone${m.later ? ' pl-milestone--later' : ''}${decision ? ' pl-milestone--decision' : ''}`}
            >
              <span class="pl-milestone__dot" aria-hidden="true" />
              <p class="pl-milestone__head">
                <time dateTime={m.date} class="pl-milestone__date">
                  {formatDate(m.date, lang)}
                </time>
                {m.later ? <span class="pl-later__badge">{t('popup_later')}</span> : null}
                <StatusTag status={m.status} />
              </p>
              <p class="pl-milestone__label">{m.label[lang]}</p>
              {m.sources.slice(0, 1).map((citation) => (
                <SourceLink
                  key={citation.sourceId + citation.quote}
                  citation={citation}
                  source={lookup.source(citation.sourceId)}
                />
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
