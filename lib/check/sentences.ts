/**
 * Sentences of a block. A sentence ends after 。！？!? (full or half width), after a period that is
 * followed by white space or Japanese text, or written right after Japanese text, and at a newline.
 * A period inside a number (3.5兆円, "Dec. 23, 2025") or after a common abbreviation (U.S., Mr.,
 * Dec.) ends nothing.
 */
import type { Span } from '../detect/blocks';

/** Words a period does not end a sentence after (a space-separated list: small in the bundle). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec approx est fig gov govt dept e.g i.e u.s u.k tril bil mil'.split(
    ' ',
  ),
);

/** Closing brackets and quotes: 」』）)"'”’ */
const CLOSERS = new Set([0x300d, 0x300f, 0xff09, 0x29, 0x22, 0x27, 0x201d, 0x2019]);

function isTerminator(c: number): boolean {
  // 。 ！ ？ ! ? and the full-width forms
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 0xff61;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!letter) break;
    j--;
  }
  return text.slice(j, i).toLowerCase();
}

/** Does the period at i end an abbreviation (U.S., Dec., a single letter's initial)? */
function abbreviationBefore(text: string, i: number): boolean {
  const w = wordBefore(text, i);
  return ABBREVIATIONS.has(w) || (w.length === 1 && /[a-z]/.test(w));
}

/**
 * The characters that may end a sentence (the only ones splitSentences acts on): newlines,
 * 。！？!?｡ and the periods . ．. Global, read with lastIndex: the search jumps from one to the next
 * in compiled code instead of reading every character in JavaScript (a page's one scan runs
 * mostly before the JIT has optimised this loop).
 */
const MAY_END = /[\n\r\u3002\uff01\uff1f!?\uff61.\uff0e]/g;

/** The next place at or after `from` where a sentence may end, or -1. */
function nextMayEnd(text: string, from: number): number {
  MAY_END.lastIndex = from;
  return MAY_END.test(text) ? MAY_END.lastIndex - 1 : -1;
}

/**
 * @param protect spans (quantities) that must not be cut; sorted by start.
 * @returns spans covering the text, in order, each trimmed of surrounding white space.
 */
export function splitSentences(text: string, protect: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let start = 0;
  let p = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = nextMayEnd(text, 0); i !== -1; i = nextMayEnd(text, i + 1)) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 10 || c === 13) {
      cut = i;
    } else if (isTerminator(c)) {
      cut = i + 1;
    } else if (c === 46 || c === 0xff0e) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (isWhite(next) || next === 10 || next === 13 || i + 1 === n) {
        if (!abbreviationBefore(text, i)) cut = i + 1;
      } else if (prev > 0x2fff && !(next >= 48 && next <= 57) && !(next >= 0xff10 && next <= 0xff19)) {
        cut = i + 1; // 「…した．次に」
      } else if (next > 0x2fff && !(next >= 0xff10 && next <= 0xff19)) {
        // "…80 percent usage.市民の間では", "…on Dec. 22.宇宙基本計画は": an English sentence run
        // straight into a Japanese one
        const afterWord = wordBefore(text, i).length > 0 && !abbreviationBefore(text, i);
        if (afterWord || (prev >= 48 && prev <= 57)) cut = i + 1;
      }
    }
    if (cut === -1) continue;
    while (p < protect.length && (protect[p] as Span).end <= i) p++;
    const q = protect[p];
    if (q !== undefined && q.start <= i && i < q.end) continue;
    // keep closing brackets and quotes with the sentence they close
    while (cut < n && CLOSERS.has(text.charCodeAt(cut))) cut++;
    push(cut);
    if (c === 10 || c === 13) start = i + 1;
    i = Math.max(i, start - 1);
  }
  push(n);
  return out;
}

/** The longest run checked as one sentence; longer runs are cut (see capLength). */
export const MAX_SENTENCE = 400;

function isSoftBreak(c: number): boolean {
  // 、，, ；; ・ and white space: places where a clause may end
  return c === 0x3001 || c === 0xff0c || c === 44 || c === 59 || c === 0xff1b || c === 0x30fb || isWhite(c);
}

/**
 * Cuts sentences longer than `max` at the last comma or space before the limit (or at the limit
 * when there is none), never inside a protected span. Checking a sentence compares its cues and
 * quantities pairwise, so bounding its length keeps checking linear in the text's length: a page
 * with 100,000 characters and no 。 is checked in windows, not as one sentence.
 */
export function capLength(
  text: string,
  sentences: readonly Span[],
  protect: readonly Span[] = [],
  max = MAX_SENTENCE,
): Span[] {
  const out: Span[] = [];
  let p = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Span;
    let start = s.start;
    while (s.end - start > max) {
      let cut = start + max;
      for (let i = start + max; i > start + (max >> 1); i--) {
        if (isSoftBreak(text.charCodeAt(i - 1))) {
          cut = i;
          break;
        }
      }
      // move the cut out of any quantity that spans it
      while (p < protect.length && (protect[p] as Span).end <= start) p++;
      for (let k = p; k < protect.length && (protect[k] as Span).start < cut; k++) {
        const q = protect[k] as Span;
        if (q.start < cut && cut < q.end) cut = q.start > start ? q.start : q.end;
      }
      if (cut >= s.end) break;
      out.push({ start, end: cut });
      start = cut;
    }
    // a sentence that needed no cut is passed on as it is
    out.push(start === s.start ? s : { start, end: s.end });
  }
  return out;
}
