/**
 * No network, ever: every request made in the browser context — pages, frames, the popup, the
 * options page, the content scripts (their fetches count as the page's) and the service worker —
 * is recorded while Plan Lens works through the fixture pages. The fixture server's own page and
 * asset loads are expected; anything else that is not the extension's own files fails the test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { findingsOf, sendToTab, settledFindings } from './page-helpers';
import { note, tabIdOf } from './reliability-helpers';

const PAGES = [
  'news-ja.html',
  ...readdirSync(path.resolve(import.meta.dirname, '../fixtures/pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `pages/${f}`),
  'hostile/watched.html',
  'hostile/rtl-emoji.html',
  'hostile/shadow.html',
  'hostile/rewriting.html',
];

interface Seen {
  url: string;
  type: string;
  from: string;
}

test('the extension makes no network request', async ({
  context,
  server,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(180_000);
  const seen: Seen[] = [];
  const record = (request: Request) => {
    const from = request.serviceWorker()
      ? `service-worker:${request.serviceWorker()?.url()}`
      : (request.frame()?.url() ?? '?');
    seen.push({ url: request.url(), type: request.resourceType(), from });
  };
  context.on('request', record);

  // Control: the recorder does see the service worker's own requests.
  const controlUrl = server.url('pages/plain.html?control');
  await serviceWorker.evaluate(async (u) => {
    await fetch(u).then((r) => r.text());
  }, controlUrl);
  await expect
    .poll(() => seen.some((s) => s.url === controlUrl && s.from.startsWith('service-worker:')))
    .toBe(true);
  seen.length = 0;

  for (const name of PAGES) {
    const page = await context.newPage();
    const url = server.url(name);
    await page.goto(url);
    // Let the content script settle and report (findings or none).
    await expect
      .poll(async () => (await findingsOf(serviceWorker, url)) !== null, { timeout: 15_000 })
      .toBe(true);
    await page.waitForTimeout(400);
    const reply = await findingsOf(serviceWorker, url);
    if (reply && reply.total > 0) {
      // Open a card (the card's Preact UI, its strings from the background) and use the keyboard path.
      await sendToTab(serviceWorker, url, { type: 'show-finding', index: 0 });
      await sendToTab(serviceWorker, url, { type: 'step-finding', direction: 1 });
      await page.keyboard.press('Escape');
    }
    // The context menu's check, through the test hook.
    await serviceWorker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      const hook = (
        globalThis as unknown as { planLensTest?: { checkSelection: (...a: unknown[]) => unknown } }
      ).planLensTest;
      if (tab && hook)
        await Promise.resolve(hook.checkSelection({ selectionText: 'AI基本計画は1兆円超' }, tab));
    }, url);
    if (name === 'news-ja.html') {
      const tabId = await tabIdOf(serviceWorker, url);
      const popup = await openPopup(`?tab=${tabId}`);
      for (const tab of ['このページ', '概要', '数字', '照合']) {
        const el = popup.getByRole('tab', { name: tab });
        if (await el.count()) await el.click();
        await popup.waitForTimeout(200);
      }
      const input = popup.locator('textarea').first();
      if (await input.count()) await input.fill('AI基本計画では官民で1兆円超を投資する。');
      await popup.waitForTimeout(300);
      await popup.close();
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.waitForTimeout(500);
      await options.close();
    }
    await page.close();
  }
  await settledFindings(
    serviceWorker,
    await (async () => {
      const page = await context.newPage();
      const url = server.url('pages/article-ja.html');
      await page.goto(url);
      return url;
    })(),
    1,
  );

  const foreign = seen.filter(
    (s) => !s.url.startsWith(`${server.origin}/`) && !s.url.startsWith('chrome-extension://'),
  );
  const fixtureNonDocuments = seen.filter(
    (s) => s.url.startsWith(`${server.origin}/`) && s.from.startsWith('service-worker:'),
  );
  const extensionOther = seen.filter(
    (s) => s.url.startsWith('chrome-extension://') && !s.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  note('requests seen', {
    total: seen.length,
    fixture: seen.filter((s) => s.url.startsWith(server.origin)).length,
    extension: seen.filter((s) => s.url.startsWith('chrome-extension://')).length,
    foreign: foreign.length,
  });
  expect(foreign).toEqual([]);
  // The service worker fetched nothing from the pages' server either.
  expect(fixtureNonDocuments).toEqual([]);
  expect(extensionOther).toEqual([]);
  // Every request to the fixture server is one the pages made themselves (documents, frames, favicon).
  const fixtureTypes = new Set(seen.filter((s) => s.url.startsWith(server.origin)).map((s) => s.type));
  for (const t of fixtureTypes) expect(['document', 'other', 'image', 'stylesheet', 'script']).toContain(t);
});
