/**
 * `npm run size`: how big the content script is (it loads on every news page), against design.md's
 * budget (under 100 KB minified, no zod), and what it is made of.
 *
 * Builds the production extension with source maps into .output/size (the shipped build in
 * .output/chrome-mv3 is left alone), then prints content.js's minified and gzip bytes and the
 * modules that take the most of it, attributed byte by byte through the source map. Exits 1 when
 * zod, preact or fuse.js is inside the content script. Being over the byte budget is reported,
 * not failed: the figure is for a person to act on.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'wxt';
import {
  bytesByArea,
  bytesByModule,
  bytesBySource,
  CONTENT_BUDGET,
  forbiddenPackages,
  type SourceMap,
  sizeOf,
  withoutMapComment,
} from './size-checks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output/size');
const CONTENT = path.join(OUT, 'chrome-mv3/content-scripts/content.js');
const TOP = Number(process.argv[2] ?? 25);

rmSync(OUT, { recursive: true, force: true });
await build({ root: ROOT, outDir: OUT, vite: () => ({ build: { sourcemap: true } }) });

const code = readFileSync(CONTENT, 'utf8');
const map = JSON.parse(readFileSync(`${CONTENT}.map`, 'utf8')) as SourceMap;
// Sources are relative to the map's folder: made relative to the project root.
const sources = map.sources.map((s) => path.relative(ROOT, path.resolve(path.dirname(CONTENT), s)));
const shippedCode = withoutMapComment(code);
const shipped = sizeOf(shippedCode);
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

console.log('\ncontent script (.output/chrome-mv3/content-scripts/content.js as `npm run build` makes it)');
console.log(`  minified: ${shipped.minified} bytes (${kb(shipped.minified)})`);
console.log(`  gzip -9:  ${shipped.gzip} bytes (${kb(shipped.gzip)})`);
const over = shipped.minified - CONTENT_BUDGET;
console.log(
  over < 0
    ? `  budget:   under ${kb(CONTENT_BUDGET)} by ${-over} bytes`
    : `  budget:   OVER ${kb(CONTENT_BUDGET)} by ${over} bytes`,
);

const bySource = bytesBySource(shippedCode, { ...map, sources });
const share = (bytes: number) => `${((100 * bytes) / shipped.minified).toFixed(1).padStart(5)}%`;
console.log('\nby part of the code base (minified bytes):');
for (const [area, bytes] of [...bytesByArea(bySource)].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(bytes).padStart(7)} ${share(bytes)}  ${area}`);
}
const modules = [...bytesByModule(bySource)].sort((a, b) => b[1] - a[1]);
console.log(`\nlargest contributors (minified bytes; ${modules.length} in all):`);
for (const [name, bytes] of modules.slice(0, TOP)) {
  console.log(`  ${String(bytes).padStart(7)} ${share(bytes)}  ${name}`);
}
// The page dataset is inlined as an object literal about as long as its compact JSON.
const pageData = Buffer.byteLength(
  JSON.stringify(JSON.parse(readFileSync(path.join(ROOT, 'seeds/plan.page.json'), 'utf8'))),
);
console.log(
  `  of the unmapped bytes, seeds/plan.page.json as compact JSON: ${pageData} (${share(pageData)})`,
);

const forbidden = forbiddenPackages(sources);
if (forbidden.length > 0) {
  console.log(`\n✗ the content script carries ${forbidden.join(', ')}`);
  process.exit(1);
}
console.log('\n✓ no zod, preact or fuse.js in the content script');
