import { badgeFor, expect, test } from './fixtures';
import { settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

const RED = [217, 48, 37, 255];
const NEUTRAL = [95, 99, 104, 255];

test('the badge counts mentions and claims, red when a claim is wrong', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const { total } = await settledFindings(serviceWorker, url, 5);
  await expect.poll(async () => (await badgeFor(serviceWorker, url)).text).toBe(String(total));
  expect((await badgeFor(serviceWorker, url)).color).toEqual(RED);
});

test('a page whose numbers all agree gets a neutral badge', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  const url = server.url('pages/article-en.html');
  await page.goto(url);
  const { total, findings } = await settledFindings(serviceWorker, url, 3);
  expect(findings.some((f) => f.verdict === 'mismatch' || f.verdict === 'misstatement')).toBe(false);
  await expect.poll(async () => (await badgeFor(serviceWorker, url)).text).toBe(String(total));
  expect((await badgeFor(serviceWorker, url)).color).toEqual(NEUTRAL);
});

test('frames add up, and navigating to a page with nothing clears the badge', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/iframe.html');
  await page.goto(url);
  // The top frame answers for itself; the badge adds the article's findings in the iframe.
  const outer = await settledFindings(serviceWorker, url, 1);
  const article = await context.newPage();
  const articleUrl = server.url('pages/article-ja.html');
  await article.goto(articleUrl);
  const { total: articleTotal } = await settledFindings(serviceWorker, articleUrl, 5);
  await article.close();
  await expect
    .poll(async () => Number((await badgeFor(serviceWorker, url)).text))
    .toBe(outer.total + articleTotal);

  const plain = server.url('pages/plain.html');
  await page.goto(plain);
  await expect.poll(async () => (await badgeFor(serviceWorker, plain)).text).toBe('');
});
