import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import {
  expect,
  type FixtureServer,
  launchWithExtension,
  serviceWorkerOf,
  startFixtureServer,
  test,
} from './fixtures';
import { cardDialog, cardFrame, sendToTab, settledFindings } from './page-helpers';

/**
 * Accessibility as a test: axe-core over every popup tab (ja/en, light/dark), the options page,
 * the first-run page and an open card (in its frame). No critical or serious violation
 * may remain. One browser context for the whole file keeps the run short.
 */
test.describe.configure({ mode: 'serial' });
// axe over a full popup tab takes seconds; the two popup tests audit ten views each.
test.setTimeout(180_000);

let context: BrowserContext;
let cleanup: () => Promise<void>;
let server: FixtureServer;
let worker: Worker;
let extensionId: string;
let article: Page;
let articleUrl: string;
let tabId: number;

test.beforeAll(async () => {
  ({ context, cleanup } = await launchWithExtension());
  server = await startFixtureServer();
  worker = await serviceWorkerOf(context);
  extensionId = new URL(worker.url()).host;
  article = await context.newPage();
  articleUrl = server.url('pages/article-ja.html');
  await article.goto(articleUrl);
  await settledFindings(worker, articleUrl, 5);
  await article.bringToFront();
  tabId = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
});

test.afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

interface Found {
  id: string;
  impact: string;
  targets: string[];
}

/** Critical and serious violations (and the moderate ones, for the report) in `page`. */
async function audit(
  page: Page,
  options: { include?: string; rules?: string[] } = {},
): Promise<{ blocking: Found[]; moderate: Found[] }> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  if (options.rules) builder = builder.withRules(options.rules);
  const { violations } = await builder.analyze();
  const found: Found[] = [];
  for (const v of violations) {
    const targets = v.nodes.map((n) => n.target.join(' '));
    if (targets.length > 0) found.push({ id: v.id, impact: v.impact ?? '', targets });
  }
  return {
    blocking: found.filter((v) => v.impact === 'critical' || v.impact === 'serious'),
    moderate: found.filter((v) => v.impact === 'moderate' || v.impact === 'minor'),
  };
}

const moderateSeen = new Map<string, Set<string>>();
function note(where: string, moderate: Found[]): void {
  for (const v of moderate) {
    const set = moderateSeen.get(v.id) ?? new Set<string>();
    set.add(where);
    moderateSeen.set(v.id, set);
  }
}

const TABS = {
  ja: ['概要', '数字', '年表', '照合', 'このページ'],
  en: ['Overview', 'Figures', 'Timeline', 'Check', 'This page'],
};

for (const lang of ['ja', 'en'] as const) {
  test(`popup, every tab, light and dark: ${lang}`, async () => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await worker.evaluate(async (l) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), lang: l } });
    }, lang);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    for (const name of TABS[lang]) {
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.getByRole('tab', { name }).click();
      if (name === '照合' || name === 'Check') {
        await popup.locator('#pl-checker-input').fill('AI関連に2兆円を投資する');
        await expect(popup.locator('.pl-claim').first()).toBeVisible({ timeout: 10_000 });
      }
      if (name === 'このページ' || name === 'This page')
        await expect(popup.locator('.pl-finding').first()).toBeVisible({ timeout: 15_000 });
      // Closed sections and "more" disclosures open, so axe sees what they hold.
      await popup.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const light = await audit(popup);
      note(`popup ${lang} ${name}`, light.moderate);
      expect(light.blocking, `popup ${lang} light ${name}`).toEqual([]);
      // Dark changes colours only: the contrast rule again, on the same content.
      await popup.emulateMedia({ colorScheme: 'dark' });
      const dark = await audit(popup, { rules: ['color-contrast'] });
      expect(dark.blocking, `popup ${lang} dark ${name}`).toEqual([]);
    }
    await popup.close();
  });
}

test('options page and first-run page', async () => {
  for (const [path, scheme] of [
    ['options.html', 'light'],
    ['options.html', 'dark'],
    ['welcome.html', 'light'],
    ['welcome.html', 'dark'],
  ] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator('h1')).toBeVisible();
    const { blocking, moderate } = await audit(page);
    note(`${path} ${scheme}`, moderate);
    expect(blocking, `${path} ${scheme}`).toEqual([]);
    await page.close();
  }
});

/**
 * axe inside the card's frame (an extension page the content script shows in a closed shadow root:
 * AxeBuilder cannot reach it from the page, so axe-core is evaluated in the frame itself, through
 * the debugger, since the card page's CSP allows only its own scripts).
 */
async function auditCardFrame(
  frame: Frame,
): Promise<{ blocking: Found[]; moderate: Found[]; reached: number }> {
  const axeSource = await readFile(
    path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
    'utf8',
  );
  await frame.evaluate(axeSource);
  const { found, reached } = await frame.evaluate(async () => {
    type Node = { target: string[] };
    type Rule = { id: string; impact: string | null; nodes: Node[] };
    const axe = (
      globalThis as unknown as {
        axe: { run: (c: unknown) => Promise<{ violations: Rule[]; passes: Rule[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return {
      found: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
      // axe reached into the card (an open shadow root inside the frame): its controls were checked.
      reached: result.passes.filter((p) => p.id === 'button-name' || p.id === 'aria-allowed-attr').length,
    };
  });
  return {
    blocking: found.filter((v) => v.impact === 'critical' || v.impact === 'serious'),
    moderate: found.filter((v) => v.impact === 'moderate' || v.impact === 'minor'),
    reached,
  };
}

test('an open card, of each kind and in light and dark, in its frame', async () => {
  const { findings } = await settledFindings(worker, articleUrl, 5);
  const kinds = new Map<string, number>();
  for (const f of findings)
    if (!kinds.has(f.verdict ?? 'mention')) kinds.set(f.verdict ?? 'mention', f.index);
  for (const scheme of ['light', 'dark'] as const) {
    await article.emulateMedia({ colorScheme: scheme });
    for (const [kind, index] of kinds) {
      await sendToTab(worker, articleUrl, { type: 'show-finding', index });
      const dialog = await cardDialog(article);
      await expect(dialog).toBeVisible();
      // The details behind the disclosures are audited too.
      await dialog.evaluate((el) => {
        for (const d of el.querySelectorAll('details')) d.open = true;
      });
      const { blocking, moderate, reached } = await auditCardFrame(await cardFrame(article));
      note(`card ${kind} ${scheme}`, moderate);
      expect(blocking, `card ${kind} ${scheme}`).toEqual([]);
      expect(reached, `card ${kind} ${scheme}: axe reached the card's controls`).toBe(2);
      await article.keyboard.press('Escape');
    }
  }
  // The moderate ones stay visible in the test's output, for the notes.
  for (const [id, where] of moderateSeen) console.log(`moderate: ${id} in ${[...where].join('; ')}`);
});
