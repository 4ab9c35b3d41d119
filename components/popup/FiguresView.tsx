import type { Figure } from '../../lib/plan/schema';
import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';
import { StatusTag } from '../common/StatusTag';
import { InvestmentChart, UsageChart } from './Charts';
import { FigureCard } from './FigureCard';

/** Figures grouped by basic policy, the charts first, the known misstatements last. */
export function FiguresView() {
  const { t, lang } = useI18n();
  const { dataset, lookup } = useDataset();
  const groups: { key: string; title: string; figures: Figure[] }[] = dataset.policies.map((p) => ({
    key: p.id,
    title: `${t('policy_number', p.number)} ${p.slogan[lang]}`,
    figures: dataset.figures.filter((f) => f.policyId === p.id),
  }));
  groups.push({
    key: 'none',
    title: t('popup_figures_other'),
    figures: dataset.figures.filter((f) => !f.policyId || !lookup.policy(f.policyId)),
  });
  return (
    <div class="pl-view pl-figures">
      <section class="pl-section" aria-labelledby="pl-h-charts">
        <h2 class="pl-section__title" id="pl-h-charts">
          {t('chart_section')}
        </h2>
        <UsageChart />
        <InvestmentChart />
      </section>
      <p class="pl-note">{t('popup_status_legend')}</p>
      {groups
        .filter((g) => g.figures.length > 0)
        .map((group) => (
          <section key={group.key} class="pl-section" aria-labelledby={`pl-h-fig-${group.key}`}>
            <h2 class="pl-section__title" id={`pl-h-fig-${group.key}`}>
              {group.title}
            </h2>
            {group.figures.map((figure) => (
              <FigureCard key={figure.id} figure={figure} />
            ))}
          </section>
        ))}
      <section class="pl-section" aria-labelledby="pl-h-misstatements">
        <h2 class="pl-section__title" id="pl-h-misstatements">
          {t('popup_misstatements')}
        </h2>
        {dataset.misstatements.map((m) => (
          <article
            key={m.id}
            class="pl-card pl-misstatement"
            id={anchorId('misstatement', m.id)}
            tabIndex={-1}
          >
            <p class="pl-misstatement__claim">
              <StatusTag status="misstatement" /> <s class="pl-misstatement__text">{m.claim[lang]}</s>
            </p>
            <p class="pl-misstatement__correction">
              <span class="pl-misstatement__arrow" aria-hidden="true">
                →{' '}
              </span>
              <span class="pl-visually-hidden">{t('popup_correction')}: </span>
              {m.correction[lang]}
            </p>
            {m.sources.map((citation) => (
              <SourceLink
                key={citation.sourceId + citation.quote}
                citation={citation}
                source={lookup.source(citation.sourceId)}
              />
            ))}
          </article>
        ))}
      </section>
    </div>
  );
}
