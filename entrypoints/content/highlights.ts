/**
 * Marks through the CSS Custom Highlight API: one Highlight per kind, registered in the page's
 * highlight registry, styled by the manifest-declared stylesheet (style.css). Where the API is
 * missing there are simply no marks; the badge and the popup's list still work.
 *
 * Every change to a Highlight costs the page a full-document PrePaint in the next frame (about
 * 13 ms on a 1 MB page), so changes are applied in few batches: the first at once, then no more
 * often than every FLUSH_EVERY_MS, and at once again when the scan settles or the reader scrolls.
 * Beyond the cap, the marks drawn are the ones nearest the viewport, swapped as the reader scrolls;
 * marks not drawn are still findings (the popup lists them, the keys step through them).
 */

import { type GuardedLayer, registryLooksIntact, repairRegistry, unregisterIfOurs } from './highlight-guard';

export type MarkKind = 'mention' | 'match' | 'problem' | 'not-in-plan';

export const MARK_KINDS: readonly MarkKind[] = ['mention', 'match', 'problem', 'not-in-plan'];

/**
 * At most this many marks are drawn at a time, the ones nearest the viewport (several screens
 * even on the densest page). Ranges in the registry cost the page on every frame in which its DOM
 * changed, not only on our registrations: in Chromium 156 such a frame's PrePaint grows by about
 * 7 to 10 µs per range (measured with a trace after a one-paragraph style change on a 1 MB page:
 * 0.2 ms with no ranges, 11 ms with 1,000, 17 ms with 5,000; scroll frames stay at 0.1 ms). At
 * the former cap of 5,000 the frame after our registration on the 1 MB bench page was a 53–60 ms
 * long task; at 1,500 it is under 50.
 */
export const MARK_CAP = 1500;

/**
 * Marks of text added after the page's first scan (appended paragraphs, a live blog's new entries)
 * are drawn even when the cap is reached, up to this many more; the next scroll spends the cap by
 * nearness to the viewport again.
 */
export const FRESH_ALLOWANCE = 500;

/** Highlight changes are batched: at most one registration per this many milliseconds. */
export const FLUSH_EVERY_MS = 250;
/**
 * While the page's first scan runs, marks away from the reader wait longer: the viewport's are
 * registered at the end of their own slice (and when the reader scrolls), the rest when the scan
 * settles, or every this many milliseconds on a long scan. Each registration costs a full-document
 * PrePaint, so a 1 MB page pays two or three instead of one every 250 ms.
 */
export const SCAN_FLUSH_EVERY_MS = 1000;

const PREFIX = 'plan-lens-';

/** Problems are drawn above everything else where ranges overlap. */
const PRIORITY: Record<MarkKind, number> = { mention: 1, 'not-in-plan': 2, match: 3, problem: 4 };
/** The open card's finding, above every kind. */
const ACTIVE_PRIORITY = 10;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * What a mark is of: a finding, whose range is only made when the mark is drawn (a finding beyond
 * the cap may never need one).
 */
export interface MarkTarget {
  readonly range: AbstractRange;
}

interface Mark {
  kind: MarkKind;
  target: MarkTarget;
  /** The block the mark's text lies in: its box stands for the mark's place on the page. */
  block: Element;
  /** Wanted on screen (within the cap). */
  drawn: boolean;
  /** Actually in its Highlight now. */
  registered: boolean;
}

/** How far a box is from the viewport, in pixels (0 when it is on screen). */
function distanceFromViewport(rect: DOMRect, height: number): number {
  if (rect.bottom < 0) return -rect.bottom;
  if (rect.top > height) return rect.top - height;
  return 0;
}

export class Marks {
  readonly supported = highlightsSupported();
  private readonly layers = new Map<MarkKind, Highlight>();
  /** What each layer holds by our own records: the page shares the registry and may change it. */
  private readonly held = new Map<MarkKind, Set<AbstractRange>>(MARK_KINDS.map((k) => [k, new Set()]));
  private readonly activeHeld = new Set<AbstractRange>();
  private active: Highlight | null = null;
  private readonly marks = new Map<MarkTarget, Mark>();
  /** Marks whose drawn state changed since the last flush. */
  private changed = new Set<Mark>();
  private drawnCount = 0;
  /** Marks wanted but not drawn because of the cap. */
  private overflow = 0;
  /** Fresh marks drawn beyond the cap since the last rebalance. */
  private freshBeyondCap = 0;
  private lastFlush = Number.NEGATIVE_INFINITY;
  /** The batching interval now: SCAN_FLUSH_EVERY_MS during a first scan, else FLUSH_EVERY_MS. */
  private every = FLUSH_EVERY_MS;
  private timer = 0;
  private rebalanceTimer = 0;
  /** The last block looked at by nearViewport, and the answer (marks come in runs of one block). */
  private lastLook: { block: Element; near: boolean } | null = null;
  /** Whether a mark beyond the cap is checked for nearness to the viewport (see add). */
  private lookNearViewport = true;
  private disposed = false;
  /** Registrations (Highlight changes in one task) since the last clear, for the benchmark. */
  flushes = 0;
  /** Called after each batch that changed the registry (the guard re-asserts it). */
  afterFlush: (() => void) | null = null;

  constructor(private readonly cap = MARK_CAP) {
    if (!this.supported) return;
    for (const kind of MARK_KINDS) {
      const layer = new Highlight();
      layer.priority = PRIORITY[kind];
      this.layers.set(kind, layer);
    }
    this.active = new Highlight();
    this.active.priority = ACTIVE_PRIORITY;
    this.reassert();
  }

  /** Marks drawn (or about to be, at the next flush). */
  get marked(): number {
    return this.drawnCount;
  }

  get capped(): boolean {
    return this.overflow > 0;
  }

  /** Whether the mark of this target is drawn (hover opens cards only on drawn marks). */
  isDrawn(target: MarkTarget): boolean {
    return this.marks.get(target)?.drawn === true;
  }

  /** Our Highlights as the guard sees them: name, object, priority and what they should hold. */
  private guarded(): GuardedLayer[] {
    const out: GuardedLayer[] = [];
    for (const [kind, highlight] of this.layers)
      out.push({
        name: PREFIX + kind,
        highlight,
        priority: PRIORITY[kind],
        ranges: this.held.get(kind) ?? new Set(),
      });
    if (this.active)
      out.push({
        name: `${PREFIX}active`,
        highlight: this.active,
        priority: ACTIVE_PRIORITY,
        ranges: this.activeHeld,
      });
    return out;
  }

  /**
   * Puts our Highlights back under our names, with their priorities and exactly the ranges we
   * gave them (a page may replace, empty or refill them: highlight-guard.ts). Returns how many
   * needed repair.
   */
  reassert(): number {
    if (!this.supported || this.disposed) return 0;
    return repairRegistry(this.guarded());
  }

  /** A cheap look (names, sizes, priorities) whether the registry is still as we left it. */
  intact(): boolean {
    return !this.supported || this.disposed || registryLooksIntact(this.guarded());
  }

  /**
   * Adds a mark; false when the API is missing or the cap keeps it off screen for now. A `fresh`
   * mark (text the page added after its first scan) is drawn beyond the cap, within FRESH_ALLOWANCE.
   */
  add(kind: MarkKind, target: MarkTarget, block: Element, fresh = false): boolean {
    if (!this.supported || this.marks.has(target)) return false;
    const mark: Mark = { kind, target, block, drawn: false, registered: false };
    this.marks.set(target, mark);
    if (this.drawnCount >= this.cap) {
      if (!fresh || this.freshBeyondCap >= FRESH_ALLOWANCE) {
        this.overflow++;
        // over the cap, but where the reader is (appended below a long page, or the reader
        // scrolled during the scan): swap it in soon. A first scan the reader has not scrolled
        // during takes the viewport's blocks first, so its marks beyond the cap are far from it:
        // no box is measured for them (one per block: about 2% of a 1 MB page's scan).
        if (this.lookNearViewport && this.nearViewport(block)) this.scheduleRebalance();
        return false;
      }
      this.freshBeyondCap++;
    }
    mark.drawn = true;
    this.drawnCount++;
    this.changed.add(mark);
    this.schedule();
    return true;
  }

  remove(_kind: MarkKind, target: MarkTarget): void {
    const mark = this.marks.get(target);
    if (!mark) return;
    this.marks.delete(target);
    if (mark.drawn) {
      mark.drawn = false;
      this.drawnCount--;
      this.changed.add(mark);
      this.schedule();
    } else {
      this.overflow--;
    }
  }

  /** Applies every pending change now (the scan settled: all marks should show). */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = 0;
    }
    if (this.changed.size === 0 || this.disposed) return;
    const changed = this.changed;
    this.changed = new Set();
    this.lastLook = null;
    for (const mark of changed) {
      const layer = this.layers.get(mark.kind);
      if (!layer) continue;
      const wanted = mark.drawn && this.marks.get(mark.target) === mark;
      if (wanted && !mark.registered) {
        const range = mark.target.range;
        layer.add(range);
        this.held.get(mark.kind)?.add(range);
      } else if (!wanted && mark.registered) {
        const range = mark.target.range;
        layer.delete(range);
        this.held.get(mark.kind)?.delete(range);
      }
      mark.registered = wanted;
    }
    // The marks changed: if the page touched the registry meanwhile, put it right now.
    if (!this.intact()) this.reassert();
    this.lastFlush = performance.now();
    this.flushes++;
    this.afterFlush?.();
  }

  /** A first scan starts: changes wait for the end of a slice the reader sees, or a long interval. */
  beginScan(): void {
    this.every = SCAN_FLUSH_EVERY_MS;
    this.lastFlush = performance.now();
    this.lookNearViewport = false;
  }

  /** The reader scrolled: marks beyond the cap near the viewport are swapped in from now on. */
  readerMoved(): void {
    this.lookNearViewport = true;
  }

  /** The scan settled: later changes (mutations) are batched at the usual pace. */
  endScan(): void {
    this.every = FLUSH_EVERY_MS;
    this.lookNearViewport = true;
  }

  /** Whether changes wait to be registered. */
  get pending(): boolean {
    return this.changed.size > 0;
  }

  private schedule(): void {
    if (this.timer || this.disposed) return;
    const wait = Math.max(0, this.lastFlush + this.every - performance.now());
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.flush();
    }, wait);
  }

  /**
   * Beyond the cap: draws the marks nearest the viewport (the reader scrolled). Returns whether
   * anything changed. Costs one box per block holding marks.
   */
  private nearViewport(block: Element): boolean {
    if (this.lastLook?.block === block) return this.lastLook.near;
    const height = window.innerHeight;
    const near = block.isConnected && distanceFromViewport(block.getBoundingClientRect(), height) < height;
    this.lastLook = { block, near };
    return near;
  }

  private scheduleRebalance(): void {
    if (this.rebalanceTimer || this.disposed) return;
    this.rebalanceTimer = window.setTimeout(() => {
      this.rebalanceTimer = 0;
      this.lastLook = null;
      this.rebalance();
    }, FLUSH_EVERY_MS);
  }

  rebalance(): boolean {
    if (this.overflow === 0 || this.disposed) return false;
    const height = window.innerHeight;
    const distance = new Map<Element, number>();
    const all = [...this.marks.values()];
    const far = Number.POSITIVE_INFINITY;
    for (const m of all) {
      if (distance.has(m.block)) continue;
      distance.set(
        m.block,
        m.block.isConnected ? distanceFromViewport(m.block.getBoundingClientRect(), height) : far,
      );
    }
    all.sort((a, b) => (distance.get(a.block) ?? far) - (distance.get(b.block) ?? far));
    let changedAny = false;
    all.forEach((m, i) => {
      const want = i < this.cap;
      if (want === m.drawn) return;
      m.drawn = want;
      this.changed.add(m);
      changedAny = true;
    });
    this.drawnCount = Math.min(all.length, this.cap);
    this.overflow = all.length - this.drawnCount;
    this.freshBeyondCap = 0;
    if (changedAny) this.flush();
    return changedAny;
  }

  /** Shows which finding's card is open; null clears it. */
  setActive(range: AbstractRange | null): void {
    if (!this.active) return;
    this.active.clear();
    this.activeHeld.clear();
    if (range) {
      this.active.add(range);
      this.activeHeld.add(range);
    }
  }

  clear(): void {
    if (this.rebalanceTimer) clearTimeout(this.rebalanceTimer);
    this.rebalanceTimer = 0;
    this.lastLook = null;
    for (const layer of this.layers.values()) layer.clear();
    for (const set of this.held.values()) set.clear();
    this.active?.clear();
    this.activeHeld.clear();
    this.marks.clear();
    this.changed.clear();
    this.drawnCount = 0;
    this.overflow = 0;
    this.freshBeyondCap = 0;
    this.flushes = 0;
    this.lastFlush = Number.NEGATIVE_INFINITY;
    this.every = FLUSH_EVERY_MS;
    if (this.timer) clearTimeout(this.timer);
    this.timer = 0;
  }

  /** Takes every mark out of the page's registry (the content script is going away). */
  dispose(): void {
    this.clear();
    this.disposed = true;
    if (!this.supported) return;
    // A name that now holds another script's Highlight (a newer Plan Lens after an update) stays.
    for (const { name, highlight } of this.guarded()) unregisterIfOurs(name, highlight);
  }
}
