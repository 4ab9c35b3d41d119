/**
 * A page that turns against Plan Lens (test/fixtures/hostile/card-attacks.html): it tries to
 * switch the content script off with WXT's own DOM events, read and rewrite the card, hide it,
 * close it with synthetic events, fake verdicts in the highlight registry, and break the card or
 * hide text by defining <plan-lens-ui> first. Every attack runs in the page's own (main) world.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { FindingSummary } from '../../lib/messages';
import { expect, type FixtureServer, test } from './fixtures';
import {
  cardDialog,
  cardText,
  findingsOf,
  highlightedTexts,
  highlightSizes,
  hoverText,
  sendToTab,
  settledFindings,
} from './page-helpers';
import { note } from './reliability-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

const FIXTURE = 'hostile/card-attacks.html';

type Attack = {
  spoofLifetime: (id: string) => Promise<void>;
  read: () => {
    host: string | null;
    shadowRoot: boolean | null;
    hostText: string | null;
    bodyText: string;
    frames: string[];
    attach: string;
  };
  hide: () => boolean;
  swapHighlights: () => number | false;
  syntheticClose: () => void;
};

function attack<K extends keyof Attack>(page: Page, name: K, ...args: Parameters<Attack[K]>) {
  return page.evaluate(
    ({ name, args }) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's own helper, called by name
      ((window as any).attack[name] as (...a: unknown[]) => unknown)(...args),
    { name, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<Attack[K]>>>;
}

/** The fixture in a new tab, scanned (at least 4 findings, holding still). */
async function openFixture(context: BrowserContext, server: FixtureServer, serviceWorker: Worker) {
  const page = await context.newPage();
  const url = server.url(FIXTURE);
  await page.goto(url);
  const settled = await settledFindings(serviceWorker, url, 4);
  return { ...settled, page, url };
}

/** Opens the card of the page's 不一致 finding (as the popup's list does) and waits for it. */
async function openMismatchCard(
  page: Page,
  url: string,
  findings: readonly FindingSummary[],
  serviceWorker: Worker,
): Promise<Locator> {
  const index = findings.findIndex((f) => f.verdict === 'mismatch');
  expect(index).toBeGreaterThanOrEqual(0);
  expect(await sendToTab(serviceWorker, url, { type: 'show-finding', index })).toEqual({ ok: true });
  const dialog = await cardDialog(page);
  await expect(dialog).toContainText('不一致');
  return dialog;
}

test('WXT’s invalidation and location-change events, dispatched by the page, change nothing', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const { page, url, ...before } = await openFixture(context, server, serviceWorker);
  const marks = await highlightSizes(page);
  expect(marks['plan-lens-problem']).toBeGreaterThan(0);
  const dialog = await openMismatchCard(page, url, before.findings, serviceWorker);

  await attack(page, 'spoofLifetime', extensionId);

  // The card is still open, the marks are all there, and the content script still answers.
  await expect(dialog).toContainText('不一致');
  expect(await highlightSizes(page)).toEqual({ ...marks, 'plan-lens-active': 1 });
  const after = await findingsOf(serviceWorker, url);
  expect(after?.total).toBe(before.total);
  // The context menu's check still works (the old context ended on the first event).
  const checked = await sendToTab<{ ok: boolean }>(serviceWorker, url, {
    type: 'check-selection',
    text: 'AI基本計画は1兆円超を投資する',
  });
  expect(checked).toEqual({ ok: true });
  note('spoofed lifetime events', { findings: after?.total, marks: await highlightSizes(page) });
});

test('the page cannot read, reach or rewrite the card', async ({ context, server, serviceWorker }) => {
  const { page, url, findings } = await openFixture(context, server, serviceWorker);
  await openMismatchCard(page, url, findings, serviceWorker);
  const seen = await attack(page, 'read');
  note('what the page sees of the card', seen);
  // One host, with a name the page could not have guessed, and nothing of it to read.
  expect(seen.host).not.toBeNull();
  expect(seen.host).not.toBe('plan-lens-ui');
  expect(seen.shadowRoot).toBe(false);
  expect(seen.hostText).toBe('');
  expect(seen.attach).toMatch(/^blocked/);
  expect(seen.bodyText).not.toContain('不一致');
  // Any frame the page can name is cross-origin to it.
  for (const f of seen.frames) expect(f).toMatch(/^blocked/);
  // The card still says what Plan Lens found.
  expect(await cardText(page)).toContain('10万人以上');
});

test('hiding the card’s host is undone: the card stays on top and visible', async ({
  context,
  server,
  serviceWorker,
}) => {
  const { page, url, findings } = await openFixture(context, server, serviceWorker);
  const dialog = await openMismatchCard(page, url, findings, serviceWorker);
  await expect(dialog).toBeVisible();
  expect(await attack(page, 'hide')).toBe(true);
  await page.waitForTimeout(200);
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  const state = await page.evaluate(
    ({ x, y }) => {
      const host = [...document.documentElement.children].find(
        (el) => el !== document.head && el !== document.body,
      ) as HTMLElement;
      const style = getComputedStyle(host);
      return {
        display: style.display,
        opacity: style.opacity,
        visibility: style.visibility,
        clipPath: style.clipPath,
        transform: style.transform,
        attributes: host.getAttributeNames(),
        // What a reader's click at the card's centre reaches.
        atCentre: document.elementFromPoint(x, y) === host,
      };
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  note('host after the page hid it', state);
  expect(state).toEqual({
    display: 'block',
    opacity: '1',
    visibility: 'visible',
    clipPath: 'none',
    transform: 'none',
    attributes: ['style'],
    atCentre: true,
  });
  await page.screenshot({ path: 'test-results/card-after-hiding-attack.png' });
});

test('synthetic pointer and key events do not close the card; a person’s do', async ({
  context,
  server,
  serviceWorker,
}) => {
  const { page, url, findings } = await openFixture(context, server, serviceWorker);
  const dialog = await openMismatchCard(page, url, findings, serviceWorker);
  await expect(dialog).toBeVisible();
  await attack(page, 'syntheticClose');
  await page.waitForTimeout(300);
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(dialog).toHaveCount(0);
});

test('a page that moves problem marks into the match highlight is put right', async ({
  context,
  server,
  serviceWorker,
}) => {
  const { page, url, findings } = await openFixture(context, server, serviceWorker);
  const ours = await highlightedTexts(page);
  expect(ours['plan-lens-problem']).toContain('20万人以上');
  const moved = await attack(page, 'swapHighlights');
  expect(moved).toBeGreaterThan(0);
  // The swap worked for a moment: the problem is in the (page's) match highlight.
  expect((await highlightedTexts(page))['plan-lens-match']).toContain('20万人以上');
  // A card opens (the reader points at a mark): the registry is ours again.
  const index = findings.findIndex((f) => f.text === '1兆円超');
  expect(await sendToTab(serviceWorker, url, { type: 'show-finding', index })).toEqual({ ok: true });
  await expect(await cardDialog(page)).toContainText('一致');
  const repaired = await highlightedTexts(page);
  note('highlights after the swap and a card', repaired);
  expect(repaired['plan-lens-problem']).toEqual(ours['plan-lens-problem']);
  expect(repaired['plan-lens-match']).toEqual(ours['plan-lens-match']);
  expect(repaired['plan-lens-match']).not.toContain('20万人以上');
  const priorities = await page.evaluate(() => ({
    match: CSS.highlights.get('plan-lens-match')?.priority,
    problem: CSS.highlights.get('plan-lens-problem')?.priority,
  }));
  expect(priorities.problem).toBeGreaterThan(priorities.match ?? 0);

  // And again when the marks change (new text on the page), without any card.
  await page.keyboard.press('Escape');
  await attack(page, 'swapHighlights');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '追記: AI基本計画はAI人材を10万人以上育成する。';
    document.body.append(p);
  });
  await expect
    .poll(async () => (await highlightedTexts(page))['plan-lens-problem'] ?? [], { timeout: 10_000 })
    .toContain('20万人以上');
  expect((await highlightedTexts(page))['plan-lens-match']).not.toContain('20万人以上');
});

test('a page’s own <plan-lens-ui>, defined first, neither breaks the card nor hides text', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = server.url(FIXTURE);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  expect(await page.evaluate(() => customElements.get('plan-lens-ui') !== undefined)).toBe(true);
  const { findings } = await settledFindings(serviceWorker, url, 4);
  // The text inside the page's <plan-lens-ui> is the page's text: it is checked like any other.
  const texts = findings.map((f) => f.text);
  expect(texts).toContain('人工知能戦略本部');
  // The card opens, on hover and from the popup, and says it did.
  await hoverText(page, '#quote', '20万人以上');
  const dialog = await cardDialog(page);
  await expect(dialog).toContainText('不一致');
  await page.mouse.click(5, 5);
  await expect(dialog).toHaveCount(0);
  const index = findings.findIndex((f) => f.text === '人工知能戦略本部');
  expect(await sendToTab(serviceWorker, url, { type: 'show-finding', index })).toEqual({ ok: true });
  await expect(dialog).toContainText('人工知能戦略本部');
  note('console errors', errors);
});
