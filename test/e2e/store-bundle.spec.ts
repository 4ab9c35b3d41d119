import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The content script runs on every news page: design.md keeps zod out of it, and the card's UI
// (Preact) and the popup's search (fuse.js) live in extension pages. This reads what ships: both
// production builds (`npm run build`, `npm run build:firefox`). `npm run size` gives the bytes.
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Strings each package's minified code keeps (names it registers, option keys it reads). */
const SIGNATURES: Record<string, string[]> = {
  zod: ['$ZodType', 'ZodError'],
  preact: ['diffed', 'unmount'],
  'fuse.js': ['useExtendedSearch', 'ignoreLocation'],
};

async function builtScripts(build: string): Promise<Map<string, string>> {
  const dir = path.join(ROOT, '.output', build);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  const out = new Map<string, string>();
  for (const f of files) out.set(f, await readFile(path.join(dir, f), 'utf8'));
  return out;
}

const carries = (code: string, pkg: string) => (SIGNATURES[pkg] ?? []).every((s) => code.includes(s));

/**
 * Strings only the number checker's code holds (lib/numbers: the English number words, the 令和
 * era): content.js must not carry them, checker.js (loaded on pages about the plan) must.
 */
const CHECKER_MARKERS = ['thousand million billion trillion quadrillion', '令和'];

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build}: content.js carries no zod, preact or fuse.js, which other bundles of the build do`, async () => {
    const scripts = await builtScripts(build);
    const content = scripts.get(path.join('content-scripts', 'content.js'));
    expect(content, 'content-scripts/content.js').toBeDefined();
    for (const pkg of Object.keys(SIGNATURES)) {
      // The signatures find the package where it does ship: their absence below means something.
      const holders = [...scripts].filter(([, code]) => carries(code, pkg)).map(([file]) => file);
      expect(holders.length, `${pkg} is found in some bundle of ${build}`).toBeGreaterThan(0);
      expect(holders, `${pkg} in the content script`).not.toContain(
        path.join('content-scripts', 'content.js'),
      );
      expect(carries(content ?? '', pkg)).toBe(false);
    }
  });
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build}: content.js carries none of the checker, which checker.js carries and the manifest lets it load`, async () => {
    const scripts = await builtScripts(build);
    const content = scripts.get(path.join('content-scripts', 'content.js')) ?? '';
    const checker = scripts.get('checker.js');
    expect(checker, 'checker.js').toBeDefined();
    for (const marker of CHECKER_MARKERS) {
      expect(checker, `${marker} in checker.js`).toContain(marker);
      expect(content.includes(marker), `${marker} in content.js`).toBe(false);
    }
    // an ES module: the content script reads its default export, and sets no global
    expect(checker).toMatch(/export\s*\{[^}]*\bas default\b[^}]*\};?\s*$/);
    const manifest = JSON.parse(
      await readFile(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'),
    ) as {
      web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
    };
    const listed = (manifest.web_accessible_resources ?? []).filter((r) =>
      r.resources.includes('checker.js'),
    );
    expect(listed.map((r) => r.matches)).toEqual([['<all_urls>']]);
  });
}
