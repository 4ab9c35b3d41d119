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

export function compileDetector(terms: readonly Term[]): Detector {
  const matcher = compileTermMatcher(terms);

  function scanText(text: string): Array<BlockScan & Span> {
    const raws = matcher.scan(text);
    const anchorsCovered: Span[] = [];
    const dropped: number[] = [];
    for (const m of raws) {
      if (!m.term.anchorsPlan) continue;
      if (m.excluded) dropped.push(m.start);
      else anchorsCovered.push(m);
    }
    const others = otherPlanPositions(text, anchorsCovered);
    if (dropped.length > 0) {
      others.push(...dropped);
      others.sort((a, b) => a - b);
    }
    const blocks = splitBlocks(text);
    const out: Array<BlockScan & Span> = [];
    let r = 0;
    let o = 0;
    for (const b of blocks) {
      while (r < raws.length && (raws[r] as RawMatch).start < b.start) r++;
      const mentions: DetectedMention[] = [];
      let anchored = false;
      while (r < raws.length && (raws[r] as RawMatch).end <= b.end) {
        const m = raws[r++] as RawMatch;
        if (m.excluded) continue;
        if (m.term.anchorsPlan) anchored = true;
        mentions.push(toMention(text, m, b.start));
      }
      while (o < others.length && (others[o] as number) < b.start) o++;
      const otherPlan = o < others.length && (others[o] as number) < b.end;
      out.push({ start: b.start, end: b.end, mentions, anchored, otherPlan });
    }
    return out;
  }

  function scanBlock(block: string): BlockScan {
    const all = scanText(block);
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
