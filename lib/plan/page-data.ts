/**
 * The page dataset: what the content script needs to find mentions and give verdicts, and nothing
 * more. It comes in two files, since the content script loads the checker only on pages about the
 * plan (entrypoints/checker.ts): seeds/plan.page-terms.json, the terms the detector needs (in
 * content.js, on every page), and seeds/plan.page.json, the figures, cue words and misstatements
 * the checker needs (in checker.js). The card's texts (labels, figures as written, notes, later
 * developments, summaries, sources, corrections) stay in the full dataset, which the card page and
 * the background read by id when a card opens; claims carry their reason as data, not prose
 * (lib/check/explain.ts).
 *
 * Both files are generated from the validated seed by `npm run seeds:page` (projectPageData); a
 * test and the build fail when one is stale. expandPageTerms turns the first back into the
 * detector's terms, expandPageData both into a PlanDataset for compileEngine: verdicts are the same
 * as with the full dataset, and every text field holds a reference (`ref`) to the full dataset's
 * text (a page claim's `official` is one: the card page shows the figure's own display instead).
 * No zod, no full dataset here: this module is safe in the content script.
 */
import { cueKey, foldWidth } from '../detect/fold';
import type { Figure, FigureValue, Misstatement, PlanDataset, Status, Subject, Term, Text } from './schema';

function figureValue(v: PageValue): FigureValue {
  if (v.length === 0) return { kind: 'none' };
  if (typeof v[0] === 'number')
    return { kind: 'amount', value: v[0], unit: v[1], bound: v[2] } as FigureValue;
  return (v[1] ? { kind: 'date', date: v[0], season: v[1] } : { kind: 'date', date: v[0] }) as FigureValue;
}

/** A figure's value: amount [value, unit, bound], date [date, season?], none []. */
type PageValue = [] | [number, string, string] | [string] | [string, string];
/**
 * Figure: id, kind (index into `kinds`: its status and scope), value, ja cue indexes, en cue indexes
 * (into `cues`), and for the claim model `[subject, asOf, ja qualifiers, en qualifiers]` when the
 * figure has any of them.
 */
type PageFigure =
  | [string, number, PageValue, number[], number[]]
  | [string, number, PageValue, number[], number[], [Subject | null, string | null, number[]?, number[]?]];
/**
 * Term: id, kind, anchorsPlan, ja aliases, en aliases, exclusions: what the detector reads. The
 * figures a term points at are the checker's (PageDataFile.termFigures).
 */
type PageTerm = [string, Term['kind'], boolean, string[], string[], string[]];
/**
 * Misstatement: id, figure id, then how it is detected: ja and en cue indexes (into `cues`), the
 * patterns, and the misstating value when it has one.
 */
type PageMisstatement =
  | [string, string | null, number[], number[], string[]]
  | [string, string | null, number[], number[], string[], PageValue];

/** seeds/plan.page-terms.json: the detector's part, carried by content.js. */
export interface PageTermsFile {
  version: string;
  terms: PageTerm[];
}

/** seeds/plan.page.json: the checker's part, carried by checker.js. */
export interface PageDataFile {
  version: string;
  /** Every figure cue word once, as the checker compares them (see cueKey). */
  cues: string[];
  /** Every [status, scope] pair a figure has, once (60 figures have 7). */
  kinds: Array<[Status, Figure['scope']]>;
  figures: PageFigure[];
  /** Per term (in the terms file's order): the indexes of the figures it points at. */
  termFigures: number[][];
  misstatements: PageMisstatement[];
}

/** Both parts of the page dataset, as `npm run seeds:page` writes them. */
export interface PageData {
  terms: PageTermsFile;
  checks: PageDataFile;
}

/**
 * How the checker compares cue words (lib/check/cues.ts CueIndex) and aliases (the matcher's
 * RegExp is case-insensitive over width-folded text): two words with the same key are one word to
 * it, so the page dataset keeps the first only.
 */
export { cueKey };

/** The page dataset of a (validated) full dataset. Deterministic: the generated file is stable. */
export function projectPageData(data: PlanDataset): PageData {
  const cues: string[] = [];
  const cueIndex = new Map<string, number>();
  const idx = (cue: string): number => {
    const key = cueKey(cue);
    let i = cueIndex.get(key);
    if (i === undefined) {
      i = cues.push(cue) - 1;
      cueIndex.set(key, i);
    }
    return i;
  };
  /** A figure's cue words as indexes, each word once (the checker takes each cue once per figure). */
  const idxs = (words: readonly string[]): number[] => [...new Set(words.map(idx))];
  const kinds: Array<[Status, Figure['scope']]> = [];
  const kindIndex = (f: Figure): number => {
    const i = kinds.findIndex(([status, scope]) => status === f.status && scope === f.scope);
    return i >= 0 ? i : kinds.push([f.status, f.scope]) - 1;
  };
  const figureIndex = new Map(data.figures.map((f, i) => [f.id, i]));
  // An alias that differs from an earlier one of its term only in width or case adds nothing.
  const distinct = (aliases: readonly string[], seen: Set<string>): string[] =>
    aliases.filter((a) => {
      const key = foldWidth(a).trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const pageValue = (v: FigureValue): PageValue =>
    v.kind === 'amount'
      ? [v.value, v.unit, v.bound]
      : v.kind === 'date'
        ? v.season
          ? [v.date, v.season]
          : [v.date]
        : [];
  const figures = data.figures.map((f): PageFigure => {
    const row: PageFigure = [f.id, kindIndex(f), pageValue(f.value), idxs(f.cues.ja), idxs(f.cues.en)];
    if (f.subject === undefined && f.asOf === undefined && f.qualifiers === undefined) return row;
    const claim: [Subject | null, string | null, number[]?, number[]?] = [f.subject ?? null, f.asOf ?? null];
    if (f.qualifiers !== undefined) claim.push(idxs(f.qualifiers.ja), idxs(f.qualifiers.en));
    return [...row, claim];
  });
  const version = data.plan.datasetVersion;
  const terms = data.terms.map((t): PageTerm => {
    const seen = new Set<string>();
    return [
      t.id,
      t.kind,
      t.anchorsPlan,
      distinct(t.aliases.ja, seen),
      distinct(t.aliases.en, seen),
      t.exclusions,
    ];
  });
  return {
    terms: { version, terms },
    checks: {
      version,
      cues,
      kinds,
      figures,
      termFigures: data.terms.map((t) =>
        t.figureIds.map((id) => figureIndex.get(id) ?? -1).filter((i) => i >= 0),
      ),
      misstatements: data.misstatements.map((m): PageMisstatement => {
        const { cues: words, value, patterns } = m.detect;
        const row: PageMisstatement = [m.id, m.figureId, idxs(words.ja), idxs(words.en), patterns];
        return value === undefined ? row : [...row, pageValue(value)];
      }),
    },
  };
}

const REF_OPEN = '\uE000';
const REF_CLOSE = '\uE001';

/** A stand-in for a text field of a record: `f|<id>|label|ja`. */
export const ref = (kind: 'f' | 'm' | 't', id: string, field: string, lang: 'ja' | 'en'): string =>
  `${REF_OPEN}${kind}|${id}|${field}|${lang}${REF_CLOSE}`;

const refText = (kind: 'f' | 'm' | 't', id: string, field: string): Text => ({
  ja: ref(kind, id, field, 'ja'),
  en: ref(kind, id, field, 'en'),
});

export const hasRefs = (text: string): boolean => text.includes(REF_OPEN);

/**
 * The terms of the terms file. For the detector alone, figureIds stay empty; expandPageData gives
 * the checker's links (termFigures, indexes into its figures, whose ids are `figureIds`). Text
 * fields hold references, as in expandPageData.
 */
export function expandPageTerms(
  file: PageTermsFile,
  termFigures?: readonly number[][],
  figureIds?: readonly string[],
): Term[] {
  return file.terms.map(([id, kind, anchorsPlan, ja, en, exclusions], i) => ({
    id,
    name: refText('t', id, 'name'),
    kind,
    aliases: { ja, en },
    exclusions,
    anchorsPlan,
    summary: refText('t', id, 'summary'),
    policyId: null,
    figureIds: (termFigures?.[i] ?? []).map((f) => figureIds?.[f] as string),
    instructionIds: [],
    sources: [],
  }));
}

/**
 * The page dataset as a PlanDataset. Fields the checker reads hold their values; text fields hold
 * references; notes, later developments and sources are empty (explanations are written from the
 * claims' reasons where the full dataset is, see lib/check/details.ts); the other collections are
 * empty.
 */
export function expandPageData(termsFile: PageTermsFile, file: PageDataFile): PlanDataset {
  if (termsFile.version !== file.version) {
    // Two files of one generation: a mix would link terms to the wrong figures.
    throw new Error(`page dataset parts differ: terms ${termsFile.version}, checks ${file.version}`);
  }
  const words = (indexes: readonly number[]): string[] => indexes.map((i) => file.cues[i] as string);
  const figures: Figure[] = file.figures.map(([id, kind, value, ja, en, claim]) => {
    const [status, scope] = file.kinds[kind] as [Status, Figure['scope']];
    return {
      id,
      ...(claim?.[0] ? { subject: claim[0] } : {}),
      ...(claim?.[1] ? { asOf: claim[1] } : {}),
      ...(claim?.[2] && claim[3]
        ? {
            qualifiers: {
              ja: words(claim[2]),
              en: words(claim[3]),
            },
          }
        : {}),
      label: refText('f', id, 'label'),
      display: refText('f', id, 'display'),
      value: figureValue(value),
      status,
      scope,
      policyId: null,
      instructionIds: [],
      cues: { ja: words(ja), en: words(en) },
      sources: [],
      later: [],
    };
  });
  const terms = expandPageTerms(
    termsFile,
    file.termFigures,
    file.figures.map((f) => f[0]),
  );
  const misstatements: Misstatement[] = file.misstatements.map(([id, figureId, ja, en, patterns, value]) => ({
    id,
    claim: refText('m', id, 'claim'),
    correction: refText('m', id, 'correction'),
    figureId,
    detect: {
      cues: { ja: words(ja), en: words(en) },
      ...(value === undefined ? {} : { value: figureValue(value) }),
      patterns,
    },
    sources: [],
  }));
  return {
    figures,
    terms,
    misstatements,
    principles: [],
    policies: [],
    instructions: [],
    sources: [],
    timeline: [],
    reactions: [],
  } as unknown as PlanDataset;
}
