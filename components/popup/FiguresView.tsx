import type { Figure } from '../../lib/plan/schema';
import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';
import { StatusLegend } from '../common/StatusLegend';
import { StatusTag } from '../common/StatusTag';
import { InvestmentChart, UsageChart } from './Charts';
import { FigureCard } from './FigureCard';

/** The plan's own word: its text or the PM's statement, about the plan itself. */
export function isOwnFigure(figure: Figure): boolean {
  return (figure.status === 'plan' || figure.status === 'pm-statement') && figure.scope === 'plan';
}

function isReported(figure: Figure): boolean {
  return (
    !isOwnFigure(figure) &&
    (figure.status === 'reported' || figure.status === 'unverified') &&
    figure.scope === 'plan'
  );
}

/**
 * The plan's own figures first, grouped by basic policy; reported figures, and comparison figures
 * with other programmes' numbers, in their own closed sections; the known misstatements last.
 */
export function FiguresView() {
  const { t, lang } = useI18n();
  const { dataset, lookup } = useDataset();
  const own = dataset.figures.filter(isOwnFigure);
  const reported = dataset.figures.filter(isReported);
  const others = dataset.figures.filter((f) => !isOwnFigure(f) && !isReported(f));
  const groups: { key: string; title: string; figures: Figure[] }[] = dataset.policies.map((p) => ({
    key: p.id,
    title: `${t('policy_number', p.number)} ${p.slogan[lang]}`,
    figures: own.filter((f) => f.policyId === p.id),
  }));
  groups.push({
    key: 'none',
    title: t('popup_figures_other'),
    figures: own.filter((f) => !f.policyId || !lookup.policy(f.policyId)),
  });
  const closed: { key: string; title: string; figures: Figure[] }[] = [
    { key: 'reported', title: t('popup_figures_reported', reported.length), figures: reported },
    { key: 'comparison', title: t('popup_figures_comparison', others.length), figures: others },
  ];
  return (
    <div class="pl-view pl-figures">
      <section class="pl-section" aria-labelledby="pl-h-charts">
        <h2 class="pl-section__title" id="pl-h-charts">
          {t('chart_section')}
        </h2>
        <UsageChart />
        <InvestmentChart />
      </section>
      <div class="pl-card">
        <StatusLegend />
      </div>
      <p class="pl-note">{t('popup_figures_own_hint')}</p>
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
      {closed
        .filter((g) => g.figures.length > 0)
        .map((group) => (
          <details key={group.key} class="pl-section pl-fold" id={`pl-fold-${group.key}`}>
            <summary class="pl-section__title pl-fold__summary">{group.title}</summary>
            {group.figures.map((figure) => (
              <FigureCard key={figure.id} figure={figure} />
            ))}
          </details>
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
