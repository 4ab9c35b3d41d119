import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardDialog } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/**
 * The id of the tab showing `page`. Without the "tabs" permission the service worker cannot see
 * tab URLs (chrome.tabs.query({ url }) finds nothing), so the page is brought to the front and
 * the active tab is asked for instead.
 */
async function activeTabId(page: Page, serviceWorker: Worker): Promise<number> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

// "This page": the popup lists a fixture page's findings. The popup is opened as a tab, so it is
// told which tab to look at with ?tab=ID (found through the service worker).

test('lists the findings of a fixture page and shows one', async ({
  context,
  server,
  serviceWorker,
  openPopup,
}) => {
  const page = await context.newPage();
  const url = server.url('news-ja.html');
  await page.goto(url);
  const tabId = await activeTabId(page, serviceWorker);
  expect(tabId).toBeGreaterThan(0);

  const popup = await openPopup(`?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'このページ' }).click();
  const findings = popup.locator('.pl-finding');
  await expect(findings.first()).toBeVisible({ timeout: 15_000 });
  expect(await findings.count()).toBeGreaterThan(3);
  await expect(popup.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
  await expect(popup.locator('.pl-finding .pl-verdict').first()).toBeVisible();
  await popup.screenshot({ path: 'test-results/popup-ja-light-page.png' });
  await findings.first().locator('.pl-finding__button').click();
  // The popup stays open, and the page opens the finding's card.
  await expect(popup.getByRole('tab', { name: 'このページ' })).toHaveAttribute('aria-selected', 'true');
  await expect(await cardDialog(page)).toBeVisible({ timeout: 5_000 });
});

test('explains pages where Plan Lens cannot run', async ({ context, serviceWorker, openPopup }) => {
  const page = await context.newPage();
  await page.goto('about:blank');
  const tabId = await activeTabId(page, serviceWorker);
  const popup = await openPopup(`?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'このページ' }).click();
  await expect(popup.locator('.pl-empty')).toContainText('動作できません');
});
