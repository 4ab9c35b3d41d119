import type { Page } from '@playwright/test';
import type { FindingSummary } from '../../lib/messages';
import { expect, test } from './fixtures';
import { cardDialog, cardFrame, sendToTab, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/**
 * Cards that fit: in a 1280×720 window, every card on the fixture articles (each verdict kind and
 * the mentions) shows its source link without scrolling, inside the card and inside the window;
 * the card's details wait behind a closed disclosure.
 */
async function cardGeometry(page: Page) {
  // The card is an extension page in a frame; Playwright gives boxes in the page's coordinates.
  const frame = await cardFrame(page);
  const card = frame.locator('.card');
  const box = await card.boundingBox();
  if (!box) return null;
  const link = frame.locator('.card .pl-source__link').first();
  const linkBox = (await link.count()) > 0 ? await link.boundingBox() : null;
  const inside = await card.evaluate((el) => ({
    scrolls: el.scrollHeight > el.clientHeight + 1,
    openDetails: el.querySelectorAll('details[open]').length,
    text: el.textContent ?? '',
  }));
  return {
    ...inside,
    card: { top: box.y, bottom: box.y + box.height },
    link: linkBox ? { top: linkBox.y, bottom: linkBox.y + linkBox.height } : null,
  };
}

// Some 20 cards an article: the default minute is short on a loaded machine.
test.setTimeout(120_000);

for (const file of ['pages/article-ja.html', 'pages/article-en.html']) {
  test(`every card on ${file} shows its source without scrolling at 1280×720`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const url = server.url(file);
    await page.goto(url);
    const { findings } = await settledFindings(serviceWorker, url, 5);
    const kinds = new Set(findings.map((f: FindingSummary) => f.verdict ?? 'mention'));
    if (file.endsWith('-ja.html'))
      expect([...kinds].sort()).toEqual(['match', 'mention', 'mismatch', 'misstatement', 'not-in-plan']);
    for (const finding of findings) {
      await sendToTab(serviceWorker, url, { type: 'show-finding', index: finding.index });
      await expect(await cardDialog(page)).toContainText(finding.verdict ? /./ : finding.text.slice(0, 1));
      const g = await cardGeometry(page);
      const what = `${finding.verdict ?? 'mention'} “${finding.text}”`;
      expect(g, what).not.toBeNull();
      if (!g) continue;
      expect(g.scrolls, `${what} scrolls inside`).toBe(false);
      expect(g.card.top, what).toBeGreaterThanOrEqual(0);
      expect(g.card.bottom, what).toBeLessThanOrEqual(720);
      expect(g.openDetails, what).toBe(0);
      // Every card cites its evidence; a 計画に記載なし card cites the plan document itself.
      expect(g.link, `${what} has a source`).not.toBeNull();
      if (g.link) {
        expect(g.link.top, what).toBeGreaterThanOrEqual(g.card.top);
        expect(g.link.bottom, what).toBeLessThanOrEqual(g.card.bottom);
      }
      await page.keyboard.press('Escape');
    }
  });
}
