/**
 * The checker: claims (a quantity plus what it is about) and their verdicts.
 *
 * A quantity becomes a claim only when its sentence carries cue words of a figure, of a known
 * misstatement, or of a plan topic the plan gives no figure for. In order:
 * 1. `misstatement`: the sentence matches a misstatement's pattern (the quantity inside it is the
 *    claim), or carries its cue words and a quantity equal to its value (dates: the cue must be
 *    bound to that date, see below).
 * 2. `match`: some candidate figure agrees (agree.ts). Candidates are the figures whose cue words
 *    are in the sentence and whose unit fits the quantity. Figures that are not the plan's own
 *    (comparison, context, another programme) are candidates only when a cue of theirs that no plan
 *    figure uses is in the sentence (米国, 中国, ムーンショット…). Where several agree, the one with
 *    the most specific cues wins, then the plan's own, then the stronger status.
 * 3. `mismatch`: no candidate agrees, and a candidate figure of the plan's own scope is identified
 *    with confidence: a specific cue (not just 「AI」 or 「計画」) of it is in the sentence, this
 *    quantity is the nearest quantity of that unit to one of its cue words, no other quantity of
 *    the sentence already agrees with that figure, and for dates the cue follows the date closely
 *    with no other time expression in between (「19日に閣議決定」, not 「15日、昨年末に閣議決定した」).
 * 4. `not-in-plan`: no candidate figure fits the quantity's unit, the sentence carries the cue of a
 *    plan topic for which the plan has no figure (AI人材, GPU, データセンター…), and it attributes the
 *    number to the plan or to a target (計画, 目標, 目指す, 掲げる… or a mention in the sentence).
 * Anything else is no claim. When in doubt the checker says nothing: a false 不一致 on a correct
 * article is the worst failure.
 */

import type { Span } from '../detect/blocks';
import { type DetectedMention, type Detector, publicMention } from '../detect/detector';
import type { Quantity } from '../numbers/types';
import type { Figure, FigureValue, Misstatement, PlanDataset, Status, Text } from '../plan/schema';
import { agreesWith, unitFits } from './agree';
import { type CueHit, CueIndex } from './cues';
import { explainMatch, explainMismatch, explainMisstatement, explainNotInPlan } from './explain';
import { splitSentences } from './sentences';
import { ATTRIBUTION, NO_FIGURE_TOPICS } from './topics';
import type { Claim, Findings, Mention, Verdict } from './types';

export interface AnalyzeOptions {
  /** Treat the text as about the plan (the popup checker: a sentence typed by the reader). */
  assumeAboutPlan?: boolean;
}

export interface BlocksContext extends AnalyzeOptions {
  /** Earlier blocks of the same document already made it about the plan. */
  aboutPlan?: boolean;
}

export interface BlocksResult {
  /** The document (with the context given) is about the plan. */
  aboutPlan: boolean;
  /** One Findings per block, offsets relative to that block. */
  results: Findings[];
}

export interface Engine {
  analyzeText(text: string, options?: AnalyzeOptions): Findings;
  analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult;
  detector: Detector;
}

export interface EngineDeps {
  findQuantities: (text: string) => Quantity[];
  detector: Detector;
}

interface Target {
  figure: Figure;
  order: number;
  value: FigureValue;
  cueIds: number[];
  planScope: boolean;
  /** Unverified figures are shown on cards but never agree with anything. */
  matchable: boolean;
  mismatchable: boolean;
  /** Terms whose figureIds name this figure (源内 for gennai-users). */
  terms: ReadonlySet<string>;
  /** Of those, the entities (not the plan itself, not a basic policy): 源内, AISI, AI法… */
  entities: ReadonlySet<string>;
}

interface MisRule {
  m: Misstatement;
  cueIds: number[];
  patterns: RegExp[];
  value: FigureValue | undefined;
}

const STATUS_RANK: Record<Status, number> = {
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
];

const TIME_WORDS =
  /昨年|今年|来年|先月|今月|来月|年末|年初|月末|当時|以前|既に|すでに|先に|前に|後に|その後|同日|翌日|前日|earlier|last year|previously|already|after|before/i;

const MAX_DATE_GAP = 25;

const FOREIGN_JA =
  /米国|アメリカ|中国|英国|イギリス|欧州|EU|韓国|ドイツ|フランス|インド|台湾|シンガポール|カナダ|海外|諸外国|世界平均/;
const FOREIGN_EN =
  /\b(?:U\.S\.|US|USA|United States|America|American|China|Chinese|UK|U\.K\.|Britain|British|EU|Europe|European|Korea|Korean|Germany|France|India|Taiwan|Singapore|Canada)\b/;
/** 「英国並みの200人」 compares Japan's own target with another country: not foreign. */
const LIKE = /^(?:並み|並|と同等|と同じ|レベル|水準|に匹敵)/;
const CLAUSE_END_CODES = new Set([0x3001, 0xff0c, 44, 59, 0xff1b, 0x3002, 58, 0xff1a]);
const isClauseEnd = (c: number) => CLAUSE_END_CODES.has(c);

/**
 * Is the quantity said of another country? Looks at its clause: the text before it back to the
 * previous comma (「米国は68.8%」, 「米国（70%）」) and, in English, the text after it up to the next
 * comma ("68.8% in the U.S.").
 */
function saidOfAnotherCountry(block: string, sent: Span, q: Span): boolean {
  let i = q.start;
  while (i > sent.start && q.start - i < 30 && !isClauseEnd(block.charCodeAt(i - 1))) i--;
  const before = block.slice(i, q.start);
  const m = FOREIGN_JA.exec(before) ?? FOREIGN_EN.exec(before);
  if (m !== null && !LIKE.test(before.slice(m.index + m[0].length))) return true;
  let j = q.end;
  while (j < sent.end && j - q.end < 30 && !isClauseEnd(block.charCodeAt(j))) j++;
  const after = block.slice(q.end, j);
  return /^[\s\x21-\x7e]*$/.test(after) && FOREIGN_EN.test(after);
}

/** Counters of items that a bare numeral may carry (4つの方針, 7項目, 7点, 3原則, 10万基). */
const ITEM_COUNTER = /^(?:つ|項目|点|本|原則|か条|カ条|ヶ条|項|件|基|社|台|校|機関|拠点)/;
/** English nouns of people after a bare number ("100,000 government employees"). */
const PERSON_NOUN =
  /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:employees|staff|staffers|people|persons|workers|officials|civil servants|engineers|researchers|specialists|professionals|experts|students|teachers)\b/i;
/** A day of the month on its own (「政府は19日、…」): 19日, not 19日間 or 5月19日 (already a date). */
const DAY_ONLY = /(?<![0-9０-９月年.．])([0-9０-９]{1,2})日(?![間本目分])/g;

/** Dates written as a bare day, which the numbers library leaves out. */
function bareDays(text: string): Quantity[] {
  if (!text.includes('日')) return [];
  const out: Quantity[] = [];
  DAY_ONLY.lastIndex = 0;
  for (let m = DAY_ONLY.exec(text); m !== null; m = DAY_ONLY.exec(text)) {
    const day = Number((m[1] as string).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    if (day < 1 || day > 31) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: Number.NaN,
      unit: 'date',
      bound: 'exact',
      date: { day },
    });
  }
  return out;
}

/** A bare numeral followed by an item counter counts items; by a noun of people, persons. */
function withCounter(text: string, q: Quantity): Quantity {
  if (q.unit !== 'number' || !Number.isInteger(q.value)) return q;
  if (PERSON_NOUN.test(text.slice(q.end, q.end + 40))) return { ...q, unit: 'persons' };
  const m = ITEM_COUNTER.exec(text.slice(q.end, q.end + 3));
  if (m === null) return q;
  // 原則 stays outside: it is the cue word of the principles count
  const end = q.end + (m[0] === '原則' ? 0 : m[0].length);
  return { ...q, end, text: text.slice(q.start, end), unit: 'count', counter: m[0] };
}

function distance(q: Span, c: Span): number {
  if (q.end <= c.start) return c.start - q.end;
  if (c.end <= q.start) return q.start - c.end;
  return 0;
}

export function compileEngine(data: PlanDataset, deps: EngineDeps): Engine {
  const { detector } = deps;
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
  // Cues that are the name of an entity (源内, AISI) rather than an event or a measure (閣議決定, 利用率).
  const aliasCues = new Set<number>();
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

  const topicOf = new Map<number, Text>();
  for (const t of NO_FIGURE_TOPICS) {
    for (const c of [...t.cues.ja, ...t.cues.en]) {
      const id = cues.add(c);
      if (!df.has(id)) topicOf.set(id, t.label);
    }
  }

  // scores of the sentence being checked (targets are scored once per sentence)
  let scoreMemo = new Map<Target, number>();
  const score = (t: Target, present: ReadonlySet<number>): number => {
    const known = scoreMemo.get(t);
    if (known !== undefined) return known;
    let s = 0;
    for (const c of t.cueIds) if (present.has(c)) s += 1 / (df.get(c) ?? 1);
    scoreMemo.set(t, s);
    return s;
  };

  const better = (a: Target, b: Target, present: ReadonlySet<number>): boolean => {
    // a comparison figure never wins over a figure of Japan's own (「英国並みの200人」 is AISI's goal)
    const ca = a.figure.scope === 'comparison';
    const cb = b.figure.scope === 'comparison';
    if (ca !== cb) return cb;
    const sa = score(a, present);
    const sb = score(b, present);
    if (Math.abs(sa - sb) > 1e-9) return sa > sb;
    if (a.planScope !== b.planScope) return a.planScope;
    const ra = STATUS_RANK[a.figure.status];
    const rb = STATUS_RANK[b.figure.status];
    if (ra !== rb) return ra < rb;
    return a.order < b.order;
  };

  const pickBest = (list: readonly Target[], present: ReadonlySet<number>): Target | undefined => {
    let best: Target | undefined;
    for (const t of list) if (best === undefined || better(t, best, present)) best = t;
    return best;
  };

  /** For a mismatch: the most specific candidate, then the one whose value is nearest. */
  const pickWrong = (
    q: Quantity,
    list: readonly Target[],
    present: ReadonlySet<number>,
  ): Target | undefined => {
    let top = Number.NEGATIVE_INFINITY;
    for (const t of list) top = Math.max(top, score(t, present));
    const tied = list.filter((t) => score(t, present) > top - 1e-9);
    const gap = (t: Target) =>
      t.value.kind === 'amount' && q.value > 0 && t.value.value > 0
        ? Math.abs(Math.log(q.value / t.value.value))
        : 0;
    let best: Target | undefined;
    for (const t of tied) {
      if (best === undefined) best = t;
      else if (gap(t) < gap(best) - 1e-12) best = t;
      else if (Math.abs(gap(t) - gap(best)) <= 1e-12 && better(t, best, present)) best = t;
    }
    return best;
  };

  function findQuantities(text: string): Quantity[] {
    let qs: Quantity[];
    try {
      qs = deps.findQuantities(text);
    } catch {
      return [];
    }
    const out = [...qs, ...bareDays(text)].filter(
      (q) =>
        Number.isInteger(q.start) &&
        Number.isInteger(q.end) &&
        q.start >= 0 &&
        q.end > q.start &&
        q.end <= text.length,
    );
    for (let k = 0; k < out.length; k++) out[k] = withCounter(text, out[k] as Quantity);
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    // drop quantities nested in an earlier one
    const flat: Quantity[] = [];
    for (const q of out) {
      const last = flat[flat.length - 1];
      if (last !== undefined && q.start < last.end) continue;
      flat.push(q);
    }
    return flat;
  }

  /** Offset added to the claims being made (the block's start in the whole text). */
  let claimOffset = 0;

  function makeClaim(
    q: Quantity,
    verdict: Verdict,
    explanation: Text,
    figure: Figure | undefined,
    misstatementId: string | null,
  ): Claim {
    const off = claimOffset;
    return {
      start: q.start + off,
      end: q.end + off,
      text: q.text,
      verdict,
      figureId: figure?.id ?? null,
      misstatementId,
      official: figure?.display.ja ?? null,
      status: figure?.status ?? null,
      explanation,
      quantity: off === 0 ? q : { ...q, start: q.start + off, end: q.end + off },
    };
  }

  /** Does this misstatement value agree? Like agreesWith, but 「超/以上」 in the rule needs them in the text. */
  const agreesWithRule = (q: Quantity, v: FigureValue): boolean => {
    if (!agreesWith(q, v)) return false;
    if (v.kind !== 'amount') return true;
    const up = (b: string) => b === 'more-than' || b === 'at-least';
    if (up(v.bound) !== up(q.bound)) return false;
    return (v.bound === 'less-than') === (q.bound === 'less-than');
  };

  /**
   * Claims of one sentence. `mentions`: the mentions inside this sentence; `termsInBlock`: the terms
   * mentioned anywhere in its block.
   */
  function checkSentence(
    block: string,
    sent: Span,
    qs: readonly Quantity[],
    mentions: readonly DetectedMention[],
    termsInBlock: ReadonlySet<string>,
    assume: boolean,
    /** The block matches some misstatement pattern (else none of its sentences does). */
    blockMayMatch: boolean,
    out: Claim[],
  ): void {
    // cue words of the sentence; a cue inside a quantity (倍 in 2倍, 億円 in 88億円) does not count
    // and a cue inside a longer one (人材 in AI人材, 職員 in 政府職員) is part of that one
    const all = cues.scan(block, sent.start, sent.end);
    const hits: CueHit[] = [];
    for (const h of all) {
      let keep = true;
      for (const q of qs) {
        if (h.start < q.end && h.end > q.start) {
          keep = false;
          break;
        }
      }
      if (!keep) continue;
      for (const o of all) {
        if (
          o !== h &&
          o.start <= h.start &&
          o.end >= h.end &&
          o.end - o.start > h.end - h.start &&
          (planCues.has(o.cue) || topicOf.has(o.cue))
        ) {
          keep = false;
          break;
        }
      }
      if (keep) hits.push(h);
    }
    const present = new Set<number>();
    const at = new Map<number, CueHit[]>();
    for (const h of hits) {
      present.add(h.cue);
      const list = at.get(h.cue);
      if (list === undefined) at.set(h.cue, [h]);
      else list.push(h);
    }
    const sentence = block.slice(sent.start, sent.end);
    const patternsMayMatch = anyPattern === null || (blockMayMatch && anyPattern.test(sentence));
    // nothing to say about a sentence with no cue word and no misstatement pattern
    if (hits.length === 0 && !assume && !patternsMayMatch) return;
    scoreMemo = new Map();
    const claimed = new Set<Quantity>();
    const termsInSentence = new Set<string>();
    for (const m of mentions) termsInSentence.add(m.termId);
    const fig = (id: string | null) => (id === null ? undefined : figuresById.get(id));

    /**
     * Is q the nearest quantity (among those `fits` accepts) to one of these cue occurrences?
     * For dates the cue must also be an event (not a name: 閣議決定, not 源内) close to the date with
     * no other time expression between them.
     */
    const boundTo = (
      q: Quantity,
      cueIds: readonly number[],
      fits: (x: Quantity) => boolean,
      date: boolean,
    ) => {
      const pool = qs.filter(fits);
      for (const id of cueIds) {
        if (date && aliasCues.has(id)) continue;
        for (const c of at.get(id) ?? []) {
          let nearest: Quantity | undefined;
          let best = Number.POSITIVE_INFINITY;
          for (const x of pool) {
            const d = distance(x, c);
            // ties go to the quantity before the cue (「19日に閣議決定」)
            if (d < best || (d === best && x.end <= c.start)) {
              best = d;
              nearest = x;
            }
          }
          if (nearest !== q) continue;
          if (!date) return true;
          const gap = q.end <= c.start ? block.slice(q.end, c.start) : block.slice(c.end, q.start);
          if (gap.length <= MAX_DATE_GAP && !TIME_WORDS.test(gap)) return true;
        }
      }
      return false;
    };

    // 1. known misstatements
    for (const rule of rules) {
      for (const re of patternsMayMatch ? rule.patterns : []) {
        re.lastIndex = 0;
        for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const ps = sent.start + m.index;
          const pe = ps + m[0].length;
          // (claims of this sentence only; their offsets include the block offset)
          if (out.some((c) => c.start - claimOffset < pe && c.end - claimOffset > ps)) continue;
          const inside = qs.filter((q) => q.start < pe && q.end > ps && !claimed.has(q));
          const v = rule.value;
          const agreeing = v === undefined ? [] : inside.filter((q) => agreesWith(q, v));
          const chosen = agreeing[0] ?? inside.find((q) => q.unit !== 'number');
          // a bare numeral (「7」 of 「7本柱」) is shown with the words the pattern matched
          const q: Quantity =
            chosen !== undefined && chosen.unit !== 'count'
              ? chosen
              : {
                  start: ps,
                  end: pe,
                  text: block.slice(ps, pe),
                  value: Number.NaN,
                  unit: 'number',
                  bound: 'exact',
                };
          claimed.add(q);
          for (const x of inside) if (x.start >= q.start && x.end <= q.end) claimed.add(x);
          const f = fig(rule.m.figureId);
          out.push(makeClaim(q, 'misstatement', explainMisstatement(q.text, rule.m, f), f, rule.m.id));
        }
      }
      const v = rule.value;
      if (v === undefined || !rule.cueIds.some((c) => present.has(c))) continue;
      for (const q of qs) {
        if (claimed.has(q) || !agreesWithRule(q, v)) continue;
        if (v.kind === 'date' && !boundTo(q, rule.cueIds, (x) => x.unit === 'date', true)) continue;
        claimed.add(q);
        const f = fig(rule.m.figureId);
        out.push(makeClaim(q, 'misstatement', explainMisstatement(q.text, rule.m, f), f, rule.m.id));
      }
    }

    // candidate figures of this sentence: a cue of theirs is present; a figure that is not the
    // plan's own needs a cue that no plan figure has (米国, 民間AI投資, ムーンショット…)
    const maybe = new Set<Target>();
    for (const c of present) for (const t of targetsByCue.get(c) ?? []) maybe.add(t);
    const cued = [...maybe].filter((t) => {
      if (!t.matchable) return false;
      let hit = false;
      let ownHit = false;
      for (const c of t.cueIds) {
        if (!present.has(c)) continue;
        hit = true;
        if (!planCues.has(c)) ownHit = true;
      }
      return hit && (t.planScope || ownHit);
    });
    const mentionInSentence = termsInSentence.size > 0;
    const attributed = assume || mentionInSentence || ATTRIBUTION.test(sentence);

    for (const q of qs) {
      if (claimed.has(q)) continue;
      // a number said of another country (米国の68.8%, "81.2% in China") is not the plan's
      const foreign = !assume && saidOfAnotherCountry(block, sent, q);
      let cands = cued.filter((t) => unitFits(q, t.value) && (!foreign || !t.planScope));
      if (cands.length === 0 && assume) {
        cands = targets.filter((t) => t.planScope && t.matchable && unitFits(q, t.value));
      }
      // 2. match
      const agreeing = cands.filter((t) => agreesWith(q, t.value));
      const best = pickBest(agreeing, present);
      if (best !== undefined) {
        claimed.add(q);
        out.push(makeClaim(q, 'match', explainMatch(q, best.figure), best.figure, null));
        continue;
      }
      // 3. mismatch
      const eligible = cands.filter((t) => {
        if (!t.mismatchable) return false;
        if (!t.cueIds.some((c) => present.has(c) && !generic.has(c))) return false;
        const isDate = t.value.kind === 'date';
        if (!assume) {
          // the entity must be named: in the sentence for a date, in the paragraph for an amount.
          // A figure of an entity (源内, AISI) needs that entity; a figure of the plan itself needs
          // the plan (or a term linked to the figure).
          const named = isDate ? termsInSentence : termsInBlock;
          let ok = false;
          for (const id of named) {
            if (t.entities.size > 0 ? t.entities.has(id) : t.terms.has(id) || anchorTerms.has(id)) ok = true;
          }
          if (!ok) return false;
        }
        if (qs.some((x) => x !== q && unitFits(x, t.value) && agreesWith(x, t.value))) return false;
        return boundTo(q, t.cueIds, (x) => unitFits(x, t.value), isDate);
      });
      const wrong = pickWrong(q, eligible, present);
      if (wrong !== undefined) {
        claimed.add(q);
        const others: Figure[] = [];
        for (const t of cands) {
          if (t.figure !== wrong.figure && t.planScope && !others.includes(t.figure)) others.push(t.figure);
        }
        out.push(
          makeClaim(q, 'mismatch', explainMismatch(q, wrong.figure, others.slice(0, 3)), wrong.figure, null),
        );
        continue;
      }
      // 4. not in the plan
      if (cands.length > 0 || foreign || !attributed || q.unit === 'number') continue;
      let topic: Text | undefined;
      for (const h of hits) {
        topic = topicOf.get(h.cue);
        if (topic !== undefined) break;
      }
      if (topic === undefined) continue;
      if (q.unit === 'date' && qs.some((x) => x.unit !== 'date' && x.unit !== 'number')) continue;
      claimed.add(q);
      out.push(makeClaim(q, 'not-in-plan', explainNotInPlan(q, topic), undefined, null));
    }
  }

  /** Claims of one block (offsets relative to the block). */
  function checkBlock(
    block: string,
    mentions: readonly DetectedMention[],
    assume: boolean,
    offset = 0,
  ): Claim[] {
    claimOffset = offset;
    // A sentence with no cue word and no misstatement pattern holds no claim (checkSentence), and
    // every sentence's cues and pattern matches are the block's: a block with none is skipped
    // before its quantities are read.
    const blockMayMatch = anyPattern === null || anyPattern.test(block);
    if (!assume && !blockMayMatch && !cues.has(block)) return [];
    const qs = findQuantities(block);
    if (qs.length === 0) return [];
    const sentences = splitSentences(block, qs);
    const termsInBlock = new Set(mentions.map((m) => m.termId));
    const all: Claim[] = [];
    const out: Claim[] = [];
    let i = 0;
    let k = 0;
    for (const s of sentences) {
      const mine: Quantity[] = [];
      while (i < qs.length && (qs[i] as Quantity).start < s.end) {
        const q = qs[i] as Quantity;
        if (q.start >= s.start) mine.push(q);
        i++;
      }
      if (mine.length === 0) continue;
      while (k < mentions.length && (mentions[k] as DetectedMention).end <= s.start) k++;
      const inSentence: DetectedMention[] = [];
      for (let j = k; j < mentions.length && (mentions[j] as DetectedMention).start < s.end; j++) {
        inSentence.push(mentions[j] as DetectedMention);
      }
      out.length = 0;
      checkSentence(block, s, mine, inSentence, termsInBlock, assume, blockMayMatch, out);
      out.sort((a, b) => a.start - b.start);
      for (const c of out) all.push(c);
    }
    return all;
  }

  function analyzeBlocks(blocks: readonly string[], context: BlocksContext = {}): BlocksResult {
    const scans = blocks.map((b) => detector.scanBlock(b));
    const assume = context.assumeAboutPlan === true;
    const aboutPlan = context.aboutPlan === true || assume || scans.some((s) => s.anchored);
    const results = scans.map((s, i): Findings => {
      if (!aboutPlan) return { mentions: [], claims: [] };
      const mentions: Mention[] = s.mentions.map((m) => publicMention(m));
      const checkable = !s.otherPlan || s.anchored;
      return { mentions, claims: checkable ? checkBlock(blocks[i] as string, s.mentions, assume) : [] };
    });
    return { aboutPlan, results };
  }

  function analyzeText(text: string, options: AnalyzeOptions = {}): Findings {
    const assume = options.assumeAboutPlan === true;
    const blocks = detector.scanText(text);
    const aboutPlan = assume || blocks.some((b) => b.anchored);
    if (!aboutPlan) return { mentions: [], claims: [] };
    const mentions: Mention[] = [];
    const claims: Claim[] = [];
    for (const b of blocks) {
      for (const m of b.mentions) mentions.push(publicMention(m, b.start));
      if (b.otherPlan && !b.anchored) continue;
      for (const c of checkBlock(text.slice(b.start, b.end), b.mentions, assume, b.start)) {
        claims.push(c);
      }
    }
    return { mentions, claims };
  }

  return { analyzeText, analyzeBlocks, detector };
}
