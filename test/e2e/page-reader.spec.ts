import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, type FixtureServer, test } from './fixtures';
import { findingsOf, highlightSizes, sendToTab, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/**
 * Marks wherever the reader is: a page with more findings than are drawn at a time (7,200 against
 * a cap of 1,500) shows marks at the top, and at the bottom once the reader scrolls there; the
 * popup's list and the step-through keys cover every finding, drawn or not.
 */
const PAGE = 'news-layouts/stress/many-findings.html';

/** How many of our marks lie in the viewport now (main world). */
function marksInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('plan-lens-') || name === 'plan-lens-active') continue;
      for (const r of highlight) {
        const rect = r.startContainer.parentElement?.getBoundingClientRect();
        if (rect && rect.bottom > 0 && rect.top < innerHeight) n++;
      }
    }
    return n;
  });
}

const drawn = (sizes: Record<string, number>) =>
  Object.entries(sizes).reduce((sum, [k, n]) => (k === 'plan-lens-active' ? sum : sum + n), 0);

/** Opens the page of 7,200 findings and waits until all are found and the count holds. */
async function openSettled(
  context: BrowserContext,
  server: FixtureServer,
  serviceWorker: Worker,
  query = '',
) {
  const page = await context.newPage();
  const url = server.url(PAGE) + query;
  await page.goto(url);
  // 7,200 findings take a while on a loaded machine: wait for them, then for the count to hold
  await expect
    .poll(async () => (await findingsOf(serviceWorker, url))?.total ?? 0, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(7000);
  const reply = await settledFindings(serviceWorker, url, 7000);
  return { page, url, reply };
}

test('beyond the cap, marks follow the reader; every finding is listed and reachable', async ({
  context,
  server,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  const { page, url, reply } = await openSettled(context, server, serviceWorker);
  expect(reply.findings.length).toBe(reply.total);
  expect(reply.capped).toBe(true);
  const total = drawn(await highlightSizes(page));
  expect(total).toBeLessThan(reply.total);
  expect(await marksInView(page)).toBeGreaterThan(0);

  // The reader goes to the end: the marks there are drawn, the cap still holds.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => marksInView(page), { timeout: 5_000 }).toBeGreaterThan(0);
  expect(drawn(await highlightSizes(page))).toBe(total);

  // The last finding, far from the first marks drawn, is one step back from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await sendToTab(serviceWorker, url, { type: 'show-finding', index: reply.total - 1 })).toEqual({
    ok: true,
  });
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[data-n="2399"]')?.getBoundingClientRect().top ?? -1),
    )
    .toBeGreaterThanOrEqual(0);
  await expect.poll(() => marksInView(page), { timeout: 5_000 }).toBeGreaterThan(0);
});

// Plain title: the page turns out to be about the plan in its first paragraph, and the runs met
// before the checker came are checked after the scan settles; their marks are the first scan's, so
// they must not use up what is kept for text the page adds later.
for (const [headline, query] of [
  ['names the plan', ''],
  ['does not name the plan', '?plain-title'],
] as const) {
  test(`beyond the cap, a paragraph the page appends far below the reader gets its marks at once (the headline ${headline})`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    test.setTimeout(120_000);
    const { page, reply: before } = await openSettled(context, server, serviceWorker, query);
    expect(before.capped).toBe(true);
    // A live blog's new entry, appended at the very end while the reader is at the top.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'appended';
      p.textContent = '速報：政府は人工知能基本計画で、AI関連施策に当面1兆円超を投じる方針を改めて示した。';
      (document.querySelector('article, main') ?? document.body).append(p);
    });
    const appendedMarks = () =>
      page.evaluate(() => {
        const p = document.getElementById('appended');
        let n = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('plan-lens-') || name === 'plan-lens-active') continue;
          for (const r of highlight) if (p?.contains(r.startContainer)) n++;
        }
        return n;
      });
    // its mention and its number, drawn though 1,500 marks nearer the reader are already drawn
    await expect.poll(appendedMarks, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(
      await page.evaluate(() => document.getElementById('appended')?.getBoundingClientRect().top),
    ).toBeGreaterThan(await page.evaluate(() => innerHeight * 5));
  });
}
