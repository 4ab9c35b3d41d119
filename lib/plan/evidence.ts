/**
 * How the evidence under a figure is shown, and how old the data is. Pure functions on the
 * dataset's types: the card, the popup, the options page and the report script share them.
 * No zod, no browser API.
 */
import type { Citation, PlanDataset, SourceKind } from './schema';

type Lang = 'ja' | 'en';

/** A citation as a reader sees it: the page's words in quotation marks, or Plan Lens's summary. */
export type CitationDisplay =
  | { form: 'quote'; text: string; open: string; close: string }
  | { form: 'summary'; text: string; label: string };

const SUMMARY_LABEL: Record<Lang, string> = { ja: '要約', en: 'Summary' };

/**
 * Only words confirmed on the source page are put in quotation marks. Anything else (not found,
 * page not stored) is shown as a summary in Plan Lens's words, labelled so, never as a quote.
 */
export function citationDisplay(citation: Citation, lang: Lang): CitationDisplay {
  if (citation.verification?.state === 'confirmed') {
    const [open, close] = lang === 'ja' ? ['「', '」'] : ['“', '”'];
    return { form: 'quote', text: citation.quote, open, close };
  }
  return { form: 'summary', text: citation.quote, label: SUMMARY_LABEL[lang] };
}

const KIND_LABELS: Record<SourceKind, Record<Lang, string>> = {
  government: { ja: '政府', en: 'Government' },
  survey: { ja: '調査', en: 'Survey' },
  wire: { ja: '通信社', en: 'Wire' },
  newspaper: { ja: '報道機関', en: 'News outlet' },
  'trade-press': { ja: '専門メディア', en: 'Trade press' },
  blog: { ja: 'ブログ等', en: 'Blog' },
};

/** The words shown beside a source for its kind. */
export const sourceKindLabel = (kind: SourceKind, lang: Lang): string => KIND_LABELS[kind][lang];

export interface DataDates {
  /** The day the dataset says it is current to (plan.asOf). */
  asOf: string;
  /** The newest publication date among the sources (YYYY-MM-DD), or null when none has a date. */
  newestSource: string | null;
  /**
   * The newest date of a later development (a figure's `later` or a later timeline milestone), at
   * the precision the data gives (YYYY, YYYY-MM or YYYY-MM-DD), or null when there is none.
   */
  newestDevelopment: string | null;
}

/**
 * Compares dates written at different precisions: a partial date counts as the start of its
 * period, so "2026-06" sorts before "2026-06-18" and after "2026-05-31".
 */
function laterOf(a: string | null, b: string): string {
  if (a === null) return b;
  return b > a ? b : a;
}

/** How far the data reaches: its as-of date, its newest source, its newest later development. */
export function dataDates(data: PlanDataset): DataDates {
  let newestSource: string | null = null;
  for (const s of data.sources) if (s.date) newestSource = laterOf(newestSource, s.date);
  let newestDevelopment: string | null = null;
  for (const f of data.figures)
    for (const l of f.later) newestDevelopment = laterOf(newestDevelopment, l.date);
  for (const m of data.timeline) if (m.later) newestDevelopment = laterOf(newestDevelopment, m.date);
  return { asOf: data.plan.asOf, newestSource, newestDevelopment };
}
