import { expect, test } from './fixtures';
import { findingsOf, settledFindings, startServerOn } from './page-helpers';

// 127.0.0.2 stands for a site outside the default list: the test build holds its host permission
// (as if the reader had granted it in the popup) but no content script matches it.

test('turning a site on registers Plan Lens there; turning it off removes it', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const other = await startServerOn('127.0.0.2');
  try {
    const url = other.url('pages/article-ja.html');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await findingsOf(serviceWorker, url)).toBeNull();

    // What the popup sends after the permission prompt.
    const popup = await openPopup();
    const origin = new URL(url).origin;
    const on = await popup.evaluate(
      (origin) => chrome.runtime.sendMessage({ type: 'set-site-enabled', origin, enabled: true }),
      origin,
    );
    expect(on).toEqual({ ok: true });
    const registered = await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({
      matches: ['http://127.0.0.2/*'],
      allFrames: true,
      persistAcrossSessions: true,
    });
    expect(registered[0]?.js).toEqual(['content-scripts/content.js']);
    // The open tab is started at once, and a new load gets it from the registration.
    await settledFindings(serviceWorker, url, 5);
    await page.reload();
    await settledFindings(serviceWorker, url, 5);
    expect(await page.evaluate(() => CSS.highlights.get('plan-lens-mention')?.size)).toBeGreaterThan(0);

    const off = await popup.evaluate(
      (origin) => chrome.runtime.sendMessage({ type: 'set-site-enabled', origin, enabled: false }),
      origin,
    );
    expect(off).toEqual({ ok: true });
    expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    // The open page lets go of its marks at once...
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('plan-lens-mention')?.size ?? 0)).toBe(0);
    // ...and a new load has no Plan Lens.
    await page.reload();
    await page.waitForTimeout(500);
    expect(await findingsOf(serviceWorker, url)).toBeNull();
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { extraOrigins: string[] }).extraOrigins).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a site cannot be turned on without its permission', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  const reply = await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'set-site-enabled',
      origin: 'https://news.example.org',
      enabled: true,
    }),
  );
  expect(reply).toEqual({ ok: false });
  expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});
