import { readFileSync } from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { assertSeedFileValid } from './lib/plan/validate';
import { renderPageData } from './lib/plan/write-page-data';
import { TEST_MATCHES } from './lib/sites';

/**
 * A test build (PLAN_LENS_TEST=1, `npm run build:test`) also runs on loopback origins so
 * Playwright can serve fixture pages. Production builds only ever match the news-site list.
 */
const isTestBuild = process.env.PLAN_LENS_TEST === '1';

/** Where a reader finds the source, the README and the issue tracker. */
const HOMEPAGE_URL = 'https://github.com/plan-lens/plan-lens';

export default defineConfig({
  // The test build goes to its own folder, so a production build beside it stays exactly what ships.
  outDir: isTestBuild ? '.output/test' : '.output',
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip` also writes the sources zip AMO asks for with a Firefox upload: the code that
  // builds the extension, without the test suites, their fixture pages and the benchmark pages.
  zip: {
    excludeSources: ['test/**', 'test-results/**', '.ci/**', 'playwright*.config.ts', 'vitest.config.ts'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Plan Lens',
    description: '__MSG_extDescription__',
    // Shown on both stores' listings and in the browsers' add-on pages.
    homepage_url: HOMEPAGE_URL,
    author: 'Plan Lens contributors',
    default_locale: 'ja',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Sites beyond the default news list are asked for one origin at a time, from the popup.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The card is an extension page the content script shows in an iframe (a page cannot read or
    // rewrite it). Plan Lens runs on any site the reader turns on, so any page may embed it.
    // checker.js is the number checker the content script imports on pages about the plan
    // (entrypoints/checker.ts); a page may fetch it too (it is public code), but the content
    // script's import runs in its own world and is never the page's instance.
    web_accessible_resources: [{ resources: ['card.html', 'checker.js'], matches: ['<all_urls>'] }],
    // Alt+Shift+N / Alt+Shift+P come back unassigned in Chromium 156 (commands.getAll shows empty
    // shortcuts); Alt+Shift+J / K are assigned in Chromium and free in Firefox. test/e2e/commands.spec.ts
    // checks that both keys are really given. Readers change them at chrome://extensions/shortcuts
    // or about:addons → ⚙ → Manage Extension Shortcuts.
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'plan-lens@plan-lens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // A broken seed fails the build, with a message naming the record and the field.
    'build:before': () => {
      const data = assertSeedFileValid(path.join(import.meta.dirname, 'seeds/plan.json'));
      // The content script's dataset is derived from the seed: a stale one would give other verdicts.
      for (const [file, text] of Object.entries(renderPageData(data))) {
        if (readFileSync(path.join(import.meta.dirname, file), 'utf8') !== text) {
          throw new Error(`${file} is stale: run \`npm run seeds:page\``);
        }
      }
    },
    // The lazily loaded checker (entrypoints/checker.ts) is an ES module, so the content script's
    // import() gets its API as the module's export, not through a global. Vite leaves an ES
    // library's whitespace unminified (for other bundlers to shake it): this one ships as is, so
    // it is minified as fully as the content script.
    'vite:build:extendConfig': (entrypoints, config) => {
      const build = config.build;
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'checker' || !build?.lib) return;
      build.lib.formats = ['es'];
      const output = build.rollupOptions?.output;
      if (output && !Array.isArray(output)) Object.assign(output, { minify: true, comments: false });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!isTestBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_MATCHES];
      }
      // Content-script matches do not let tabs.query see a tab's URL (the tests' badge helper
      // does), and the popup's permission prompt cannot be answered headless: test builds hold
      // loopback host permissions, with 127.0.0.2 standing for a site the reader turned on.
      manifest.host_permissions = [
        ...(manifest.host_permissions ?? []),
        ...TEST_MATCHES,
        'http://127.0.0.2/*',
      ];
    },
  },
});
