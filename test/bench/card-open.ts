/**
 * How long the card takes to open: the popup's `show-finding`, timed in the extension's service
 * worker from the message to the content script's answer, which comes once the card frame has
 * rendered and reported its size (the card is on screen). The first open also loads the card page
 * into its frame; later opens reuse it. A `get-findings` round trip is timed beside it: the part of
 * each figure that is only messaging. Uses the test build (`npm run build:test`).
 *
 *   npx tsx test/bench/card-open.ts [runs]
 */
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf, startFixtureServer } from '../e2e/fixtures';
import { pointAt } from '../e2e/page-helpers';

const RUNS = Number(process.argv[2] ?? 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** From the pointer coming to rest on a mark to the card's dialog in its frame (polled every 5 ms). */
async function hoverOpen(page: Page, selector: string, text: string): Promise<number> {
  const { x, y } = await pointAt(page, selector, text);
  await page.mouse.move(x - 2, y);
  const t0 = performance.now();
  await page.mouse.move(x, y);
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith('/card.html'));
    if (frame && (await frame.locator('[role="dialog"]').count()) > 0) return performance.now() - t0;
    if (performance.now() - t0 > 10_000) throw new Error('no card on hover');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function once(): Promise<{
  first: number;
  later: number[];
  messaging: number[];
  hoverFirst: number;
  hoverLater: number[];
}> {
  const server = await startFixtureServer();
  const { context, cleanup } = await launchWithExtension();
  try {
    const worker = await serviceWorkerOf(context);
    const page = await context.newPage();
    // tsx names the functions it compiles with a helper the page lacks (page-helpers' pointAt).
    await page.addInitScript('globalThis.__name = (f) => f');
    const url = server.url('pages/article-ja.html');
    await page.goto(url);
    const timed = (message: unknown) =>
      worker.evaluate(
        async ({ url, message }) => {
          const [tab] = await chrome.tabs.query({ url });
          const t0 = performance.now();
          const reply = await chrome.tabs.sendMessage(tab?.id as number, message, { frameId: 0 });
          return { ms: performance.now() - t0, reply };
        },
        { url, message },
      );
    // Wait for the scan to settle.
    let total = 0;
    for (let i = 0; i < 100 && total < 5; i++) {
      await page.waitForTimeout(200);
      total = ((await timed({ type: 'get-findings' })).reply as { total?: number } | undefined)?.total ?? 0;
    }
    await page.waitForTimeout(500);
    const hoverFirst = await hoverOpen(page, '#quote', '20万人以上');
    const hoverLater: number[] = [];
    for (const [selector, text] of [
      ['#investment', '1兆円超'],
      ['#aisi', 'AISI'],
      ['#quote', '20万人以上'],
    ] as const) {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(600);
      hoverLater.push(await hoverOpen(page, selector, text));
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    // A fresh page for the popup's path, so that its first open loads the frame again.
    await page.goto(url);
    total = 0;
    for (let i = 0; i < 100 && total < 5; i++) {
      await page.waitForTimeout(200);
      total = ((await timed({ type: 'get-findings' })).reply as { total?: number } | undefined)?.total ?? 0;
    }
    await page.waitForTimeout(500);
    const messaging: number[] = [];
    for (let i = 0; i < 5; i++) messaging.push((await timed({ type: 'get-findings' })).ms);
    const first = await timed({ type: 'show-finding', index: 0 });
    if ((first.reply as { ok?: boolean }).ok !== true) throw new Error('the first card did not open');
    const later: number[] = [];
    for (let i = 1; i <= 8; i++) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(150);
      const next = await timed({ type: 'show-finding', index: i % total });
      if ((next.reply as { ok?: boolean }).ok !== true) throw new Error(`card ${i} did not open`);
      later.push(next.ms);
    }
    return { first: first.ms, later, messaging, hoverFirst, hoverLater };
  } finally {
    await cleanup();
    await server.close();
  }
}

const firsts: number[] = [];
const laters: number[] = [];
const messages: number[] = [];
const hoverFirsts: number[] = [];
const hoverLaters: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const { first, later, messaging, hoverFirst, hoverLater } = await once();
  hoverFirsts.push(hoverFirst);
  hoverLaters.push(...hoverLater);
  firsts.push(first);
  laters.push(...later);
  messages.push(...messaging);
}
const round = (x: number) => Math.round(x * 10) / 10;
console.log(
  `card open (show-finding → card on screen), ${RUNS} browser runs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `  first open (loads card.html): median ${round(median(firsts))} ms  [${firsts.map(round).join(', ')}]`,
);
console.log(
  `  later opens (frame reused):   median ${round(median(laters))} ms  (n=${laters.length}, min ${round(Math.min(...laters))}, max ${round(Math.max(...laters))})`,
);
console.log(`  messaging alone (get-findings): median ${round(median(messages))} ms`);
console.log(
  `  hover → card (120 ms hover delay included): first ${round(median(hoverFirsts))} ms [${hoverFirsts.map(round).join(', ')}], later ${round(median(hoverLaters))} ms`,
);
