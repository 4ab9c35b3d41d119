/**
 * `npm run size`: how big the content script is (it loads on every news page), against design.md's
 * budget (under 100 KB minified, no zod), and what it is made of; then the same for checker.js,
 * the number checker it loads only on pages about the plan, and the two together.
 *
 * Builds the production extension with source maps into .output/size (the shipped build in
 * .output/chrome-mv3 is left alone), then prints each file's minified and gzip bytes and the
 * modules that take the most of it, attributed byte by byte through the source map. Exits 1 when
 * zod, preact or fuse.js is inside either, or the checker's code (lib/numbers, the rules) is inside
 * the content script. Being over the byte budget is reported, not failed: the figure is for a
 * person to act on.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'wxt';
import {
  bytesByArea,
  bytesByModule,
  bytesBySource,
  CONTENT_BUDGET,
  checkerAreas,
  forbiddenPackages,
  type SizeFigures,
  type SourceMap,
  sizeOf,
  withoutMapComment,
} from './size-checks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output/size');
const CONTENT = path.join(OUT, 'chrome-mv3/content-scripts/content.js');
const CHECKER = path.join(OUT, 'chrome-mv3/checker.js');
const TOP = Number(process.argv[2] ?? 25);

rmSync(OUT, { recursive: true, force: true });
await build({ root: ROOT, outDir: OUT, vite: () => ({ build: { sourcemap: true } }) });

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Prints one built file's bytes and what they are made of; returns its sizes and sources. */
function report(file: string, title: string): { size: SizeFigures; sources: string[]; withBytes: string[] } {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
  // Sources are relative to the map's folder: made relative to the project root.
  const sources = map.sources.map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)));
  const shippedCode = withoutMapComment(code);
  const size = sizeOf(shippedCode);
  console.log(`\n${title}`);
  console.log(`  minified: ${size.minified} bytes (${kb(size.minified)})`);
  console.log(`  gzip -9:  ${size.gzip} bytes (${kb(size.gzip)})`);
  const bySource = bytesBySource(shippedCode, { ...map, sources });
  const share = (bytes: number) => `${((100 * bytes) / size.minified).toFixed(1).padStart(5)}%`;
  console.log('  by part of the code base (minified bytes):');
  for (const [area, bytes] of [...bytesByArea(bySource)].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${String(bytes).padStart(7)} ${share(bytes)}  ${area}`);
  }
  const modules = [...bytesByModule(bySource)].sort((a, b) => b[1] - a[1]);
  console.log(`  largest contributors (minified bytes; ${modules.length} in all):`);
  for (const [name, bytes] of modules.slice(0, TOP)) {
    console.log(`    ${String(bytes).padStart(7)} ${share(bytes)}  ${name}`);
  }
  // A source map may list a module the bundler shook out entirely: only code that ships counts.
  const withBytes = [...bySource].filter(([, bytes]) => bytes > 0).map(([source]) => source);
  return { size, sources, withBytes };
}

/** A generated dataset file as the bundle inlines it: an object literal about as long as its compact JSON. */
const jsonBytes = (file: string) =>
  Buffer.byteLength(JSON.stringify(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))));

const content = report(
  CONTENT,
  'content script (.output/chrome-mv3/content-scripts/content.js as `npm run build` makes it): on every page',
);
console.log(
  `  of the unmapped bytes, seeds/plan.page-terms.json as compact JSON: ${jsonBytes('seeds/plan.page-terms.json')}`,
);
const over = content.size.minified - CONTENT_BUDGET;
console.log(
  over < 0
    ? `  budget:   under ${kb(CONTENT_BUDGET)} by ${-over} bytes`
    : `  budget:   OVER ${kb(CONTENT_BUDGET)} by ${over} bytes`,
);

const checker = report(
  CHECKER,
  'checker (.output/chrome-mv3/checker.js): loaded only on pages about the plan, or for a selection check',
);
console.log(
  `  of the unmapped bytes, seeds/plan.page.json as compact JSON: ${jsonBytes('seeds/plan.page.json')}`,
);

const sum = (k: keyof SizeFigures) => content.size[k] + checker.size[k];
console.log('\nboth, as a page about the plan loads them (content.js + checker.js)');
console.log(`  minified: ${sum('minified')} bytes (${kb(sum('minified'))})`);
console.log(`  gzip -9:  ${sum('gzip')} bytes (${kb(sum('gzip'))}), each file compressed on its own`);

let failed = false;
for (const [name, sources] of [
  ['content script', content.sources],
  ['checker', checker.sources],
] as const) {
  const forbidden = forbiddenPackages(sources);
  if (forbidden.length > 0) {
    console.log(`\n✗ the ${name} carries ${forbidden.join(', ')}`);
    failed = true;
  }
}
// The point of the split: a page that never mentions the plan loads none of the checker's code.
const checkerOnly = checkerAreas(content.withBytes);
if (checkerOnly.length > 0) {
  console.log(`\n✗ the content script carries the checker's code: ${checkerOnly.join(', ')}`);
  failed = true;
}
if (failed) process.exit(1);
console.log('\n✓ no zod, preact or fuse.js in either file, and none of the checker in the content script');
