import { chromium } from '@playwright/test';
import type { FindingSummary } from '../../lib/messages';
import { expect, test } from './fixtures';
import {
  cardHostName,
  expectationsOf,
  highlightedTexts,
  highlightSizes,
  pointAt,
  settledFindings,
} from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/** A finding that covers `text`: its own text lies inside it, in a passage that contains it. */
const covers = (f: FindingSummary, text: string) => f.context.includes(text) && text.includes(f.text);

for (const name of ['article-ja', 'article-en']) {
  test(`${name}: finds what the page says it must, and leaves the rest unmarked`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const url = server.url(`pages/${name}.html`);
    await page.goto(url);
    const expected = await expectationsOf(page);
    const { findings, capped, highlightsSupported } = await settledFindings(serviceWorker, url, 3);
    expect(capped).toBe(false);
    expect(highlightsSupported).toBe(true);
    for (const mention of expected.mentions) {
      expect(
        findings.some((f) => f.kind === 'mention' && f.text.includes(mention)),
        mention,
      ).toBe(true);
    }
    for (const claim of expected.claims) {
      expect(
        findings.find((f) => f.kind === 'claim' && f.text === claim.text)?.verdict,
        `${claim.text} → ${claim.verdict}`,
      ).toBe(claim.verdict);
    }
    for (const text of expected.absent) {
      expect(
        findings.filter((f) => covers(f, text)).map((f) => f.text),
        `nothing marked in ${text}`,
      ).toEqual([]);
    }
    for (const text of expected.silent) {
      expect(
        findings.filter((f) => f.context.includes(text)).map((f) => f.text),
        `silent: ${text}`,
      ).toEqual([]);
    }
  });
}

test('marks are registered in the page’s own highlight registry, one highlight per kind', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const { findings } = await settledFindings(serviceWorker, url, 5);
  const sizes = await highlightSizes(page);
  expect(Object.keys(sizes).sort()).toEqual([
    'plan-lens-active',
    'plan-lens-match',
    'plan-lens-mention',
    'plan-lens-not-in-plan',
    'plan-lens-problem',
  ]);
  const marked = Object.entries(sizes)
    .filter(([k]) => k !== 'plan-lens-active')
    .reduce((n, [, v]) => n + v, 0);
  expect(marked).toBe(findings.length);
  const texts = await highlightedTexts(page);
  // The mention split across <a><em> is one range over exactly its text.
  expect(texts['plan-lens-mention']?.filter((t) => t === 'AI基本計画').length).toBeGreaterThanOrEqual(3);
  expect(texts['plan-lens-problem']).toEqual(expect.arrayContaining(['20万人以上', '7本柱']));
  expect(texts['plan-lens-not-in-plan']).toEqual(['100万人']);
  expect(texts['plan-lens-match']).toEqual(expect.arrayContaining(['1兆円超', '10万人以上']));
});

test('the marks are drawn: the pixels of a marked word change, an unmarked one’s do not', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  await settledFindings(serviceWorker, url, 5);
  const shot = async (selector: string) => page.locator(selector).screenshot();
  const markedBefore = await shot('#investment');
  const plainBefore = await shot('#market');
  // Take the marks away from the page's registry (main world) and look again.
  await page.evaluate(() => {
    for (const name of [...CSS.highlights.keys()])
      if (name.startsWith('plan-lens-')) CSS.highlights.delete(name);
  });
  expect((await shot('#investment')).equals(markedBefore)).toBe(false);
  expect((await shot('#market')).equals(plainBefore)).toBe(true);
});

test('the page’s DOM is exactly the same with and without Plan Lens, card host aside', async ({
  context,
  server,
  serviceWorker,
}) => {
  const url = server.url('pages/article-ja.html');
  const page = await context.newPage();
  await page.goto(url);
  await settledFindings(serviceWorker, url, 5);
  // Open a card so the host exists.
  const point = await pointAt(page, '#investment', '1兆円超');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardHostName(page)).not.toBeNull();
  const host = (await cardHostName(page)) as string;
  const withExtension = await page.evaluate((host) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const added = [...clone.children].filter((el) => el.localName === host);
    if (added.length !== 1) return 'no single card host under <html>';
    added[0]?.remove();
    return clone.outerHTML;
  }, host);
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const other = await plain.newPage();
    await other.goto(url);
    const without = await other.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(without);
  } finally {
    await plain.close();
  }
  expect(await page.evaluate(() => document.querySelectorAll('style, link').length)).toBe(1);
});
