/**
 * Marks through the CSS Custom Highlight API: one Highlight per kind, registered in the page's
 * highlight registry, styled by the manifest-declared stylesheet (style.css). Where the API is
 * missing there are simply no marks; the badge and the popup's list still work.
 */

export type MarkKind = 'mention' | 'match' | 'problem' | 'not-in-plan';

export const MARK_KINDS: readonly MarkKind[] = ['mention', 'match', 'problem', 'not-in-plan'];

/** Beyond this many marks a page stops getting new ones (the findings are still listed). */
export const MARK_CAP = 2000;

const PREFIX = 'plan-lens-';

/** Problems are drawn above everything else where ranges overlap. */
const PRIORITY: Record<MarkKind, number> = { mention: 1, 'not-in-plan': 2, match: 3, problem: 4 };

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Marks {
  readonly supported = highlightsSupported();
  private readonly layers = new Map<MarkKind, Highlight>();
  private active: Highlight | null = null;
  private count = 0;
  /** Marks refused because of the cap, since the last clear. */
  private refused = 0;

  constructor(private readonly cap = MARK_CAP) {
    if (!this.supported) return;
    for (const kind of MARK_KINDS) {
      const layer = new Highlight();
      layer.priority = PRIORITY[kind];
      this.layers.set(kind, layer);
      CSS.highlights.set(PREFIX + kind, layer);
    }
    this.active = new Highlight();
    this.active.priority = 10;
    CSS.highlights.set(`${PREFIX}active`, this.active);
  }

  get marked(): number {
    return this.count;
  }

  get capped(): boolean {
    return this.refused > 0;
  }

  /** Adds a mark; false when the API is missing or the cap is reached. */
  add(kind: MarkKind, range: AbstractRange): boolean {
    const layer = this.layers.get(kind);
    if (!layer) return false;
    if (this.count >= this.cap) {
      this.refused++;
      return false;
    }
    layer.add(range);
    this.count++;
    return true;
  }

  remove(kind: MarkKind, range: AbstractRange): void {
    const layer = this.layers.get(kind);
    if (layer?.delete(range)) this.count--;
  }

  /** Shows which finding's card is open; null clears it. */
  setActive(range: AbstractRange | null): void {
    if (!this.active) return;
    this.active.clear();
    if (range) this.active.add(range);
  }

  clear(): void {
    for (const layer of this.layers.values()) layer.clear();
    this.active?.clear();
    this.count = 0;
    this.refused = 0;
  }

  /** Takes every mark out of the page's registry (the content script is going away). */
  dispose(): void {
    this.clear();
    if (!this.supported) return;
    for (const kind of MARK_KINDS) CSS.highlights.delete(PREFIX + kind);
    CSS.highlights.delete(`${PREFIX}active`);
  }
}
