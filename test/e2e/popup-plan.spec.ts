import { expect, test } from './fixtures';

// The popup as a reader uses it: the plan summary, search, the checker, language and screenshots.
// One browser for the file, but the two tests that save settings get browsers of their own.
test.use({ shareBrowser: true });

test('search for 源内 and reach it', async ({ openPopup }) => {
  const popup = await openPopup();
  const search = popup.getByRole('searchbox');
  await expect(search).toBeFocused();
  await search.fill('源内');
  const first = popup.locator('.pl-search__result').first();
  await expect(first).toContainText('源内');
  await first.click();
  const term = popup.locator('#pl-term-gennai');
  await expect(term).toBeFocused();
  await expect(term).toBeInViewport();
  await expect(popup.getByRole('tab', { name: '概要' })).toHaveAttribute('aria-selected', 'true');

  // Romaji and a figure on another tab.
  await search.fill('Gennai');
  await expect(popup.locator('.pl-search__result').first()).toContainText('源内');
  await search.fill('AIセーフティ・インスティテュート');
  await expect(popup.locator('.pl-search__result').first()).toContainText('AISI');
});

test('check 「AI投資2兆円」 and see 不一致 with 1兆円超', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('tab', { name: '照合' }).click();
  await popup.getByLabel('記事の一文や数字を入力').fill('AI投資2兆円');
  const claim = popup.locator('.pl-claim').first();
  await expect(claim.locator('.pl-verdict')).toContainText('不一致');
  await expect(claim.locator('.pl-compare__value')).toContainText('1兆円超');
  await expect(claim.locator('.pl-compare .pl-status')).toBeVisible();
  await expect(claim.locator('a.pl-source__link').first()).toHaveAttribute('rel', 'noopener noreferrer');

  await popup.getByRole('button', { name: '1 trillion yen' }).click();
  await expect(popup.locator('.pl-claim .pl-verdict').first()).toContainText('一致');
});

test('tabs work with the keyboard', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('tab', { name: '概要' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: '数字' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: '数字' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.locator('#pl-chart-usage svg[role="img"]')).toBeVisible();
});

test.describe('saves the language', () => {
  test.use({ shareBrowser: false });

  test('switch the language and keep it', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(popup.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await expect(popup.getByRole('heading', { level: 1 })).toContainText(
      'Artificial Intelligence Basic Plan',
    );
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    // Saved to settings: a new popup opens in English.
    const again = await openPopup();
    await expect(again.getByRole('tab', { name: 'Figures' })).toBeVisible();
    await again.getByRole('button', { name: '日本語', exact: true }).click();
    await expect(again.getByRole('tab', { name: '数字' })).toBeVisible();
  });
});

test('the popup opens fast', async ({ openPopup, context, extensionId }) => {
  // Warm up once (the first load compiles the extension's scripts), then measure.
  const warm = await openPopup();
  await expect(warm.getByRole('heading', { level: 1 })).toBeVisible();
  await warm.close();
  const times: number[] = [];
  const paints: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    const start = Date.now();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    times.push(Date.now() - start);
    // In-page: from navigation start to the h1 in the DOM.
    paints.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const mark = performance.getEntriesByName('pl-first-render')[0];
        return Math.round((mark?.startTime ?? performance.now()) - (nav?.startTime ?? 0));
      }),
    );
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Infinity;
  console.log(
    `popup open: goto→h1 median ${median(times)} ms [${times.join(', ')}]; first render median ${median(paints)} ms [${paints.join(', ')}]`,
  );
  // Budgets are measured, not enforced by timed tests (design.md): this bound only catches a
  // popup that hangs; the median is reported above.
  expect(median(paints)).toBeLessThan(1000);
});

for (const lang of ['ja', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots: ${lang} ${scheme}`, async ({ openPopup }) => {
      const popup = await openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      if (lang === 'en') await popup.getByRole('button', { name: 'EN', exact: true }).click();
      await popup.getByRole('heading', { level: 1 }).waitFor();
      await popup.screenshot({ path: `test-results/popup-${lang}-${scheme}-overview.png` });
      await popup.getByRole('tab', { name: lang === 'ja' ? '数字' : 'Figures' }).click();
      await popup.screenshot({ path: `test-results/popup-${lang}-${scheme}-figures.png` });
      await popup.getByRole('tab', { name: lang === 'ja' ? '年表' : 'Timeline' }).click();
      await popup.screenshot({ path: `test-results/popup-${lang}-${scheme}-timeline.png` });
      await popup.getByRole('tab', { name: lang === 'ja' ? '照合' : 'Check' }).click();
      await popup.locator('#pl-checker-input').fill('AI投資2兆円');
      await expect(popup.locator('.pl-claim').first()).toBeVisible();
      await popup.screenshot({ path: `test-results/popup-${lang}-${scheme}-checker.png` });
      await popup.getByRole('tab', { name: lang === 'ja' ? '概要' : 'Overview' }).click();
      await popup.getByRole('searchbox').fill(lang === 'ja' ? 'げんない' : 'Gennai');
      await expect(popup.locator('.pl-search__result').first()).toBeVisible();
      await popup.screenshot({ path: `test-results/popup-${lang}-${scheme}-search.png` });
      if (lang === 'en') await popup.getByRole('button', { name: '日本語', exact: true }).click();
    });
  }
}

test.describe('saves settings from the options page', () => {
  test.use({ shareBrowser: false });

  test('the options page saves settings that the popup follows', async ({
    context,
    extensionId,
    openPopup,
  }) => {
    const options = await context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Plan Lensの設定');
    await options.getByRole('radio', { name: /ダーク/ }).check();
    await options.getByRole('radio', { name: /^English/ }).check();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Plan Lens settings');
    await options.getByRole('checkbox', { name: 'nikkei.com' }).uncheck();
    await expect(options.getByRole('status')).toHaveText('Saved');
    await options.screenshot({ path: 'test-results/options-en-dark.png', fullPage: true });

    const popup = await openPopup();
    await expect(popup.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('only the panel scrolls: the header stays put and the popup never scrolls into blank space', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('tab', { name: '数字' }).click();
  const header = popup.locator('.pl-header');
  const before = await header.boundingBox();
  // Wheel over the header, then bring the last card into view as search results do.
  await header.hover();
  await popup.mouse.wheel(0, 4000);
  await popup
    .locator('.pl-misstatement')
    .last()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  expect(await header.boundingBox()).toEqual(before);
  expect(await popup.evaluate(() => document.scrollingElement?.scrollTop ?? -1)).toBe(0);
  expect(await popup.locator('.pl-main').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
});
