/**
 * Real Firefox for the end-to-end tests: Debian's firefox-esr driven by puppeteer-core over
 * WebDriver BiDi (Playwright's own Firefox needs a patched build, and geckodriver from npm
 * downloads a binary). The Firefox test build (`npm run build:test:firefox`) is installed as a
 * temporary add-on; a pref fixes its UUID, so its pages have a known moz-extension:// address.
 */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as extensionApi } from 'wxt/browser';

// Functions passed to page.evaluate() on an extension page run there, where `browser` exists.
declare const browser: typeof extensionApi;

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The Firefox test build: the production manifest plus the loopback origins. */
export const FIREFOX_EXTENSION_PATH = path.join(ROOT, '.output/test/firefox-mv3');
export const GECKO_ID = 'plan-lens@plan-lens.dev';
/** Fixed by the `extensions.webextensions.uuids` pref; any UUID would do. */
export const EXTENSION_UUID = '6f1a3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a6b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets the driver open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'ja-JP, ja',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_PATH);
  return browser;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a value `accept` takes, or fails after `timeout` ms with the last
 * value seen (the assertion message then shows what the page did instead).
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (e) {
      error = e;
    }
    await sleep(150);
  }
  throw new Error(
    `timed out waiting for ${what}; last value ${JSON.stringify(last)}${error ? `; last error ${error}` : ''}`,
  );
}

/**
 * Opens one of the extension's pages in a new tab. goto may never resolve on moz-extension://
 * pages (the frame is replaced), so it is not awaited: document.readyState is polled instead.
 */
export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${file}`;
  page.goto(url).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => `${document.readyState} ${location.href}`),
    (state) => state === `complete ${url}`,
    `${file} to load`,
  );
  return page;
}

/** Opens a web page and waits for its load. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

// The extension's APIs, called from one of its own pages (`control`): Firefox gives a test no
// handle on the background page, but an extension page holds the same `browser` APIs and reaches
// the background with runtime.getBackgroundPage().

/** The id of the tab showing `url` (tabs.query cannot match a URL with a port in Firefox). */
export function tabIdOf(control: Page, url: string): Promise<number> {
  return control.evaluate(async (url) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? -1;
  }, url);
}

/** Sends a message to the content script of the tab showing `url` (top frame). */
export function sendToTab<T>(control: Page, url: string, message: unknown): Promise<T> {
  return control.evaluate(
    async (url, message) => {
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    url,
    message,
  ) as Promise<T>;
}

/** How many findings the page's content script reports; -1 while none answers. */
export async function findingsTotal(control: Page, url: string): Promise<number> {
  try {
    const reply = await sendToTab<{ total?: number } | undefined>(control, url, { type: 'get-findings' });
    return reply?.total ?? -1;
  } catch {
    return -1;
  }
}

/** The toolbar badge of the tab showing `url`: its text and background colour. */
export function badgeOf(control: Page, url: string): Promise<{ text: string; color: number[] }> {
  return control.evaluate(async (url) => {
    const tabs = await browser.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) return { text: '<no tab>', color: [] };
    const text = await browser.action.getBadgeText({ tabId: tab.id });
    const color = await browser.action.getBadgeBackgroundColor({ tabId: tab.id });
    return { text, color: [...color] as number[] };
  }, url);
}

/** Runs a background function the test build exposes as globalThis.planLensTest[name]. */
export function inBackground<T>(control: Page, name: string, ...args: unknown[]): Promise<T> {
  return control.evaluate(
    async (name, args) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as {
        planLensTest?: Record<string, (...a: unknown[]) => unknown>;
      } | null;
      const fn = background?.planLensTest?.[name];
      if (!fn) throw new Error(`the background exposes no planLensTest.${name}`);
      // Structured-clone the answer out of the background's compartment.
      return JSON.parse(JSON.stringify((await fn(...args)) ?? null));
    },
    name,
    args,
  ) as Promise<T>;
}

/** The dynamic content scripts registered for sites the reader turned on. */
export function registeredScripts(
  control: Page,
): Promise<{ id: string; matches?: string[]; js?: string[]; css?: string[] }[]> {
  return control.evaluate(async () =>
    JSON.parse(JSON.stringify(await browser.scripting.getRegisteredContentScripts())),
  );
}

/** How many ranges each Plan Lens highlight holds, read in the page's own (main) world. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('plan-lens-')) out[name] = highlight.size;
    return out;
  });
}

/** The on-screen centre of the first occurrence of `text` inside `selector`. */
export async function pointAt(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (selector, text) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }
      return null;
    },
    selector,
    text,
  );
  if (!point) throw new Error(`"${text}" not found in one text node of ${selector}`);
  return point;
}

/** What the popup sends after the permission prompt: turn a site on or off. */
export function setSiteEnabled(control: Page, origin: string, enabled: boolean): Promise<unknown> {
  return control.evaluate(
    (origin, enabled) => browser.runtime.sendMessage({ type: 'set-site-enabled', origin, enabled }),
    origin,
    enabled,
  );
}

/** Drops every dynamic registration, as a browser that lost them would. */
export async function unregisterAll(control: Page): Promise<void> {
  await control.evaluate(async () => {
    const ids = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
    if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
  });
}
