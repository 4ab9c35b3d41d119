import { expect, test } from './fixtures';
import { findingsOf, settledFindings, startServerOn } from './page-helpers';

// The start-up resync of site registrations (on install, on browser start, when a permission
// goes): a site the reader turned on is registered again from the settings, with the content
// script named by its path in the package. test/e2e-firefox checks the same in Firefox, whose
// manifest names the files as full moz-extension:// URLs.

test('a lost registration of a site turned on comes back on resync, and the site is marked', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const other = await startServerOn('127.0.0.2');
  try {
    const url = other.url('pages/article-ja.html');
    const origin = new URL(url).origin;
    const popup = await openPopup();
    const on = await popup.evaluate(
      (origin) => chrome.runtime.sendMessage({ type: 'set-site-enabled', origin, enabled: true }),
      origin,
    );
    expect(on).toEqual({ ok: true });

    await serviceWorker.evaluate(async () => {
      const ids = (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
      await chrome.scripting.unregisterContentScripts({ ids });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await findingsOf(serviceWorker, url)).toBeNull();

    await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { planLensTest: { syncRegistrations: () => Promise<void> } }
      ).planLensTest.syncRegistrations(),
    );
    const registered = await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => [s.matches, s.js, s.css])).toEqual([
      [['http://127.0.0.2/*'], ['content-scripts/content.js'], ['content-scripts/content.css']],
    ]);
    await page.reload();
    await settledFindings(serviceWorker, url, 5);
    expect(await page.evaluate(() => CSS.highlights.get('plan-lens-mention')?.size)).toBeGreaterThan(0);
  } finally {
    await other.close();
  }
});
