import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The test build (`npm run build:test`): the production manifest plus loopback origins. */
export const EXTENSION_PATH = path.join(ROOT, '.output/test/chrome-mv3');
const FIXTURES = path.join(ROOT, 'test/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Extra response headers for one fixture page (a strict CSP page, for example). */
const HEADERS: Record<string, Record<string, string>> = {
  '/csp-strict.html': { 'content-security-policy': "default-src 'none'" },
  '/pages/csp-strict.html': { 'content-security-policy': "default-src 'none'" },
};

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/ on a loopback port picked by the OS. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(FIXTURES, path.normalize(pathname));
    if (!file.startsWith(FIXTURES)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        ...(HEADERS[pathname] ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (pathname) => `${origin}/${pathname.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Open keep-alive sockets would hold close() forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Chromium with the built extension loaded, headless, from Debian's package. */
export async function launchWithExtension(): Promise<{
  context: BrowserContext;
  cleanup: () => Promise<void>;
}> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'plan-lens-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--no-sandbox',
    ],
  });
  return {
    context,
    cleanup: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  // The worker may start between the look and the wait, so look again after each short wait
  // instead of waiting once for an event that may already have fired.
  for (let attempt = 0; attempt < 6; attempt++) {
    const existing = context.serviceWorkers()[0];
    if (existing) return existing;
    const started = await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => null);
    if (started) return started;
  }
  throw new Error('the extension’s service worker did not start');
}

interface Fixtures {
  /**
   * Run in the worker's one browser instead of a browser of the test's own (set per file or per
   * describe with `test.use({ shareBrowser: true })`). Only for tests that change nothing that
   * outlives their pages: no settings, no site switches, no permissions. Starting Chromium with
   * the extension costs about 2 s a test, a fifth of the suite's time.
   */
  shareBrowser: boolean;
  server: FixtureServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup page as a tab, at the popup's size. */
  openPopup: (query?: string) => Promise<Page>;
}

interface WorkerFixtures {
  /** The browser the tests with `shareBrowser` run in, started on first use, closed with the worker. */
  sharedBrowser: { context(): Promise<BrowserContext> };
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  shareBrowser: [false, { option: true }],
  sharedBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
    async ({}, use) => {
      const started: { browser?: ReturnType<typeof launchWithExtension> } = {};
      await use({
        context: async () => {
          started.browser ??= launchWithExtension();
          return (await started.browser).context;
        },
      });
      if (started.browser) await (await started.browser).cleanup();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  context: async ({ shareBrowser, sharedBrowser }, use) => {
    if (!shareBrowser) {
      const { context, cleanup } = await launchWithExtension();
      await use(context);
      await cleanup();
      return;
    }
    const context = await sharedBrowser.context();
    const before = new Set(context.pages());
    await use(context);
    // the next test starts with the tabs this one found: every page it opened is closed
    await Promise.all(context.pages().map((page) => (before.has(page) ? undefined : page.close())));
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    // The extension id is the host of the service worker's URL.
    await use(new URL(serviceWorker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (query = '') => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** The badge text the background set for the tab showing `url`. */
export async function badgeFor(
  serviceWorker: Worker,
  url: string,
): Promise<{ text: string; color: number[] }> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (!tab?.id) return { text: '<no tab>', color: [] };
    const text = await chrome.action.getBadgeText({ tabId: tab.id });
    const color = await chrome.action.getBadgeBackgroundColor({ tabId: tab.id });
    return { text, color: color as unknown as number[] };
  }, url);
}
