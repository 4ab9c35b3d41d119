/**
 * The number checker (checker.js) is loaded only on pages about the plan: content.js, which every
 * news page on the site list runs, carries the term detector alone (entrypoints/checker.ts,
 * entrypoints/content/checker-loader.ts). These tests watch the extension's requests for
 * checker.js from the page's tab and read the verdicts the page gets.
 */
import type { Page } from '@playwright/test';
import type { FindingsReply } from '../../lib/messages';
import { expect, test } from './fixtures';
import { findingsOf, highlightedTexts, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/** Every request the tab makes for the extension's checker.js, from now on. */
function checkerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' && url.pathname === '/checker.js') seen.push(request.url());
  });
  return seen;
}

/** The claims of a findings reply as [text, verdict], in reading order. */
const claimsOf = (reply: FindingsReply) =>
  reply.findings.filter((f) => f.kind === 'claim').map((f) => [f.text, f.verdict]);

/** What the three plan pages' numbers must get: the full checker's verdicts (`npm run check`). */
const PLAN_PAGE_CLAIMS = [
  ['1兆円超', 'match'],
  ['1兆円超', 'match'],
  ['2026年5月', 'match'],
  ['20万人以上', 'mismatch'],
];

test('a page that never mentions the plan never requests checker.js, and gets no marks', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const requests = checkerRequests(page);
  const url = server.url('lazy/unrelated.html');
  await page.goto(url);
  // the content script answers (it is running) with nothing found…
  await expect.poll(async () => (await findingsOf(serviceWorker, url))?.total ?? -1).toBe(0);
  // …and still nothing once the reader has scrolled to the end and the scan has had time to settle
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(1_500);
  expect((await findingsOf(serviceWorker, url))?.total).toBe(0);
  expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
  expect(requests).toEqual([]);

  // The watch sees a load when there is one: the same tab, on a page whose headline names the plan.
  const planUrl = server.url('lazy/headline.html');
  await page.goto(planUrl);
  await settledFindings(serviceWorker, planUrl, 5);
  expect(requests).toHaveLength(1);
});

test('a page that names the plan in a later paragraph loads checker.js, and the numbers before the mention get verdicts', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const requests = checkerRequests(page);
  const url = server.url('lazy/late-mention.html');
  await page.goto(url);
  // the mention is far below the viewport: the numbers above it were read before anything named the plan
  const inView = await page.evaluate(() => {
    const mention = document.getElementById('mention')?.getBoundingClientRect();
    return mention ? mention.top < window.innerHeight : true;
  });
  expect(inView).toBe(false);
  await expect
    .poll(async () => claimsOf((await findingsOf(serviceWorker, url)) ?? ({ findings: [] } as never)), {
      timeout: 15_000,
    })
    .toEqual(PLAN_PAGE_CLAIMS);
  const { findings } = await settledFindings(serviceWorker, url, 6);
  expect(findings.filter((f) => f.kind === 'mention').map((f) => f.text)).toEqual([
    'ガバメントAI「源内」',
    'AI基本計画',
  ]);
  expect(requests).toHaveLength(1);
  // the page's own resource timing shows no trace of the content script's load
  const pageSees = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(pageSees.filter((name) => name.endsWith('/checker.js'))).toEqual([]);
  // drawn where the reader sees them: the wrong number in the second paragraph is marked as a problem
  await expect
    .poll(async () => (await highlightedTexts(page))['plan-lens-problem'] ?? [])
    .toEqual(['20万人以上']);
});

test('a page whose headline names the plan gets its verdicts from the first scan', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const requests = checkerRequests(page);
  const url = server.url('lazy/headline.html');
  await page.goto(url);
  const reply = await settledFindings(serviceWorker, url, 6);
  expect(claimsOf(reply)).toEqual(PLAN_PAGE_CLAIMS);
  expect(requests).toHaveLength(1);
});

test('a page that imports checker.js first and tampers with it does not change what the content script gets', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const checker = `chrome-extension://${extensionId}/checker.js`;
  const url = server.url(`lazy/page-imports-first.html?checker=${encodeURIComponent(checker)}`);
  await page.goto(url);
  // the page did import it (checker.js is web-accessible, public code) and replaced its entry point…
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.pageImport ?? ''))
    .toBe(JSON.stringify({ imported: true }));
  // …yet the content script's checker is its own module instance, in its own world: real verdicts
  await expect
    .poll(async () => claimsOf((await findingsOf(serviceWorker, url)) ?? ({ findings: [] } as never)), {
      timeout: 15_000,
    })
    .toEqual(PLAN_PAGE_CLAIMS);
});
