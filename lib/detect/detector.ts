/**
 * Mentions of the plan and its entities, and the passage rule.
 *
 * Passage rule (what counts as text about the plan):
 * - Text is cut into blocks (the content script hands its blocks over; plain text is cut at
 *   newlines, see blocks.ts). A mention never crosses a block boundary.
 * - A document is about the plan when one of its blocks mentions a term with anchorsPlan=true
 *   (人工知能基本計画, AI基本計画, AI Basic Plan, 人工知能戦略本部…), or when the caller says so
 *   (`aboutPlan` from earlier blocks of the same page, or `assumeAboutPlan` for a sentence a reader
 *   typed into the checker).
 * - Anchor mentions are always reported. Mentions of other terms (源内, AISI, AIサミット…) are reported
 *   only in a document about the plan.
 * - Numbers are checked only in blocks of a document about the plan, and not in a block that names
 *   another 基本計画 (宇宙基本計画, エネルギー基本計画…) unless that block also names the AI plan.
 * - A match inside one of its term's exclusions (平賀源内, 英国AISI, EU AI Act…) is no mention; when
 *   the dropped match was of an anchor term (エネルギー基本計画 for 基本計画), the block names another plan.
 */
import type { Mention } from '../check/types';
import type { Term } from '../plan/schema';
import { type Span, splitBlocks } from './blocks';
import {
  aiActFormalMatches,
  aiActKind,
  aisiOwner,
  type GenericMatch,
  genericPlanMatches,
  gennaiContextSpans,
  gennaiInContext,
  hasAiContext,
  hasGovernmentContext,
  hasPlanContext,
  japanInBlock,
  type LawContext,
  lawContext,
  nationalPlanIsJapans,
} from './context';
import { foldWidth } from './fold';
import { compileTermMatcher, type RawMatch, type TermMatcher } from './matcher';
import { otherPlanPositions } from './other-plan';

/** A mention with what the passage rule needs to know about it. */
export interface DetectedMention extends Mention {
  anchorsPlan: boolean;
}

/** What detection says about one block. Offsets are relative to the block. */
export interface BlockScan {
  /** Every mention found (anchor or not), before the document-level filter. */
  mentions: DetectedMention[];
  /** The block names the plan itself (an anchor term). */
  anchored: boolean;
  /** The block names another 基本計画. */
  otherPlan: boolean;
}

export interface Detector {
  /** Scan one block (any text without newlines is best; newlines are allowed). */
  scanBlock(block: string): BlockScan;
  /** Scan a whole text once and return its blocks (lines), each with offsets into `text`. */
  scanText(text: string): Array<BlockScan & Span>;
  matcher: TermMatcher;
}

function toMention(text: string, m: RawMatch, offset: number): DetectedMention {
  return {
    start: m.start - offset,
    end: m.end - offset,
    text: text.slice(m.start, m.end),
    termId: m.term.id,
    anchorsPlan: m.term.anchorsPlan,
  };
}

/** Term ids the context rules (context.ts) speak for; a dataset without them simply gets no such rule. */
const PLAN_ID = 'plan';
const GENNAI_ID = 'gennai';
const AISI_ID = 'aisi';
const AI_ACT_ID = 'ai-act';

/**
 * Context rules on one block's mentions (offsets relative to the block): generic names of the plan are
 * added where the block speaks of AI, 源内 and Japan's AISI anchor with the right company, and a foreign
 * AI Safety Institute is dropped. `block` is the width-folded `original`. Returns whether a rule anchored
 * the block.
 */
function applyContext(
  original: string,
  block: string,
  mentions: DetectedMention[],
  generics: readonly GenericMatch[],
  taken: readonly Span[],
): boolean {
  let anchored = false;
  const planNamed = mentions.some((m) => m.anchorsPlan);
  // Block-wide facts, computed at most once per block (a long block with many mentions stays linear).
  let gennaiSpans: Span[] | undefined;
  let japan: boolean | undefined;
  let national: boolean | undefined;
  let law: LawContext | undefined;
  /** Foreign institutes and laws, removed after the loop (one filter, not a splice per mention). */
  const dropped = new Set<DetectedMention>();
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as DetectedMention;
    if (m.termId === AI_ACT_ID && !m.anchorsPlan) {
      law ??= lawContext(block);
      const kind = aiActKind(block, m, planNamed, law);
      if (kind === 'foreign') dropped.add(m);
      else if (kind === 'anchor') {
        m.anchorsPlan = true;
        anchored = true;
      }
    } else if (m.termId === GENNAI_ID && !m.anchorsPlan) {
      gennaiSpans ??= gennaiContextSpans(block);
      if (gennaiInContext(gennaiSpans, m)) {
        m.anchorsPlan = true;
        anchored = true;
      }
    } else if (m.termId === AISI_ID && !m.anchorsPlan) {
      japan ??= japanInBlock(block);
      const owner = aisiOwner(block, m, japan);
      if (owner === 'foreign') dropped.add(m);
      else if (owner === 'japan') {
        m.anchorsPlan = true;
        anchored = true;
      }
    }
  }
  if (dropped.size > 0) {
    let w = 0;
    for (const m of mentions) if (!dropped.has(m)) mentions[w++] = m;
    mentions.length = w;
  }
  if (generics.length === 0 || !hasAiContext(block)) return anchored;
  const planContext = hasPlanContext(block);
  const governmentContext = hasGovernmentContext(block);
  let added = false;
  // Generics and taken spans are both in order: one forward pointer keeps the overlap test linear.
  const sorted = inOrder(taken) ? taken : [...taken].sort((a, b) => a.start - b.start);
  let j = 0;
  for (let n = 0; n < generics.length; n++) {
    const g = generics[n] as GenericMatch;
    if (g.kind === 'draft' && !planContext) continue;
    while (j < sorted.length && (sorted[j] as Span).end <= g.start) j++;
    let overlaps = false;
    for (let k = j; k < sorted.length && (sorted[k] as Span).start < g.end; k++) {
      if ((sorted[k] as Span).end > g.start) {
        overlaps = true;
        break;
      }
    }
    if (overlaps) continue;
    // another country's national AI plan is no mention at all
    if (g.kind === 'national') {
      national ??= nationalPlanIsJapans(block);
      if (!national) continue;
    }
    const anchors =
      g.kind === 'explicit' ||
      g.kind === 'law' ||
      g.kind === 'national' ||
      (g.kind === 'bare' && governmentContext);
    mentions.push({
      start: g.start,
      end: g.end,
      text: original.slice(g.start, g.end),
      termId: g.kind === 'law' ? AI_ACT_ID : PLAN_ID,
      anchorsPlan: anchors,
    });
    anchored ||= anchors;
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
  return anchored;
}

/** Are the spans in order of start already (then a stable sort would change nothing)? */
function inOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++)
    if ((spans[k - 1] as Span).start > (spans[k] as Span).start) return false;
  return true;
}

export function compileDetector(terms: readonly Term[]): Detector {
  const matcher = compileTermMatcher(terms);
  const hasPlanTerm = terms.some((t) => t.id === PLAN_ID);
  const hasLawTerm = terms.some((t) => t.id === AI_ACT_ID);

  /** Names found by pattern rather than by alias (context.ts), in order. */
  function patternMatches(folded: string): GenericMatch[] {
    const plan = hasPlanTerm ? genericPlanMatches(folded) : [];
    if (!hasLawTerm) return plan;
    const laws = aiActFormalMatches(folded).map((x): GenericMatch => ({ ...x, kind: 'law' }));
    if (laws.length === 0) return plan;
    return [...plan, ...laws].sort((a, b) => a.start - b.start);
  }

  function scanText(text: string): Array<BlockScan & Span> {
    const folded = foldWidth(text);
    const raws = matcher.scanFolded(folded);
    const anchorsCovered: Span[] = [];
    const dropped: number[] = [];
    for (let k = 0; k < raws.length; k++) {
      const m = raws[k] as RawMatch;
      if (!m.term.anchorsPlan) continue;
      if (m.excluded) dropped.push(m.start);
      else anchorsCovered.push(m);
    }
    const others = otherPlanPositions(text, anchorsCovered);
    if (dropped.length > 0) {
      others.push(...dropped);
      others.sort((a, b) => a - b);
    }
    const generics = patternMatches(folded);
    const blocks = splitBlocks(text);
    const out: Array<BlockScan & Span> = [];
    let r = 0;
    let o = 0;
    let g = 0;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k] as Span;
      while (r < raws.length && (raws[r] as RawMatch).start < b.start) r++;
      const mentions: DetectedMention[] = [];
      // Spans no generic name may overlap: every alias match (excluded ones too) and other plans' names.
      const taken: Span[] = [];
      let anchored = false;
      let entity = false;
      while (r < raws.length && (raws[r] as RawMatch).end <= b.end) {
        const m = raws[r++] as RawMatch;
        taken.push({ start: m.start - b.start, end: m.end - b.start });
        if (m.excluded) continue;
        if (m.term.anchorsPlan) anchored = true;
        if (m.term.id === GENNAI_ID || m.term.id === AISI_ID || m.term.id === AI_ACT_ID) entity = true;
        mentions.push(toMention(text, m, b.start));
      }
      while (o < others.length && (others[o] as number) < b.start) o++;
      const otherPlan = o < others.length && (others[o] as number) < b.end;
      for (let k = o; k < others.length && (others[k] as number) < b.end; k++) {
        const at = (others[k] as number) - b.start;
        taken.push({ start: at, end: at + 1 });
      }
      while (g < generics.length && (generics[g] as GenericMatch).start < b.start) g++;
      const inBlock: GenericMatch[] = [];
      while (g < generics.length && (generics[g] as GenericMatch).end <= b.end) {
        const x = generics[g++] as GenericMatch;
        inBlock.push({ start: x.start - b.start, end: x.end - b.start, kind: x.kind });
      }
      if (entity || inBlock.length > 0) {
        anchored =
          applyContext(text.slice(b.start, b.end), folded.slice(b.start, b.end), mentions, inBlock, taken) ||
          anchored;
      }
      out.push({ start: b.start, end: b.end, mentions, anchored, otherPlan });
    }
    return out;
  }

  function scanBlock(block: string): BlockScan {
    const all = scanText(block);
    // one line with no leading blank (the usual block): its offsets are already the block's
    const only = all[0];
    if (all.length === 1 && only !== undefined && only.start === 0) {
      return { mentions: only.mentions, anchored: only.anchored, otherPlan: only.otherPlan };
    }
    const mentions: DetectedMention[] = [];
    let anchored = false;
    let otherPlan = false;
    for (const b of all) {
      for (const m of b.mentions) mentions.push({ ...m, start: m.start + b.start, end: m.end + b.start });
      anchored ||= b.anchored;
      otherPlan ||= b.otherPlan;
    }
    return { mentions, anchored, otherPlan };
  }

  return { scanBlock, scanText, matcher };
}

/** Strip the internal flag: the public Mention shape. */
export function publicMention(m: DetectedMention, offset = 0): Mention {
  return { start: m.start + offset, end: m.end + offset, text: m.text, termId: m.termId };
}
