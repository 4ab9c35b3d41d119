import { expect, test } from './fixtures';
import { cardDialog, findingsOf, startServerOn } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

// chrome.contextMenus.onClicked cannot be dispatched from a test, and a headless browser has no
// menu to click. The test build exposes the very function the menu's listener calls
// (globalThis.planLensTest.checkSelection in the service worker) and the test calls it with what
// the click would pass: the selection's text, the frame, the tab.

test('「AI基本計画と照合」 checks the selection on a site where Plan Lens is off', async ({
  context,
  serviceWorker,
}) => {
  const other = await startServerOn('127.0.0.2');
  try {
    const url = other.url('pages/article-ja.html');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(300);
    expect(await findingsOf(serviceWorker, url)).toBeNull();
    const selectionText = await page.evaluate(() => {
      const p = document.getElementById('quote') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    const shown = await serviceWorker.evaluate(
      async ({ url, selectionText }) => {
        const [tab] = await chrome.tabs.query({ url });
        const api = (
          globalThis as unknown as {
            planLensTest: { checkSelection: (i: unknown, t: unknown) => Promise<boolean> };
          }
        ).planLensTest;
        return api.checkSelection(
          { menuItemId: 'plan-lens-check-selection', selectionText, frameId: 0 },
          tab,
        );
      },
      { url, selectionText },
    );
    expect(shown).toBe(true);
    const dialog = await cardDialog(page);
    await expect(dialog).toContainText('選択範囲の照合');
    await expect(dialog).toContainText('不一致');
    await expect(dialog).toContainText('10万人以上');
    // The script injected for the menu checks the selection only: the page is not marked.
    expect(await page.evaluate(() => CSS.highlights.get('plan-lens-mention')?.size ?? 0)).toBe(0);
    expect((await findingsOf(serviceWorker, url))?.total).toBe(0);
    await page.screenshot({ path: 'test-results/card-selection-ja.png', animations: 'disabled' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // A second check reuses the script already there.
    const again = await serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const api = (
        globalThis as unknown as {
          planLensTest: { checkSelection: (i: unknown, t: unknown) => Promise<boolean> };
        }
      ).planLensTest;
      return api.checkSelection(
        { selectionText: '一部では「AI基本計画の7本柱」との表現も見られる。', frameId: 0 },
        tab,
      );
    }, url);
    expect(again).toBe(true);
    await expect(dialog).toContainText('既知の誤り');
  } finally {
    await other.close();
  }
});

test('the menu item is registered for selections', async ({ serviceWorker }) => {
  // contextMenus has no getter: the item exists if updating it succeeds (onInstalled made it).
  const update = () =>
    serviceWorker.evaluate(
      () =>
        new Promise<string>((resolve) =>
          chrome.contextMenus.update('plan-lens-check-selection', { contexts: ['selection'] }, () =>
            resolve(chrome.runtime.lastError?.message ?? 'ok'),
          ),
        ),
    );
  await expect.poll(update).toBe('ok');
});
