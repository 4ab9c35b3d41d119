import { BLOCK_ELEMENTS } from '../../lib/html/block-elements';
import { LONG_RUN, mayNameOtherPlan, nextCut } from '../../lib/page/long-runs';

/**
 * The page's visible text as strings with offsets: one string per run of text between block
 * boundaries, so a match may cross <em>, <a> or <ruby> but never a paragraph. Offsets map back to
 * text nodes by binary search. The DOM is only read, never changed.
 *
 * Cost matters (a 1 MB page): one manual walk with firstChild/nextSibling, a Set lookup per
 * element, three attribute reads, and `checkVisibility` once per block element, never
 * getComputedStyle per node.
 */

/** A run of text inside one block, between two block boundaries. */
export interface TextRun {
  /** The nearest block element that holds the run. */
  block: Element;
  text: string;
  /** The text nodes of the run, in document order. */
  nodes: Text[];
  /** Set on the pieces of a very long run (pieceOf): the whole run may name another 基本計画. */
  anchoredOnly?: boolean;
  /** starts[i] is where nodes[i] begins in `text`. Strictly increasing; negative for a node that
   * begins before a piece of a long run (pieceOf). */
  starts: number[];
}

export const UI_HOST_TAG = 'plan-lens-ui';

/** Elements whose text a reader does not see as article text, or that we must not touch. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'rt',
  'rp',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'video',
  'audio',
  'head',
  'title',
]);

/** Elements that start and end a run: text never joins across them. */
const BLOCKS = new Set([...BLOCK_ELEMENTS, 'button']);

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/** Whether the element and its subtree are left out of the index (by tag or attribute alone). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  // most elements of a page carry no attribute at all: one call instead of three reads
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a block element is rendered. Called once per block, not per node. */
function isRenderedBlock(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (el.checkVisibility()) return true;
  // display: contents has no box of its own, yet its children are shown.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/** Whether a node lies in a region the index skips (an ancestor is skipped). */
export function isInSkippedRegion(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest block element at or above a node. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlockElement(el)) el = el.parentElement;
  return el ?? node.ownerDocument?.documentElement ?? null;
}

const NOT_BLANK = /\S/;

/** A very long run being handed over piece by piece: the next piece starts at `from`. */
interface LongRun {
  run: TextRun;
  anchoredOnly: boolean;
  from: number;
}

/**
 * A walk of a subtree that can stop and resume, so a large page is indexed in idle slices.
 * `step` walks until `shouldYield()` says stop (checked every few dozen nodes, and after each
 * piece of a very long run) or the subtree is done, and hands each finished run to `onRun`.
 */
export class TextWalker {
  private node: Node | null;
  private readonly blocks: Element[] = [];
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  /** A run longer than LONG_RUN whose pieces are not all handed over yet. */
  private long: LongRun | null = null;

  /** With `span`, only root's children span.first…span.last are walked (one run of inline nodes). */
  private readonly last: Node | null;

  constructor(
    private readonly root: Node,
    private readonly onRun: (run: TextRun) => void,
    span?: { first: Node; last: Node },
    /** Blocks already indexed by another walk (the viewport's, ahead of the first scan): passed over. */
    private readonly skip?: ReadonlySet<Element>,
  ) {
    const start = blockOf(root);
    if (start) this.blocks.push(start);
    this.node = span ? span.first : root.firstChild;
    this.last = span ? span.last : null;
    if (root.nodeType === 1 && isBlockElement(root as Element) && !isRenderedBlock(root as Element)) {
      this.node = null;
    }
  }

  get done(): boolean {
    return this.node === null && this.long === null && this.nodes.length === 0;
  }

  /** The node the walk will visit next (to check it is still in the document). */
  get position(): Node | null {
    return this.node;
  }

  /** Walks until done or until shouldYield() returns true. Returns true when done. */
  step(shouldYield: () => boolean = () => false): boolean {
    let node = this.node;
    let budget = 0;
    for (;;) {
      // a long run's pieces go first: the walk goes on once they are all handed over
      if (this.long && !this.handPieces(shouldYield)) break;
      if (!node) {
        if (this.nodes.length === 0) break;
        this.closeRun();
        continue;
      }
      if (++budget === 64) {
        budget = 0;
        if (shouldYield()) break;
      }
      const type = node.nodeType;
      if (type === 3) {
        this.append(node as Text);
      } else if (type === 1) {
        const el = node as Element;
        const block = isBlockElement(el);
        if (isSkippedElement(el)) {
          if (block) this.closeRun();
        } else if (el.localName === 'br') {
          this.breakLine();
        } else if (block) {
          this.closeRun();
          if (
            el.firstChild &&
            !(this.skip && this.skip.size > 0 && this.skip.has(el)) &&
            isRenderedBlock(el)
          ) {
            this.blocks.push(el);
            node = el.firstChild;
            continue;
          }
        } else if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
      }
      node = this.advance(node);
    }
    this.node = node;
    return this.done;
  }

  /** The next node after `node`'s subtree, closing runs when the walk leaves a block. */
  private advance(from: Node): Node | null {
    let n: Node | null = from;
    while (n && n !== this.root) {
      if (n === this.last) return null;
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
      if (!n || n === this.root) return null;
      if (n.nodeType === 1 && isBlockElement(n as Element)) {
        this.closeRun();
        this.blocks.pop();
      }
    }
    return null;
  }

  private append(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    this.nodes.push(text);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** <br>: a line break the detectors see, which no text node holds. */
  private breakLine(): void {
    if (this.length === 0) return;
    this.parts.push('\n');
    this.length += 1;
  }

  private closeRun(): void {
    if (this.nodes.length === 0) {
      this.reset();
      return;
    }
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    const block = this.blocks[this.blocks.length - 1];
    if (block && NOT_BLANK.test(text)) {
      const run: TextRun = { block, text, nodes: this.nodes, starts: this.starts };
      if (text.length <= LONG_RUN) this.onRun(run);
      // cut and handed over piece by piece (handPieces), between the slice's checks of the time
      else this.long = { run, anchoredOnly: mayNameOtherPlan(text), from: 0 };
    }
    this.reset();
  }

  /**
   * Hands over the long run's next pieces until shouldYield() says stop (asked after each piece).
   * Returns true when the run is all handed over.
   */
  private handPieces(shouldYield: () => boolean): boolean {
    const long = this.long as LongRun;
    const text = long.run.text;
    while (long.from < text.length) {
      const to = nextCut(text, long.from);
      const piece = pieceOf(long.run, long.from, to, long.anchoredOnly);
      long.from = to;
      if (piece) this.onRun(piece);
      if (long.from < text.length && shouldYield()) return false;
    }
    this.long = null;
    return true;
  }

  private reset(): void {
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.length = 0;
  }
}

/**
 * The piece [from, to) of a very long run (a 100,000-character paragraph), checked in a slice of
 * its own; lib/page/long-runs.ts says where the cuts fall. A text node may straddle a cut: it then
 * belongs to both pieces, and its start in the later one is negative. Null for a blank piece.
 */
export function pieceOf(run: TextRun, from: number, to: number, anchoredOnly: boolean): TextRun | null {
  const { nodes, starts, text, block } = run;
  const pieceText = text.slice(from, to);
  if (!NOT_BLANK.test(pieceText)) return null;
  const pieceNodes: Text[] = [];
  const pieceStarts: number[] = [];
  for (let i = nodeIndexAt(starts, from); i < nodes.length && (starts[i] as number) < to; i++) {
    const node = nodes[i] as Text;
    // a node that ends at the cut (or a <br>'s line break before it) belongs to the earlier piece only
    if ((starts[i] as number) + node.length <= from) continue;
    pieceNodes.push(node);
    pieceStarts.push((starts[i] as number) - from);
  }
  if (pieceNodes.length === 0) return null;
  const piece: TextRun = { block, text: pieceText, nodes: pieceNodes, starts: pieceStarts };
  if (anchoredOnly) piece.anchoredOnly = true;
  return piece;
}

/** Every run of a subtree, at once (for a changed block, and for tests). */
export function indexSubtree(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  if (isInSkippedRegion(root)) return runs;
  new TextWalker(root, (run) => runs.push(run)).step();
  return runs;
}

/** The index of the last node that starts at or before `offset` (binary search). */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Position {
  node: Text;
  offset: number;
}

/**
 * Where an offset of the run's text lies in the DOM. A start offset on the boundary between two
 * nodes lies at the beginning of the later one; an end offset, at the end of the earlier one, so a
 * range never begins or ends in a node it does not cover. Offsets inside a <br>'s line break
 * clamp to the end of the node before it.
 */
export function positionAt(run: TextRun, offset: number, edge: 'start' | 'end'): Position {
  const { nodes, starts } = run;
  let i = nodeIndexAt(starts, offset);
  if (edge === 'end' && i > 0 && starts[i] === offset) i -= 1;
  const node = nodes[i] as Text;
  const local = Math.max(0, Math.min(offset - (starts[i] as number), node.length));
  return { node, offset: local };
}

/** A StaticRange over [start, end) of the run's text. */
export function rangeOf(run: TextRun, start: number, end: number): StaticRange {
  const a = positionAt(run, start, 'start');
  const b = positionAt(run, end, 'end');
  return new StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

/** The run's text offset of a DOM position (for hit-testing), or -1 when it is not in the run. */
export function offsetOf(run: TextRun, node: Node, offset: number): number {
  const i = run.nodes.indexOf(node as Text);
  if (i === -1) return -1;
  return (run.starts[i] as number) + offset;
}
