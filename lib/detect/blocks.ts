/** Blocks and sentences: how plain text is cut into passages. */

export interface Span {
  start: number;
  end: number;
}

/**
 * The blocks of a plain text: its lines. Blank lines separate paragraphs and newlines separate
 * lines; either way a block never crosses a newline, so a block is one line (HTML extracted by the
 * CLI has one line per block element). Empty lines are skipped. Offsets are into `text`.
 */
export function splitBlocks(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}
