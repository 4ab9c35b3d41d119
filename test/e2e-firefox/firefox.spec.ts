/**
 * Plan Lens in real Firefox (Debian's firefox-esr, headless): the Firefox test build on the
 * fixture pages. One Firefox for the whole file (a start costs seconds); each test opens its own
 * tabs and closes them.
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { allFindings } from '../../lib/messages';
import { type FixtureServer, startFixtureServer } from '../e2e/fixtures';
import { startServerOn } from '../e2e/page-helpers';
import {
  badgeOf,
  EXTENSION_ORIGIN,
  findingsTotal,
  highlightSizes,
  inBackground,
  launchFirefox,
  openExtensionPage,
  openPage,
  pointAt,
  registeredScripts,
  sendToTab,
  setSiteEnabled,
  tabIdOf,
  unregisterAll,
  waitFor,
} from './firefox';
import { OPTIONS, openPopupTab, POPUP, readCard } from './hooks';

interface WorkerFixtures {
  firefox: Browser;
  server: FixtureServer;
  /** An extension page kept open to call the extension's APIs from (see firefox.ts). */
  control: Page;
}

const test = base.extend<{ pages: Page[] }, WorkerFixtures>({
  firefox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
    async ({}, use) => {
      const browser = await launchFirefox();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  control: [
    async ({ firefox }, use) => {
      await use(await openExtensionPage(firefox, 'popup.html'));
    },
    { scope: 'worker' },
  ],
  // Tabs a test opens; closed after it, so the next test's tab queries see only its own.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
  pages: async ({}, use) => {
    const pages: Page[] = [];
    await use(pages);
    for (const page of pages) await page.close().catch(() => undefined);
  },
});

const ARTICLE = 'pages/article-ja.html';
/** #d93025, the badge colour of a page with a problem. */
const PROBLEM_RGBA = [217, 48, 37, 255];

async function openArticle(firefox: Browser, control: Page, url: string, pages: Page[]): Promise<Page> {
  const page = await openPage(firefox, url);
  pages.push(page);
  await waitFor(
    () => findingsTotal(control, url),
    (n) => n >= 5,
    'the scan of the article',
  );
  return page;
}

test('marks the article with CSS highlights and counts the findings on the badge', async ({
  firefox,
  server,
  control,
  pages,
}) => {
  const url = server.url(ARTICLE);
  const page = await openArticle(firefox, control, url, pages);
  const sizes = await highlightSizes(page);
  expect(sizes['plan-lens-mention']).toBeGreaterThan(0);
  expect(sizes['plan-lens-match']).toBeGreaterThan(0);
  // 20万人以上 (mismatch) and 7本柱 (known misstatement).
  expect(sizes['plan-lens-problem']).toBeGreaterThanOrEqual(2);
  const total = await findingsTotal(control, url);
  const badge = await waitFor(
    () => badgeOf(control, url),
    (b) => b.text === String(total),
    'the badge count',
  );
  expect(badge.color).toEqual(PROBLEM_RGBA);
});

/** The claims of the page at `url` as `text verdict`, once there are at least `min`. */
async function claimsOnPage(control: Page, url: string, min: number): Promise<string[]> {
  return waitFor(
    async () => {
      const reply = await allFindings((from) =>
        sendToTab<unknown>(control, url, { type: 'get-findings', from }),
      );
      return (reply?.findings ?? []).filter((f) => f.kind === 'claim').map((f) => `${f.text} ${f.verdict}`);
    },
    (found) => found.length >= min,
    `${min} verdicts on ${url}`,
  );
}

const LAZY_PAGE_CLAIMS = ['1兆円超 match', '1兆円超 match', '2026年5月 match', '20万人以上 mismatch'];

test('a page that names the plan only in a later paragraph loads the checker, and every number gets its verdict', async ({
  firefox,
  server,
  control,
  pages,
}) => {
  // content.js carries the term detector only; checker.js is imported when the page turns out to
  // be about the plan (here: a paragraph far below the numbers), and the numbers before it are checked then.
  const url = server.url('lazy/late-mention.html');
  pages.push(await openPage(firefox, url));
  expect(await claimsOnPage(control, url, 4)).toEqual(LAZY_PAGE_CLAIMS);
});

test('a page that imports checker.js first and tampers with it does not change what the content script gets', async ({
  firefox,
  server,
  control,
  pages,
}) => {
  const url = server.url(
    `lazy/page-imports-first.html?checker=${encodeURIComponent(`${EXTENSION_ORIGIN}/checker.js`)}`,
  );
  const page = await openPage(firefox, url);
  pages.push(page);
  // the page imported the web-accessible file and replaced its entry point before naming the plan…
  await waitFor(
    () => page.evaluate(() => document.documentElement.dataset.pageImport ?? ''),
    (state) => state === JSON.stringify({ imported: true }),
    'the page’s own import of checker.js',
  );
  // …and the content script's import is its own module instance, in its own sandbox: real verdicts
  expect(await claimsOnPage(control, url, 4)).toEqual(LAZY_PAGE_CLAIMS);
});

test('hovering a wrong number opens its mismatch card', async ({ firefox, server, control, pages }) => {
  const url = server.url(ARTICLE);
  const page = await openArticle(firefox, control, url, pages);
  // A background tab pauses the card's appear animation (and so the screenshot).
  await page.bringToFront();
  const { x, y } = await pointAt(page, '#quote', '20万人以上');
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
  const card = await waitFor(
    () => readCard(page),
    (c) => c.open,
    'the card to open on hover',
  );
  expect(card.verdict).toBe('mismatch');
  expect(card.text).toContain('不一致');
  expect(card.text).toContain('20万人以上');
  expect(card.text).toContain('10万人以上');
  await page.screenshot({ path: 'test-results/firefox-card-mismatch.png' });
  await page.keyboard.press('Escape');
  await waitFor(
    () => readCard(page),
    (c) => !c.open,
    'Esc to close the card',
  );
});

test('the step command walks the findings and reaches the mismatch card', async ({
  firefox,
  server,
  control,
  pages,
}) => {
  const url = server.url(ARTICLE);
  const page = await openArticle(firefox, control, url, pages);
  await page.bringToFront();
  const tabId = await tabIdOf(control, url);
  // The names come first; the numbers' verdicts once the checker has loaded: wait for the mismatch.
  await waitFor(
    () =>
      allFindings((from) => sendToTab<unknown>(control, url, { type: 'get-findings', from })).catch(
        () => null,
      ),
    (reply) => reply?.findings?.some((f) => f.verdict === 'mismatch') === true,
    'the article’s mismatch',
  );
  const total = await findingsTotal(control, url);
  // No browser lets a test press an extension shortcut headless: this runs the command listener's
  // own body (runCommand), which sends the content script the same step-finding message.
  const verdicts: (string | null)[] = [];
  let shown = '';
  for (let step = 0; step < total; step++) {
    expect(await inBackground<boolean>(control, 'runCommand', 'next-finding', { id: tabId })).toBe(true);
    // An open card read too early still shows the finding before: wait for its text to change.
    // Two findings in a row can have the same card (the same name mentioned twice): after 2 s the
    // card as it is counts (a stale read of an identical card reads the same verdict).
    const before = shown;
    const card = await waitFor(
      () => readCard(page),
      (c) => c.open && c.text !== before,
      'the card of the next finding',
      2_000,
    ).catch(() =>
      waitFor(
        () => readCard(page),
        (c) => c.open,
        'the card of the next finding',
      ),
    );
    shown = card.text;
    verdicts.push(card.verdict);
    if (card.verdict === 'mismatch') break;
  }
  // Mentions come first in reading order (no verdict), then the claims.
  expect(verdicts[0]).toBeNull();
  expect(verdicts.at(-1)).toBe('mismatch');
  expect(await inBackground<boolean>(control, 'runCommand', 'previous-finding', { id: tabId })).toBe(true);
});

test('the popup shows the overview and this page’s findings', async ({ firefox, server, control, pages }) => {
  const url = server.url(ARTICLE);
  await openArticle(firefox, control, url, pages);
  const tabId = await tabIdOf(control, url);
  const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`);
  pages.push(popup);
  const policies = await waitFor(
    () => popup.evaluate((s) => document.querySelector(s)?.textContent ?? '', POPUP.overviewPolicies),
    (t) => t.length > 0,
    'the overview',
  );
  expect(policies).toContain('基本的な方針');
  await openPopupTab(popup, POPUP.pageTabName);
  const rows = await waitFor(
    () => popup.evaluate((s) => document.querySelectorAll(s).length, POPUP.finding),
    (n) => n >= 5,
    'the findings of this page',
  );
  expect(rows).toBe(await findingsTotal(control, url));
  const pills = await popup.evaluate(
    (s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''),
    POPUP.findingVerdict,
  );
  expect(pills.join(' ')).toContain('不一致');
  expect(await popup.$eval(POPUP.siteSwitch, (e) => e.getAttribute('aria-checked'))).toBe('true');
});

test('the options page lists the sites and its mark setting reaches the page', async ({
  firefox,
  server,
  control,
  pages,
}) => {
  const url = server.url(ARTICLE);
  const page = await openArticle(firefox, control, url, pages);
  const options = await openExtensionPage(firefox, 'options.html');
  pages.push(options);
  await waitFor(
    () => options.evaluate((s) => document.querySelectorAll(s).length, OPTIONS.siteCheckbox),
    (n) => n >= 20,
    'the site list',
  );
  const mark = async (mode: string) => {
    await options.$eval(OPTIONS.markChoice(mode), (e) => (e as HTMLInputElement).click());
  };
  try {
    await mark('problems');
    const sizes = await waitFor(
      () => highlightSizes(page),
      (s) => (s['plan-lens-mention'] ?? 0) === 0,
      'mentions to be unmarked',
    );
    expect(sizes['plan-lens-problem']).toBeGreaterThanOrEqual(2);
  } finally {
    await mark('all');
  }
  await waitFor(
    () => highlightSizes(page),
    (s) => (s['plan-lens-mention'] ?? 0) > 0,
    'mentions to return',
  );
});

test('turning a site on marks it, across a reload and a start-up resync; turning it off clears it', async ({
  firefox,
  control,
  pages,
}) => {
  // 127.0.0.2 stands for a site outside the default list: the test build holds its host
  // permission (as if the reader had granted it) but no manifest content script matches it.
  const other = await startServerOn('127.0.0.2');
  try {
    const url = other.url(ARTICLE);
    const origin = new URL(url).origin;
    const page = await openPage(firefox, url);
    pages.push(page);
    await new Promise((r) => setTimeout(r, 500));
    expect(await findingsTotal(control, url)).toBe(-1);

    const setSite = (enabled: boolean) => setSiteEnabled(control, origin, enabled);
    expect(await setSite(true)).toEqual({ ok: true });
    const registered = await registeredScripts(control);
    expect(registered.map((s) => s.matches)).toEqual([['http://127.0.0.2/*']]);
    expect(registered[0]?.js).toEqual(['content-scripts/content.js']);

    const marked = async (what: string) => {
      await waitFor(
        () => findingsTotal(control, url),
        (n) => n >= 5,
        what,
      );
      const sizes = await highlightSizes(page);
      expect(sizes['plan-lens-mention']).toBeGreaterThan(0);
    };
    // The open tab starts at once; a reload gets it from the registration.
    await marked('the open tab to be scanned');
    await page.reload({ waitUntil: 'load' });
    await marked('the reloaded tab to be scanned');

    // Start-up resync: a lost registration comes back from the settings.
    await unregisterAll(control);
    expect(await registeredScripts(control)).toEqual([]);
    await inBackground(control, 'syncRegistrations');
    expect((await registeredScripts(control)).map((s) => s.js)).toEqual([['content-scripts/content.js']]);
    await page.reload({ waitUntil: 'load' });
    await marked('the tab to be scanned after the resync');

    expect(await setSite(false)).toEqual({ ok: true });
    expect(await registeredScripts(control)).toEqual([]);
    await waitFor(
      () => highlightSizes(page),
      (s) => (s['plan-lens-mention'] ?? 0) === 0,
      'the marks to go',
    );
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    expect(await findingsTotal(control, url)).toBe(-1);
  } finally {
    await other.close();
  }
});
