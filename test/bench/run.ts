/**
 * `npm run bench`: Plan Lens's speed and size budgets (design.md, "Budgets").
 *
 * For pages of about 100 KB, 1 MB and 5 MB of text, in headless Chromium, each run on a freshly
 * loaded copy of the page, the median of several runs of: (a) the bare walk of every text node,
 * (b) the matching floor (walk, join, one compiled RegExp), (c) Plan Lens's full scan, (d) mark.js
 * marking the same terms. Then the appended batch, the longest task and the heap growth on the
 * 1 MB page, the bundle sizes of the store build, and the terminal checker's throughput in Node.
 * The last line of output is `BENCH {json}` with every figure.
 *
 * Flags: --build (rebuild even when fresh), --profile (CPU profile of the 1 MB scan even when the
 * budget holds), --quick (fewer runs, for trying the harness).
 */

import {
  type CpuProfileSummary,
  collectGarbage,
  heapUsed,
  type Lab,
  loadFresh,
  openLab,
  profile,
} from './browser';
import { type BundleSizes, bundleSizes, ensureBuild } from './build';
import { bundlePageScripts, contentComposition } from './bundle-page';
import { type CheckerResult, measureChecker } from './checker';
import { generatePage, generateParagraphs, PAGE_SIZES, type PageSize } from './generator';
import type { ScanResult } from './page/api';
import { printReport, type Report } from './report';
import { type PageServer, startPageServer } from './server';
import { median } from './stats';
import { floorPattern, termAliases } from './terms';

const flags = new Set(process.argv.slice(2));
const QUICK = flags.has('--quick');
const SIZES = Object.keys(PAGE_SIZES) as PageSize[];
/** Runs per measure and page; the 5 MB page gets fewer so the whole bench stays under 5 minutes. */
const RUNS: Record<PageSize, number> = QUICK
  ? { '100KB': 2, '1MB': 2, '5MB': 1 }
  : { '100KB': 5, '1MB': 5, '5MB': 3 };
/**
 * mark.js takes seconds a run (tens of seconds on 5 MB) and varies little: it runs fewer times, and
 * after one run longer than MARKJS_SLOW_MS its remaining runs on that page are skipped.
 */
const MARKJS_RUNS: Record<PageSize, number> = QUICK
  ? { '100KB': 1, '1MB': 1, '5MB': 1 }
  : { '100KB': 5, '1MB': 3, '5MB': 1 };
const MARKJS_SLOW_MS = 15_000;
const APPEND_PARAGRAPHS = 20;
const CHECKER_BYTES = 12 * 2 ** 20;

interface Profiles {
  scan: CpuProfileSummary;
  append: CpuProfileSummary;
}

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

type PerSize = Record<PageSize, number>;
const perSize = (): Record<PageSize, number[]> => ({ '100KB': [], '1MB': [], '5MB': [] });

interface PageRuns {
  walk: Record<PageSize, number[]>;
  floor: Record<PageSize, number[]>;
  ours: Record<PageSize, number[]>;
  oursBusy: Record<PageSize, number[]>;
  markjs: Record<PageSize, number[]>;
  oursFound: Record<PageSize, ScanResult | null>;
  markjsMarks: Record<PageSize, number>;
  floorMatches: Record<PageSize, number>;
  textChars: Record<PageSize, number>;
  longTasksMs: number[];
  heapGrowthMB: number[];
  heapRetainedMB: number[];
}

async function timeBaseline(lab: Lab, server: PageServer, size: PageSize, expr: string): Promise<unknown> {
  const loaded = await loadFresh(lab, server, `/${size}.html`, expr.includes('markjs') ? ['markjs'] : []);
  try {
    return await loaded.page.evaluate(expr);
  } finally {
    await loaded.close();
  }
}

async function timeOurs(lab: Lab, server: PageServer, size: PageSize, runs: PageRuns): Promise<void> {
  const loaded = await loadFresh(lab, server, `/${size}.html`, ['planLens']);
  try {
    const before = await heapUsed(loaded.cdp);
    const t0 = (await loaded.page.evaluate('window.__bench.watchLongTasks(), performance.now()')) as number;
    const result = (await loaded.page.evaluate('window.__planLens.scan()')) as ScanResult;
    runs.ours[size].push(result.ms);
    runs.oursBusy[size].push(result.busyMs);
    runs.oursFound[size] = result;
    if (size === '1MB') {
      // Let the longtask observer deliver the scan's last entries.
      await loaded.page.evaluate('new Promise((r) => setTimeout(r, 50))');
      runs.longTasksMs.push((await loaded.page.evaluate(`window.__bench.longestTaskSince(${t0})`)) as number);
      const after = await heapUsed(loaded.cdp);
      await collectGarbage(loaded.cdp);
      const retained = await heapUsed(loaded.cdp);
      runs.heapGrowthMB.push((after - before) / 2 ** 20);
      runs.heapRetainedMB.push((retained - before) / 2 ** 20);
    }
  } finally {
    await loaded.close();
  }
}

async function measurePages(
  lab: Lab,
  server: PageServer,
  floor: { source: string; flags: string },
  terms: string[],
) {
  const runs: PageRuns = {
    walk: perSize(),
    floor: perSize(),
    ours: perSize(),
    oursBusy: perSize(),
    markjs: perSize(),
    oursFound: { '100KB': null, '1MB': null, '5MB': null },
    markjsMarks: { '100KB': 0, '1MB': 0, '5MB': 0 },
    floorMatches: { '100KB': 0, '1MB': 0, '5MB': 0 },
    textChars: { '100KB': 0, '1MB': 0, '5MB': 0 },
    longTasksMs: [],
    heapGrowthMB: [],
    heapRetainedMB: [],
  };
  const floorExpr = `window.__bench.floor(${JSON.stringify(floor.source)}, ${JSON.stringify(floor.flags)})`;
  const markExpr = `window.__bench.markjs(${JSON.stringify(terms)})`;
  for (const size of SIZES) {
    const started = performance.now();
    let markjsSkipped = false;
    // Interleaved, so drift in the machine's speed touches every measure alike.
    for (let i = 0; i < RUNS[size]; i++) {
      const w = (await timeBaseline(lab, server, size, 'window.__bench.walk()')) as {
        ms: number;
        chars: number;
      };
      runs.walk[size].push(w.ms);
      runs.textChars[size] = w.chars;
      const f = (await timeBaseline(lab, server, size, floorExpr)) as { ms: number; matches: number };
      runs.floor[size].push(f.ms);
      runs.floorMatches[size] = f.matches;
      await timeOurs(lab, server, size, runs);
      if (!markjsSkipped && i < MARKJS_RUNS[size]) {
        const m = (await timeBaseline(lab, server, size, markExpr)) as { ms: number; marks: number };
        runs.markjs[size].push(m.ms);
        runs.markjsMarks[size] = m.marks;
        markjsSkipped = m.ms > MARKJS_SLOW_MS;
      }
    }
    log(`${size}: ${RUNS[size]} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return runs;
}

async function measureAppend(
  lab: Lab,
  server: PageServer,
  html: string,
): Promise<{ ms: number[]; found: ScanResult | null }> {
  const ms: number[] = [];
  let found: ScanResult | null = null;
  for (let i = 0; i < RUNS['1MB']; i++) {
    const loaded = await loadFresh(lab, server, '/1MB.html', ['planLens']);
    try {
      await loaded.page.evaluate('window.__planLens.scan()');
      await loaded.page.evaluate('window.__bench.settle()');
      found = (await loaded.page.evaluate(`window.__planLens.append(${JSON.stringify(html)})`)) as ScanResult;
      ms.push(found.ms);
    } finally {
      await loaded.close();
    }
  }
  return { ms, found };
}

/** CPU profiles of Plan Lens on the 1 MB page: the full scan, then the appended batch. */
async function profileScan(lab: Lab, server: PageServer, html: string): Promise<Profiles> {
  const loaded = await loadFresh(lab, server, '/1MB.html', ['planLens']);
  try {
    const scan = await profile(
      loaded.cdp,
      () => loaded.page.evaluate('window.__planLens.scan()'),
      'planLens.js',
    );
    await loaded.page.evaluate('window.__bench.settle()');
    const append = await profile(
      loaded.cdp,
      () => loaded.page.evaluate(`window.__planLens.append(${JSON.stringify(html)})`),
      'planLens.js',
    );
    return { scan, append };
  } finally {
    await loaded.close();
  }
}

const medians = (byPage: Record<PageSize, number[]>): PerSize =>
  Object.fromEntries(SIZES.map((s) => [s, median(byPage[s])])) as PerSize;

async function main(): Promise<void> {
  const t0 = performance.now();
  const buildNote = ensureBuild(flags.has('--build'));
  log(buildNote);
  const bundle: BundleSizes = bundleSizes();
  const scripts = await bundlePageScripts();
  const aliases = termAliases();
  const floor = floorPattern(aliases);

  const files = new Map<string, string>([
    ['/harness.js', scripts.harness],
    ['/planLens.js', scripts.planLens],
    ['/markjs.js', scripts.markjs],
  ]);
  const textBytes = {} as PerSize;
  for (const size of SIZES) {
    const page = generatePage(PAGE_SIZES[size]);
    files.set(`/${size}.html`, page.html);
    textBytes[size] = page.textBytes;
  }
  const appendHtml = generateParagraphs(APPEND_PARAGRAPHS);

  const server = await startPageServer(files);
  const lab = await openLab();
  let runs: PageRuns;
  let append: Awaited<ReturnType<typeof measureAppend>>;
  let profiles: Profiles | null = null;
  try {
    runs = await measurePages(lab, server, floor, aliases);
    append = await measureAppend(lab, server, appendHtml);
    const oursOverFloor = median(runs.ours['1MB']) / median(runs.floor['1MB']);
    const appendShare = median(append.ms) / median(runs.ours['1MB']);
    if (
      flags.has('--profile') ||
      oursOverFloor > 2 ||
      appendShare > 0.05 ||
      Math.max(...runs.longTasksMs) > 50
    ) {
      log('profiling the 1 MB scan');
      profiles = await profileScan(lab, server, appendHtml);
    }
  } finally {
    await lab.close();
    await server.close();
  }

  log('checker throughput');
  const checker: CheckerResult = measureChecker(CHECKER_BYTES, 3);

  const report: Report = {
    textBytes,
    runs: RUNS,
    walkMs: medians(runs.walk),
    floorMs: medians(runs.floor),
    oursMs: medians(runs.ours),
    oursBusyMs: medians(runs.oursBusy),
    markjsMs: medians(runs.markjs),
    markjsRuns: Object.fromEntries(SIZES.map((s) => [s, runs.markjs[s].length])) as PerSize,
    textChars: runs.textChars,
    floorMatches: runs.floorMatches,
    markjsMarks: runs.markjsMarks,
    oursFound: runs.oursFound,
    appendMs: median(append.ms),
    appendFound: append.found,
    appendParagraphs: APPEND_PARAGRAPHS,
    longestTaskMs: Math.max(0, ...runs.longTasksMs),
    heapMB: median(runs.heapGrowthMB),
    heapRetainedMB: median(runs.heapRetainedMB),
    bundle,
    checker,
    profiles,
    composition: bundle.contentMin > 120 * 1024 || flags.has('--profile') ? await contentComposition() : [],
    buildNote,
    aliases: aliases.length,
    totalSeconds: (performance.now() - t0) / 1000,
  };
  printReport(report);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
