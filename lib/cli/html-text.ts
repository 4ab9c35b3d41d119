/**
 * Visible text of an HTML document, with a small hand-written tokenizer (no dependency).
 * - script, style, noscript, template, head's title and the content of <head> are dropped;
 * - comments, doctype and processing instructions are dropped;
 * - block elements (p, div, li, h1–h6, br, tr, section, article…) become line breaks, so each block
 *   is a line of the result;
 * - runs of white space inside a block collapse to one space, as a browser renders them;
 * - character references (&amp;, &#12354;, &#x3042;, &nbsp;…) are decoded.
 * Linear in the input.
 */

import { BLOCK_ELEMENTS } from '../html/block-elements';

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'xmp', 'iframe']);
// Line breaks and list options also end a line of text in a saved page.
const BLOCK = new Set([...BLOCK_ELEMENTS, 'br', 'option']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  yen: '¥',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  middot: '·',
  times: '×',
  divide: '÷',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwj: '\u200D',
  zwnj: '\u200C',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
  cent: '¢',
  sect: '§',
  para: '¶',
  trade: '™',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  shy: '\u00AD',
};

/** Is this text HTML? Looks for a doctype or common tags near the start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)/i.test(head)) return true;
  const tags = head.match(
    /<\/?(?:html|head|body|meta|title|p|div|br|span|article|section|h[1-6]|a|ul|li|script|style)(?:[\s/>])/gi,
  );
  return tags !== null && tags.length >= 2;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g,
    (all, body: string) => {
      if (body[0] === '#') {
        const code =
          body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
        if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
          return '\uFFFD';
        }
        return String.fromCodePoint(code);
      }
      const named = NAMED[body] ?? NAMED[body.toLowerCase()];
      return named ?? all;
    },
  );
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

const closers = new Map<string, RegExp>();
function closingTag(name: string): RegExp {
  let re = closers.get(name);
  if (re === undefined) {
    re = new RegExp(`</${name}(?![A-Za-z0-9-])`, 'gi');
    closers.set(name, re);
  }
  return re;
}

/** What joins a table cell to the cell before it on its row's line. */
const CELL_JOIN = '：';

/** The visible text of `html`: one line per block, white space collapsed, entities decoded. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line: string[] = [];
  const n = html.length;
  let i = 0;
  let skipUntil: string | null = null; // inside a raw-text element: its closing tag
  let headDepth = 0;
  // cells met so far in the current table row; whether a <dt> opened the current line
  let cellsInRow = 0;
  let afterTerm = false;

  // a cell's joiner waits for the cell's own text: a cell that holds paragraphs breaks the line
  let joinPending = false;
  const text = (chunk: string) => {
    if (skipUntil !== null || headDepth > 0 || chunk.length === 0) return;
    if (joinPending && /\S/.test(chunk)) {
      line.push(CELL_JOIN);
      joinPending = false;
    }
    line.push(chunk);
  };
  const breakLine = () => {
    const s = decodeEntities(line.join(''))
      .replace(/[ \t\r\n\f\u00A0]+/g, ' ')
      .trim();
    if (s.length > 0) lines.push(s);
    line = [];
    joinPending = false;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    if (skipUntil !== null) {
      // find the closing tag of the raw-text element
      const re = closingTag(skipUntil);
      re.lastIndex = lt;
      const close = re.exec(html)?.index ?? -1;
      if (close === -1) break;
      const gt = html.indexOf('>', close);
      i = gt === -1 ? n : gt + 1;
      skipUntil = null;
      continue;
    }
    text(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt);
      i = end === -1 ? n : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      // a lone '<' in text
      text('<');
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    // skip attributes, honouring quotes (a '>' inside a quoted value does not end the tag)
    let quote = 0;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
      } else if (c === 62) {
        break;
      }
      j++;
    }
    const selfClosing = html.charCodeAt(j - 1) === 47;
    i = j >= n ? n : j + 1;
    if (name === 'head') {
      if (closing) headDepth = Math.max(0, headDepth - 1);
      else if (!selfClosing) headDepth++;
      continue;
    }
    if (name === 'body' && !closing) headDepth = 0; // a missing </head>
    if (!closing && !selfClosing && RAW_TEXT.has(name)) {
      skipUntil = name;
      continue;
    }
    // a table row's cells, and a definition's term and description, are one line, joined as a
    // label is (「閣議決定：2025年12月23日」): the checker reads a cell with the rest of its row, as the
    // content script does on a page (lib/check/engine.ts, BlocksContext.rows)
    if (!closing && (name === 'td' || name === 'th')) {
      if (cellsInRow > 0 && line.length > 0) joinPending = true;
      else breakLine();
      cellsInRow++;
      continue;
    }
    if (closing && (name === 'td' || name === 'th' || name === 'dt')) continue;
    if (!closing && name === 'dd' && afterTerm && line.length > 0) {
      joinPending = true;
      afterTerm = false;
      continue;
    }
    if (name === 'tr' || name === 'table') cellsInRow = 0;
    if (BLOCK.has(name)) {
      afterTerm = !closing && name === 'dt';
      breakLine();
    }
  }
  breakLine();
  return lines.join('\n');
}
