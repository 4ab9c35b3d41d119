/**
 * The state of the dataset's evidence, for `npm run seeds:report`: how many figures have each
 * status, how many sources of each kind, how many citations were confirmed on their page, and
 * which sources could not be checked and why. The next data update starts from this.
 */
import { type DataDates, dataDates } from './evidence';
import {
  type Citation,
  type PlanDataset,
  SOURCE_KINDS,
  type SourceKind,
  STATUSES,
  type Status,
} from './schema';

export interface UncheckedSource {
  sourceId: string;
  publisher: string;
  url: string;
  /** The distinct reasons its citations give, in the order first met. */
  reasons: string[];
  /** How many citations (counting each place a citation appears) rest on it unconfirmed. */
  citations: number;
}

export interface EvidenceReport {
  dates: DataDates;
  figuresByStatus: Record<Status, number>;
  sourcesByKind: Record<SourceKind, number>;
  /** Every citation, counted at each place it appears in the dataset. */
  citations: { confirmed: number; unconfirmed: number };
  /** Distinct (source, quote) pairs: what a person would have to look up again. */
  distinctQuotes: { confirmed: number; unconfirmed: number };
  /** Figures whose first source (the one the card shows) is unconfirmed. */
  figuresWithUnconfirmedFirstSource: string[];
  uncheckedSources: UncheckedSource[];
  /** Sources no citation uses. */
  unusedSources: string[];
}

/** Every citation of the dataset, wherever it appears. */
export function allCitations(data: PlanDataset): Citation[] {
  const out: Citation[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const c = node as Partial<Citation>;
      if (typeof c.sourceId === 'string' && typeof c.quote === 'string') out.push(node as Citation);
      else Object.values(node).forEach(visit);
    }
  };
  visit(data);
  return out;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function evidenceReport(data: PlanDataset): EvidenceReport {
  const figuresByStatus = zeroes(STATUSES);
  for (const f of data.figures) figuresByStatus[f.status]++;
  const sourcesByKind = zeroes(SOURCE_KINDS);
  for (const s of data.sources) sourcesByKind[s.kind]++;

  const citations = allCitations(data);
  const counts = { confirmed: 0, unconfirmed: 0 };
  const distinct = new Map<string, 'confirmed' | 'unconfirmed'>();
  const unchecked = new Map<string, UncheckedSource>();
  for (const c of citations) {
    const state = c.verification.state;
    counts[state]++;
    distinct.set(`${c.sourceId}\u0000${c.quote}`, state);
    if (c.verification.state === 'unconfirmed') {
      const source = data.sources.find((s) => s.id === c.sourceId);
      const entry = unchecked.get(c.sourceId) ?? {
        sourceId: c.sourceId,
        publisher: source?.publisher ?? '?',
        url: source?.url ?? '?',
        reasons: [],
        citations: 0,
      };
      entry.citations++;
      if (!entry.reasons.includes(c.verification.reason)) entry.reasons.push(c.verification.reason);
      unchecked.set(c.sourceId, entry);
    }
  }
  const distinctQuotes = { confirmed: 0, unconfirmed: 0 };
  for (const state of distinct.values()) distinctQuotes[state]++;

  const used = new Set(citations.map((c) => c.sourceId));
  return {
    dates: dataDates(data),
    figuresByStatus,
    sourcesByKind,
    citations: counts,
    distinctQuotes,
    figuresWithUnconfirmedFirstSource: data.figures
      .filter((f) => f.sources[0]?.verification.state !== 'confirmed')
      .map((f) => f.id),
    uncheckedSources: [...unchecked.values()].sort((a, b) => b.citations - a.citations),
    unusedSources: data.sources.filter((s) => !used.has(s.id)).map((s) => s.id),
  };
}

const table = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([k, n]) => `  ${k.padEnd(14)} ${String(n).padStart(3)}`)
    .join('\n');

/** The report as plain text, for the terminal and for pasting into the notes of a data update. */
export function renderReport(r: EvidenceReport): string {
  const lines = [
    'Plan Lens dataset: state of the evidence',
    '',
    `Data as of ${r.dates.asOf}; newest source ${r.dates.newestSource ?? '(none dated)'}; newest later development ${r.dates.newestDevelopment ?? '(none)'}`,
    '',
    'Figures by status',
    table(r.figuresByStatus),
    '',
    'Sources by kind',
    table(r.sourcesByKind),
    '',
    `Quotes (distinct source + words): ${r.distinctQuotes.confirmed} confirmed, ${r.distinctQuotes.unconfirmed} unconfirmed`,
    `Citations (each place one appears): ${r.citations.confirmed} confirmed, ${r.citations.unconfirmed} unconfirmed`,
    '',
    `Figures whose first source is unconfirmed (${r.figuresWithUnconfirmedFirstSource.length}): ${r.figuresWithUnconfirmedFirstSource.join(', ') || '(none)'}`,
    '',
    `Sources with unconfirmed citations (${r.uncheckedSources.length})`,
    ...r.uncheckedSources.flatMap((s) => [
      `  ${s.sourceId} (${s.publisher}, ${s.citations} citation${s.citations === 1 ? '' : 's'}) ${s.url}`,
      ...s.reasons.map((reason) => `    - ${reason}`),
    ]),
    '',
    `Sources no citation uses: ${r.unusedSources.join(', ') || '(none)'}`,
  ];
  return `${lines.join('\n')}\n`;
}
