/**
 * The extension build the benchmark measures: rebuilt when missing, stale or a test build, and
 * the sizes of its content script, popup and background bundles (minified and gzipped).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'components', 'lib', 'seeds', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why the build must be redone, or null when .output/chrome-mv3 is the store build of this tree. */
function staleReason(): string | null {
  const manifestPath = path.join(OUT, 'manifest.json');
  if (!existsSync(manifestPath)) return 'no build';
  const manifest = readFileSync(manifestPath, 'utf8');
  // A test build (PLAN_LENS_TEST=1) adds loopback origins; the budget is about the store build.
  if (/127\.0\.0\.1|localhost/.test(manifest)) return 'test build';
  const builtAt = statSync(manifestPath).mtimeMs;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return changedAt > builtAt ? 'sources changed since the build' : null;
}

/** Runs `wxt build` unless the current build is fresh; returns what was done, for the report. */
export function ensureBuild(force: boolean): string {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return 'build up to date';
  const env = { ...process.env };
  delete env.PLAN_LENS_TEST;
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, env, stdio: 'pipe' });
  return `built (${reason})`;
}

export interface BundleSizes {
  contentMin: number;
  contentGzip: number;
  /** checker.js, which a page loads only once it is about the plan (or for a selection check). */
  checkerMin: number;
  checkerGzip: number;
  popupMin: number;
  popupGzip: number;
  backgroundMin: number;
  backgroundGzip: number;
  /** true when the content script contains the string "zod" (it must not carry zod). */
  contentHasZod: boolean;
}

/** A JS file and every chunk it imports, followed transitively (Vite's relative chunk imports). */
function withImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(path.resolve(path.dirname(file), m[1] as string), seen);
  }
}

/** The scripts popup.html loads: its module scripts, modulepreloads and their imports. */
function popupFiles(): string[] {
  const html = readFileSync(path.join(OUT, 'popup.html'), 'utf8');
  const seen = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)) {
    const ref = m[1] as string;
    withImports(path.join(OUT, ref.startsWith('/') ? ref.slice(1) : ref), seen);
  }
  return [...seen];
}

function sizes(files: string[]): [number, number] {
  let min = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    min += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return [min, gz];
}

export function bundleSizes(): BundleSizes {
  const content = path.join(OUT, 'content-scripts/content.js');
  const [contentMin, contentGzip] = sizes([content]);
  const [checkerMin, checkerGzip] = sizes([path.join(OUT, 'checker.js')]);
  const [popupMin, popupGzip] = sizes(popupFiles());
  const [backgroundMin, backgroundGzip] = sizes([path.join(OUT, 'background.js')]);
  const contentHasZod = /zod/i.test(readFileSync(content, 'utf8'));
  return {
    contentMin,
    contentGzip,
    checkerMin,
    checkerGzip,
    popupMin,
    popupGzip,
    backgroundMin,
    backgroundGzip,
    contentHasZod,
  };
}
