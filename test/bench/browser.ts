/**
 * The in-browser measurements: headless Chromium, one freshly loaded copy of the page for every
 * single run, the timed work done inside the page with performance.now().
 */
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { recordTrace, type TraceEvent } from '../trace';
import type { PageScripts } from './bundle-page';
import type { PageServer } from './server';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Lab {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openLab(): Promise<Lab> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  return { browser, context, close: () => browser.close() };
}

export type Script = keyof PageScripts;

export interface LoadedPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A new tab on `url`, loaded, laid out and idle, with the given scripts injected and GC done. */
export async function loadFresh(
  lab: Lab,
  server: PageServer,
  pathname: string,
  scripts: readonly Script[],
): Promise<LoadedPage> {
  const page = await lab.context.newPage();
  const cdp = await lab.context.newCDPSession(page);
  await page.goto(server.url(pathname), { waitUntil: 'load', timeout: 120_000 });
  for (const s of ['harness', ...scripts] as const) await page.addScriptTag({ url: server.url(`/${s}.js`) });
  if (scripts.includes('planLens')) await page.evaluate('window.__planLens.prepare()');
  await page.evaluate('window.__bench.settle()');
  await page.evaluate('window.__bench.forceStyleAndLayout()');
  await collectGarbage(cdp);
  return {
    page,
    cdp,
    close: async () => {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
}

/** The page's JS heap in use, in bytes (CDP Runtime.getHeapUsage). */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export interface CpuHotspot {
  functionName: string;
  url: string;
  line: number;
  /** Time in the function itself. */
  selfMs: number;
  /** Time with the function anywhere on the stack (each sample counted once per function). */
  totalMs: number;
  selfPercent: number;
  totalPercent: number;
}

export interface CpuProfileSummary {
  /** Sampled time, idle and "(program)" left out. */
  busyMs: number;
  bySelf: CpuHotspot[];
  /** Functions of the injected bundle by inclusive time: which phase of the scan costs what. */
  byTotal: CpuHotspot[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Long names (a RegExp's whole source) cut to fit a table. */
const shorten = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

const frameKey = (f: ProfileNode['callFrame']) =>
  `${f.functionName}|${f.url}|${f.lineNumber}|${f.columnNumber}`;

/** Runs `work` under the CDP sampling profiler (100 µs) and sums self and inclusive time per function. */
export async function profile(
  cdp: CDPSession,
  work: () => Promise<unknown>,
  bundleUrl: string,
  top = 14,
): Promise<CpuProfileSummary> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  const byId = new Map<number, ProfileNode>(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stats = new Map<string, { frame: ProfileNode['callFrame']; self: number; total: number }>();
  const entry = (f: ProfileNode['callFrame']) => {
    const key = frameKey(f);
    let e = stats.get(key);
    if (!e) {
      e = { frame: f, self: 0, total: 0 };
      stats.set(key, e);
    }
    return e;
  };
  let busy = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = p.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)')
      return;
    busy += dt;
    entry(node.callFrame).self += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f) break;
      const key = frameKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(f).total += dt;
    }
  });
  const hotspot = ({
    frame,
    self,
    total,
  }: {
    frame: ProfileNode['callFrame'];
    self: number;
    total: number;
  }) => ({
    functionName: shorten(frame.functionName || '(anonymous)'),
    url: frame.url.replace(/^.*\//, ''),
    line: frame.lineNumber + 1,
    selfMs: self / 1000,
    totalMs: total / 1000,
    selfPercent: busy ? (100 * self) / busy : 0,
    totalPercent: busy ? (100 * total) / busy : 0,
  });
  const all = [...stats.values()];
  return {
    busyMs: busy / 1000,
    bySelf: all
      .sort((a, b) => b.self - a.self)
      .slice(0, top)
      .map(hotspot),
    byTotal: all
      .filter((e) => e.frame.url.endsWith(bundleUrl) && e.frame.functionName)
      .sort((a, b) => b.total - a.total)
      .slice(0, top)
      .map(hotspot),
  };
}

/** The renderer's threads while `work` ran: the main thread on the clock and on the CPU, and its helpers. */
export interface ThreadTime {
  wallMs: number;
  cpuMs: number;
  /** CPU time of the renderer's worker threads (V8's compilers and GC helpers, parsing, raster). */
  workersCpuMs: number;
}

/** The renderer's worker threads (Chromium's thread pool), by the trace's thread names. */
function rendererWorkers(events: readonly TraceEvent[], pid: number): Set<number> {
  const workers = new Set<number>();
  for (const e of events) {
    if (
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === pid &&
      e.args?.name === 'ThreadPoolForegroundWorker'
    )
      workers.add(e.tid);
  }
  if (workers.size === 0) throw new Error('the trace named no worker thread of the renderer');
  return workers;
}

/** The page's main thread: the thread with the most task time. */
function mainThreadOf(events: readonly TraceEvent[]): { pid: number; wallMs: number; cpuMs: number } {
  const byThread = new Map<string, { pid: number; wallMs: number; cpuMs: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask') continue;
    const key = `${e.pid}/${e.tid}`;
    const t = byThread.get(key) ?? { pid: e.pid, wallMs: 0, cpuMs: 0 };
    t.wallMs += (e.dur ?? 0) / 1000;
    t.cpuMs += (e.tdur ?? 0) / 1000;
    byThread.set(key, t);
  }
  const main = [...byThread.values()].sort((a, b) => b.wallMs - a.wallMs)[0];
  if (!main || main.cpuMs === 0) throw new Error('the trace gave no main-thread CPU time');
  return main;
}

/** Sums the thread CPU time of the named events on the renderer's worker threads. */
function workersCpu(events: readonly TraceEvent[], pid: number, names: ReadonlySet<string>): number {
  const workers = rendererWorkers(events, pid);
  let cpuMs = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.pid === pid && workers.has(e.tid) && names.has(e.name))
      cpuMs += (e.tdur ?? 0) / 1000;
  }
  return cpuMs;
}

/**
 * Traces `work` and sums the tasks of the page's main thread: how long they lasted, and how much
 * of that the thread was running. On a loaded 2-core machine the difference is time spent waiting
 * for a core (the browser's other threads, V8's compiler and GC helpers), which a wall-clock
 * timing counts as ours. The same trace gives the CPU time of the renderer's worker threads: the
 * work that competes with the main thread for the two cores.
 */
export async function mainThreadTime(cdp: CDPSession, work: () => Promise<unknown>): Promise<ThreadTime> {
  const events = await recordTrace(cdp, 'toplevel,disabled-by-default-devtools.timeline,__metadata', work);
  const { pid, wallMs, cpuMs } = mainThreadOf(events);
  return { wallMs, cpuMs, workersCpuMs: workersCpu(events, pid, new Set(['ThreadPool_RunTask'])) };
}

/**
 * The CPU time V8's optimising compilers (Maglev, TurboFan) spent on worker threads while `work`
 * ran. Their trace events slow the page down, so this is a run of its own, not mainThreadTime's.
 */
export async function jitCompileTime(cdp: CDPSession, work: () => Promise<unknown>): Promise<number> {
  const events = await recordTrace(
    cdp,
    'toplevel,disabled-by-default-devtools.timeline,disabled-by-default-v8.compile,__metadata',
    work,
  );
  return workersCpu(events, mainThreadOf(events).pid, new Set(['V8.MaglevTask', 'V8.TurbofanTask']));
}
