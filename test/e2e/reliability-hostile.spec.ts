/**
 * Hostile and huge pages. Each ends with the page still responsive (a trivial evaluate returns, the
 * page's 50 ms heartbeat keeps ticking) and the extension still answering get-findings, with
 * findings where the page mentions the plan. Numbers are logged ([reliability] lines), not asserted
 * as budgets: budgets belong to the benchmark.
 */
import type { FindingsReply } from '../../lib/messages';
import { expect, test } from './fixtures';
import {
  cardDialog,
  cardText,
  findingsOf,
  highlightedTexts,
  sendToTab,
  settledFindings,
} from './page-helpers';
import { contentScriptTasks, expectHeartbeat, note, responseTime, tabIdOf } from './reliability-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

const huge = (kind: string) => `hostile/generated.html?kind=${kind}`;

for (const { kind, min, label } of [
  { kind: 'text-nodes', min: 20, label: '100,000 text nodes' },
  { kind: 'deep', min: 4, label: 'nesting 5,000 deep (inline; 1,000 deep blocks)' },
  { kind: 'huge-node', min: 2, label: 'one text node of 10 MB' },
]) {
  test(`${label}: the page stays responsive and findings appear`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();
    const url = server.url(huge(kind));
    await page.goto(url, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __built: string }).__built)).toBe(kind);
    const t0 = Date.now();
    const reply = await settledFindings(serviceWorker, url, min);
    const settled = Date.now() - t0;
    const respond = await responseTime(page);
    await expectHeartbeat(page);
    note(kind, { findings: reply.total, capped: reply.capped, settledMs: settled, respondMs: respond });
    expect(reply.total).toBeGreaterThanOrEqual(min);
    expect(reply.findings.every((f) => f.text.length > 0)).toBe(true);
  });
}

test('a 100,000-character paragraph with no sentence end: checked in short tasks of ours', async ({
  context,
  server,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const url = server.url(huge('long-sentence'));
  let reply: FindingsReply | null = null;
  // The tasks that ran our content script, from a trace: the page's own layout and paint of a
  // 100,000-character paragraph are long tasks of its own (over a second on this machine).
  const tasks = await contentScriptTasks(page, async () => {
    await page.goto(url);
    // every repeat is a mention and a claim: 13,000 findings, found in slices. Asked every 2 s:
    // each answer lists every finding, and asking often would be most of the work measured.
    await expect
      .poll(
        async () => {
          reply = await findingsOf(serviceWorker, url);
          return reply?.total ?? 0;
        },
        { timeout: 90_000, intervals: [2_000] },
      )
      .toBeGreaterThan(13_000);
  });
  const found = reply as FindingsReply | null;
  const wall = tasks.map((t) => t.wallMs);
  const cpu = tasks.map((t) => t.cpuMs).sort((a, b) => b - a);
  note('long-sentence', {
    findings: found?.total,
    tasks: tasks.length,
    longestWallMs: wall.slice(0, 5),
    mostCpuMs: cpu.slice(0, 5),
    cpuOfWall: +(cpu.reduce((a, b) => a + b, 0) / wall.reduce((a, b) => a + b, 0)).toFixed(2),
  });
  // Before: one task of 4.3 s (the paragraph checked as one sentence, at once). Now it is cut and
  // checked piece by piece, in tasks sized to about 8 ms of work. The work in each of our tasks
  // (the main thread's CPU time) stays far under 50 ms: 16-21 ms at most over this session's runs.
  // On the clock some tasks still last 40-100 ms on this 2-core machine at load 2-3, with the
  // thread running for only about a third of our tasks' time (the browser rasterises the huge
  // paragraph and the test runner works meanwhile): that is waiting for a core, not our work.
  expect(tasks.length).toBeGreaterThan(10);
  expect(cpu[0]).toBeLessThanOrEqual(50);
  expect(wall[0]).toBeLessThan(400);
  const median = [...wall].sort((a, b) => a - b)[Math.floor(wall.length / 2)] as number;
  expect(median).toBeLessThanOrEqual(50);
  // 6,667 repeats: all but the few cut at a piece's edge are checked, each number a match
  const numbers = found?.findings.filter((f) => f.text === '1兆円超') ?? [];
  expect(numbers.length).toBeGreaterThan(6_500);
  expect(numbers.every((f) => f.verdict === 'match')).toBe(true);
});

test('a page of digits only: no findings, no hang', async ({ context, server, serviceWorker }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const url = server.url(huge('digits'));
  await page.goto(url);
  // The scan has run when get-findings answers and the heartbeat still ticks.
  await expect
    .poll(async () => (await findingsOf(serviceWorker, url)) !== null, { timeout: 15_000 })
    .toBe(true);
  await page.waitForTimeout(2_000);
  const reply = await findingsOf(serviceWorker, url);
  const respond = await responseTime(page);
  await expectHeartbeat(page);
  note('digits', { findings: reply?.total, respondMs: respond });
  expect(reply?.total).toBe(0);
});

test('thousands of mentions: marks are capped and the popup says so', async ({
  context,
  server,
  serviceWorker,
  openPopup,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  const url = server.url(huge('many-mentions'));
  await page.goto(url);
  // 3,000 paragraphs × (2 mentions + 1 claim): well past the 1,500-mark cap.
  const reply = await settledFindings(serviceWorker, url, 2_500);
  const respond = await responseTime(page);
  await expectHeartbeat(page);
  note('many-mentions', {
    total: reply.total,
    listed: reply.findings.length,
    capped: reply.capped,
    respondMs: respond,
  });
  expect(reply.capped).toBe(true);
  // Every finding is listed, drawn or not; only the marks are capped.
  expect(reply.findings.length).toBe(reply.total);
  const sizes = await page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('plan-lens-') && name !== 'plan-lens-active') n += h.size;
    return n;
  });
  expect(sizes).toBeLessThanOrEqual(2_000); // the cap and the allowance for appended text
  expect(sizes).toBeLessThan(reply.total);
  const tabId = await tabIdOf(serviceWorker, url);
  const popup = await openPopup(`?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'このページ' }).click();
  const notice = popup.locator('.pl-warning[role="note"]');
  // 9,000 findings take the popup several seconds to list on a loaded machine.
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText('上限');
  await expect(notice).toContainText(String(reply.total));
});

test('RTL, emoji and surrogate pairs around numbers: finding texts are the page’s text', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('hostile/rtl-emoji.html');
  await page.goto(url);
  const reply = await settledFindings(serviceWorker, url, 4);
  const pageText = await page.evaluate(() => document.body.textContent ?? '');
  for (const f of reply.findings) expect(pageText, f.text).toContain(f.text);
  // What the highlights cover, read back from the DOM, is what the findings say.
  const marked = Object.values(await highlightedTexts(page))
    .flat()
    .sort();
  const texts = reply.findings.map((f) => f.text).sort();
  expect(marked).toEqual(texts);
  for (const t of marked) {
    // No lone surrogate at either edge of a mark.
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(t), t).toBe(false);
  }
  note('rtl-emoji', { findings: reply.findings.map((f) => `${f.kind}:${f.text}`) });
  expect(texts).toEqual(expect.arrayContaining(['1兆円超', '10万人以上']));
});

test('shadow DOM: light DOM is scanned; text inside shadow roots is not (documented)', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('hostile/shadow.html');
  await page.goto(url);
  const reply = await settledFindings(serviceWorker, url, 1);
  await page.waitForTimeout(800);
  const again = (await findingsOf(serviceWorker, url)) ?? reply;
  const texts = again.findings.map((f) => f.text);
  note('shadow', { findings: texts });
  expect(texts).toContain('AI基本計画');
  // The text index walks the light DOM only: neither open nor closed shadow roots are entered.
  expect(texts).not.toContain('人工知能基本計画');
  expect(texts).not.toContain('AI戦略本部');
  expect(again.findings.some((f) => f.context.includes('シャドウ'))).toBe(false);
});

test('a page that rewrites its text every 50 ms stays responsive, with bounded findings', async ({
  context,
  server,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  const url = server.url('hostile/rewriting.html');
  await page.goto(url);
  await settledFindings(serviceWorker, url, 1);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string) =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) as number;
  const busy0 = await metric('TaskDuration');
  const rewrites0 = await page.evaluate(() => (window as unknown as { __rewrites: number }).__rewrites);
  const totals: number[] = [];
  const wall0 = Date.now();
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(300);
    totals.push((await findingsOf(serviceWorker, url))?.total ?? -1);
  }
  const wall = Date.now() - wall0;
  const busy = (await metric('TaskDuration')) - busy0;
  const rewrites =
    (await page.evaluate(() => (window as unknown as { __rewrites: number }).__rewrites)) - rewrites0;
  const respond = await responseTime(page);
  note('rewriting', {
    rewrites,
    wallMs: wall,
    mainThreadBusyMs: Math.round(busy * 1000),
    totals,
    respondMs: respond,
  });
  // The page's own timer keeps firing (it would stall under a runaway scan).
  expect(rewrites).toBeGreaterThan(20);
  // Findings track the page's text: at most what is on it at once (static + ticker + list item), never growing.
  for (const t of totals) expect(t).toBeGreaterThanOrEqual(1);
  for (const t of totals) expect(t).toBeLessThanOrEqual(6);
  // Not pegged: the renderer's main thread is idle most of the time (loose; the bench owns budgets).
  expect(busy * 1000).toBeLessThan(wall * 0.8);
});

test('a strict CSP page: findings and the card', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  const url = server.url('pages/csp-strict.html');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  const reply = await settledFindings(serviceWorker, url, 2);
  expect(reply.highlightsSupported).toBe(true);
  const shown = await sendToTab<{ ok: boolean }>(serviceWorker, url, { type: 'show-finding', index: 0 });
  expect(shown.ok).toBe(true);
  await expect(await cardDialog(page)).toBeVisible();
  expect((await cardText(page)) ?? '').toContain('人工知能基本計画');
  note('csp-strict', {
    findings: reply.total,
    cspErrors: errors.filter((e) => /Content Security Policy/i.test(e)),
  });
  expect(
    errors.filter((e) => /Content Security Policy/i.test(e) && /plan-lens|chrome-extension/i.test(e)),
  ).toEqual([]);
});

test('main-world overrides of attachShadow, CSS, Range, MutationObserver… do not reach the content script', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url('hostile/overrides.html');
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  expect(await page.evaluate(() => (window as unknown as { __overridden: boolean }).__overridden)).toBe(true);
  expect(await page.evaluate(() => typeof window.CSS)).toBe('undefined');
  const reply = await settledFindings(serviceWorker, url, 3);
  // The isolated world has its own CSS, Highlight, StaticRange: marks are registered.
  expect(reply.highlightsSupported).toBe(true);
  // The card opens: attachShadow, append and getBoundingClientRect are the isolated world's own.
  const shown = await sendToTab<{ ok: boolean }>(serviceWorker, url, { type: 'show-finding', index: 0 });
  expect(shown.ok).toBe(true);
  const dialog = await cardDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The content script's own MutationObserver still works: new text gets findings.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '追記: AI戦略本部はAI人材を10万人以上育成する。';
    Node.prototype.insertBefore.call(document.body, p, null);
  });
  await expect
    .poll(async () => (await findingsOf(serviceWorker, url))?.findings.map((f) => f.text) ?? [], {
      timeout: 10_000,
    })
    .toContain('AI戦略本部');
  note('overrides', { findings: (await findingsOf(serviceWorker, url))?.total, pageErrors });
  expect(pageErrors).toEqual([]);
  await responseTime(page);
});
