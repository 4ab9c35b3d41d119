/**
 * The verdict rules, as small functions with explicit inputs. The engine (./engine.ts) runs them in
 * this order for each sentence:
 * 1. misstatementsByPattern: the sentence matches a misstatement's own wording.
 * 2. misstatementsByValue: a misstatement's cue and its exact misstating value, same subject, at the
 *    precision the article gives (a month-only date never matches a misstated day).
 *    A misstatement the sentence quotes only to correct it (./disowned.ts) gets no verdict at all.
 * Then for every other quantity, once the claim model (./claim-model.ts) has given it a subject, a
 * time and an owner, and only among the figures compatible with those:
 * 3. matchRule: a candidate figure agrees (carriedMatch: with a subject named in the sentence before).
 * 4. mismatchRule: no candidate agrees and one figure of the plan's own is identified with
 *    confidence (its specific cue, its entity named, the number bound to the cue, the plan as owner);
 *    never for a date read with the article's date, or a bare day read on its day alone.
 * 5. notInPlanRule: no figure fits, the sentence names a plan topic with no figure and attributes
 *    the number to the plan.
 * And across two sentences, leadDateMatches: the dates of a lead that says only when may agree with
 * the event the next sentence names. The items of a fact box (./fact-box.ts) read as if they also
 * said their heading: its terms and its cue words.
 * Anything else is no claim: a false 不一致 on a correct article is the worst failure.
 *
 * Loops over arrays here (and in the engine, the claim model, the detector and the number finder)
 * are indexed rather than for-of: a page's one scan runs mostly before the JIT has optimised this
 * code, and until then each for-of step allocates an iterator result (about 40% of the scan's
 * allocations, measured).
 */
import type { Span } from '../detect/blocks';
import type { DetectedMention } from '../detect/detector';
import type { DateValue, Quantity } from '../numbers/types';
import type { Figure, FigureValue, Misstatement } from '../plan/schema';
import { agreesWith, unitFits } from './agree';
import {
  type ClaimFacts,
  claimFacts,
  compatible,
  type FactsNeeded,
  figureYear,
  isClauseEnd,
  isConversion,
  isPartOfStaff,
  isWholeOfPart,
  mayContradict,
  mayMismatch,
  ownerOf,
  pastMomentCount,
  presentCount,
} from './claim-model';
import { type Compiled, type MisRule, STATUS_RANK, type Target } from './compile';
import type { CueHit } from './cues';
import { decidesOtherDocument, isDraftsDate, isOtherDocumentsDate, verbBeforeDate } from './date-events';
import { isDisowned, isDisputed } from './disowned';
import { datesMainClause } from './main-clause';
import { ATTRIBUTION, type NoFigureTopic } from './topics';
import type { Reason, Verdict } from './types';

/** A verdict on a quantity, offsets relative to the block. */
export interface Finding {
  q: Quantity;
  verdict: Verdict;
  figure: Figure | undefined;
  misstatementId: string | null;
  /** Why, as data: the explanation is written where it is shown (./explain.ts). */
  reason: Reason;
}

/** What a sentence is, as the rules read it. Built once per sentence by sentenceFacts. */
export interface SentenceFacts {
  block: string;
  sent: Span;
  sentence: string;
  /** The sentence's quantities, sorted. */
  qs: readonly Quantity[];
  /** Cue occurrences (not inside a quantity, not inside a longer cue). */
  hits: readonly CueHit[];
  present: ReadonlySet<number>;
  /** Every cue id found in the sentence, nested or not (for qualifiers: AI法 inside AI法が成立). */
  anywhere: ReadonlySet<number>;
  at: ReadonlyMap<number, readonly CueHit[]>;
  termsInSentence: ReadonlySet<string>;
  termsInBlock: ReadonlySet<string>;
  assume: boolean;
  /** Some misstatement pattern may match (else rule 1 is skipped). */
  patternsMayMatch: boolean;
  /** A cue of a plan topic with no figure (AI人材, GPU…) is in the sentence. */
  topical: boolean;
  /** The sentence attributes numbers to the plan or a target. */
  attributed: boolean;
  /** Figures whose cues are in the sentence (a non-plan figure needs a cue of its own). */
  cued: readonly Target[];
  /**
   * Figures cued in the sentence whose qualifier (AISI for a headcount, AI法 for 施行) is only in
   * the sentence before, in the same paragraph: 「…AISIの改革に乗り出す。人員を現在の約30人から…」.
   * Japanese leaves out a subject the previous sentence named. They may only agree (一致), never
   * make a 不一致: the subject is read, not seen.
   */
  carried: readonly Target[];
  /** A date quantity's absolute date; null: relative and unresolved (then it is silent). */
  dateOf: (q: Quantity) => DateValue | null;
  /** The year of the article's own date, when it is given. */
  articleYear?: number;
}

const NO_TARGETS: readonly Target[] = [];
const NO_HITS: readonly CueHit[] = [];

const TIME_WORDS =
  /昨年|今年|来年|先月|今月|来月|年末|年初|月末|当時|以前|既に|すでに|先に|前に|後に|その後|同日|翌日|前日|先立|(?:カ|ヵ|ヶ|か)月[後前]|週間[後前]|日[後前]|年[後前]|[前後]の|earlier|last year|previously|already|after|before|ahead of|prior to|following|later/i;
const MAX_DATE_GAP = 25;

const FOREIGN_JA =
  /米国|アメリカ|中国|英国|イギリス|欧州|EU|韓国|ドイツ|フランス|インド|台湾|シンガポール|カナダ|海外|諸外国|世界平均/;
const FOREIGN_EN =
  /\b(?:U\.S\.|U\.K\.|(?:US|USA|United States|America|American|China|Chinese|UK|Britain|British|EU|Europe|European|Korea|Korean|Germany|France|India|Taiwan|Singapore|Canada)\b)/;
/** Both, to find the last country word before a number (global: read with lastIndex from 0). */
const FOREIGN_G = [new RegExp(FOREIGN_JA.source, 'g'), new RegExp(FOREIGN_EN.source, 'g')];
/** A bracketed aside: (US$6.4 billion), （約64億ドル）. */
const BRACKETED = /[（(][^）)]*[）)]/g;
/** 「英国並みの200人」 compares Japan's own target with another country: not foreign. */
const LIKE = /^(?:並み|並|と同等|と同じ|レベル|水準|に匹敵)|^-level|^ level/;

/** "on a par with the UK", "comparable to Britain's": the country after it is the standard. */
const LIKE_BEFORE =
  /(?:on (?:a )?par with|comparable (?:to|with)|similar to|in line with|matching|as large as) (?:the |that of (?:the )?)?$/i;
/** A country word where a cue starts (「英国」 around the cue 英, "UK"), read with lastIndex. */
const COUNTRY_AT = [new RegExp(FOREIGN_JA.source, 'y'), new RegExp(FOREIGN_EN.source, 'y')];

/**
 * Is the hit a country named as the standard of a comparison (「英国並みの200人体制」, "a UK-level
 * staff of 200")? The number is then the subject's own, not that country's: the country's cue says
 * nothing of which figure the number is.
 */
export function isComparisonStandard(block: string, h: CueHit): boolean {
  for (const re of COUNTRY_AT) {
    // the hit may be the start of the country's name (英 of 英国): read the whole name from there
    re.lastIndex = h.start;
    const m = re.exec(block);
    if (m === null || m.index + m[0].length < h.end) continue;
    const end = m.index + m[0].length;
    if (LIKE.test(block.slice(end, end + 6))) return true;
    if (LIKE_BEFORE.test(block.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

/**
 * The country a quantity is said of, as written (「米国は68.8%」, "68.8% in the U.S."), or null. Looks
 * at its clause: back to the previous comma and, in English, on to the next one.
 */
export function countryOf(block: string, sent: Span, q: Span): string | null {
  let i = q.start;
  while (i > sent.start && q.start - i < 30 && !isClauseEnd(block.charCodeAt(i - 1))) i--;
  const before = block.slice(i, q.start);
  let last: RegExpExecArray | null = null;
  for (const g of FOREIGN_G) {
    g.lastIndex = 0; // compiled once; every use starts from the beginning
    for (let m = g.exec(before); m !== null; m = g.exec(before)) {
      if (last === null || m.index > last.index) last = m;
    }
  }
  if (last !== null && !LIKE.test(before.slice(last.index + last[0].length))) return last[0];
  let j = q.end;
  while (j < sent.end && j - q.end < 30 && !isClauseEnd(block.charCodeAt(j))) j++;
  // a bracketed conversion after the number ("¥1 trillion (US$6.4 billion)") names no country of it
  const after = block.slice(q.end, j).replace(BRACKETED, (m) => ' '.repeat(m.length));
  if (!/^[\s\x21-\x7e]*$/.test(after)) return null;
  const m = FOREIGN_EN.exec(after);
  return m === null || LIKE.test(after.slice(m.index + m[0].length)) ? null : m[0];
}

function distance(q: Span, c: Span): number {
  if (q.end <= c.start) return c.start - q.end;
  if (c.end <= q.start) return q.start - c.end;
  return 0;
}

/** How specific the sentence's cues of a figure are: the sum of 1/(figures sharing the cue). */
export function cueScore(t: Target, present: ReadonlySet<number>, c: Compiled): number {
  let s = 0;
  const ids = t.cueIds;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (present.has(id)) s += 1 / (c.df.get(id) ?? 1);
  }
  return s;
}

/** Of two agreeing figures, is `a` the better answer? */
export function better(a: Target, b: Target, present: ReadonlySet<number>, c: Compiled): boolean {
  // a comparison figure never wins over a figure of Japan's own (「英国並みの200人」 is AISI's goal)
  const ca = a.figure.scope === 'comparison';
  const cb = b.figure.scope === 'comparison';
  if (ca !== cb) return cb;
  const sa = cueScore(a, present, c);
  const sb = cueScore(b, present, c);
  if (Math.abs(sa - sb) > 1e-9) return sa > sb;
  if (a.planScope !== b.planScope) return a.planScope;
  const ra = STATUS_RANK[a.figure.status];
  const rb = STATUS_RANK[b.figure.status];
  if (ra !== rb) return ra < rb;
  return a.order < b.order;
}

/**
 * Is q the nearest quantity (among those `fits` accepts) to one of these cue occurrences? For dates
 * the cue must also be an event (閣議決定, not the name 源内) close to the date with no other time
 * expression between them.
 */
export function boundTo(
  f: SentenceFacts,
  c: Compiled,
  q: Quantity,
  cueIds: readonly number[],
  fits: (x: Quantity) => boolean,
  date: boolean,
): boolean {
  // 「19日の人工知能戦略本部で」「23日の閣議で」: a date that modifies the noun after it dates that
  // noun's event, and binds only to a cue inside it
  const noun = date ? attributiveNoun(f.block, q) : null;
  if (noun !== null) return cueIn(f, cueIds, noun);
  // 「計画案を19日に決定、閣議決定へ」「19日に戦略本部で了承され、閣議決定された」: the draft's day,
  // never the cabinet's decision (nor its known misdating)
  if (
    date &&
    c.cabinetCue !== undefined &&
    cueIds.includes(c.cabinetCue) &&
    (isDraftsDate(f.block, f.sent, q) || decidesOtherDocument(f.sentence) || isOtherDocumentsDate(f.block, q))
  )
    return false;
  // "a report we issued on Dec. 15": a date right after a verb of its own dates that verb, and binds
  // only when the verb is a cue ("approved on Dec. 23")
  const verb = date ? verbBeforeDate(f.block, f.sent, q) : null;
  if (verb !== null) return cueIn(f, cueIds, verb, true);
  const pool = f.qs.filter(fits);
  for (let k = 0; k < cueIds.length; k++) {
    const id = cueIds[k] as number;
    if (date && c.aliasCues.has(id)) continue;
    const hits = f.at.get(id) ?? NO_HITS;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as CueHit;
      let nearest: Quantity | undefined;
      let best = Number.POSITIVE_INFINITY;
      for (let p = 0; p < pool.length; p++) {
        const x = pool[p] as Quantity;
        const d = distance(x, hit);
        // ties go to the quantity before the cue (「19日に閣議決定」)
        if (d < best || (d === best && x.end <= hit.start)) {
          best = d;
          nearest = x;
        }
      }
      // by position: q may be a date resolved from the article's (a copy of the sentence's own)
      if (nearest === undefined || nearest.start !== q.start) continue;
      if (!date) return true;
      const gap = q.end <= hit.start ? f.block.slice(q.end, hit.start) : f.block.slice(hit.end, q.start);
      if (TIME_WORDS.test(gap)) continue;
      // further off, the date must open the sentence and the cue be its main clause's verb
      if (gap.length <= MAX_DATE_GAP || datesMainClause(f.block, f.sent, q, hit)) return true;
    }
  }
  return false;
}

/** Where the noun a date modifies with 「の」 ends: at a particle, a comma or a full stop. */
const NOUN_END = /[でにがをはともへや、，。・「」\s]/;
const MAX_NOUN = 14;

/** The noun after 「…日の」 (「19日の人工知能戦略本部で」 → 人工知能戦略本部), or null. */
function attributiveNoun(block: string, q: Quantity): Span | null {
  if (block.charCodeAt(q.end) !== 0x306e) return null; // の
  const start = q.end + 1;
  let end = start;
  while (end < block.length && end - start < MAX_NOUN && !NOUN_END.test(block.charAt(end))) end++;
  return end > start ? { start, end } : null;
}

/**
 * Does a hit of one of these cues lie in the span: start inside it (a noun after a date, 「19日の
 * 人工知能戦略本部」), or with `overlap`, cover any part of it ("AI Act was enacted" over "enacted")?
 */
function cueIn(f: SentenceFacts, cueIds: readonly number[], span: Span, overlap = false): boolean {
  for (let k = 0; k < cueIds.length; k++) {
    const hits = f.at.get(cueIds[k] as number) ?? NO_HITS;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as CueHit;
      const from = overlap ? hit.end > span.start : hit.start >= span.start;
      if (from && hit.start < span.end) return true;
    }
  }
  return false;
}

/** A date quantity as the rules compare it: its resolved date (null: silent). */
function asResolved(q: Quantity, f: SentenceFacts): Quantity | null {
  return resolvedBy(q, f.dateOf);
}

/** The quantity with its date read by `dateOf` (the quantity itself when that changes nothing). */
function resolvedBy(q: Quantity, dateOf: (q: Quantity) => DateValue | null): Quantity | null {
  if (q.unit !== 'date' || q.date === undefined) return q;
  const d = dateOf(q);
  if (d === null) return null;
  return d === q.date ? q : { ...q, date: d, value: d.year ?? Number.NaN };
}

/** Rule 1: a misstatement's own wording. */
export function misstatementsByPattern(f: SentenceFacts, c: Compiled, disowned: Quantity[] = []): Finding[] {
  if (!f.patternsMayMatch) return [];
  const out: Finding[] = [];
  const taken: Span[] = [];
  for (const rule of c.rules) {
    for (const re of rule.patterns) {
      // exec from lastIndex 0 to the end, as matchAll would but without cloning the RegExp for each
      // sentence; nothing else reads these RegExps while this loop runs
      re.lastIndex = 0;
      for (let m = re.exec(f.sentence); m !== null; m = re.exec(f.sentence)) {
        if (m[0].length === 0) {
          re.lastIndex++; // as matchAll steps over an empty match
          continue;
        }
        const ps = f.sent.start + (m.index ?? 0);
        const pe = ps + m[0].length;
        if (taken.some((t) => t.start < pe && t.end > ps)) continue;
        const inside = f.qs.filter((q) => q.start < pe && q.end > ps);
        // quoted to be corrected (「「7本柱」との表現も見られるが、…」): nobody's claim, no verdict
        if (isDisowned(f.sentence, ps - f.sent.start, pe - f.sent.start)) {
          taken.push({ start: ps, end: pe });
          for (let k = 0; k < inside.length; k++) disowned.push(inside[k] as Quantity);
          continue;
        }
        const v = rule.value;
        const agreeing = v === undefined ? [] : inside.filter((q) => agreesWith(q, v));
        const chosen = agreeing[0] ?? inside.find((q) => q.unit !== 'number');
        // a sum the sentence gives a ministry's programme or a company is theirs, rightly: 「…5年間で
        // 約1兆円を投じる経産省の支援策」 is METI's support, not the plan said to spend it
        const sum = inside.find((x) => x.unit === 'JPY' || x.unit === 'USD');
        if (sum !== undefined) {
          const owner = ownerOf(f.block, f.sent, sum, f.qs);
          if (owner === 'ministry-programme' || owner === 'company') continue;
        }
        // 「宇宙基本計画は12月19日に閣議決定された」 in an article on the AI plan: another plan's words
        const first = inside[0];
        if (first !== undefined && ownerOf(f.block, f.sent, first, f.qs) === 'other-plan') continue;
        // a bare numeral (「7」 of 「7本柱」) is shown with the words the pattern matched
        const q: Quantity =
          chosen !== undefined && chosen.unit !== 'count'
            ? chosen
            : {
                start: ps,
                end: pe,
                text: f.block.slice(ps, pe),
                value: Number.NaN,
                unit: 'number',
                bound: 'exact',
              };
        taken.push({ start: Math.min(ps, q.start), end: Math.max(pe, q.end) });
        // the article's own conversion (「1兆円（約67億ドル）」, "¥1 trillion ($6.7 billion)") is not the slip
        if ((q.unit === 'JPY' || q.unit === 'USD') && isConversion(f.block, q, f.qs)) continue;
        out.push(misstatementFinding(q, rule.m, c));
      }
    }
  }
  return out;
}

function misstatementFinding(q: Quantity, m: Misstatement, c: Compiled): Finding {
  const figure = m.figureId === null ? undefined : c.figuresById.get(m.figureId);
  return {
    q,
    verdict: 'misstatement',
    figure,
    misstatementId: m.id,
    reason: { verdict: 'misstatement', misstatementId: m.id, figureId: figure?.id ?? null },
  };
}

/**
 * Does a quantity carry a misstatement's exact value? Amounts: the misstating value itself (within
 * 1.5%, 67億ドル or $6.7 billion, never 65億 or 70億), with 「超/以上」 in the rule only when the text
 * says so. Dates: every field the misstatement gives must be in the text (閣議決定は2025年12月 is
 * right at month precision, never the 12-19 slip).
 */
export function exactMisstatingValue(q: Quantity, v: FigureValue): boolean {
  if (v.kind === 'none') return false;
  if (v.kind === 'date') {
    if (q.unit !== 'date' || q.date === undefined) return false;
    const fields = v.date.split('-').length;
    if (fields >= 3 && q.date.day === undefined) return false;
    if (fields >= 2 && q.date.month === undefined) return false;
    return agreesWith(q, v);
  }
  if (q.unit !== v.unit || !Number.isFinite(q.value) || v.value === 0) return false;
  if (Math.abs(q.value - v.value) / Math.abs(v.value) > 0.015) return false;
  const up = (b: string) => b === 'more-than' || b === 'at-least';
  if (up(v.bound) && !up(q.bound)) return false;
  return (v.bound === 'less-than') === (q.bound === 'less-than');
}

/**
 * Rule 2: a misstatement's cue and its exact misstating value, about the same subject: not the
 * article's own conversion 「1兆円（約67億ドル）」, not another country's number, and for dates bound
 * to the cue.
 */
export function misstatementsByValue(
  f: SentenceFacts,
  c: Compiled,
  claimed: ReadonlySet<Quantity>,
  disowned: Quantity[] = [],
): Finding[] {
  const out: Finding[] = [];
  const mine: Quantity[] = [];
  for (let r = 0; r < c.rules.length; r++) {
    const rule = c.rules[r] as MisRule;
    const v = rule.value;
    if (v === undefined || !anyPresent(rule.cueIds, f.present)) continue;
    const figure = rule.m.figureId === null ? undefined : c.figuresById.get(rule.m.figureId);
    for (let k = 0; k < f.qs.length; k++) {
      const raw = f.qs[k] as Quantity;
      if (claimed.has(raw) || mine.includes(raw)) continue;
      const q = asResolved(raw, f);
      if (q === null || !exactMisstatingValue(q, v)) continue;
      const facts = claimFacts(f.block, f.sent, raw, f.qs, f.dateOf);
      if (facts.owner === 'conversion' || facts.owner === 'other-plan') continue;
      if (figure !== undefined && !compatible(facts, figure)) continue;
      const country = countryOf(f.block, f.sent, raw);
      if (country !== null && figure !== undefined && !countryIsFigures(country, figure, c)) continue;
      if (v.kind === 'date' && !boundTo(f, c, raw, rule.cueIds, (x) => x.unit === 'date', true)) continue;
      mine.push(raw);
      if (isDisowned(f.sentence, raw.start - f.sent.start, raw.end - f.sent.start)) {
        disowned.push(raw);
        continue;
      }
      out.push(misstatementFinding(raw, rule.m, c));
    }
  }
  return out;
}

/** Is one of these cues in the sentence? */
function anyPresent(ids: readonly number[], present: ReadonlySet<number>): boolean {
  for (let k = 0; k < ids.length; k++) if (present.has(ids[k] as number)) return true;
  return false;
}

/** Is this country word one of the figure's own cues (米国 for the US's figure)? */
function countryIsFigures(country: string, figure: Figure, c: Compiled): boolean {
  const id = c.cues.find(country);
  if (id === undefined) return false;
  return [...figure.cues.ja, ...figure.cues.en].some((w) => c.cues.find(w) === id);
}

/** A cued figure of the quantity's unit, not the plan's own for another country's number, compatible with its claim. */
function mayCompare(t: Target, q: Quantity, facts: ClaimFacts, foreign: boolean): boolean {
  return unitFits(q, t.value) && (!foreign || !t.planScope) && compatible(facts, t.figure);
}

/**
 * The figures a quantity may be compared with: cued in the sentence, of the quantity's unit, not
 * the plan's own when the number is another country's, and compatible with its subject, time and
 * owner. The popup's typed sentence (assume) falls back to every plan figure of the unit.
 */
export function candidatesFor(
  q: Quantity,
  facts: ClaimFacts,
  foreign: boolean,
  f: SentenceFacts,
  c: Compiled,
): Target[] {
  let cands = f.cued.filter((t) => mayCompare(t, q, facts, foreign));
  // 「現在の約60人」: today's headcount, compared only with a figure of a moment (AISI's about 30),
  // not with a step or goal to come (about 60 after doubling, 200)
  if (q.unit === 'persons' && cands.length > 0 && presentCount(f.block, f.sent, q, f.qs)) {
    cands = cands.filter((t) => t.figure.asOf !== undefined);
  }
  if (cands.length === 0 && f.assume) {
    cands = c.targets.filter((t) => t.planScope && t.matchable && mayCompare(t, q, facts, false));
  }
  return cands;
}

/**
 * A figure whose qualifier the previous sentence named agrees (rule 3 on those figures alone). It
 * comes before the 不一致 rule: a number that agrees with the figure the paragraph is about is not
 * called wrong against another.
 */
function carriedMatch(
  q: Quantity,
  facts: ClaimFacts,
  foreign: boolean,
  f: SentenceFacts,
  c: Compiled,
): Finding | null {
  if (f.carried.length === 0) return null;
  const cands = f.carried.filter((t) => mayCompare(t, q, facts, foreign));
  return cands.length === 0 ? null : matchRule(q, cands, f, c);
}

/** Whether a cue of the target that is not generic (AI, 計画, a verb of deciding) is in the sentence. */
function specificCue(t: Target, f: SentenceFacts, c: Compiled): boolean {
  return t.cueIds.some((id) => f.present.has(id) && !c.generic.has(id));
}

/** Rule 3: a candidate agrees; where several do, the most specific cues, then the plan's own. */
export function matchRule(
  q: Quantity,
  cands: readonly Target[],
  f: SentenceFacts,
  c: Compiled,
): Finding | null {
  let best: Target | undefined;
  // a day whose month is unknown (「23日の閣議で、…改定を決めた」 with no article date) in a sentence
  // about a revision is as likely the new version's day: it agrees only with the revision's figures
  const dayAlone = q.unit === 'date' && q.date?.month === undefined && q.date?.day !== undefined;
  const revision = dayAlone && REVISION.test(f.sentence);
  for (let k = 0; k < cands.length; k++) {
    const t = cands[k] as Target;
    if (!agreesWith(q, t.value)) continue;
    if (revision && !cuedByRevision(t, f, c)) continue;
    // and it is the plan's (or the entity's) day only where its sentence names it: in a paragraph
    // about the plan, 「政府は23日、補正予算案を閣議決定した」 is the budget's day
    if (dayAlone && !f.assume && !namedIn(t, f.termsInSentence, c)) continue;
    // a date reached through a verb of deciding alone ("released in 2025") or a common noun
    // ("a roadmap next summer") names its month or season at least: a bare year beside such a word
    // is as often another thing's (a trial, a law)
    if (
      t.value.kind === 'date' &&
      q.date?.month === undefined &&
      q.date?.season === undefined &&
      !specificCue(t, f, c)
    )
      continue;
    if (best === undefined || better(t, best, f.present, c)) best = t;
  }
  if (best === undefined) return null;
  return {
    q,
    verdict: 'match',
    figure: best.figure,
    misstatementId: null,
    reason: { verdict: 'match', figureId: best.figure.id },
  };
}

/**
 * For a mismatch the subject must agree, not merely not conflict: a count of people is called wrong
 * only when the text says whose count it is (「AISIの人員」, 「政府職員」, "government employees"), since
 * a number of people near 源内 or AISI is often another count (a pilot's users, another body's staff).
 * So is a multiple: 「予算は前年度の約3倍に増える」 beside AISI multiplies its budget, not its staff.
 */
export function subjectAgrees(q: Quantity, facts: ClaimFacts, figure: Figure): boolean {
  if (figure.subject === undefined || (q.unit !== 'persons' && q.unit !== 'multiplier')) return true;
  return facts.subject === figure.subject;
}

/**
 * A date that can contradict a day of decision: a calendar date with at least a month. A fiscal
 * year or a bare year near 閣議決定 / "adopted" is nearly always another period (when a measure
 * starts, a budget's year), so it is never called wrong.
 */
export function pointInTime(q: Quantity): boolean {
  return q.date !== undefined && q.date.fiscal !== true && q.date.month !== undefined;
}

const CYCLE_BEFORE = /(?:every|each|once in|once every)\s*$/i;
const CYCLE_AFTER = /^\s*(?:ごと|毎|おき|に1度|に一度|に1回|に一回)/;

/**
 * Whether a number of years is an interval (「2年ごと」「3年に1度」 "every two years"), not a span
 * ("the plan covers about five years", 「5年間で」).
 */
export function isCycle(block: string, q: Span): boolean {
  return (
    CYCLE_BEFORE.test(block.slice(Math.max(0, q.start - 16), q.start)) ||
    CYCLE_AFTER.test(block.slice(q.end, q.end + 6)) ||
    /^毎|every/i.test(block.slice(q.start, q.end))
  );
}

/**
 * A later version of a document: the plan's yearly revision (改定, "revised plan"), an amended law.
 * Its dates and numbers may be the new version's, so the original's figures are not contradicted.
 */
const REVISION =
  /改定|改訂|見直し|改正|\b(?:revis(?:e|ed|es|ing|ion|ions)|amend(?:s|ed|ing|ment|ments)?|updated?)\b/i;

/** Is one of the target's own cues present in the sentence a word of revising (the revision cycle)? */
function cuedByRevision(t: Target, f: SentenceFacts, c: Compiled): boolean {
  for (let k = 0; k < t.cueIds.length; k++) {
    const id = t.cueIds[k] as number;
    if (f.present.has(id) && REVISION.test(c.cues.cues[id] as string)) return true;
  }
  return false;
}

/**
 * Rule 4: no candidate agrees, and a figure of the plan's own is identified with confidence: a
 * specific cue of it in the sentence, its entity named (in the sentence for a date, the paragraph
 * for an amount), the quantity the nearest of its unit to that cue, no other quantity agreeing with
 * it, and the plan (not a survey) as the number's owner.
 */
export function mismatchRule(
  q: Quantity,
  cands: readonly Target[],
  facts: ClaimFacts,
  f: SentenceFacts,
  c: Compiled,
): Finding | null {
  if (!mayMismatch(facts)) return null;
  // the article itself says a claim here is wrong: its number is the claim it corrects
  if (isDisputed(f.sentence)) return null;
  // a sentence about a revision (「計画の改定案を了承」, "a revised plan") may give the new
  // version's date or number: only the revision cycle itself can be contradicted there
  const revision = REVISION.test(f.sentence);
  // a sum beside a topic the plan gives no figure (computing resources, AI talent, GPUs) may be
  // that topic's share ("300 billion yen on computing resources"), not the plan's total
  if (f.topical && (q.unit === 'JPY' || q.unit === 'USD')) return null;
  // a count of one kind of staff (常勤, full-time) is part of a headcount, never a wrong one
  if (q.unit === 'persons' && isPartOfStaff(f.block, f.sent, q)) return null;
  // nor is a count of another moment (「発足時に約20人」, "at its launch")
  if (q.unit === 'persons' && pastMomentCount(f.block, f.sent, q)) return null;
  // nor is a population a part of which is then counted (「一般職は約29万人で、その半数以上が」)
  if (q.unit === 'persons' && isWholeOfPart(f.block, f.sent, q)) return null;
  // read here, not with the claim facts: only a number that may be called wrong needs it
  const present = q.unit !== 'date' && presentCount(f.block, f.sent, q, f.qs);
  const eligible = cands.filter((t) => {
    if (!t.mismatchable) return false;
    if (revision && !cuedByRevision(t, f, c)) return false;
    if (!mayContradict(present, t.figure)) return false;
    // today's count in an article of another year than the figure's moment: not the same moment
    if (present && f.articleYear !== undefined && figureYear(t.figure)?.year !== f.articleYear) return false;
    // a number of years contradicts a cycle (the plan revised every year) only when it is one
    if (t.value.kind === 'amount' && t.value.unit === 'years' && !isCycle(f.block, q)) return false;
    if (!specificCue(t, f, c)) return false;
    const isDate = t.value.kind === 'date';
    if (!f.assume) {
      // a figure of an entity (源内, AISI) needs that entity; a figure of the plan itself needs the
      // plan (or a term linked to the figure)
      if (!namedIn(t, isDate ? f.termsInSentence : f.termsInBlock, c)) return false;
    }
    if (!subjectAgrees(q, facts, t.figure)) return false;
    if (isDate && !pointInTime(q)) return false;
    if (f.qs.some((x) => x.start !== q.start && unitFits(x, t.value) && agreesWith(x, t.value))) return false;
    return boundTo(f, c, q, t.cueIds, (x) => unitFits(x, t.value), isDate);
  });
  if (eligible.length === 0) return null;
  // the most specific candidate, then the one whose value is nearest
  let top = Number.NEGATIVE_INFINITY;
  for (const t of eligible) top = Math.max(top, cueScore(t, f.present, c));
  const gap = (t: Target) =>
    t.value.kind === 'amount' && q.value > 0 && t.value.value > 0
      ? Math.abs(Math.log(q.value / t.value.value))
      : 0;
  // When the sentence attributes the number to the plan (「AI基本計画によると」), what it contradicts
  // is the plan's own word (its text, the PM's statement) before a reported figure with a nearer
  // value (a later trial's size is not what the plan said).
  const rank = (t: Target) => (f.attributed ? STATUS_RANK[t.figure.status] : 0);
  let wrong: Target | undefined;
  for (const t of eligible) {
    if (cueScore(t, f.present, c) < top - 1e-9) continue;
    if (wrong === undefined) wrong = t;
    else if (rank(t) !== rank(wrong)) {
      if (rank(t) < rank(wrong)) wrong = t;
    } else if (gap(t) < gap(wrong) - 1e-12) wrong = t;
    else if (Math.abs(gap(t) - gap(wrong)) <= 1e-12 && better(t, wrong, f.present, c)) wrong = t;
  }
  if (wrong === undefined) return null;
  const others: Figure[] = [];
  for (const t of cands) {
    if (t.figure !== wrong.figure && t.planScope && !others.includes(t.figure)) others.push(t.figure);
  }
  return {
    q,
    verdict: 'mismatch',
    figure: wrong.figure,
    misstatementId: null,
    reason: {
      verdict: 'mismatch',
      figureId: wrong.figure.id,
      otherFigureIds: others.slice(0, 3).map((o) => o.id),
    },
  };
}

/**
 * Rule 5: no figure of the quantity's unit is cued, the sentence names a plan topic that has no
 * figure (AI人材, GPU…) and attributes the number to the plan or a target.
 */
export function notInPlanRule(
  q: Quantity,
  cands: readonly Target[],
  facts: ClaimFacts,
  foreign: boolean,
  f: SentenceFacts,
  c: Compiled,
): Finding | null {
  if (cands.length > 0 || foreign || !f.attributed || q.unit === 'number') return null;
  if (facts.owner !== null) return null;
  // where a rate stands (「教員の利用率は約3割にとどまる」) is no number put in the plan's mouth
  if (facts.stance === 'measured') return null;
  let topic: NoFigureTopic | undefined;
  for (let k = 0; k < f.hits.length; k++) {
    const t = c.topicOf.get((f.hits[k] as CueHit).cue);
    // a number of the topic's kind (「約1兆パラメーター」 beside AI人材 counts no talent)
    if (t !== undefined && (q.unit === 'date' || t.units.includes(q.unit))) {
      topic = t;
      break;
    }
  }
  if (topic === undefined) return null;
  if (q.unit === 'date' && f.qs.some((x) => x.unit !== 'date' && x.unit !== 'number')) return null;
  return {
    q,
    verdict: 'not-in-plan',
    figure: undefined,
    misstatementId: null,
    reason: { verdict: 'not-in-plan', topic: topic.label },
  };
}

/**
 * What of the claim model the rules will read for this quantity: only the figures of its unit that
 * are cued (or, for a typed sentence, any of the plan's) are compared with it, and a figure reads
 * the subject only when it has one (compatible, subjectAgrees) and the year only when it has an asOf.
 */
export function factsNeeded(q: Quantity, f: SentenceFacts, c: Compiled): FactsNeeded {
  const needed = { subject: false, year: false };
  readNeeds(q, f.cued, needed);
  if (f.assume) readNeeds(q, c.targets, needed);
  return needed;
}

function readNeeds(q: Quantity, targets: readonly Target[], needed: FactsNeeded): void {
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as Target;
    if (!unitFits(q, t.value)) continue;
    if (t.figure.subject !== undefined) needed.subject = true;
    if (t.figure.asOf !== undefined) needed.year = true;
  }
}

/** Rules 3–5 for one quantity not claimed by a misstatement. */
export function verdictFor(raw: Quantity, f: SentenceFacts, c: Compiled): Finding | null {
  const q = asResolved(raw, f);
  if (q === null) return null; // a relative date with no article date: silent
  if (groupedWithPoint(q)) return null;
  // nothing can be said of a quantity no cued figure fits and no no-figure topic names (most
  // quantities of a long page): skip the claim model for it
  const fits = (t: Target) => unitFits(q, t.value);
  if (!f.assume && !f.topical && !f.cued.some(fits) && !f.carried.some(fits)) return null;
  const facts = claimFacts(f.block, f.sent, raw, f.qs, f.dateOf, factsNeeded(q, f, c));
  // a number said of another country (米国の68.8%, "81.2% in China") is not the plan's
  const foreign = !f.assume && countryOf(f.block, f.sent, raw) !== null;
  const cands = candidatesFor(q, facts, foreign, f, c);
  const found =
    matchRule(q, cands, f, c) ??
    carriedMatch(q, facts, foreign, f, c) ??
    // a date read with the article's own date (23日, 今年5月, "Dec. 23 last year") may agree, never
    // disagree: a page's date may be its last update, and a bare day is the nearest such day, a guess
    (q === raw ? mismatchRule(q, cands, facts, f, c) : null) ??
    notInPlanRule(q, cands, facts, foreign, f, c);
  // the claim shows the text as written (the resolved date is only for comparing)
  return found === null || q === raw ? found : { ...found, q: raw };
}

/** 100.000, 1.500: a point before exactly three digits, and no scale word after them. */
const POINT_GROUPED =
  /(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])(?!\s*(?:[A-Za-z]*illion|thousand|lakh|crore|bn|mn|tn|[万億兆]))/i;

/**
 * A count of people or things written "100.000": European copy groups thousands with a point, so
 * it may be 100,000 or 100 (a count is rarely written to three decimals). Neither reading is safe.
 */
function groupedWithPoint(q: Quantity): boolean {
  return (q.unit === 'persons' || q.unit === 'count') && POINT_GROUPED.test(q.text);
}

/** Is the cue a word written after the quantity's digits ("three principles")? */
function isCounterNoun(block: string, q: Quantity, h: CueHit): boolean {
  if (h.start <= q.start) return false;
  const c = block.charCodeAt(h.start);
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && /[\s]/.test(block[h.start - 1] ?? '');
}

/**
 * Is the cue a name with the number inside it (第3回会合 around 第3回, 2026年度予算 around 2026年度)?
 * Such a cue covers the whole quantity and more: the number is part of the name, which stays a cue.
 */
function isNameAround(h: CueHit, q: Quantity): boolean {
  return h.start <= q.start && h.end >= q.end && h.end - h.start > q.end - q.start;
}

/**
 * The hits that lie inside a longer cue of a plan figure or a no-figure topic (利用率 in 生成AI利用率):
 * one sweep in order of start, so a sentence dense with cues costs n log n, not n².
 */
function insideLongerCues(all: readonly CueHit[], c: Compiled): Set<CueHit> {
  const inside = new Set<CueHit>();
  if (all.length < 2) return inside;
  const byStart = all.slice().sort((a, b) => a.start - b.start);
  // the furthest end of a plan or topic cue that starts before the current start
  let reachBefore = -1;
  for (let i = 0; i < byStart.length; ) {
    const start = (byStart[i] as CueHit).start;
    let j = i;
    // the furthest end of a plan or topic cue that starts here
    let reachHere = -1;
    for (; j < byStart.length && (byStart[j] as CueHit).start === start; j++) {
      const o = byStart[j] as CueHit;
      if (o.end > reachHere && (c.planCues.has(o.cue) || c.topicOf.has(o.cue))) reachHere = o.end;
    }
    // covered by one that starts earlier and ends no sooner, or starts here and ends later
    for (let k = i; k < j; k++) {
      const h = byStart[k] as CueHit;
      if (reachBefore >= h.end || reachHere > h.end) inside.add(h);
    }
    if (reachHere > reachBefore) reachBefore = reachHere;
    i = j;
  }
  return inside;
}

/** The cue hits of a sentence the rules read: not inside a quantity, not inside a longer cue. */
export function sentenceHits(
  block: string,
  sent: Span,
  qs: readonly Quantity[],
  c: Compiled,
  all: readonly CueHit[] = c.cues.scan(block, sent.start, sent.end),
): CueHit[] {
  const outside: CueHit[] = [];
  let k = 0;
  for (let a = 0; a < all.length; a++) {
    const h = all[a] as CueHit;
    // quantities are sorted and do not overlap: walk them alongside
    while (k < qs.length && (qs[k] as Quantity).end <= h.start) k = k + 1;
    let inQuantity = false;
    for (let j = k; j < qs.length && (qs[j] as Quantity).start < h.end; j++) {
      const q = qs[j] as Quantity;
      // an English counter noun read into the quantity ("three principles", "100,000 government
      // employees") is still the sentence's cue; a unit (倍 in 2倍, 億円 in 88億円) is not
      if (h.start < q.end && h.end > q.start && !isCounterNoun(block, q, h) && !isNameAround(h, q)) {
        inQuantity = true;
      }
    }
    if (!inQuantity) outside.push(h);
  }
  // a longer cue that a quantity swallowed (つの柱 of 「4つの柱」) leaves the shorter one inside it (柱)
  const inside = insideLongerCues(outside, c);
  return inside.size === 0 ? outside : outside.filter((h) => !inside.has(h));
}

/** What a fact box's heading says, for its items (./fact-box.ts). */
export interface HeadingFacts {
  /** The terms it names (mention term ids). */
  terms: readonly string[];
  /** Its cue words (cue ids): they qualify an item's figures as a sentence's own would. */
  cues: ReadonlySet<number>;
}

export interface SentenceInput {
  block: string;
  sent: Span;
  qs: readonly Quantity[];
  mentions: readonly DetectedMention[];
  termsInBlock: ReadonlySet<string>;
  /** What the block's fact-box heading says (./fact-box.ts): its sentences say it too. */
  heading?: HeadingFacts;
  assume: boolean;
  blockMayMatch: boolean;
  dateOf: (q: Quantity) => DateValue | null;
  /** The year of the article's own date, when it is given (a count said to be today's is that year's). */
  articleYear?: number;
  /** The sentence before this one in the block, if any (its cues may qualify this one's figures). */
  previous?: Span;
}

/**
 * Is a target reached through a present cue one the sentence may be about: matchable, its
 * qualifier (if any) somewhere in the sentence, and for a figure outside the plan's own, a present
 * cue that is not one of the plan's.
 */
function isCued(
  t: Target,
  present: ReadonlySet<number>,
  anywhere: ReadonlySet<number>,
  c: Compiled,
): boolean {
  if (t.qualifierIds.length > 0 && !anyPresent(t.qualifierIds, anywhere)) return false;
  return isCuedUnqualified(t, present, c);
}

/** isCued without the qualifier: matchable, and a present cue reaches it. */
function isCuedUnqualified(t: Target, present: ReadonlySet<number>, c: Compiled): boolean {
  if (!t.matchable) return false;
  if (t.planScope) return true;
  for (let k = 0; k < t.cueIds.length; k++) {
    const id = t.cueIds[k] as number;
    if (present.has(id) && !c.planCues.has(id)) return true;
  }
  return false;
}

/**
 * The dates of a lead sentence that says only when (「2025年12月、日本のAI戦略に大きな動きがあった。」,
 * "In December, Japan took a big step."), checked with the next sentence, which says what happened
 * and names the plan but gives no date of its own (「政府は…「AI基本計画」を閣議決定したのだ。」).
 * Like a carried subject they may only agree: the date is read across a sentence, not seen beside
 * its event. `lead` holds the lead sentence's dates and its date reader; `next` is the next
 * sentence's input, without dates.
 */
export function leadDateMatches(
  lead: { dates: readonly Quantity[]; dateOf: (q: Quantity) => DateValue | null },
  next: SentenceInput,
  c: Compiled,
): Finding[] {
  if (next.qs.some((x) => x.unit === 'date')) return [];
  const f = sentenceFacts(next, c);
  if (f === null) return [];
  const dated = f.cued.filter((t) => t.value.kind === 'date' && namedIn(t, f.termsInSentence, c));
  if (dated.length === 0) return [];
  const out: Finding[] = [];
  for (let k = 0; k < lead.dates.length; k++) {
    const raw = lead.dates[k] as Quantity;
    const q = resolvedBy(raw, lead.dateOf);
    if (q === null) continue;
    const x = matchRule(q, dated, f, c);
    if (x !== null) out.push(q === raw ? x : { ...x, q: raw });
  }
  return out;
}

/** Is the target's entity (源内, AISI), or for a figure of the plan itself the plan, named here? */
function namedIn(t: Target, terms: ReadonlySet<string>, c: Compiled): boolean {
  for (const id of terms) {
    if (t.entities.size > 0 ? t.entities.has(id) : t.terms.has(id) || c.anchorTerms.has(id)) return true;
  }
  return false;
}

/** Of the targets held back only by their qualifier, those whose qualifier the previous sentence has. */
function carriedTargets(
  unqualified: readonly Target[],
  input: SentenceInput,
  c: Compiled,
): readonly Target[] {
  const prev = input.previous;
  if (prev === undefined) return NO_TARGETS;
  const before = new Set<number>();
  const hits = c.cues.scan(input.block, prev.start, prev.end);
  for (let k = 0; k < hits.length; k++) before.add((hits[k] as CueHit).cue);
  return unqualified.filter((t) => anyPresent(t.qualifierIds, before));
}

/** The facts of one sentence, or null when it can hold no claim (no cue, no pattern, not assumed). */
export function sentenceFacts(input: SentenceInput, c: Compiled): SentenceFacts | null {
  const { block, sent, qs, assume } = input;
  const all = withoutStandards(block, c.cues.scan(block, sent.start, sent.end));
  const hits = sentenceHits(block, sent, qs, c, all);
  const sentence = block.slice(sent.start, sent.end);
  const patternsMayMatch = c.anyPattern === null || (input.blockMayMatch && c.anyPattern.test(sentence));
  if (hits.length === 0 && !assume && !patternsMayMatch) return null;
  // the cues of the sentence, and of its fact box's heading: either may qualify a figure
  const anywhere = new Set<number>(input.heading?.cues);
  for (let k = 0; k < all.length; k++) anywhere.add((all[k] as CueHit).cue);
  const present = new Set<number>();
  /** The cues present, each once, in the order first found (the Set's own order). */
  const presentIds: number[] = [];
  const at = new Map<number, CueHit[]>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as CueHit;
    present.add(h.cue);
    const list = at.get(h.cue);
    if (list === undefined) {
      at.set(h.cue, [h]);
      presentIds.push(h.cue);
    } else list.push(h);
  }
  const termsInSentence = new Set<string>(input.heading?.terms);
  for (let k = 0; k < input.mentions.length; k++) {
    termsInSentence.add((input.mentions[k] as DetectedMention).termId);
  }
  // the targets of the cues present, each once, in the order first reached (few: an array will do)
  const maybe: Target[] = [];
  for (let k = 0; k < presentIds.length; k++) {
    const targets = c.targetsByCue.get(presentIds[k] as number) ?? NO_TARGETS;
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j] as Target;
      if (!maybe.includes(t)) maybe.push(t);
    }
  }
  const cued: Target[] = [];
  // held back only by a qualifier this sentence lacks: few, and most sentences have none, so the
  // list is made only when one is met
  let unqualified: Target[] | null = null;
  for (let k = 0; k < maybe.length; k++) {
    const t = maybe[k] as Target;
    if (isCued(t, present, anywhere, c)) cued.push(t);
    else if (t.qualifierIds.length > 0 && isCuedUnqualified(t, present, c)) {
      unqualified ??= [];
      unqualified.push(t);
    }
  }
  const carried = unqualified === null ? NO_TARGETS : carriedTargets(unqualified, input, c);
  return {
    block,
    sent,
    sentence,
    qs,
    hits,
    present,
    anywhere,
    at,
    topical: anyTopic(hits, c),
    termsInSentence,
    termsInBlock: input.termsInBlock,
    assume,
    patternsMayMatch,
    attributed: assume || termsInSentence.size > 0 || ATTRIBUTION.test(sentence),
    cued,
    carried,
    dateOf: input.dateOf,
    articleYear: input.articleYear,
  };
}

/** The hits less the countries named as a comparison's standard (isComparisonStandard). */
function withoutStandards(block: string, hits: CueHit[]): CueHit[] {
  let out: CueHit[] | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as CueHit;
    // most sentences name no country: only a hit that starts as a country word does is read
    const standard = COUNTRY_FIRST.has(block.charCodeAt(h.start)) && isComparisonStandard(block, h);
    if (standard && out === null) out = hits.slice(0, k);
    else if (!standard && out !== null) out.push(h);
  }
  return out ?? hits;
}

/** The first characters of the country words of FOREIGN_JA and FOREIGN_EN. */
const COUNTRY_FIRST = new Set(
  Array.from('米ア中英イ欧韓ドフ台シカ海諸世UACBEKGFITS', (ch) => ch.charCodeAt(0)),
);

/** Does a hit name a plan topic with no figure? */
function anyTopic(hits: readonly CueHit[], c: Compiled): boolean {
  for (let k = 0; k < hits.length; k++) if (c.topicOf.has((hits[k] as CueHit).cue)) return true;
  return false;
}

function inOrder(found: readonly Finding[]): boolean {
  for (let k = 1; k < found.length; k++)
    if ((found[k - 1] as Finding).q.start > (found[k] as Finding).q.start) return false;
  return true;
}

/** All rules of one sentence, in order. */
export function checkSentence(input: SentenceInput, c: Compiled): Finding[] {
  const f = sentenceFacts(input, c);
  if (f === null) return [];
  // quantities of a misstatement the sentence quotes to correct: no verdict, from any rule
  const disowned: Quantity[] = [];
  const found = misstatementsByPattern(f, c, disowned);
  const claimed = new Set<Quantity>(disowned);
  for (let k = 0; k < found.length; k++) {
    const x = found[k] as Finding;
    claimed.add(x.q);
    for (let j = 0; j < f.qs.length; j++) {
      const q = f.qs[j] as Quantity;
      if (q.start < x.q.end && q.end > x.q.start) claimed.add(q);
    }
  }
  const byValue = misstatementsByValue(f, c, claimed, disowned);
  for (let k = 0; k < byValue.length; k++) {
    const x = byValue[k] as Finding;
    found.push(x);
    claimed.add(x.q);
  }
  for (let k = 0; k < disowned.length; k++) claimed.add(disowned[k] as Quantity);
  for (let k = 0; k < f.qs.length; k++) {
    const q = f.qs[k] as Quantity;
    if (claimed.has(q)) continue;
    const x = verdictFor(q, f, c);
    if (x !== null) found.push(x);
  }
  // most sentences give at most one finding: no sort (and its scratch array) for those
  // findings mostly come in order already; the sort is stable, so skipping it then changes nothing
  return inOrder(found) ? found : found.sort((a, b) => a.q.start - b.q.start);
}
