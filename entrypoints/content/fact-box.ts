/**
 * Fact boxes on the page (lib/check/fact-box.ts): a list or table under a short heading. The page
 * says what a list item is (<li>, <dd>, a table cell) and which heading stands above its list; the
 * checker may see the heading in an earlier batch than the items, so the content script reads it
 * off the page for each item.
 */

/** Elements that are one item of a list or table. */
const ITEM_TAGS = new Set(['li', 'dd', 'dt', 'td', 'th']);
/** Elements whose whole text is a heading. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'legend']);
/** Other elements that may serve as a heading when their text is short: <p><strong>…</strong></p>. */
const SHORT_TAGS = new Set(['p', 'div', 'strong', 'b', 'span', 'header']);
/** Longer than this, a block is not a heading (lib/check/fact-box.ts says 40; spaces aside). */
const MAX_HEADING_CHARS = 60;

/**
 * Is the block element an item of a list or table, one fact? An item that is a single link is a
 * link to another story (related articles, a ranking), not a fact.
 */
export function isListItem(block: Element): boolean {
  if (!ITEM_TAGS.has(block.localName)) return false;
  const only = block.childElementCount === 1 ? block.firstElementChild : null;
  return !(only?.localName === 'a' && only.textContent?.trim() === block.textContent?.trim());
}

/**
 * The text of the heading just above the list or table a list item belongs to: the table's caption,
 * or the element before the list (a heading, or a short paragraph). Null when there is none.
 */
export function headingAbove(block: Element): string | null {
  return isListItem(block) ? headingOfItem(block) : null;
}

/**
 * headingAbove for a block already known to be a list item. `known`: the headings of the lists
 * already read in this batch (every item of a list asks for the same one).
 */
export function headingOfItem(item: Element, known?: Map<Element, string | null>): string | null {
  const list = item.closest('ul, ol, dl, table');
  if (list === null) return null;
  let heading = known?.get(list);
  if (heading === undefined) {
    heading = listHeading(list);
    known?.set(list, heading);
  }
  return heading;
}

/** The heading of a list or table: its caption, or a heading or short paragraph just before it. */
function listHeading(list: Element): string | null {
  if (list.localName === 'table') {
    const caption = (list as HTMLTableElement).caption;
    if (caption) return shortText(caption);
  }
  let before = list.previousElementSibling;
  // a list directly inside a box with its heading before the box's first child: <div><h3/><ul/></div>
  if (before === null && list.parentElement !== null) before = list.parentElement.previousElementSibling;
  if (before === null) return null;
  if (HEADING_TAGS.has(before.localName)) return shortText(before);
  if (SHORT_TAGS.has(before.localName) && before.childElementCount <= 3) return shortText(before);
  return null;
}

/** What joins a cell to the rest of its row when the checker reads them as one (「閣議決定：2025年12月23日」). */
const JOIN = '：';
/** A row is read as one only when each of its other cells is this short: a label or a value, not prose. */
const MAX_CELL_CHARS = 60;
/** A row of more cells is a data table's (prices, results), not a label and its value. */
const MAX_CELLS = 6;

/**
 * The rest of the row a table cell (or a definition's term or description) sits in, as text the
 * checker reads around it: the label cell 「閣議決定」 before 「2025年12月23日」, or a timeline's
 * event 「AI基本計画を閣議決定」 after its date. Null when the item is no cell of a row of two or
 * more, or when another cell of the row is long.
 */
export function rowAround(
  block: Element,
  /** Rows already read in this batch, by row (<tr> or <dd>): each cell of a row asks for the others. */
  known?: Map<Element, RowCells | null>,
): { before: string; after: string } | null {
  const key =
    block.localName === 'dt'
      ? block.nextElementSibling
      : block.localName === 'dd'
        ? block
        : block.parentElement;
  if (key === null) return null;
  let row = known?.get(key);
  if (row === undefined) {
    row = rowCells(block);
    known?.set(key, row);
  }
  if (row === null) return null;
  const at = row.cells.indexOf(block);
  if (at < 0) return null;
  // an empty cell (a spacer, an icon) says nothing
  const before = row.texts.slice(0, at).filter((t) => t !== '');
  const after = row.texts.slice(at + 1).filter((t) => t !== '');
  if (before.length === 0 && after.length === 0) return null;
  return {
    before: before.length > 0 ? before.join(JOIN) + JOIN : '',
    after: after.length > 0 ? JOIN + after.join(JOIN) : '',
  };
}

/** The cells of the row a cell sits in, and their texts. */
export interface RowCells {
  cells: readonly Element[];
  texts: readonly string[];
}

/** The row of a table cell, or the pair of a definition's term and description; null for none. */
function rowCells(block: Element): RowCells | null {
  let cells: Element[];
  if (block.localName === 'td' || block.localName === 'th') {
    const row = block.parentElement;
    if (row === null || row.localName !== 'tr') return null;
    cells = Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
  } else if (block.localName === 'dd') {
    const term = block.previousElementSibling;
    if (term?.localName !== 'dt') return null;
    cells = [term, block];
  } else if (block.localName === 'dt') {
    const description = block.nextElementSibling;
    if (description?.localName !== 'dd') return null;
    cells = [block, description];
  } else {
    return null;
  }
  if (cells.length < 2 || cells.length > MAX_CELLS) return null;
  const texts = cellTexts(cells);
  return texts === null ? null : { cells, texts };
}

/** Each cell's text, or null when one of them is long (prose, not a label or a value). */
function cellTexts(cells: readonly Element[]): readonly string[] | null {
  const out: string[] = [];
  for (const cell of cells) {
    const text = boundedText(cell, MAX_CELL_CHARS);
    if (text === null) return null;
    out.push(text);
  }
  return out;
}

/**
 * The element's text when it is short, else null. Its text nodes are read only up to the limit: the
 * element before a list may be a whole section, and every item of the list asks.
 */
function shortText(el: Element): string | null {
  const text = boundedText(el, MAX_HEADING_CHARS);
  return text === null || text === '' ? null : text;
}

/** The element's text, white space collapsed, or null when longer than `max` (read no further than that). */
function boundedText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    text += (node as Text).data;
    if (text.length > max * 2) return null;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : null;
}
