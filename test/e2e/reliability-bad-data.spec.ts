/**
 * Bad data at the edges: garbage settings in storage, and unknown or malformed messages sent to the
 * background and to a content script. Plan Lens falls back to defaults, ignores what it cannot
 * read, and keeps working.
 */
import { expect, test } from './fixtures';
import { cardDialog, cardHostName, findingsOf, sendToTab, settledFindings } from './page-helpers';
import { note, responseTime, tabIdOf } from './reliability-helpers';

const GARBAGE: unknown[] = [
  42,
  'settings',
  null,
  [],
  { lang: 'xx', theme: null },
  {
    version: 999,
    mark: 7,
    lang: ['ja'],
    theme: { dark: true },
    disabledSites: 'all',
    extraOrigins: [1, null],
  },
  { __proto__: { mark: 'none' }, constructor: { prototype: { polluted: true } }, mark: 'toString' },
];

for (const [i, settings] of GARBAGE.entries()) {
  test(`corrupt settings #${i} (${JSON.stringify(settings)}): defaults, no crash, findings appear`, async ({
    context,
    server,
    serviceWorker,
    extensionId,
    openPopup,
  }) => {
    await serviceWorker.evaluate(async (value) => {
      await chrome.storage.local.set({ settings: value, junk: { deep: [1, 2, 3] } });
    }, settings);
    const page = await context.newPage();
    const url = server.url('pages/article-ja.html');
    await page.goto(url);
    // The defaults: the loopback site is on (test build), everything is marked.
    const reply = await settledFindings(serviceWorker, url, 5);
    expect(reply.highlightsSupported).toBe(true);
    await page.reload();
    const again = await settledFindings(serviceWorker, url, 5);
    expect(again.total).toBe(reply.total);

    const errors: string[] = [];
    const tabId = await tabIdOf(serviceWorker, url);
    const popup = await openPopup(`?tab=${tabId}`);
    popup.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
    await popup.getByRole('tab', { name: 'このページ' }).click();
    await expect(popup.locator('.pl-finding').first()).toBeVisible({ timeout: 15_000 });
    const options = await context.newPage();
    options.on('pageerror', (e) => errors.push(`options: ${e.message}`));
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // The options page shows the defaults: marks on everything, automatic language and theme.
    await expect(options.locator('body')).not.toBeEmpty();
    await expect(options.locator('input[type="radio"]:checked, select').first()).toBeVisible({
      timeout: 10_000,
    });
    await options.waitForTimeout(300);
    expect(errors).toEqual([]);
    const polluted = await serviceWorker.evaluate(() => ({}) as Record<string, unknown>);
    expect(polluted).toEqual({});
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  });
}

test('unknown and malformed messages are ignored by the background and the content script', async ({
  context,
  server,
  serviceWorker,
  openPopup,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const before = await settledFindings(serviceWorker, url, 5);
  const bad: unknown[] = [
    null,
    42,
    'get-findings',
    [],
    {},
    { type: 'unknown' },
    { type: '__proto__' },
    { type: 'constructor' },
    { type: 'toString' },
    { type: 'show-finding', index: -1 },
    { type: 'show-finding', index: 1e9 },
    { type: 'show-finding', index: '0' },
    { type: 'step-finding', direction: 5 },
    { type: 'check-selection', text: 'x'.repeat(10_001) },
    { type: 'check-selection', text: { toString: 'AI基本計画' } },
    { type: 'get-strings', lang: '__proto__' },
    { type: 'findings-changed', count: 'many', problems: -1 },
    { type: 'set-site-enabled', origin: 'https://evil.example', enabled: 'true' },
  ];

  // To the content script, from the service worker.
  const toContent = await serviceWorker.evaluate(
    async ({ u, messages }) => {
      const [tab] = await chrome.tabs.query({ url: u });
      const out: string[] = [];
      for (const m of messages) {
        try {
          const reply = await chrome.tabs.sendMessage(tab?.id as number, m);
          out.push(JSON.stringify(reply ?? null));
        } catch (e) {
          out.push(`error: ${(e as Error).message}`);
        }
      }
      return out;
    },
    { u: url, messages: bad },
  );
  note('content replies to bad messages', toContent);
  // Each is either unanswered or, for a well-typed one out of range, a plain refusal.
  for (const r of toContent)
    expect(r === 'null' || r.startsWith('error:') || r === '{"ok":false}').toBe(true);
  // A well-formed message carrying a __proto__ key is answered normally and pollutes nothing.
  const proto = await serviceWorker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    const m = JSON.parse('{"type":"get-findings","__proto__":{"polluted":true}}');
    const reply = (await chrome.tabs.sendMessage(tab?.id as number, m)) as { total: number };
    return { total: reply.total, polluted: ({} as Record<string, unknown>).polluted ?? null };
  }, url);
  expect(proto).toEqual({ total: before.total, polluted: null });

  // To the background, from an extension page (the popup).
  const tabId = await tabIdOf(serviceWorker, url);
  const popup = await openPopup(`?tab=${tabId}`);
  const toBackground = await popup.evaluate(async (messages) => {
    const out: string[] = [];
    for (const m of messages) {
      try {
        const reply = await chrome.runtime.sendMessage(m);
        out.push(JSON.stringify(reply ?? null));
      } catch (e) {
        out.push(`error: ${(e as Error).message}`);
      }
    }
    return out;
  }, bad);
  note('background replies to bad messages', toBackground);
  for (const r of toBackground) expect(r === 'null' || r.startsWith('error:')).toBe(true);

  // No card opened, no setting changed, and everything still works.
  expect(await cardHostName(page)).toBeNull();
  const settings = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(JSON.stringify(settings)).not.toContain('evil.example');
  const after = await findingsOf(serviceWorker, url);
  expect(after?.total).toBe(before.total);
  const shown = await sendToTab<{ ok: boolean }>(serviceWorker, url, { type: 'show-finding', index: 0 });
  expect(shown.ok).toBe(true);
  await expect(await cardDialog(page)).toBeVisible();
  const strings = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'get-strings', lang: 'en' }));
  expect(Object.keys(strings as object).length).toBeGreaterThan(0);
  await responseTime(page);
});
