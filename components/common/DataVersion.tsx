import type { DataVersionInfo } from './data-version';
import { formatDate, useI18n } from './i18n-context';

/** "Data v1.0.0 (as of …; newest source …)": in the popup's header and on the options page. */
export function DataVersion({ info }: { info: DataVersionInfo }) {
  const { t, lang } = useI18n();
  const newest = info.newestSource ? formatDate(info.newestSource, lang) : '—';
  return (
    <p class="pl-data-version">{t('kit_data_version', info.version, formatDate(info.asOf, lang), newest)}</p>
  );
}
