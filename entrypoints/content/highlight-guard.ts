/**
 * The page shares the highlight registry with us: its scripts can read CSS.highlights, replace
 * our Highlight under our name with one of their own, empty ours, or move a problem's range into
 * the match highlight so that a wavy red mark turns solid green. We cannot stop a page doing that,
 * but we can put it right from our own records whenever it matters: when marks change, when a card
 * opens, and (cheaply) when the reader points at a mark. A page's stylesheet can still restyle
 * ::highlight(plan-lens-…) or paint its own highlight over ours; the card, the badge and the
 * popup's list say what Plan Lens found (see the README's privacy and safety section).
 */

export interface GuardedLayer {
  /** The name we register it under. */
  name: string;
  highlight: Highlight;
  /** Problems are drawn above matches: a page lowering a priority would change what shows. */
  priority: number;
  /** The ranges that belong in it, by our own records. */
  ranges: ReadonlySet<AbstractRange>;
}

/** True when each name holds our Highlight with as many ranges as we put there (no full walk). */
export function registryLooksIntact(layers: readonly GuardedLayer[]): boolean {
  for (const { name, highlight, priority, ranges } of layers) {
    if (CSS.highlights.get(name) !== highlight || highlight.size !== ranges.size) return false;
    if (highlight.priority !== priority) return false;
  }
  return true;
}

/**
 * Puts our Highlights back under our names and their contents back to our records: a range the
 * page added goes, a range the page removed comes back. A layer is changed only when it differs
 * (every change costs the page a repaint). Returns how many layers needed repair.
 */
export function repairRegistry(layers: readonly GuardedLayer[]): number {
  let repaired = 0;
  for (const { name, highlight, priority, ranges } of layers) {
    let fixed = false;
    if (highlight.priority !== priority || highlight.type !== 'highlight') {
      highlight.priority = priority;
      highlight.type = 'highlight';
      fixed = true;
    }
    if (CSS.highlights.get(name) !== highlight) {
      CSS.highlights.set(name, highlight);
      fixed = true;
    }
    if (!sameContents(highlight, ranges)) {
      highlight.clear();
      for (const range of ranges) highlight.add(range);
      fixed = true;
    }
    if (fixed) repaired++;
  }
  return repaired;
}

function sameContents(highlight: Highlight, ranges: ReadonlySet<AbstractRange>): boolean {
  if (highlight.size !== ranges.size) return false;
  // Equal sizes and every range of ours in it: the same set. Asked this way round because Firefox's
  // content scripts cannot iterate a page object such as a Highlight (Xray wrapping of iterators).
  for (const range of ranges) if (!highlight.has(range)) return false;
  return true;
}

/** Takes our Highlight out of the registry, unless the name now holds another script's (a newer us). */
export function unregisterIfOurs(name: string, highlight: Highlight): void {
  if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
}
