import { expect, test } from './fixtures';
import { cardDialog, cardFrame, cardHostName, sendToTab, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

// Headless Chromium cannot press browser-level shortcuts, so the test sends what the background
// sends on Alt+Shift+N / Alt+Shift+P: `step-finding`, from the service worker to the tab.

test('the keyboard path: step through findings, the card takes focus, Esc gives it back', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const { total, findings } = await settledFindings(serviceWorker, url, 5);
  await page.locator('#page-button').focus();

  expect(await sendToTab(serviceWorker, url, { type: 'step-finding', direction: 1 })).toEqual({ ok: true });
  const dialog = await cardDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`1 / ${total}件`);
  await expect(dialog).toContainText(findings[0]?.text ?? '');
  // Focus moved into the card: the page sees its host element focused (the card frame inside the
  // closed shadow root), and inside the frame the dialog has it (a screen reader announces it).
  const host = await cardHostName(page);
  expect(host).not.toBeNull();
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe(host);
  const frame = await cardFrame(page);
  await expect
    .poll(() =>
      frame.evaluate(() => document.getElementById('card')?.shadowRoot?.activeElement?.getAttribute('role')),
    )
    .toBe('dialog');
  await expect(dialog).toHaveAttribute('aria-label', /^Plan Lens: /);

  await sendToTab(serviceWorker, url, { type: 'step-finding', direction: 1 });
  await expect(dialog).toContainText(`2 / ${total}件`);
  await sendToTab(serviceWorker, url, { type: 'step-finding', direction: -1 });
  await sendToTab(serviceWorker, url, { type: 'step-finding', direction: -1 });
  await expect(dialog).toContainText(`${total} / ${total}件`);
  // The last finding was scrolled into view.
  const last = findings[total - 1]?.text ?? '';
  await expect(dialog).toContainText(last);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
});

test('the popup’s show-finding opens that finding’s card; Tab reaches the source link', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const { findings } = await settledFindings(serviceWorker, url, 5);
  const index = findings.findIndex((f) => f.verdict === 'mismatch');
  expect(index).toBeGreaterThan(-1);
  expect(await sendToTab(serviceWorker, url, { type: 'show-finding', index })).toEqual({ ok: true });
  const dialog = await cardDialog(page);
  await expect(dialog).toContainText('不一致');
  const frame = await cardFrame(page);
  const focused = () =>
    frame.evaluate(() => {
      const active = document.getElementById('card')?.shadowRoot?.activeElement;
      return active ? `${active.localName}.${active.className}` : '';
    });
  // Tab goes through the card's controls and comes round again: focus never leaves the card.
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused());
  }
  expect(seen[0]).toMatch(/close|source__link/);
  expect(seen.every((s) => s !== '' && !s.startsWith('div.card'))).toBe(true);
  const stops = new Set(seen);
  expect(seen.length).toBeGreaterThan(stops.size); // it wrapped
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe(await cardHostName(page));
  // Shift+Tab goes round the other way.
  await page.keyboard.press('Shift+Tab');
  expect(stops.has(await focused())).toBe(true);
  // Esc inside the card closes it and gives focus back to the page.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe(await cardHostName(page));
});
