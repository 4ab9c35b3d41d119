import type { PlanDataset } from '../../lib/plan/schema';
import { dataVersion } from './data-version';
import { formatDate, useI18n } from './i18n-context';

/** "Data v1.0.0 (as of …; newest source …)": shown in the popup's header and on the options page. */
export function DataVersion({ dataset, class: className }: { dataset: PlanDataset; class?: string }) {
  const { t, lang } = useI18n();
  const { version, asOf, newestSource } = dataVersion(dataset);
  return (
    <p class={className ?? 'pl-data-version'}>
      {t(
        'kit_data_version',
        version,
        formatDate(asOf, lang),
        newestSource ? formatDate(newestSource, lang) : '—',
      )}
    </p>
  );
}
