/**
 * The page sees no change caused by Plan Lens: its own MutationObserver logs nothing and its
 * hydration check passes while no card is open; opening a card adds exactly one node under <html>,
 * the card's host (a custom element with a random name, its content in a closed shadow root). Clicks, selection, copy and find on marked text behave as without us.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardDialog, cardHostName, hoverText, pointAt, settledFindings } from './page-helpers';
import { note } from './reliability-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

interface Logged {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mutations: Logged[] }).__mutations);
const hydrationMismatch = (page: Page) =>
  page.evaluate(() => (window as unknown as { hydrationMismatch: () => boolean }).hydrationMismatch());

test('no change at all while no card is open; only the card host under <html> once one opens', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('hostile/watched.html');
  await page.goto(url);
  const reply = await settledFindings(serviceWorker, url, 4);
  expect(reply.highlightsSupported).toBe(true);
  // Marked, yet nothing in the DOM moved.
  const marks = await page.evaluate(() =>
    [...CSS.highlights.keys()].filter((k) => k.startsWith('plan-lens-')),
  );
  expect(marks.length).toBeGreaterThan(0);
  expect(await mutations(page)).toEqual([]);
  expect(await hydrationMismatch(page)).toBe(false);
  expect(await cardHostName(page)).toBeNull();
  // Hovering around without reaching a mark changes nothing either.
  await page.mouse.move(5, 5);
  await page.mouse.move(600, 850);
  await page.waitForTimeout(500);
  expect(await mutations(page)).toEqual([]);

  // Open a card by hovering the mention.
  await hoverText(page, '#lead', 'AI基本計画');
  const dialog = await cardDialog(page);
  await expect(dialog).toBeVisible();
  const host = (await cardHostName(page)) as string;
  expect(host).toMatch(/^[a-z]+-[a-z]+$/);
  const log = await mutations(page);
  note('watched page mutations after a card opened', log);
  expect(log).toEqual([
    { type: 'childList', target: 'HTML', attribute: null, added: [host.toUpperCase()], removed: [] },
  ]);
  // <body> and <head> are exactly as the server sent them: a hydration check passes.
  expect(await hydrationMismatch(page)).toBe(false);
  expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe(host);

  // Closing and reopening the card adds nothing more (the host is reused, its content is in its shadow root).
  await page.mouse.move(5, 5);
  await expect(dialog).toHaveCount(0);
  await hoverText(page, '#lead', 'AI基本計画');
  await expect(dialog).toBeVisible();
  expect((await mutations(page)).length).toBe(1);
});

test('click handlers, selection, copy and find on marked text work as without Plan Lens', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('hostile/watched.html');
  await page.goto(url);
  await settledFindings(serviceWorker, url, 4);

  // The page's own click handler on the marked text fires.
  const { x, y } = await pointAt(page, '#lead', 'AI基本計画');
  await page.mouse.click(x, y);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks))
    .toEqual(['EM']);

  // Selecting across the marked text: the selection is the page's text.
  const start = await pointAt(page, '#lead', '政府');
  const end = await pointAt(page, '#lead', '1兆円超');
  await page.mouse.move(Math.max(1, start.x - 40), start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.move(end.x + 30, end.y, { steps: 2 });
  await page.mouse.up();
  const selected = await page.evaluate(() => String(window.getSelection()));
  note('selection', selected);
  expect(selected).toContain('政府は23日、AI基本計画を閣議決定した。官民でAI関連施策に1兆円超');

  // Copy: the page's copy listener reads the selection, which is the page's text.
  await page.keyboard.press('Control+C');
  let copied = await page.evaluate(() => (window as unknown as { __copied: string | null }).__copied);
  if (copied === null) {
    // Headless Chromium may not route the shortcut to a copy command; execCommand fires the event.
    copied = await page.evaluate(() => {
      document.execCommand('copy');
      return (window as unknown as { __copied: string | null }).__copied;
    });
  }
  expect(copied).toBe(selected);

  // Find in page: the browser's find bar is not scriptable headless; window.find() is Chromium's
  // in-page find, and it finds marked text.
  const found = await page.evaluate(() => {
    window.getSelection()?.removeAllRanges();
    const w = window as unknown as { find?: (s: string) => boolean };
    if (typeof w.find !== 'function') return null;
    return { found: w.find('10万人以上'), selection: String(window.getSelection()) };
  });
  note('window.find', found ?? 'not available');
  if (found) expect(found).toEqual({ found: true, selection: '10万人以上' });

  // Still no change to the page's DOM beyond a card host (clicking a mark may have opened a card).
  const log = await mutations(page);
  const host = await cardHostName(page);
  for (const m of log)
    expect(m).toEqual({
      type: 'childList',
      target: 'HTML',
      attribute: null,
      added: [host?.toUpperCase()],
      removed: [],
    });
  expect(await hydrationMismatch(page)).toBe(false);
});
