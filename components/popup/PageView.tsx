import { useEffect, useState } from 'preact/hooks';
import type { ClaimExport } from '../../lib/export/index';
import type { FindingSummary } from '../../lib/messages';
import { valueLabelKey } from '../common/ClaimSummary';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { type CountKeys, countWords } from '../common/plural';
import { StatusTag, statusKey } from '../common/StatusTag';
import { VerdictPill, verdictKey } from '../common/VerdictPill';
import type { CheckText, PageState, PopupBridge } from './bridge';
import { ExportButtons } from './ExportButtons';
import { type FindingFilter, isProblem, matchesFilter, problemsFirst } from './finding-order';

interface Props {
  bridge: PopupBridge;
  check: CheckText;
  today?: () => Date;
}

const ASK_AGAIN_MS = 1000;
const ASK_AGAIN_TIMES = 10;

/** The page may still be reading: its content script has not answered, or has found nothing yet. */
function stillReading(state: PageState): boolean {
  if (state.kind === 'unavailable') return state.enabled;
  return state.kind === 'ready' && state.reply.findings.length === 0;
}

/** This page: its findings, problems first, with a filter; and the switch for this site. */
export function PageView({ bridge, check, today = () => new Date() }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<PageState | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  const [asked, setAsked] = useState(0);

  const reload = () => bridge.loadPage().then(setState, () => setState({ kind: 'no-tab' }));

  useEffect(() => {
    void reload();
  }, []);

  // A page still being read (no answer yet, or nothing found yet) is asked again every second for
  // a while: a reader who opens the popup as the page loads sees its list fill in.
  useEffect(() => {
    if (!state || !stillReading(state) || asked >= ASK_AGAIN_TIMES) return;
    const timer = setTimeout(() => {
      setAsked((n) => n + 1);
      void reload();
    }, ASK_AGAIN_MS);
    return () => clearTimeout(timer);
  }, [state, asked]);

  if (!state)
    return (
      <p class="pl-page__status" role="status">
        {t('popup_page_loading')}
      </p>
    );
  if (state.kind === 'no-tab') return <p class="pl-empty">{t('popup_page_no_tab')}</p>;
  if (state.kind === 'restricted') return <p class="pl-empty">{t('popup_page_restricted')}</p>;

  const toggle = () => {
    const next = !state.enabled;
    setBusy(true);
    setNotice('');
    // Called straight from the click: turning on asks for the site's permission.
    bridge
      .setSiteEnabled(state.origin, next)
      .then((ok) => {
        setNotice(
          ok ? (next ? t('popup_site_turned_on') : t('popup_site_turned_off')) : t('popup_site_denied'),
        );
        if (ok) setState({ ...state, enabled: next });
        return ok && next ? reload() : undefined;
      })
      .catch(() => setNotice(t('popup_site_error')))
      .finally(() => setBusy(false));
  };

  const host = new URL(state.origin).host;
  return (
    <div class="pl-view pl-page">
      <div class="pl-card pl-site">
        <div class="pl-site__row">
          <span class="pl-site__text">
            <span class="pl-site__host">{host}</span>
            <span class="pl-site__state">{state.enabled ? t('popup_site_on') : t('popup_site_off')}</span>
          </span>
          <button
            type="button"
            role="switch"
            class="pl-switch"
            aria-checked={state.enabled}
            aria-label={t('popup_site_switch', host)}
            disabled={busy}
            onClick={toggle}
          >
            <span class="pl-switch__thumb" aria-hidden="true" />
          </button>
        </div>
        <p class="pl-site__notice" role="status">
          {notice}
        </p>
      </div>
      {state.kind === 'unavailable' ? (
        <p class="pl-empty">{state.enabled ? t('popup_page_not_ready') : t('popup_page_off')}</p>
      ) : (
        <Findings state={state} bridge={bridge} check={check} today={today} />
      )}
    </div>
  );
}

interface FindingsProps {
  state: Extract<PageState, { kind: 'ready' }>;
  bridge: PopupBridge;
  check: CheckText;
  today: () => Date;
}

const FILTERS: { id: FindingFilter; keys: CountKeys }[] = [
  { id: 'all', keys: { one: 'popup_filter_all_one', other: 'popup_filter_all_other' } },
  { id: 'problems', keys: { one: 'popup_filter_problems_one', other: 'popup_filter_problems_other' } },
  { id: 'numbers', keys: { one: 'popup_filter_numbers_one', other: 'popup_filter_numbers_other' } },
  { id: 'mentions', keys: { one: 'popup_filter_mentions_one', other: 'popup_filter_mentions_other' } },
];
const FINDINGS: CountKeys = { one: 'popup_count_findings_one', other: 'popup_count_findings_other' };
const PROBLEMS: CountKeys = { one: 'popup_count_problems_one', other: 'popup_count_problems_other' };

function Findings({ state, bridge, check, today }: FindingsProps) {
  const { t, lang } = useI18n();
  const { reply } = state;
  const [filter, setFilter] = useState<FindingFilter>('all');
  if (reply.findings.length === 0) return <p class="pl-empty">{t('popup_page_none')}</p>;
  const counts: Record<FindingFilter, number> = {
    all: reply.findings.length,
    problems: reply.findings.filter(isProblem).length,
    numbers: reply.findings.filter((f) => f.kind === 'claim').length,
    mentions: reply.findings.filter((f) => f.kind === 'mention').length,
  };
  const shown = problemsFirst(reply.findings).filter((f) => matchesFilter(f, filter));
  return (
    <section class="pl-section" aria-labelledby="pl-h-findings">
      <h2 class="pl-section__title" id="pl-h-findings">
        {countWords(t, lang, FINDINGS, counts.all)}
        {' · '}
        {countWords(t, lang, PROBLEMS, counts.problems)}
      </h2>
      {reply.capped ? (
        <p class="pl-warning" role="note">
          {t('popup_page_capped', reply.total)}
        </p>
      ) : null}
      <fieldset class="pl-filter">
        <legend class="pl-visually-hidden">{t('popup_filter_label')}</legend>
        {FILTERS.map(({ id, keys }) => (
          <button
            key={id}
            type="button"
            class="pl-filter__button"
            aria-pressed={filter === id}
            onClick={() => setFilter(id)}
          >
            {countWords(t, lang, keys, counts[id])}
          </button>
        ))}
      </fieldset>
      {shown.length === 0 ? <p class="pl-empty">{t('popup_filter_none')}</p> : null}
      <ol class="pl-findings">
        {shown.map((finding) => (
          <FindingRow
            key={finding.index}
            finding={finding}
            onShow={() => void bridge.showFinding(finding.index)}
            pageUrl={reply.url || state.url}
            bridge={bridge}
            check={check}
            today={today}
          />
        ))}
      </ol>
    </section>
  );
}

interface RowProps {
  finding: FindingSummary;
  onShow: () => void;
  pageUrl: string;
  bridge: PopupBridge;
  check: CheckText;
  today: () => Date;
}

function FindingRow({ finding, onShow, pageUrl, bridge, check, today }: RowProps) {
  const { t, lang } = useI18n();
  const { lookup } = useDataset();
  const figure = lookup.figure(finding.figureId);
  const term = lookup.term(finding.termId);
  const verdict = finding.verdict;
  // The explanation is not part of the page's summary: the checker reads the finding's context
  // again, on the copy click, to give the export the same words the card shows.
  const build = async (): Promise<ClaimExport> => {
    const v = verdict ?? 'not-in-plan';
    let explanation = figure ? `${figure.label[lang]}: ${figure.display[lang]}` : t(verdictKey(v));
    try {
      const found = await check(finding.context);
      const claim = found.claims.find((c) => c.text === finding.text) ?? found.claims[0];
      if (claim) explanation = claim.explanation[lang];
    } catch {
      // The short explanation above stands.
    }
    const citation = figure?.sources[0];
    const source = citation ? lookup.source(citation.sourceId) : undefined;
    return {
      claim: finding.context || finding.text,
      verdict: v,
      verdictWords: t(verdictKey(v)),
      explanation,
      official: figure ? figure.display[lang] : finding.official,
      statusWords: figure ? t(statusKey(figure.status)) : null,
      pageUrl,
      sourceUrl: source?.url ?? null,
      sourceName: source?.publisher ?? null,
      date: today(),
      lang,
    };
  };
  return (
    <li class={`pl-finding pl-finding--${finding.kind}`}>
      <button type="button" class="pl-finding__button" onClick={onShow}>
        <span class="pl-finding__head">
          {verdict ? (
            <VerdictPill verdict={verdict} />
          ) : (
            <span class="pl-pill pl-mention">{t('popup_page_mention')}</span>
          )}
          <strong class="pl-finding__text">{finding.text}</strong>
          {term ? <span class="pl-finding__term">{term.name[lang]}</span> : null}
        </span>
        {figure ? (
          <span class="pl-finding__official">
            {t(valueLabelKey(figure.status))} {figure.display[lang]} <StatusTag status={figure.status} />
          </span>
        ) : finding.official ? (
          <span class="pl-finding__official">
            {t(valueLabelKey(null))} {finding.official}
          </span>
        ) : null}
        <span class="pl-finding__context">{finding.context}</span>
        {/* The name starts with what the button shows (axe: label-content-name-mismatch). */}
        <span class="pl-visually-hidden"> {t('popup_page_show_hint')}</span>
      </button>
      {verdict ? <ExportButtons build={build} copy={bridge.copy} /> : null}
    </li>
  );
}
