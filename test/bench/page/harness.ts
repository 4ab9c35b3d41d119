/**
 * The benchmark's in-page side for the baselines: the bare walk, the matching floor and mark.js.
 * Bundled into an IIFE by run.ts and injected into each freshly loaded page; it sets
 * `window.__bench`. Every function returns the milliseconds it took, measured in the page.
 */

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

/** Reads the layout-dependent geometry of the body, so pending style and layout work is done now. */
function forceStyleAndLayout(): void {
  document.body.getBoundingClientRect();
  getComputedStyle(document.body).color;
}

/** (a) Every text node's value read, nothing else. */
function walk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/** (b) The same walk joining all text, then one pass of one compiled RegExp over it. */
function floor(source: string, flags: string): { ms: number; matches: number } {
  const t0 = performance.now();
  const re = new RegExp(source, flags);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  const text = parts.join('');
  const starts: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return { ms: performance.now() - t0, matches: starts.length };
}

/** (d) mark.js marking the same terms; resolves when mark.js calls `done`. */
function markjs(terms: string[]): Promise<{ ms: number; marks: number }> {
  const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
  return new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(terms, {
      separateWordSearch: false,
      diacritics: false,
      done: (marks: number) => {
        forceStyleAndLayout();
        resolve({ ms: performance.now() - t0, marks });
      },
    });
  });
}

/** Long tasks seen since `watchLongTasks` was called, as [startTime, duration]. */
const longTasks: Array<[number, number]> = [];
function watchLongTasks(): void {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}
function longestTaskSince(since: number): number {
  let longest = 0;
  for (const [start, duration] of longTasks) if (start >= since && duration > longest) longest = duration;
  return longest;
}

/** Resolves after two animation frames and an idle period: the page has settled after load. */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
        if (w.requestIdleCallback) w.requestIdleCallback(() => resolve());
        else setTimeout(resolve, 0);
      }),
    );
  });
}

const bench = { walk, floor, markjs, forceStyleAndLayout, watchLongTasks, longestTaskSince, settle };
export type BenchHarness = typeof bench;
(window as unknown as { __bench: BenchHarness }).__bench = bench;
