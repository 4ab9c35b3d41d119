import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Frame, Locator, Page, Worker } from '@playwright/test';
import { allFindings, type FindingsReply } from '../../lib/messages';
import { expect } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Sends a message to the content script in the tab showing `url` (top frame unless told). */
export async function sendToTab<T = unknown>(
  serviceWorker: Worker,
  url: string,
  message: unknown,
  frameId = 0,
): Promise<T> {
  return serviceWorker.evaluate(
    async ({ url, message, frameId }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return chrome.tabs.sendMessage(tab.id, message, { frameId });
    },
    { url, message, frameId },
  ) as Promise<T>;
}

/** The page's findings as the popup sees them; null while no content script answers. */
export async function findingsOf(serviceWorker: Worker, url: string): Promise<FindingsReply | null> {
  try {
    return await allFindings((from) =>
      sendToTab<unknown>(serviceWorker, url, { type: 'get-findings', from }),
    );
  } catch {
    return null;
  }
}

/** Waits until the page's scan has settled with at least `min` findings, and returns them. */
export async function settledFindings(serviceWorker: Worker, url: string, min = 1): Promise<FindingsReply> {
  let reply: FindingsReply | null = null;
  await expect
    .poll(
      async () => {
        reply = await findingsOf(serviceWorker, url);
        return reply?.total ?? -1;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(min);
  // One more idle period: the count must hold still.
  await new Promise((r) => setTimeout(r, 400));
  return (await findingsOf(serviceWorker, url)) as FindingsReply;
}

/** How many ranges each Plan Lens highlight holds, read from the page's own (main) world. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('plan-lens-')) out[name] = highlight.size;
    return out;
  });
}

/** The texts the page's highlights cover, by highlight name (main world). */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('plan-lens-')) continue;
      out[name] = [...highlight].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/**
 * Points the mouse at the first occurrence of `text` inside `selector`, arriving from just beside
 * it (a real pointer moves; one jump to the point may not count as entering the mark).
 */
export async function hoverText(page: Page, selector: string, text: string): Promise<void> {
  const { x, y } = await pointAt(page, selector, text);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
}

/** The on-screen centre of the first occurrence of `text` inside `selector` (main world). */
export async function pointAt(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let all = '';
      const nodes: { node: Text; start: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = (n as Text).parentElement;
        if (parent?.closest('rt, rp')) continue;
        nodes.push({ node: n as Text, start: all.length });
        all += (n as Text).data;
      }
      const at = all.indexOf(text);
      if (at === -1) return null;
      const locate = (offset: number) => {
        let i = nodes.length - 1;
        while (i > 0 && (nodes[i] as { start: number }).start > offset) i--;
        const { node, start } = nodes[i] as { node: Text; start: number };
        return { node, offset: Math.min(offset - start, node.data.length) };
      };
      const a = locate(at);
      const b = locate(at + text.length - 1);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset + 1);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    { selector, text },
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

const isCardFrame = (frame: Frame): boolean =>
  /^chrome-extension:\/\/[a-p]{32}\/card\.html/.test(frame.url());

/**
 * The card page's frame. The card is an extension page in an iframe inside a closed shadow root:
 * the page (and a CSS selector) cannot reach it, but the browser lists it among the page's frames.
 * It appears when a card first opens and is reused after that.
 */
export async function cardFrame(page: Page, timeout = 15_000): Promise<Frame> {
  await expect.poll(() => page.frames().some(isCardFrame), { timeout }).toBe(true);
  return page.frames().find(isCardFrame) as Frame;
}

/** The card's dialog, inside the card frame (waits for the frame to exist). */
export async function cardDialog(page: Page): Promise<Locator> {
  return (await cardFrame(page)).locator('[role="dialog"]');
}

/** The card's text, or null when no card is open. */
export async function cardText(page: Page): Promise<string | null> {
  const frame = page.frames().find(isCardFrame);
  if (!frame) return null;
  return frame.evaluate(() => {
    const card = document.getElementById('card')?.shadowRoot?.querySelector('.card');
    return card ? (card as HTMLElement).textContent : null;
  });
}

/** The element Plan Lens added under <html> for its card (its name is random), from the page's world. */
export function cardHostName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const known = new Set(['head', 'body']);
    const extra = [...document.documentElement.children].filter((el) => !known.has(el.localName));
    return extra.length === 1 ? (extra[0] as Element).localName : null;
  });
}

/** A second fixture server on another loopback address (a site Plan Lens does not run on). */
export async function startServerOn(
  host: string,
): Promise<{ url: (p: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(FIXTURES, path.normalize(pathname));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: (p) => `http://${host}:${address.port}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Expectations {
  mentions: string[];
  claims: { text: string; verdict: string }[];
  absent: string[];
  /** Markers of passages that must hold no finding at all (hidden, editable, form fields). */
  silent: string[];
}

/** The answers a fixture page carries in its <script id="expect">. */
export async function expectationsOf(page: Page): Promise<Expectations> {
  return JSON.parse((await page.locator('#expect').textContent()) ?? '{}') as Expectations;
}
