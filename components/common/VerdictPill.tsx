import type { Verdict } from '../../lib/check/types';
import { useI18n } from './i18n-context';

const KEYS: Record<Verdict, string> = {
  match: 'verdict_match',
  mismatch: 'verdict_mismatch',
  misstatement: 'verdict_misstatement',
  'not-in-plan': 'verdict_not_in_plan',
};

/** A glyph as well as a colour, so the verdict never rests on colour alone. */
const ICONS: Record<Verdict, string> = {
  match: '✓',
  mismatch: '✕',
  misstatement: '!',
  'not-in-plan': '?',
};

export function verdictKey(verdict: Verdict): string {
  return KEYS[verdict];
}

export function VerdictPill({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span class={`pl-pill pl-verdict pl-verdict--${verdict}`} data-verdict={verdict}>
      <span class="pl-pill__icon" aria-hidden="true">
        {ICONS[verdict]}
      </span>
      {t(KEYS[verdict])}
    </span>
  );
}
