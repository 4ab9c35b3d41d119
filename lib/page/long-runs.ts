/**
 * Where a very long run of text is cut into pieces that are checked one at a time.
 *
 * A page can put 100,000 characters in one paragraph (or a whole article in one <div> of <br>
 * lines). Checked as one piece, that is one long task in the reader's page; cut into pieces of at
 * most PIECE characters, each piece is a slice of its own (the first ones run freshly loaded code,
 * many times slower than later: 1,000 dense characters took 100 ms, 400 under 40). Only runs
 * longer than LONG_RUN are cut: real paragraphs are shorter, and are checked whole. A cut falls where a sentence ends if it can (。！？, a line break, ". "),
 * else where a clause may end (、，, space), else at the limit: mentions and numbers do not cross
 * sentence ends, and only text with no break at all for hundreds of characters loses a match at a
 * cut.
 */
import { namesOtherPlanExcept } from '../detect/other-plan';

/** Runs longer than this are cut into pieces. */
export const LONG_RUN = 1_000;
/** The longest piece of a cut run. */
export const PIECE = 400;

/** What comes before 基本計画 in the plan's own names (人工知能基本計画, AI（人工知能）基本計画 …). */
const PLAN_NAME_BEFORE = /(?:人工知能|ＡＩ|AI)(?:[（(](?:人工知能|ＡＩ|AI)[）)])?$/;

/**
 * Whether a paragraph might name a 基本計画 other than the AI plan anywhere. Cut into pieces, a
 * paragraph loses the rule that numbers in a paragraph naming another plan are not checked unless
 * it names the AI plan; with this, each piece keeps it (then only pieces that name the plan
 * themselves are checked: erring towards silence).
 */
export function mayNameOtherPlan(text: string): boolean {
  return namesOtherPlanExcept(text, PLAN_NAME_BEFORE);
}

const CLOSERS = /[」』）)"'”’]/;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // 。 ！ ？ ｡ ! ? and line breaks (<br> becomes \n)
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61 || c === 33 || c === 63) return true;
  if (c === 10 || c === 13) return true;
  // ". " but not "3.5" (no space follows) and not "Dec. 23" (a digit follows the space)
  if (c === 46 || c === 0xff0e) {
    const next = text.charCodeAt(i + 1);
    const after = text.charCodeAt(i + 2);
    return (next === 32 || next === 0x3000 || next === 0xa0) && !(after >= 48 && after <= 57);
  }
  return false;
}

function isClauseEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3001 || c === 0xff0c || c === 32 || c === 0x3000 || c === 9 || c === 0xff1b || c === 59)
    return true;
  if (c !== 44) return false;
  // "1,000": a comma between digits is part of a number
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  return !(prev >= 48 && prev <= 57 && next >= 48 && next <= 57);
}

/** The end of the piece that starts at `start` (exclusive), for a text longer than start + max. */
function pieceEnd(text: string, start: number, max: number): number {
  const limit = start + max;
  const floor = start + (max >> 1);
  for (let i = limit - 1; i >= floor; i--) {
    if (!isSentenceEnd(text, i)) continue;
    let cut = i + 1;
    while (cut < limit && CLOSERS.test(text.charAt(cut))) cut++;
    return cut;
  }
  for (let i = limit - 1; i >= floor; i--) if (isClauseEnd(text, i)) return i + 1;
  // no break at all: cut at the limit, never between the halves of a surrogate pair
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/**
 * The pieces [start, end) of a run's text, in order, covering it without gaps. A text no longer
 * than `max` is one piece.
 */
export function runPieces(text: string, max = PIECE): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let start = 0; start < text.length || pieces.length === 0; ) {
    const end = nextCut(text, start, max);
    pieces.push([start, end]);
    start = end;
  }
  return pieces;
}

/**
 * The end of the piece that starts at `start`: what runPieces would cut there, one piece at a
 * time (the content script cuts a 100,000-character paragraph piece by piece, between slices).
 */
export function nextCut(text: string, start: number, max = PIECE): number {
  return text.length - start > max ? pieceEnd(text, start, max) : text.length;
}
