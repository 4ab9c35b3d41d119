import type { Page, Worker } from '@playwright/test';
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
