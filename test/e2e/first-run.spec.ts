import { expect, test } from './fixtures';

// Installing the extension (each test context loads it fresh) opens the first-run page once.
test('the first-run page opens on install, in the reader’s language', async ({ context, extensionId }) => {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const existing = context.pages().find((p) => p.url() === url);
  const page = existing ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan Lens へようこそ');
  // What the marks mean, with all four mark styles; where it runs; privacy; the shortcuts.
  await expect(page.locator('.pl-mark-sample')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: '何も送信しません' })).toBeVisible();
  await expect(page.locator('main')).toContainText('chrome://extensions/shortcuts');
  await expect(page.locator('main')).toContainText('Alt+Shift+J');
  // Only once: the page is not opened again by a later start of the service worker.
  expect(context.pages().filter((p) => p.url() === url)).toHaveLength(1);
});
