import type { Page, Worker } from '@playwright/test';
import { recordTrace } from '../trace';
import { expect } from './fixtures';

/** How long a trivial evaluate in the page takes to come back, in ms (fails past `limit`). */
export async function responseTime(page: Page, limit = 5_000): Promise<number> {
  const t0 = Date.now();
  const result = await Promise.race([
    page.evaluate(() => 1 + 1),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`page unresponsive for ${limit} ms`)), limit),
    ),
  ]);
  expect(result).toBe(2);
  return Date.now() - t0;
}

/** The page's heartbeat (window.__beats, a 50 ms setInterval) keeps ticking. */
export async function expectHeartbeat(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __beats: number }).__beats);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __beats: number }).__beats), { timeout: 10_000 })
    .toBeGreaterThan(before + 3);
}

/** The id of the tab showing `url`, found through the service worker. */
export function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  return serviceWorker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return tab?.id ?? -1;
  }, url);
}

/** Logs a number for the report (shows up in the list reporter's output). */
export function note(label: string, value: unknown): void {
  console.log(`[reliability] ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

/** One task that ran our content script, in ms. */
export interface OurTask {
  /** From its start to its end on the clock: what the page waited. */
  wallMs: number;
  /**
   * The renderer main thread's CPU time in it: the work done. On a loaded 2-core machine the
   * thread is often not running for much of a task (the browser rasterising the page, the test
   * runner, V8's helper threads), so wall time can be several times the work.
   */
  cpuMs: number;
  /**
   * The CPU time of our own calls in it. The same as cpuMs for the tasks we schedule; for a page's
   * task that our MutationObserver callback ends, only the callback's share.
   */
  ownCpuMs: number;
}

/**
 * Records a Chromium trace of the page while `run` runs, and returns the tasks that ran Plan Lens's
 * content script (a function call from content-scripts/content.js inside them), longest first on
 * the clock. Long-task entries in the page cannot tell our tasks from the page's own (layout, paint,
 * its scripts), and long-animation-frame entries do not name extension scripts; the trace does.
 * Fails when the trace gives no thread time (a check on CPU time would then check nothing).
 */
export async function contentScriptTasks(page: Page, run: () => Promise<void>): Promise<OurTask[]> {
  const cdp = await page.context().newCDPSession(page);
  const events = await recordTrace(
    cdp,
    'devtools.timeline,disabled-by-default-devtools.timeline',
    run,
  ).finally(() => cdp.detach());
  const ours = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'FunctionCall' &&
      (e.args?.data?.url ?? '').endsWith('/content-scripts/content.js'),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const found: OurTask[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const calls = ours.filter((f) => f.tid === task.tid && f.ts >= task.ts && f.ts < end);
    if (calls.length === 0) continue;
    expect(task.tdur, 'the trace records thread time').toEqual(expect.any(Number));
    let own = 0;
    let reached = Number.NEGATIVE_INFINITY;
    for (const call of calls.sort((a, b) => a.ts - b.ts)) {
      if (call.ts < reached) continue; // nested in a call already counted
      reached = call.ts + (call.dur ?? 0);
      own += call.tdur ?? 0;
    }
    found.push({ wallMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? 0) / 1000, ownCpuMs: own / 1000 });
  }
  return found.sort((a, b) => b.wallMs - a.wallMs);
}
