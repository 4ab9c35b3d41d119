/**
 * The checker: claims (a quantity plus what it is about) and their verdicts.
 *
 * The engine only wires: the dataset is compiled once (./compile.ts); a text is cut into blocks
 * (the detector), blocks into sentences no longer than MAX_SENTENCE (./sentences.ts, so checking is
 * linear in the text's length), and each sentence goes through the rules in order (./rules.ts):
 * misstatement by wording, misstatement by exact value, then for every other quantity, given its
 * subject, time and owner (./claim-model.ts): match, mismatch, not-in-plan. Anything else is no
 * claim: when in doubt the checker says nothing, since a false 不一致 on a correct article is the
 * worst failure.
 *
 * Dates relative to the article (23日, 来年夏, 今年5月) are resolved with `articleDate`; without it
 * they are silent, but for a bare day: it takes its month from a full date earlier in its sentence
 * (「12月19日に了承し、23日に閣議決定」), or else is compared on its day alone, agreeing only.
 */

import { type DayDate, parseDay, resolveOn } from '../dates/resolve';
import { tenseOf } from '../dates/tense';
import type { Span } from '../detect/blocks';
import { type BlockScan, type DetectedMention, type Detector, publicMention } from '../detect/detector';
import type { DateValue, Quantity } from '../numbers/types';
import type { PlanDataset } from '../plan/schema';
import { type Compiled, compile } from './compile';
import type { CueHit } from './cues';
import { factBoxHeadings } from './fact-box';
import { blockQuantities, datelineOf } from './quantities';
import { checkSentence, type Finding, type HeadingFacts, leadDateMatches, type SentenceInput } from './rules';
import { capLength, splitSentences } from './sentences';
import type { CheckedClaim, CheckedFindings, Mention } from './types';

export interface AnalyzeOptions {
  /** Treat the text as about the plan (the popup checker: a sentence typed by the reader). */
  assumeAboutPlan?: boolean;
  /**
   * The article's own date (YYYY-MM-DD), from the page's metadata or the CLI's --date: relative
   * dates (23日, 来年夏, "next May") are resolved with it. Absent: they stay silent.
   */
  articleDate?: string;
}

export interface BlocksContext extends AnalyzeOptions {
  /** Earlier blocks of the same document already made it about the plan. */
  aboutPlan?: boolean;
  /**
   * Per block: it is a piece of a longer paragraph that may name another 基本計画 elsewhere, so
   * its numbers are checked only if the piece itself names the AI plan (the paragraph-level rule,
   * kept when a very long paragraph is checked in pieces).
   */
  anchoredOnly?: readonly boolean[];
  /** Per block: the page marks it a list item (<li>, <dd>, a table cell): one fact of a box (./fact-box.ts). */
  listItems?: readonly boolean[];
  /**
   * Per block: the text of the heading the page puts above its list, when the content script knows it
   * (the heading may have been checked in an earlier batch). Null: found among the blocks, if at all.
   */
  headings?: readonly (string | null)[];
  /**
   * Per block: the rest of the table row or definition it is a cell of, when the page has one (the
   * label cell 「閣議決定」 before 「2025年12月23日」, the event after a timeline's date). The block is
   * checked as the row reads, 「閣議決定：2025年12月23日」, and keeps the claims in its own text.
   */
  rows?: readonly (RowText | null)[];
  /**
   * Per block: the detector's scan of it, when the caller has one already (the content script scans
   * runs with the same detector before the checker arrives, then hands them over to be checked).
   */
  scans?: readonly (BlockScan | null)[];
}

/** The text of a cell's row around it, each side joined to it as a label is (「閣議決定：」). */
export interface RowText {
  before: string;
  after: string;
}

export interface BlocksResult<F extends CheckedFindings = CheckedFindings> {
  /** The document (with the context given) is about the plan. */
  aboutPlan: boolean;
  /** One Findings per block, offsets relative to that block. */
  results: F[];
  /** The detector's scan of each block, for a caller that checks the same blocks again (scans above). */
  scans?: readonly BlockScan[];
}

export interface Engine {
  analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings;
  analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult;
  detector: Detector;
}

export interface EngineDeps {
  findQuantities: (text: string) => Quantity[];
  detector: Detector;
}

/** A finding as a public claim, its offsets moved by the block's start in the whole text. */
export function toClaim(x: Finding, offset: number): CheckedClaim {
  const q = x.q;
  return {
    start: q.start + offset,
    end: q.end + offset,
    text: q.text,
    verdict: x.verdict,
    figureId: x.figure?.id ?? null,
    misstatementId: x.misstatementId,
    official: x.figure?.display.ja ?? null,
    status: x.figure?.status ?? null,
    reason: x.reason,
    quantity: offset === 0 ? q : { ...q, start: q.start + offset, end: q.end + offset },
  };
}

/**
 * How a sentence's dates are read: relative ones from the article's date; a bare day (23日) with no
 * article date from the nearest full month date before it in the sentence, or else as its day alone
 * (which may agree, never disagree); other relative dates with no article date: null (silent).
 * A month-day date with no year (12月23日) is compared on the fields it gives unless the article's
 * date supplies the year.
 */
export function dateReader(
  articleDate: string | undefined,
  qs: readonly Quantity[],
): (q: Quantity) => DateValue | null {
  return sentenceDates(articleDay(articleDate), qs);
}

/** The article's date as the date reader needs it: whether one was given, and the day it reads as. */
export interface ArticleDay {
  given: boolean;
  day: DayDate | null;
}

/** Read once per check (not once per date looked at: the rules look at a date several times). */
export function articleDay(articleDate: string | undefined): ArticleDay {
  return { given: articleDate !== undefined, day: articleDate === undefined ? null : parseDay(articleDate) };
}

/**
 * dateReader with the article's date already read. Each date is resolved once, on first use: the
 * rules ask for the same date several times (each misstatement rule, each number's year).
 */
function sentenceDates(
  article: ArticleDay,
  qs: readonly Quantity[],
  where?: { block: string; sent: Span },
): (q: Quantity) => DateValue | null {
  let known: Map<Quantity, DateValue | null> | undefined;
  return (q) => {
    if (q.unit !== 'date' || q.date === undefined) return null;
    known ??= new Map();
    const seen = known.get(q);
    if (seen !== undefined) return seen;
    const d = readDate(article, qs, q, where);
    known.set(q, d);
    return d;
  };
}

function readDate(
  article: ArticleDay,
  qs: readonly Quantity[],
  q: Quantity,
  where?: { block: string; sent: Span },
): DateValue | null {
  const d = q.date as DateValue;
  if (d.relative === undefined) {
    if (d.year !== undefined || !article.given) return d;
    // 「5月に成立した」 in January: last May, as its verb says, not the nearer May to come
    const tense = where === undefined ? null : tenseOf(where.block, where.sent, q);
    return resolveOn(d, article.day, tense) ?? d;
  }
  if (article.given) return resolveOn(d, article.day);
  // 「昨年12月23日」, "Dec. 23 last year" with no article date: its month and day are compared, as
  // those of 「12月23日」 are (a month alone, 「昨年12月」, says too little without its year)
  if (isYearOffsetOnly(d.relative) && d.month !== undefined && d.day !== undefined && d.fiscal !== true) {
    return { month: d.month, day: d.day };
  }
  if (d.relative.dayOnly !== true || d.day === undefined) return null;
  let anchor: DateValue | undefined;
  for (let k = 0; k < qs.length; k++) {
    const x = qs[k] as Quantity;
    if (x.end > q.start) break;
    if (x.unit === 'date' && x.date?.month !== undefined && x.date.relative === undefined) anchor = x.date;
  }
  // 「政府は23日、…を閣議決定した」 with no date to read it by: its day alone is compared. A new
  // value, so it may agree with a day of decision but is never called wrong (verdictFor): the
  // month it means is unknown
  if (anchor === undefined) return { day: d.day };
  const out: DateValue = { month: anchor.month as number, day: d.day };
  if (anchor.year !== undefined) out.year = anchor.year;
  return out;
}

/** Is the date relative only by its year (昨年, 今年, "last year"), with no other relative part? */
function isYearOffsetOnly(r: NonNullable<DateValue['relative']>): boolean {
  return (
    r.yearOffset !== undefined &&
    r.monthOffset === undefined &&
    r.dayOnly === undefined &&
    r.upcoming === undefined &&
    r.previous === undefined
  );
}

/**
 * The sentences of a block as the rules check them: cut at sentence ends, and runs longer than
 * MAX_SENTENCE cut again at commas or spaces. The rules compare a sentence's cues and quantities
 * pairwise, so their work is at most the sum of the squared sentence lengths, which this bounds by
 * MAX_SENTENCE times the block's length: linear.
 */
export function sentencesOf(block: string, qs: readonly Quantity[]): Span[] {
  return capLength(block, splitSentences(block, qs), qs);
}

/** Claims of one block, offsets relative to the block. */
export function checkBlock(
  c: Compiled,
  find: (text: string) => Quantity[],
  block: string,
  mentions: readonly DetectedMention[],
  options: {
    assume: boolean;
    articleDate?: string;
    article?: ArticleDay;
    /** What its fact-box heading says: the block's sentences say it too (./fact-box.ts). */
    heading?: HeadingFacts | null;
  },
): Finding[] {
  // A sentence with no cue word and no misstatement pattern holds no claim: a block with none is
  // skipped before its quantities are read.
  const blockMayMatch = c.anyPattern === null || c.anyPattern.test(block);
  if (!options.assume && !blockMayMatch && !c.cues.has(block)) return [];
  const qs = blockQuantities(block, find);
  if (qs.length === 0) return [];
  const dateline = datelineOf(block, qs);
  const sentences = sentencesOf(block, qs);
  const termsInBlock = new Set(mentions.map((m) => m.termId));
  const heading = options.heading ?? undefined;
  if (heading !== undefined) for (const id of heading.terms) termsInBlock.add(id);
  // read by the caller once for all its blocks, or here
  const article = options.article ?? articleDay(options.articleDate);
  const all: Finding[] = [];
  let i = 0;
  let k = 0;
  // the dates of the sentence before, when it said only when (see leadDateMatches)
  let lead: LeadDates | null = null;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n] as Span;
    const mine: Quantity[] = [];
    while (i < qs.length && (qs[i] as Quantity).start < s.end) {
      const q = qs[i] as Quantity;
      if (q.start >= s.start) mine.push(q);
      i++;
    }
    const before = lead;
    lead = null;
    if (mine.length === 0 && before === null) continue;
    while (k < mentions.length && (mentions[k] as DetectedMention).end <= s.start) k++;
    const inSentence: DetectedMention[] = [];
    for (let j = k; j < mentions.length && (mentions[j] as DetectedMention).start < s.end; j++) {
      inSentence.push(mentions[j] as DetectedMention);
    }
    const input: SentenceInput = {
      block,
      sent: s as Span,
      qs: mine,
      mentions: inSentence,
      termsInBlock,
      heading,
      assume: options.assume,
      blockMayMatch,
      dateOf: sentenceDates(article, mine, { block, sent: s }),
      articleYear: article.day?.year,
      previous: n > 0 ? (sentences[n - 1] as Span) : undefined,
    };
    if (before !== null) {
      const carried = leadDateMatches(before, input, c);
      for (let j = 0; j < carried.length; j++) all.push(carried[j] as Finding);
    }
    if (mine.length === 0) continue;
    const found = checkSentence(input, c);
    for (let j = 0; j < found.length; j++) {
      const x = found[j] as Finding;
      if (x.q.start !== dateline?.start) all.push(x);
    }
    if (found.length === 0) lead = leadDates(c, block, s, mine, inSentence, input.dateOf);
  }
  return all;
}

/**
 * A cell's claims, checked as its row reads (「閣議決定：」 + the cell + 「：AI基本計画を…」): the
 * other cells say what its number is, as a label does in 「項目：値」. Only the claims in the cell's
 * own text are kept, at offsets in it; the row's other cells are checked as cells of their own.
 */
function checkInRow(
  c: Compiled,
  find: (text: string) => Quantity[],
  detector: Detector,
  block: string,
  row: RowText,
  options: Parameters<typeof checkBlock>[4],
): CheckedClaim[] {
  const text = row.before + block + row.after;
  const from = row.before.length;
  const to = from + block.length;
  const out: CheckedClaim[] = [];
  for (const x of checkBlock(c, find, text, detector.scanBlock(text).mentions, options)) {
    if (x.q.start >= from && x.q.end <= to) out.push(toClaim(x, -from));
  }
  return out;
}

/** What each heading of factBoxHeadings says, each read once. */
function headingFacts(
  c: Compiled,
  detector: Detector,
  headings: readonly (string | null)[],
): (HeadingFacts | null)[] {
  const known = new Map<string, HeadingFacts>();
  return headings.map((h) => {
    if (h === null) return null;
    let facts = known.get(h);
    if (facts === undefined) {
      const terms: string[] = [];
      for (const m of detector.scanBlock(h).mentions) if (!terms.includes(m.termId)) terms.push(m.termId);
      facts = { terms, cues: new Set(c.cues.scan(h).map((x) => x.cue)) };
      known.set(h, facts);
    }
    return facts;
  });
}

/** How far into a lead sentence its date may start ("In ", "On ", 「昨年」…). */
const LEAD_REACH = 8;

interface LeadDates {
  dates: readonly Quantity[];
  dateOf: (q: Quantity) => DateValue | null;
}

/**
 * A sentence that gave no finding, names nothing of the plan's and has no cue word but generic ones
 * (AI, 日本), whose only quantities are dates, one opening it:
 * it may be a lead that says only when (「2025年12月、…大きな動きがあった。」), its event in the next
 * sentence. Null otherwise.
 */
function leadDates(
  c: Compiled,
  block: string,
  s: Span,
  qs: readonly Quantity[],
  mentions: readonly DetectedMention[],
  dateOf: (q: Quantity) => DateValue | null,
): LeadDates | null {
  if (mentions.length > 0) return null;
  // only when: its quantities are dates, with a month at least, and one opens the sentence
  // (「2025年12月、…」, "In December, …"), not a company's 2025年4〜9月期 among its results
  if (qs.some((q) => q.unit !== 'date' || q.date?.month === undefined)) return null;
  if ((qs[0] as Quantity).start - s.start > LEAD_REACH) return null;
  // its own cue words decide its dates (generic ones, AI or 日本, say nothing of them)
  const hits = c.cues.scan(block, s.start, s.end);
  for (let k = 0; k < hits.length; k++) if (!c.generic.has((hits[k] as CueHit).cue)) return null;
  return { dates: qs, dateOf };
}

export function compileEngine(data: PlanDataset, deps: EngineDeps): Engine {
  const { detector } = deps;
  const compiled = compile(data);
  const find = deps.findQuantities;

  function analyzeBlocks(blocks: readonly string[], context: BlocksContext = {}): BlocksResult {
    const scans = blocks.map((b, i) => context.scans?.[i] ?? detector.scanBlock(b));
    const assume = context.assumeAboutPlan === true;
    const aboutPlan = context.aboutPlan === true || assume || scans.some((s) => s.anchored);
    const article = articleDay(context.articleDate);
    const headings = aboutPlan
      ? headingFacts(compiled, detector, factBoxHeadings(blocks, scans, context.listItems, context.headings))
      : [];
    const results = scans.map((s, i): CheckedFindings => {
      if (!aboutPlan) return { mentions: [], claims: [] };
      const mentions: Mention[] = s.mentions.map((m) => publicMention(m));
      const checkable = (!s.otherPlan || s.anchored) && (s.anchored || context.anchoredOnly?.[i] !== true);
      const options = { assume, articleDate: context.articleDate, article, heading: headings[i] };
      const row = context.rows?.[i] ?? null;
      const block = blocks[i] as string;
      let claims: CheckedClaim[] = [];
      if (checkable && row !== null) claims = checkInRow(compiled, find, detector, block, row, options);
      else if (checkable)
        claims = checkBlock(compiled, find, block, s.mentions, options).map((x) => toClaim(x, 0));
      return { mentions, claims };
    });
    return { aboutPlan, results };
  }

  function analyzeText(text: string, options: AnalyzeOptions = {}): CheckedFindings {
    const assume = options.assumeAboutPlan === true;
    const blocks = detector.scanText(text);
    const aboutPlan = assume || blocks.some((b) => b.anchored);
    if (!aboutPlan) return { mentions: [], claims: [] };
    const mentions: Mention[] = [];
    const claims: CheckedClaim[] = [];
    const article = articleDay(options.articleDate);
    const texts = blocks.map((b) => text.slice(b.start, b.end));
    const headings = headingFacts(compiled, detector, factBoxHeadings(texts, blocks));
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as (typeof blocks)[number];
      for (const m of b.mentions) mentions.push(publicMention(m, b.start));
      if (b.otherPlan && !b.anchored) continue;
      const opts = { assume, articleDate: options.articleDate, article, heading: headings[i] };
      for (const x of checkBlock(compiled, find, texts[i] as string, b.mentions, opts)) {
        claims.push(toClaim(x, b.start));
      }
    }
    return { mentions, claims };
  }

  return { analyzeText, analyzeBlocks, detector };
}
