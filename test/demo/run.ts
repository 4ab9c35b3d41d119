/**
 * `npm run demo`: builds the test build, serves the sample article from loopback and opens
 * Chromium with Plan Lens loaded. With a display (DISPLAY set) the browser stays open for you to
 * hover the marks; without one it runs headless, opens a card and saves a screenshot.
 */
import { execSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EXTENSION_PATH, startFixtureServer } from '../e2e/fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOT = path.join(ROOT, 'test-results/demo.png');
const headed = Boolean(process.env.DISPLAY);

async function main(): Promise<void> {
  console.log('Building the test build…');
  execSync('npm run -s build:test', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const server = await startFixtureServer();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'plan-lens-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(headed ? [] : ['--disable-gpu', '--no-sandbox']),
    ],
  });
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = server.url('pages/article-ja.html');
    await page.goto(url);
    // Wait for the marks, then hover the number the article got wrong.
    await page.waitForFunction(() => (CSS.highlights.get('plan-lens-problem')?.size ?? 0) > 0, undefined, {
      timeout: 15_000,
    });
    const point = await page.evaluate(() => {
      const p = document.getElementById('quote');
      const text = p?.firstChild as Text | null;
      const at = text?.data.indexOf('20万人以上') ?? -1;
      if (!text || at === -1) return null;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    if (point) {
      await page.mouse.move(point.x - 2, point.y);
      await page.mouse.move(point.x, point.y);
      // The card is an extension page in a frame of its own (see entrypoints/card/).
      for (let i = 0; i < 50; i++) {
        const card = page.frames().find((f) => f.url().endsWith('/card.html'));
        if (card && (await card.locator('[role="dialog"]').count()) > 0) break;
        await page.waitForTimeout(100);
      }
    }
    await mkdir(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT, animations: 'disabled' });
    console.log(`Screenshot of the page with a card open: ${path.relative(process.cwd(), SHOT)}`);
    if (headed) {
      console.log(`Plan Lens is loaded on ${url}. Hover the marks; close the browser to finish.`);
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
