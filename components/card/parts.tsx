import type { Verdict } from '../../lib/check/types';
import type { Citation, LaterDevelopment, Status } from '../../lib/plan/schema';
import { SourceKind } from '../common/SourceKind';
import { SourceQuote } from '../common/SourceQuote';
import type { Lang, Translate } from '../i18n';
import { sourceById } from './plan-lookup';

const VERDICT_KEYS: Record<Verdict, string> = {
  match: 'card_verdict_match',
  mismatch: 'card_verdict_mismatch',
  misstatement: 'card_verdict_misstatement',
  'not-in-plan': 'card_verdict_not_in_plan',
};

/** A glyph beside the colour, so the verdict never rests on colour alone. */
const VERDICT_ICONS: Record<Verdict, string> = {
  match: '✓',
  mismatch: '✕',
  misstatement: '!',
  'not-in-plan': '?',
};

export function verdictWords(t: Translate, verdict: Verdict): string {
  return t(VERDICT_KEYS[verdict]);
}

export function VerdictPill({ verdict, t }: { verdict: Verdict; t: Translate }) {
  return (
    <span class={`pill pill--${verdict}`} data-verdict={verdict}>
      <span class="pill__icon" aria-hidden="true">
        {VERDICT_ICONS[verdict]}
      </span>
      {verdictWords(t, verdict)}
    </span>
  );
}

const STATUS_KEYS: Record<Status, string> = {
  plan: 'card_status_plan',
  'pm-statement': 'card_status_pm_statement',
  reported: 'card_status_reported',
  context: 'card_status_context',
  unverified: 'card_status_unverified',
  misstatement: 'card_status_misstatement',
};

/** Whose word a figure is, in words and shape: a reported figure never looks like the plan's own. */
export function StatusTag({ status, t }: { status: Status; t: Translate }) {
  return (
    <span class={`status status--${status}`} data-status={status} title={t(`${STATUS_KEYS[status]}_hint`)}>
      <span class="status__shape" aria-hidden="true" />
      {t(STATUS_KEYS[status])}
    </span>
  );
}

/** "2026-06" → "2026年6月" / "Jun 2026", at the precision given. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (lang === 'ja') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}

/** The publisher with its kind, a link that opens in a new tab, and its words (quote or summary). */
export function SourceLine({ citation, t, lang }: { citation: Citation; t: Translate; lang: Lang }) {
  const source = sourceById(citation.sourceId);
  if (!source) return null;
  return (
    <p class="source">
      <span class="source__label">{t('card_source')}</span>
      <SourceKind kind={source.kind} lang={lang} />
      <a
        class="source__link"
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        title={source.title}
        aria-label={t('card_source_link', source.publisher)}
      >
        {source.publisher}
        {source.date ? <span class="source__date"> · {formatPartialDate(source.date, lang)}</span> : null}
        <span aria-hidden="true"> ↗</span>
      </a>
      <SourceQuote class="source__quote" citation={citation} lang={lang} />
    </p>
  );
}

/** Facts that came after the plan and update a figure: shown beside it, with their dates. */
export function LaterList({
  later,
  t,
  lang,
}: {
  later: readonly LaterDevelopment[];
  t: Translate;
  lang: Lang;
}) {
  if (later.length === 0) return null;
  return (
    <section class="later" aria-label={t('card_later')}>
      <h3 class="section-title">{t('card_later')}</h3>
      <ul>
        {later.map((item) => (
          <li key={item.date + item.text.ja}>
            <span class="later__date">{formatPartialDate(item.date, lang)}</span>
            <span class="later__text">{item.text[lang]}</span> <StatusTag status={item.status} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
