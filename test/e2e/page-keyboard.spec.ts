import { expect, test } from './fixtures';
import { sendToTab, settledFindings } from './page-helpers';

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

  const dialog = page.locator('plan-lens-ui').locator('[role="dialog"]');
  expect(await sendToTab(serviceWorker, url, { type: 'step-finding', direction: 1 })).toEqual({ ok: true });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`1 / ${total}件`);
  await expect(dialog).toContainText(findings[0]?.text ?? '');
  // Focus moved into the card (a screen reader announces the dialog and its label).
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('plan-lens-ui');
  expect(
    await page.evaluate(() =>
      document.querySelector('plan-lens-ui')?.shadowRoot?.activeElement?.getAttribute('role'),
    ),
  ).toBe('dialog');
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
  await sendToTab(serviceWorker, url, { type: 'show-finding', index });
  const dialog = page.locator('plan-lens-ui').locator('[role="dialog"]');
  await expect(dialog).toContainText('不一致');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(
    () => document.querySelector('plan-lens-ui')?.shadowRoot?.activeElement?.className ?? '',
  );
  expect(focused).toMatch(/close|source__link/);
});
