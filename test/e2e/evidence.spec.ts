import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardDialog, hoverText, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

// The evidence a reader is shown (issue 17): words confirmed on the source page are quoted, the
// rest is Plan Lens's summary, labelled 要約 and never put in quotation marks; each source shows
// its kind. The fixture page is test/fixtures/pages/evidence-ja.html.

interface ShownSource {
  /** The kind beside the source (政府, 報道機関…), as displayed. */
  kind: string;
  publisher: string;
  /** The words under it, as displayed (with their quotation marks or their label). */
  words: string;
  /** The view's own record of what it showed: confirmed / unconfirmed. */
  verification: string;
}

/**
 * The open in-page card's source line. Kept in one place: if the card moves (an iframe instead of
 * the shadow root), only this function changes.
 */
async function cardSource(page: Page): Promise<ShownSource> {
  // The card is an extension page in its own frame (entrypoints/card/).
  const card = await cardDialog(page);
  await expect(card).toBeVisible();
  const line = card.locator('p.pl-source').first();
  const words = line.locator('[data-verification]');
  return {
    kind: (await line.locator('.pl-source-kind').textContent()) ?? '',
    publisher: (await line.locator('a.pl-source__link').textContent()) ?? '',
    words: (await words.textContent()) ?? '',
    verification: (await words.getAttribute('data-verification')) ?? '',
  };
}

test('a card whose quote is unconfirmed shows a labelled summary, a confirmed one a quote', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/evidence-ja.html');
  await page.goto(url);
  await settledFindings(serviceWorker, url, 2);

  // 4つ → the number of basic policies. Its first source is the Cabinet Office page, whose words
  // were not found among the stored pages: a summary, not a quote.
  await hoverText(page, '#pillars', '4つ');
  const unconfirmed = await cardSource(page);
  expect(unconfirmed.verification).toBe('unconfirmed');
  expect(unconfirmed.kind).toBe('政府・');
  expect(unconfirmed.publisher).toContain('内閣府');
  expect(unconfirmed.words).toBe('要約：4つの基本的な方針を掲げています');
  expect(unconfirmed.words).not.toMatch(/[「」“”]/);
  await page.screenshot({ path: 'test-results/evidence-card-summary.png', animations: 'disabled' });
  await page.keyboard.press('Escape');

  // 1兆円超 → the PM's statement, whose words were seen on FNN's page: quoted.
  await hoverText(page, '#money', '1兆円超');
  const confirmed = await cardSource(page);
  expect(confirmed.verification).toBe('confirmed');
  expect(confirmed.kind).toBe('報道機関・');
  expect(confirmed.words).toBe('「当面、1兆円超をAI関連施策に投資する」');
  expect(confirmed.words).not.toContain('要約');
  await page.screenshot({ path: 'test-results/evidence-card-quote.png', animations: 'disabled' });
});

test('the popup quotes only confirmed words under a figure, and names each source’s kind', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('tab', { name: '数字' }).click();

  const policies = popup.locator('#pl-figure-policies-count');
  const summary = policies.locator(':scope > .pl-source').first();
  await expect(summary.locator('.pl-source-kind')).toHaveText('政府・');
  await expect(summary.locator('[data-verification="unconfirmed"]')).toHaveText(
    '要約：4つの基本的な方針を掲げています',
  );
  await expect(summary).not.toContainText('「4つ');

  const investment = popup.locator('#pl-figure-investment');
  await expect(investment.locator('[data-verification="confirmed"]').first()).toHaveText(
    '「当面、1兆円超をAI関連施策に投資する」',
  );

  // The Stanford HAI comparison is cited first, as a survey, its words quoted.
  const ai2024 = popup.locator('#pl-figure-private-ai-2024-us > .pl-source').first();
  await expect(ai2024.locator('.pl-source-kind')).toHaveText('調査・');
  await expect(ai2024.locator('a.pl-source__link')).toContainText('Stanford HAI');
  await expect(ai2024.locator('[data-verification="confirmed"]')).toHaveText(
    '「investment hit $109.1 billion in 2024」',
  );
  await policies.scrollIntoViewIfNeeded();
  await popup.screenshot({ path: 'test-results/evidence-popup-figures.png' });
});
