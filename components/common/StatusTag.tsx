import type { Status } from '../../lib/plan/schema';
import { useI18n } from './i18n-context';

const KEYS: Record<Status, string> = {
  plan: 'status_plan',
  'pm-statement': 'status_pm_statement',
  reported: 'status_reported',
  context: 'status_context',
  unverified: 'status_unverified',
  misstatement: 'status_misstatement',
};

const HINTS: Record<Status, string> = {
  plan: 'status_plan_hint',
  'pm-statement': 'status_pm_statement_hint',
  reported: 'status_reported_hint',
  context: 'status_context_hint',
  unverified: 'status_unverified_hint',
  misstatement: 'status_misstatement_hint',
};

export function statusKey(status: Status): string {
  return KEYS[status];
}

/**
 * Whose word a figure is. Each status has its own colour, shape (●, ◆, ○, □, dashed ◇, ✕) and
 * border, and always its name in words: a reported figure never looks like the plan's own.
 */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span class={`pl-tag pl-status pl-status--${status}`} data-status={status} title={t(HINTS[status])}>
      <span class="pl-tag__shape" aria-hidden="true" />
      {t(KEYS[status])}
    </span>
  );
}
