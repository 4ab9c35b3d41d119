/**
 * The benchmark's in-page side for the baselines: the bare walk, the matching floor and mark.js.
 * Bundled into an IIFE by run.ts and injected into each freshly loaded page; it sets
 * `window.__bench`. Every function returns the milliseconds it took, measured in the page.
 */

import { nodeIndexAt } from '../../../entrypoints/content/text-index';

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
  markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
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

/** Resolves after the next frame has been produced: a task queued from requestAnimationFrame runs after its paint. */
function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
}

/** The ::highlight() rule for the floor's Highlight, so it is painted like ours (not timed). */
function styleFloorHighlight(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(bench-floor) { background-color: rgb(66 110 220 / 0.1); }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * (b) The fair floor: the least work any marker of these terms and numbers must do. Walk every
 * text node, join, one compiled RegExp, each match mapped back to its nodes (binary search) as a
 * StaticRange, one Highlight registered, until the next painted frame.
 */
async function floor(
  source: string,
  flags: string,
): Promise<{ ms: number; busyMs: number; matches: number }> {
  const t0 = performance.now();
  const re = new RegExp(source, flags);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  const at = (offset: number): number => nodeIndexAt(starts, offset);
  const highlight = new Highlight();
  let matches = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const a = at(m.index);
    const b = at(m.index + m[0].length - 1);
    highlight.add(
      new StaticRange({
        startContainer: nodes[a] as Text,
        startOffset: m.index - (starts[a] as number),
        endContainer: nodes[b] as Text,
        endOffset: m.index + m[0].length - (starts[b] as number),
      }),
    );
    matches++;
  }
  CSS.highlights.set('bench-floor', highlight);
  const busyMs = performance.now() - t0;
  const painted = await nextPaint();
  return { ms: painted - t0, busyMs, matches };
}

/** (d) mark.js as the benchmark ran it before: the terms array (one DOM pass per term), no numbers. */
function markjs(terms: string[]): Promise<{ ms: number; marks: number }> {
  const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
  return new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(terms, {
      separateWordSearch: false,
      diacritics: false,
      done: (marks: number) => {
        void nextPaint().then((painted) => resolve({ ms: painted - t0, marks }));
      },
    });
  });
}

/** (e) mark.js at its best: markRegExp with the floor's one pattern (same terms and number shapes). */
function markjsRegExp(source: string, flags: string): Promise<{ ms: number; marks: number }> {
  const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
  return new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).markRegExp(new RegExp(source, flags), {
      done: (marks: number) => {
        void nextPaint().then((painted) => resolve({ ms: painted - t0, marks }));
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

const bench = {
  walk,
  floor,
  markjs,
  markjsRegExp,
  nextPaint,
  styleFloorHighlight,
  forceStyleAndLayout,
  watchLongTasks,
  longestTaskSince,
  settle,
};
export type BenchHarness = typeof bench;
(window as unknown as { __bench: BenchHarness }).__bench = bench;
