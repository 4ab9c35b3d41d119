/**
 * The dataset compiled for checking, once: the cue index, the figures as targets (with the cues,
 * terms and entities that point at them), the misstatement rules and the no-figure topics. The
 * result is read-only; the rules (./rules.ts) take it as an explicit input.
 */

import { cueKey } from '../detect/fold';
import type { Figure, FigureValue, Misstatement, PlanDataset, Status } from '../plan/schema';
import { CueIndex } from './cues';
import { NO_FIGURE_TOPICS, type NoFigureTopic } from './topics';

export interface Target {
  figure: Figure;
  order: number;
  value: FigureValue;
  cueIds: number[];
  /** When not empty, one of these must also be in the sentence (米国 for the US's figure, AI法 for its dates). */
  qualifierIds: number[];
  planScope: boolean;
  /** Unverified figures are shown on cards but never agree with anything. */
  matchable: boolean;
  mismatchable: boolean;
  /** Terms whose figureIds name this figure (源内 for gennai-users). */
  terms: ReadonlySet<string>;
  /** Of those, the entities (not the plan itself, not a basic policy): 源内, AISI, AI法… */
  entities: ReadonlySet<string>;
}

export interface MisRule {
  m: Misstatement;
  cueIds: number[];
  patterns: RegExp[];
  value: FigureValue | undefined;
}

export interface Compiled {
  cues: CueIndex;
  figuresById: ReadonlyMap<string, Figure>;
  /** How many figures carry each cue (a rare cue is a specific one). */
  df: ReadonlyMap<number, number>;
  /** Cues of the plan's own figures. */
  planCues: ReadonlySet<number>;
  /** Cues too generic to identify a figure (AI, 計画, 政府…). */
  generic: ReadonlySet<number>;
  /** Cues that are the name of an entity (源内, AISI) rather than an event or a measure. */
  aliasCues: ReadonlySet<number>;
  /** The cue 閣議決定 (the cabinet's decision), when some figure has it. */
  cabinetCue: number | undefined;
  anchorTerms: ReadonlySet<string>;
  targets: readonly Target[];
  targetsByCue: ReadonlyMap<number, readonly Target[]>;
  rules: readonly MisRule[];
  /** One RegExp of all misstatement patterns (null: none), to skip sentences quickly. */
  anyPattern: RegExp | null;
  /** Cue → the no-figure topic it names. */
  topicOf: ReadonlyMap<number, NoFigureTopic>;
}

export const STATUS_RANK: Record<Status, number> = {
  plan: 0,
  'pm-statement': 1,
  reported: 2,
  context: 3,
  unverified: 4,
  misstatement: 5,
};

const GENERIC_CUES = [
  'ai',
  '人工知能',
  '政府',
  '計画',
  '基本計画',
  'ai基本計画',
  '人工知能基本計画',
  '日本',
  '国内',
  'japan',
  'government',
  'plan',
  'the plan',
  // verbs of deciding, which the decision date lists as cues: a date beside them may agree with it,
  // but "approved on Dec. 19" may be the headquarters' approval of the draft, never a wrong one
  '決定',
  '策定',
  'approved',
  'issued',
  'released',
  'unveiled',
  'finalized',
  'decided',
  'endorsed',
  // what the AI Strategy Headquarters does at every meeting (approve, compile, meet): the approval
  // date's own cue is the draft it approved (計画案, "the draft"), not these
  '了承',
  '取りまとめ',
  'とりまとめ',
  '本部会合',
  'headquarters approved',
  // the draft: published on Nov. 21, approved on Dec. 19, so a date beside it may only agree
  '計画案',
  '」案',
  // roadmaps are many (17 sectors, the growth strategy's): the plan's is the investment roadmap
  'ロードマップ',
  '工程表',
  'roadmap',
];

export function compile(data: PlanDataset): Compiled {
  const cues = new CueIndex();
  const figuresById = new Map(data.figures.map((f) => [f.id, f]));

  // figures → cue ids, document frequency of each cue
  const df = new Map<number, number>();
  const planCues = new Set<number>();
  const figureCues = new Map<string, number[]>();
  for (const f of data.figures) {
    const ids = [...new Set([...f.cues.ja, ...f.cues.en].map((c) => cues.add(c)))];
    figureCues.set(f.id, ids);
    for (const id of ids) {
      df.set(id, (df.get(id) ?? 0) + 1);
      if (f.scope === 'plan' && f.status !== 'context') planCues.add(id);
    }
  }
  const generic = new Set(GENERIC_CUES.map((c) => cues.add(c)));
  // Cues that are the name of an entity (源内, AISI) rather than an event or a measure (閣議決定, 利用率),
  // or a piece of one ("Strategy Headquarters" in "AI Strategy Headquarters": the body meets and
  // publishes on many days, so its name dates no event of its own).
  const aliasCues = new Set<number>();
  const aliasKeys = data.terms.flatMap((t) => [...t.aliases.ja, ...t.aliases.en].map(cueKey));
  const allAliases = ALIAS_SEP + aliasKeys.join(ALIAS_SEP) + ALIAS_SEP;
  cues.cues.forEach((key, id) => {
    if (key.length > 1 && insideAnyAlias(key, allAliases)) aliasCues.add(id);
  });
  const linkedTerms = new Map<string, Set<string>>();
  const linkedEntities = new Map<string, Set<string>>();
  const anchorTerms = new Set<string>();
  for (const t of data.terms) {
    if (t.anchorsPlan) anchorTerms.add(t.id);
    if (!t.anchorsPlan && t.kind !== 'policy' && t.kind !== 'plan') {
      for (const fid of t.figureIds) {
        const set = linkedEntities.get(fid) ?? new Set<string>();
        set.add(t.id);
        linkedEntities.set(fid, set);
      }
    }
    for (const a of [...t.aliases.ja, ...t.aliases.en]) {
      const id = cues.find(a);
      if (id !== undefined) aliasCues.add(id);
    }
    for (const fid of t.figureIds) {
      const set = linkedTerms.get(fid) ?? new Set<string>();
      set.add(t.id);
      linkedTerms.set(fid, set);
    }
  }

  const targets: Target[] = [];
  data.figures.forEach((f, order) => {
    if (f.value.kind === 'none') return;
    const planScope = f.scope === 'plan' && f.status !== 'context';
    const base: Target = {
      figure: f,
      order,
      value: f.value,
      cueIds: figureCues.get(f.id) ?? [],
      qualifierIds: f.qualifiers
        ? [...new Set([...f.qualifiers.ja, ...f.qualifiers.en].map((q) => cues.add(q)))]
        : [],
      planScope,
      matchable: f.status !== 'unverified' && f.status !== 'misstatement',
      mismatchable:
        planScope && (f.status === 'plan' || f.status === 'pm-statement' || f.status === 'reported'),
      terms: linkedTerms.get(f.id) ?? new Set<string>(),
      entities: linkedEntities.get(f.id) ?? new Set<string>(),
    };
    targets.push(base);
    // A multiplier (「2倍程度」) also stands for the amount it multiplies (約30人 → 約60人): derive it from
    // the figure of the same family (same id prefix, shared cue) that it multiplies.
    if (f.value.kind === 'amount' && f.value.unit === 'multiplier') {
      const family = f.id.split('-')[0];
      for (const b of data.figures) {
        if (b === f || b.value.kind !== 'amount' || b.id.split('-')[0] !== family) continue;
        if (b.value.unit === 'multiplier' || b.value.unit === 'ratio') continue;
        const bCues = figureCues.get(b.id) ?? [];
        if (!bCues.some((c) => base.cueIds.includes(c))) continue;
        if (b.value.bound !== 'approx' && b.value.bound !== 'exact') continue;
        if (!/現在|now|current|現行/i.test(`${b.label.ja} ${b.label.en} ${b.id}`)) continue;
        targets.push({
          ...base,
          value: {
            kind: 'amount',
            value: b.value.value * f.value.value,
            unit: b.value.unit,
            bound: 'approx',
          },
        });
      }
    }
  });

  const targetsByCue = new Map<number, Target[]>();
  for (const t of targets) {
    for (const c of t.cueIds) {
      const list = targetsByCue.get(c) ?? [];
      list.push(t);
      targetsByCue.set(c, list);
    }
  }

  const rules: MisRule[] = data.misstatements.map((m) => ({
    m,
    cueIds: [...new Set([...m.detect.cues.ja, ...m.detect.cues.en].map((c) => cues.add(c)))],
    patterns: m.detect.patterns.flatMap((p) => {
      try {
        return [new RegExp(p, 'gi')];
      } catch {
        return [];
      }
    }),
    value: m.detect.value,
  }));

  // one RegExp of all patterns: a sentence that matches none of them skips the rules' patterns
  const anyPattern = (() => {
    const sources = rules.flatMap((r) => r.patterns.map((re) => `(?:${re.source})`));
    if (sources.length === 0) return null;
    try {
      return new RegExp(sources.join('|'), 'i');
    } catch {
      return null;
    }
  })();

  const topicOf = new Map<number, NoFigureTopic>();
  for (const t of NO_FIGURE_TOPICS) {
    for (const c of [...t.cues.ja, ...t.cues.en]) {
      const id = cues.add(c);
      if (!df.has(id)) topicOf.set(id, t);
    }
  }

  return {
    cues,
    figuresById,
    df,
    planCues,
    generic,
    aliasCues,
    cabinetCue: cues.find('閣議決定'),
    anchorTerms,
    targets,
    targetsByCue,
    rules,
    anyPattern,
    topicOf,
  };
}

/** What separates the aliases in insideAnyAlias's one string: a code unit no cue or alias holds. */
const ALIAS_SEP = '\u0000';

/**
 * Is `key` a proper part of some alias (in it, and not the whole of it)? `joined`: every alias,
 * each between ALIAS_SEPs. One indexOf over them all, not an includes() per alias: this runs for
 * every cue at each page's compile.
 */
function insideAnyAlias(key: string, joined: string): boolean {
  for (let at = joined.indexOf(key); at >= 0; at = joined.indexOf(key, at + 1)) {
    const whole = joined[at - 1] === ALIAS_SEP && joined[at + key.length] === ALIAS_SEP;
    if (!whole) return true;
  }
  return false;
}
