import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, startFixtureServer, test } from '../e2e/fixtures';
import { cardFrame, sendToTab, settledFindings } from '../e2e/page-helpers';

const OUT = import.meta.dirname;
const shot = (name: string) => path.join(OUT, `${name}.png`);

test('README screenshots', async () => {
  const { context, cleanup } = await launchWithExtension();
  const server = await startFixtureServer();
  try {
    const worker = await serviceWorkerOf(context);
    const id = new URL(worker.url()).host;
    const setLang = (lang: 'ja' | 'en') =>
      worker.evaluate(async (l) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), lang: l } });
      }, lang);

    // Cards on the Japanese and English fixture articles, with a little of the page around them.
    const cardShot = async (page: Page, url: string, verdict: string | null, name: string, dark = false) => {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      const { findings } = await settledFindings(worker, url, 5);
      const finding = findings.find((f) => (verdict ? f.verdict === verdict : f.kind === 'mention'));
      if (!finding) throw new Error(`no ${verdict ?? 'mention'} on ${url}`);
      await sendToTab(worker, url, { type: 'show-finding', index: finding.index });
      // The card is an extension page in a frame (its box is given in the page's coordinates).
      const card = (await cardFrame(page)).locator('.card');
      await expect(card).toBeVisible();
      await page.waitForTimeout(300);
      const box = await card.boundingBox();
      if (!box) throw new Error('no card box');
      const x = Math.max(0, box.x - 40);
      const y = Math.max(0, box.y - 70);
      await page.screenshot({
        path: shot(name),
        clip: { x, y, width: box.width + 80, height: Math.min(720 - y, box.height + 110) },
        animations: 'disabled',
      });
      await page.keyboard.press('Escape');
    };
    const article = await context.newPage();
    await article.setViewportSize({ width: 1280, height: 720 });
    const ja = server.url('pages/article-ja.html');
    await article.goto(ja);
    await cardShot(article, ja, 'mismatch', 'card-ja-light');
    await cardShot(article, ja, 'misstatement', 'card-misstatement-ja-light');
    await setLang('en');
    const en = server.url('pages/article-en.html');
    await article.goto(en);
    await cardShot(article, en, null, 'card-mention-en-dark', true);
    await article.emulateMedia({ colorScheme: 'light' });
    await setLang('ja');
    await article.goto(ja);
    await settledFindings(worker, ja, 5);
    await article.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });

    const popupShot = async (
      lang: 'ja' | 'en',
      dark: boolean,
      tab: string,
      name: string,
      prep?: (p: Page) => Promise<void>,
    ) => {
      await setLang(lang);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
      await popup.getByRole('tab', { name: tab }).click();
      if (prep) await prep(popup);
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: shot(name), animations: 'disabled' });
      await popup.close();
    };
    const findingsShown = async (p: Page) => {
      await expect(p.locator('.pl-finding').first()).toBeVisible({ timeout: 15_000 });
    };
    const checked = async (p: Page) => {
      await p.locator('#pl-checker-input').fill('AI関連に2兆円を投資し、源内は20万人以上が使う');
      await expect(p.locator('.pl-claim').first()).toBeVisible({ timeout: 10_000 });
    };
    await popupShot('ja', false, '概要', 'popup-ja-light-overview');
    await popupShot('ja', false, 'このページ', 'popup-ja-light-page', findingsShown);
    await popupShot('ja', true, '数字', 'popup-ja-dark-figures');
    await popupShot('en', false, 'Check', 'popup-en-light-checker', checked);
    await popupShot('en', true, 'This page', 'popup-en-dark-page', findingsShown);
    await popupShot('en', false, 'Figures', 'popup-en-light-figures', async (p) => {
      await p
        .locator('.pl-chart')
        .nth(1)
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    });

    await setLang('ja');
    const welcome = await context.newPage();
    await welcome.setViewportSize({ width: 900, height: 1000 });
    await welcome.goto(`chrome-extension://${id}/welcome.html`);
    await welcome.screenshot({ path: shot('welcome-ja-light'), fullPage: true });
    await setLang('en');
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('.pl-options__keys')).toContainText('Alt+Shift+J');
    await options.screenshot({ path: shot('options-en-dark'), fullPage: true });
  } finally {
    await server.close();
    await cleanup();
  }
});
