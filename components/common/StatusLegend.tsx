import type { Status } from '../../lib/plan/schema';
import { useI18n } from './i18n-context';
import { StatusTag } from './StatusTag';

const LINES: Record<Status, string> = {
  plan: 'kit_legend_plan',
  'pm-statement': 'kit_legend_pm_statement',
  reported: 'kit_legend_reported',
  context: 'kit_legend_context',
  unverified: 'kit_legend_unverified',
  misstatement: 'kit_legend_misstatement',
};

/** Each status's tag beside one line saying what it means. */
export function StatusLegend({ statuses = Object.keys(LINES) as Status[] }: { statuses?: Status[] }) {
  const { t } = useI18n();
  return (
    <section class="pl-legend" aria-label={t('kit_legend_title')}>
      <h3 class="pl-legend__title">{t('kit_legend_title')}</h3>
      <dl class="pl-legend__list">
        {statuses.map((status) => (
          <div key={status} class="pl-legend__row">
            <dt>
              <StatusTag status={status} />
            </dt>
            <dd>{t(LINES[status])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
