/**
 * Which finding is under the pointer. Cheap on every pointer move: at most one look-up per
 * animation frame, none at all unless the pointer is over a block that holds findings, and the
 * last hit's boxes are cached so moving within one mark costs a rectangle test.
 */
import type { ContentScriptContext } from '#imports';
import type { Finding, FindingStore } from './findings';
import { blockOf } from './text-index';

export type HoverTarget = { kind: 'finding'; finding: Finding } | { kind: 'card' } | { kind: 'none' };

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): Caret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const range = legacy.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The on-screen boxes of a finding's range (one per line). */
export function boxesOf(finding: Finding): DOMRect[] {
  const { startContainer, startOffset, endContainer, endOffset } = finding.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return [];
  const live = document.createRange();
  try {
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
  } catch {
    return [];
  }
  return [...live.getClientRects()];
}

export function boundsOf(finding: Finding): DOMRect | null {
  const boxes = boxesOf(finding);
  if (boxes.length === 0) return null;
  let { left, top, right, bottom } = boxes[0] as DOMRect;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

const SLOP = 1;

function inside(boxes: readonly DOMRect[], x: number, y: number): boolean {
  return boxes.some(
    (b) => x >= b.left - SLOP && x <= b.right + SLOP && y >= b.top - SLOP && y <= b.bottom + SLOP,
  );
}

export class HoverTracker {
  private x = 0;
  private y = 0;
  private target: EventTarget | null = null;
  private pending = false;
  private last: { finding: Finding; boxes: DOMRect[]; scrollX: number; scrollY: number } | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly store: FindingStore,
    private readonly isCard: (event: Event) => boolean,
    private readonly isHittable: (finding: Finding) => boolean,
    private readonly onHover: (target: HoverTarget) => void,
  ) {
    ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => this.move(event), {
      passive: true,
      capture: true,
    });
    ctx.addEventListener(document.documentElement, 'pointerleave', () => this.onHover({ kind: 'none' }), {
      passive: true,
    });
  }

  /** Forget the cached hit (findings changed). */
  reset(): void {
    this.last = null;
  }

  private move(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.x = event.clientX;
    this.y = event.clientY;
    this.target = event.target;
    if (this.isCard(event)) {
      this.onHover({ kind: 'card' });
      return;
    }
    if (this.pending) return;
    this.pending = true;
    this.ctx.requestAnimationFrame(() => {
      this.pending = false;
      this.onHover(this.lookup());
    });
  }

  private lookup(): HoverTarget {
    const { x, y } = this;
    const last = this.last;
    if (
      last &&
      last.scrollX === window.scrollX &&
      last.scrollY === window.scrollY &&
      inside(last.boxes, x, y)
    ) {
      return { kind: 'finding', finding: last.finding };
    }
    this.last = null;
    const target = this.target;
    if (!(target instanceof Node)) return { kind: 'none' };
    const block = blockOf(target);
    const entries = block ? this.store.entriesOf(block) : undefined;
    if (!entries) return { kind: 'none' };
    const caret = caretAt(x, y);
    if (!caret) return { kind: 'none' };
    for (const entry of entries) {
      const i = entry.run.nodes.indexOf(caret.node as Text);
      if (i === -1) continue;
      const offset = (entry.run.starts[i] as number) + caret.offset;
      for (const finding of entry.findings) {
        if (offset < finding.start || offset > finding.end || !this.isHittable(finding)) continue;
        const boxes = boxesOf(finding);
        if (!inside(boxes, x, y)) continue;
        this.last = { finding, boxes, scrollX: window.scrollX, scrollY: window.scrollY };
        return { kind: 'finding', finding };
      }
    }
    return { kind: 'none' };
  }
}
