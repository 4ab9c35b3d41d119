/**
 * Typed access to the bundled dataset and the indexes derived from it. Built once, on first use.
 * No zod: the schema is imported for its types only, so this module is safe in the content script.
 */
import { dataset } from './data';
import { aliasKey, foldWidth } from './fold';
import type {
  Figure,
  Instruction,
  Milestone,
  Misstatement,
  PlanDataset,
  Policy,
  Principle,
  Source,
  Term,
} from './schema';

export { aliasKey, foldWidth } from './fold';
export type * from './schema';
export { dataset };

export interface AliasEntry {
  /** The alias with full-width ASCII folded to half-width (what the detector matches). */
  alias: string;
  termId: string;
  lang: 'ja' | 'en';
}

export interface CueEntry {
  /** The cue word, full-width ASCII folded. */
  cue: string;
  lang: 'ja' | 'en';
  /** Figures whose cues contain this word. */
  figureIds: string[];
}

export interface MisstatementPattern {
  misstatementId: string;
  regex: RegExp;
}

interface Indexes {
  figures: Map<string, Figure>;
  terms: Map<string, Term>;
  policies: Map<string, Policy>;
  principles: Map<string, Principle>;
  instructions: Map<string, Instruction>;
  sources: Map<string, Source>;
  misstatements: Map<string, Misstatement>;
  figuresByPolicy: Map<string, Figure[]>;
  figuresByInstruction: Map<string, Figure[]>;
  termsByAliasExact: Map<string, Term>;
  termsByAliasKey: Map<string, Term>;
  aliases: AliasEntry[];
  cues: CueEntry[];
  figuresByCue: Map<string, Figure[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

function build(data: PlanDataset): Indexes {
  const figuresByPolicy = new Map<string, Figure[]>();
  const figuresByInstruction = new Map<string, Figure[]>();
  const cueMap = new Map<string, CueEntry>();
  for (const f of data.figures) {
    if (f.policyId) figuresByPolicy.set(f.policyId, [...(figuresByPolicy.get(f.policyId) ?? []), f]);
    for (const i of f.instructionIds)
      figuresByInstruction.set(i, [...(figuresByInstruction.get(i) ?? []), f]);
    for (const lang of ['ja', 'en'] as const) {
      for (const raw of f.cues[lang]) {
        const cue = foldWidth(raw);
        const key = `${lang}\u0000${cue}`;
        const entry = cueMap.get(key) ?? { cue, lang, figureIds: [] };
        if (!entry.figureIds.includes(f.id)) entry.figureIds.push(f.id);
        cueMap.set(key, entry);
      }
    }
  }
  // An instruction also names its figures; keep both directions in step.
  for (const ins of data.instructions) {
    const list = figuresByInstruction.get(ins.id) ?? [];
    for (const id of ins.figureIds) {
      const f = data.figures.find((x) => x.id === id);
      if (f && !list.includes(f)) list.push(f);
    }
    figuresByInstruction.set(ins.id, list);
  }

  const termsByAliasExact = new Map<string, Term>();
  const termsByAliasKey = new Map<string, Term>();
  const aliasMap = new Map<string, AliasEntry>();
  for (const term of data.terms) {
    for (const lang of ['ja', 'en'] as const) {
      for (const raw of term.aliases[lang]) {
        const alias = foldWidth(raw);
        termsByAliasExact.set(alias, term);
        termsByAliasKey.set(aliasKey(raw), term);
        if (!aliasMap.has(alias)) aliasMap.set(alias, { alias, termId: term.id, lang });
      }
    }
  }

  const figures = byId(data.figures);
  const cues = [...cueMap.values()].sort((a, b) => longestFirst(a.cue, b.cue));
  const figuresByCue = new Map<string, Figure[]>();
  for (const entry of cues) {
    const list = figuresByCue.get(entry.cue) ?? [];
    for (const id of entry.figureIds) {
      const f = figures.get(id);
      if (f && !list.includes(f)) list.push(f);
    }
    figuresByCue.set(entry.cue, list);
  }

  return {
    figures,
    terms: byId(data.terms),
    policies: byId(data.policies),
    principles: byId(data.principles),
    instructions: byId(data.instructions),
    sources: byId(data.sources),
    misstatements: byId(data.misstatements),
    figuresByPolicy,
    figuresByInstruction,
    termsByAliasExact,
    termsByAliasKey,
    aliases: [...aliasMap.values()].sort((a, b) => longestFirst(a.alias, b.alias)),
    cues,
    figuresByCue,
  };
}

let cache: Indexes | undefined;
const idx = (): Indexes => {
  cache ??= build(dataset);
  return cache;
};

export const getFigure = (id: string): Figure | undefined => idx().figures.get(id);
export const getTerm = (id: string): Term | undefined => idx().terms.get(id);
export const getPolicy = (id: string): Policy | undefined => idx().policies.get(id);
export const getPrinciple = (id: string): Principle | undefined => idx().principles.get(id);
export const getInstruction = (id: string): Instruction | undefined => idx().instructions.get(id);
export const getSource = (id: string): Source | undefined => idx().sources.get(id);
export const getMisstatement = (id: string): Misstatement | undefined => idx().misstatements.get(id);

/** Figures Plan Lens files under a basic policy (its own classification), in dataset order. */
export const figuresByPolicy = (policyId: string): Figure[] => idx().figuresByPolicy.get(policyId) ?? [];

/** Figures tied to one of the PM's instructions (from either side of the link). */
export const figuresByInstruction = (instructionId: string): Figure[] =>
  idx().figuresByInstruction.get(instructionId) ?? [];

/**
 * The term an alias names. Full-width ASCII is folded first and the exact (case-sensitive) form
 * wins; failing that, the alias is looked up case-insensitively.
 */
export function termByAlias(alias: string): Term | undefined {
  const i = idx();
  return i.termsByAliasExact.get(foldWidth(alias)) ?? i.termsByAliasKey.get(aliasKey(alias));
}

/** Every alias (width-folded, deduplicated) with its term, longest first: ready for one matcher. */
export const allAliases = (): readonly AliasEntry[] => idx().aliases;

/** Every figure cue word (width-folded) with the figures carrying it, longest first. */
export const allCues = (): readonly CueEntry[] => idx().cues;

/** Figures whose cue words include this word (width-folded, exact). */
export const figuresByCue = (cue: string): Figure[] => idx().figuresByCue.get(foldWidth(cue)) ?? [];

/** Figures whose cue words occur in a sentence (and whose qualifiers, if any, occur too). */
export function figuresForSentence(sentence: string): Figure[] {
  const text = foldWidth(sentence);
  const has = (words: readonly string[]) => words.some((w) => text.includes(foldWidth(w)));
  return dataset.figures.filter(
    (f) =>
      (has(f.cues.ja) || has(f.cues.en)) && (!f.qualifiers || has(f.qualifiers.ja) || has(f.qualifiers.en)),
  );
}

let patternCache: MisstatementPattern[] | undefined;
/** The misstatements' detection patterns, compiled once (no flags, as the schema says). */
export function misstatementPatterns(): readonly MisstatementPattern[] {
  patternCache ??= dataset.misstatements.flatMap((m) =>
    m.detect.patterns.map((p) => ({ misstatementId: m.id, regex: new RegExp(p) })),
  );
  return patternCache;
}

/** The timeline in date order (partial dates sort before fuller ones of the same period). */
export const timeline = (): Milestone[] =>
  [...dataset.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
