import { badgeFor, expect, test } from './fixtures';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

// The two smoke tests of the foundation: the content script runs on a news page, and the popup
// renders. Each fails when its entrypoint is broken.

test('the content script scans a news page and the badge counts its findings', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('news-ja.html');
  await page.goto(url);
  await expect
    .poll(async () => Number((await badgeFor(serviceWorker, url)).text), { timeout: 15_000 })
    .toBeGreaterThan(3);
});

test('the popup renders the plan title', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('人工知能基本計画');
});
