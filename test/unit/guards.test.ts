/**
 * Static guards on the shipped source (entrypoints/, components/, lib/): no eval, no Function
 * constructor, no remote scripts, no HTML-string sinks. And the lint rule that backs them up is on.
 * Comments are stripped before scanning, so prose that names a sink does not trip the guard.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSeedFileValid } from '../../lib/plan/validate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['entrypoints', 'components', 'lib'];
const EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|html)$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (EXTENSIONS.test(entry.name)) out.push(full);
  }
  return out;
}

/** Source with comments blanked out (strings kept: a sink inside a string literal still counts). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SOURCES = DIRS.flatMap((d) => filesUnder(path.join(ROOT, d))).map((file) => ({
  file: path.relative(ROOT, file),
  text: withoutComments(readFileSync(file, 'utf8')),
}));

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'eval(', pattern: /(^|[^\w.])eval\s*\(/ },
  { name: 'new Function(', pattern: /new\s+Function\s*\(/ },
  { name: 'setTimeout/setInterval with a string', pattern: /set(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'innerHTML', pattern: /\.innerHTML\b/ },
  { name: 'outerHTML', pattern: /\.outerHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'DOMParser', pattern: /new\s+DOMParser\b/ },
  { name: 'remote <script src>', pattern: /<script[^>]+src\s*=\s*['"]?(?:https?:)?\/\//i },
  { name: 'remote import', pattern: /\bimport\s*\(\s*['"`](?:https?:)?\/\//i },
  { name: 'importScripts', pattern: /\bimportScripts\s*\(/ },
];

const NETWORK: { name: string; pattern: RegExp }[] = [
  { name: 'fetch(', pattern: /(^|[^\w.])fetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /XMLHttpRequest/ },
  { name: 'WebSocket', pattern: /new\s+WebSocket\b/ },
  { name: 'EventSource', pattern: /new\s+EventSource\b/ },
  { name: 'sendBeacon', pattern: /sendBeacon/ },
];

describe('static guards on the shipped source', () => {
  it('finds the source files', () => {
    expect(SOURCES.length).toBeGreaterThan(30);
    expect(SOURCES.some((s) => s.file.startsWith('entrypoints/content/'))).toBe(true);
  });

  for (const { name, pattern } of FORBIDDEN) {
    it(`has no ${name}`, () => {
      const hits = SOURCES.filter((s) => pattern.test(s.text)).map((s) => s.file);
      expect(hits).toEqual([]);
    });
  }

  it('makes no network calls outside the Node-only CLI (which reads files, not URLs)', () => {
    const hits = SOURCES.filter((s) => !s.file.startsWith('lib/cli/')).flatMap((s) =>
      NETWORK.filter(({ pattern }) => pattern.test(s.text)).map(({ name }) => `${s.file}: ${name}`),
    );
    expect(hits).toEqual([]);
  });

  it('loads no remote script or stylesheet in the extension pages', () => {
    for (const s of SOURCES.filter((f) => f.file.endsWith('.html'))) {
      expect(s.text, s.file).not.toMatch(/<(?:script|link)[^>]+(?:src|href)\s*=\s*['"]?(?:https?:)?\/\//i);
    }
  });

  it('the scanner itself catches what it guards against', () => {
    const sample = withoutComments("el.innerHTML = x; // ok\n/* eval( */ new Function('a')");
    expect(FORBIDDEN.find((f) => f.name === 'innerHTML')?.pattern.test(sample)).toBe(true);
    expect(FORBIDDEN.find((f) => f.name === 'new Function(')?.pattern.test(sample)).toBe(true);
    expect(FORBIDDEN.find((f) => f.name === 'eval(')?.pattern.test(sample)).toBe(false);
  });
});

describe('lint configuration', () => {
  it("Biome's noDangerouslySetInnerHtml is an error", () => {
    const biome = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
    expect(biome.linter.enabled).toBe(true);
    expect(biome.linter.rules.security.noDangerouslySetInnerHtml).toBe('error');
  });
});

describe('the build refuses a broken dataset', () => {
  // The build reads seeds/plan.json at a fixed path (wxt.config.ts, build:before) and takes no
  // env var to point it elsewhere, so this drives the very function the build calls on a broken
  // copy of the real seed instead of running a whole build.
  it('assertSeedFileValid throws on a broken copy of the real seed', () => {
    const seed = JSON.parse(readFileSync(path.join(ROOT, 'seeds/plan.json'), 'utf8'));
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-lens-seed-'));
    try {
      const broken = structuredClone(seed);
      broken.figures[0].sources = [{ sourceId: 'no-such-source', quote: 'x' }];
      broken.figures.push(structuredClone(broken.figures[1]));
      broken.figures[2].value = 'not a number';
      const file = path.join(dir, 'plan.json');
      writeFileSync(file, JSON.stringify(broken));
      expect(() => assertSeedFileValid(file)).toThrow(/problem\(s\) in the dataset/);
      writeFileSync(file, '{ not json');
      expect(() => assertSeedFileValid(file)).toThrow(/cannot read the dataset/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
