import type { Figure } from '../../lib/plan/schema';
import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { LaterList } from '../common/LaterList';
import { SourceLink } from '../common/SourceLink';
import { StatusTag } from '../common/StatusTag';

const UNIT_KEYS: Record<string, string> = {
  JPY: 'common_unit_jpy',
  USD: 'common_unit_usd',
  persons: 'common_unit_persons',
  ratio: 'common_unit_ratio',
  multiplier: 'common_unit_multiplier',
  count: 'common_unit_count',
  parameters: 'common_unit_parameters',
  watts: 'common_unit_watts',
  years: 'common_unit_years',
  date: 'common_unit_date',
  none: 'common_unit_none',
};

const SCOPE_KEYS: Record<Figure['scope'], string> = {
  plan: 'popup_scope_plan',
  'other-programme': 'popup_scope_other',
  comparison: 'popup_scope_comparison',
};

/** One figure: value as articles write it, status, policy, target date, sources, later facts. */
export function FigureCard({ figure }: { figure: Figure }) {
  const { t, lang } = useI18n();
  const { lookup } = useDataset();
  const policy = lookup.policy(figure.policyId);
  const unit = figure.value.kind === 'amount' ? figure.value.unit : figure.value.kind;
  return (
    <article
      class={`pl-card pl-figure pl-figure--${figure.status}`}
      id={anchorId('figure', figure.id)}
      tabIndex={-1}
    >
      <header class="pl-figure__head">
        <h3 class="pl-figure__label">{figure.label[lang]}</h3>
        <StatusTag status={figure.status} />
      </header>
      <p class="pl-figure__value">{figure.display[lang]}</p>
      <dl class="pl-figure__meta">
        <div>
          <dt>{t('popup_figure_unit')}</dt>
          <dd>{t(UNIT_KEYS[unit] ?? 'common_unit_none')}</dd>
        </div>
        {figure.when ? (
          <div>
            <dt>{t('popup_figure_when')}</dt>
            <dd>{figure.when[lang]}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('popup_figure_policy')}</dt>
          <dd>
            {policy ? (
              <span class={`pl-chip pl-chip--policy-${policy.number}`}>
                {t('policy_number', policy.number)} {policy.slogan[lang]}
              </span>
            ) : (
              t(SCOPE_KEYS[figure.scope])
            )}
          </dd>
        </div>
      </dl>
      {figure.note ? <p class="pl-figure__note">{figure.note[lang]}</p> : null}
      {figure.sources.map((citation) => (
        <SourceLink
          key={citation.sourceId + citation.quote}
          citation={citation}
          source={lookup.source(citation.sourceId)}
        />
      ))}
      <LaterList later={figure.later} sourceOf={lookup.source} />
    </article>
  );
}
