import { expect, test } from './fixtures';
import { highlightSizes, settledFindings } from './page-helpers';

// The options page's "what to mark": all findings, only problems, or nothing until asked. The
// findings stay the same (badge, popup list); only the marks on the page follow the setting.

const total = (sizes: Record<string, number>, names: string[]) =>
  names.reduce((sum, name) => sum + (sizes[name] ?? 0), 0);

test('marks follow the “what to mark” setting while the findings stay', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('pages/article-ja.html');
  await page.goto(url);
  const before = await settledFindings(serviceWorker, url, 5);
  const sizes = await highlightSizes(page);
  expect(sizes['plan-lens-mention']).toBeGreaterThan(0);
  expect(sizes['plan-lens-problem']).toBeGreaterThan(0);

  const setMark = (mark: string) =>
    serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: { mark: value } }), mark);

  await setMark('problems');
  await expect
    .poll(async () => {
      const now = await highlightSizes(page);
      return {
        others: total(now, ['plan-lens-mention', 'plan-lens-match', 'plan-lens-not-in-plan']),
        problems: now['plan-lens-problem'] ?? 0,
      };
    })
    .toEqual({ others: 0, problems: sizes['plan-lens-problem'] });

  await setMark('none');
  await expect
    .poll(async () =>
      total(
        await highlightSizes(page),
        Object.keys(sizes).filter((n) => n !== 'plan-lens-active'),
      ),
    )
    .toBe(0);
  const after = await settledFindings(serviceWorker, url, 5);
  expect(after.findings.length).toBe(before.findings.length);

  await setMark('all');
  await expect
    .poll(async () => (await highlightSizes(page))['plan-lens-mention'] ?? 0)
    .toBe(sizes['plan-lens-mention']);
});
