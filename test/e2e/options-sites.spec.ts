import { expect, test } from './fixtures';

// Adding a site by its address on the options page. Test builds hold loopback host permissions,
// so the permission request is granted without a prompt; 127.0.0.2 stands for a reader's site.
test('the options page validates an address, then turns that one site on', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const field = page.getByLabel('サイトのアドレスを入力して追加');
  const add = page.getByRole('button', { name: '追加', exact: true });
  const note = page.locator('#opt-add-site-note');

  await field.fill('ftp://example.com');
  await add.click();
  await expect(note).toHaveText('http または https のサイトだけ追加できます。');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('news');
  await add.click();
  await expect(note).toContainText('サイトのアドレスとして読めません');

  await field.fill('http://127.0.0.2:8123/article/1');
  await add.click();
  await expect(note).toHaveText('http://127.0.0.2:8123 で Plan Lens が動くようにしました。');
  await expect(page.locator('.pl-options__origin')).toHaveText(['http://127.0.0.2:8123']);
  // The same path as the popup's switch: the setting is stored and the background registered it.
  const stored = await serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return JSON.stringify(all);
  });
  expect(stored).toContain('http://127.0.0.2:8123');
  // The shortcuts the browser gave, and where to change them.
  await expect(page.locator('.pl-options__keys')).toContainText('Alt+Shift+J');
  await expect(page.locator('main')).toContainText('chrome://extensions/shortcuts');
  await expect(page.locator('.pl-data-version')).toContainText('1.0.0');
});
