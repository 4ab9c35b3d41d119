import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, type FixtureServer, test } from './fixtures';
import { cardDialog, cardText, hoverText, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/** The Japanese article in a new tab (set up first by `before`), scanned: at least 5 findings. */
async function openArticle(
  context: BrowserContext,
  server: FixtureServer,
  serviceWorker: Worker,
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  await before?.(page);
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  await settledFindings(serviceWorker, url, 5);
  return page;
}

test('hovering a mention split across inline tags opens its card', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await openArticle(context, server, serviceWorker);
  await hoverText(page, '#lead', 'AI基本計画');
  await expect(await cardDialog(page)).toBeVisible();
  const text = (await cardText(page)) ?? '';
  expect(text).toContain('人工知能基本計画');
  expect(text).toContain('主な数字');
  await expect(await cardDialog(page)).toHaveAttribute('aria-label', /Plan Lens: 人工知能基本計画/);
  // The source opens in a new tab, without access to this page.
  const link = (await cardDialog(page)).locator('a.pl-source__link').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  // Leaving the mark closes a hover card.
  await page.mouse.move(5, 5);
  await expect(await cardDialog(page)).toHaveCount(0);
});

test('a mention card names its basic policy as Plan Lens’s own classification', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await openArticle(context, server, serviceWorker);
  await hoverText(page, '#aisi', 'AISI');
  await expect(await cardDialog(page)).toBeVisible();
  const text = (await cardText(page)) ?? '';
  expect(text).toContain('基本的な方針 3');
  expect(text).toContain('分類: Plan Lens');
  await page.screenshot({ path: 'test-results/card-mention-ja.png', animations: 'disabled' });
});

test('hovering a wrong number shows the verdict, the official figure and its status', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await openArticle(context, server, serviceWorker);
  await hoverText(page, '#quote', '20万人以上');
  await expect(await cardDialog(page)).toBeVisible();
  const text = (await cardText(page)) ?? '';
  expect(text).toContain('不一致');
  expect(text).toContain('20万人以上');
  expect(text).toContain('10万人以上');
  expect(text).toContain('首相発言');
  await expect((await cardDialog(page)).locator('[data-verdict="mismatch"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/card-mismatch-ja.png', animations: 'disabled' });
  // Esc closes it.
  await page.keyboard.press('Escape');
  await expect(await cardDialog(page)).toHaveCount(0);
});

test('a match, a known misstatement and a number the plan does not have', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await openArticle(context, server, serviceWorker);
  await hoverText(page, '#investment', '1兆円超');
  await expect((await cardDialog(page)).locator('[data-verdict="match"]')).toHaveText(/一致/);
  expect(await cardText(page)).toContain('当面1兆円超');
  await page.screenshot({ path: 'test-results/card-match-ja.png', animations: 'disabled' });
  await page.keyboard.press('Escape');
  await hoverText(page, '#pillars', '7本柱');
  await expect((await cardDialog(page)).locator('[data-verdict="misstatement"]')).toHaveText(/既知の誤り/);
  expect(await cardText(page)).toContain('正しくは');
  await page.screenshot({ path: 'test-results/card-misstatement-ja.png', animations: 'disabled' });
  // The open card may cover the next line: close it first, as a reader would.
  await page.keyboard.press('Escape');
  await hoverText(page, '#talent', '100万人');
  await expect((await cardDialog(page)).locator('[data-verdict="not-in-plan"]')).toHaveText(/計画に記載なし/);
  // A click outside closes it.
  await page.mouse.click(5, 5);
  await expect(await cardDialog(page)).toHaveCount(0);
});

test('dark mode, and an English page gets an English card', async ({ context, server, serviceWorker }) => {
  const page = await openArticle(context, server, serviceWorker, (p) =>
    p.emulateMedia({ colorScheme: 'dark' }),
  );
  await hoverText(page, '#quote', '20万人以上');
  await expect(await cardDialog(page)).toBeVisible();
  const background = await (await cardDialog(page)).evaluate((el) => getComputedStyle(el).backgroundColor);
  // The view kit's dark surface (components/common/tokens.css), the popup's too.
  expect(background).toBe('rgb(28, 32, 41)');
  await page.screenshot({ path: 'test-results/card-mismatch-ja-dark.png', animations: 'disabled' });
  await hoverText(page, '#gennai', '源内');
  await expect(await cardDialog(page)).toContainText('ガバメントAI');
  await page.screenshot({ path: 'test-results/card-mention-ja-dark.png', animations: 'disabled' });

  const en = await context.newPage();
  const enUrl = server.url('pages/article-en.html');
  await en.goto(enUrl);
  await settledFindings(serviceWorker, enUrl, 3);
  await hoverText(en, '#investment', 'more than ¥1 trillion');
  await expect(await cardDialog(en)).toContainText('Match');
  await expect(await cardDialog(en)).toContainText('Official');
  await en.screenshot({ path: 'test-results/card-match-en.png', animations: 'disabled' });
  await en.emulateMedia({ colorScheme: 'dark' });
  await hoverText(en, '#gennai', 'Gennai');
  await expect(await cardDialog(en)).toContainText('Government AI');
  await en.screenshot({ path: 'test-results/card-mention-en-dark.png', animations: 'disabled' });
});

test('the card is kept inside the viewport near the right and bottom edges', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await openArticle(context, server, serviceWorker, (p) =>
    p.setViewportSize({ width: 700, height: 500 }),
  );
  await page.locator('#talent').scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    window.scrollBy(
      0,
      -(window.innerHeight - 80 - (document.getElementById('talent')?.getBoundingClientRect().top ?? 0)),
    ),
  );
  await hoverText(page, '#talent', '100万人');
  await expect(await cardDialog(page)).toBeVisible();
  const box = await (await cardDialog(page)).boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(700);
  expect(box.y + box.height).toBeLessThanOrEqual(500);
});
