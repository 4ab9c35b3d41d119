/**
 * In-page scripts, bundled with esbuild into IIFEs the benchmark injects into each page: the
 * baselines' harness, and Plan Lens's own scan (the very modules the content script runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from './build';

/** Vite's `?raw` and `?inline` imports: stylesheets as text (the card's, and the one the page adopts). */
const rawImports: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?(?:raw|inline)$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?(?:raw|inline)$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

async function iife(entry: string, format: 'iife' | 'esm' = 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format,
    platform: 'browser',
    target: 'chrome120',
    write: false,
    // Whitespace and syntax minified as Vite does; identifiers kept, so a CPU profile of the page
    // names the content script's own functions.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // As Vite writes it: Japanese stays UTF-8 (3 bytes a character), not \\u escapes (6).
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    // The scan code is driven directly: the extension APIs it may import are stubbed.
    alias: { '#imports': path.join(ROOT, 'test/bench/page/imports-stub.ts') },
    define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.DEV': 'false' },
    plugins: [rawImports],
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

export interface PageScripts {
  harness: string;
  planLens: string;
  /** The number checker, an ES module the Session imports once the page is about the plan. */
  checker: string;
  markjs: string;
}

export async function bundlePageScripts(): Promise<PageScripts> {
  const [harness, planLens, checker] = await Promise.all([
    iife('test/bench/page/harness.ts'),
    iife('test/bench/page/plan-lens.ts'),
    iife('test/bench/page/checker-entry.ts', 'esm'),
  ]);
  const markjs = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  return { harness, planLens, checker, markjs };
}

/**
 * What the content script is made of: the entry bundled and minified by esbuild (close to Vite's
 * output), its bytes grouped by where they come from (seeds/plan.json, a package, a lib/ folder…).
 */
export async function contentComposition(): Promise<Array<{ group: string; bytes: number }>> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'entrypoints/content/index.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    outdir: path.join(ROOT, '.output/bench-composition'),
    minify: true,
    metafile: true,
    legalComments: 'none',
    // As Vite writes it: Japanese stays UTF-8 (3 bytes a character), not \\u escapes (6).
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    alias: { '#imports': path.join(ROOT, 'test/bench/page/composition-stub.ts') },
    plugins: [rawImports],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const groups = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const raw = input.replace(/^raw:/, '');
      const rel = path.isAbsolute(raw) ? path.relative(ROOT, raw) : raw;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
      const group = pkg
        ? `node_modules/${pkg[1]}`
        : rel.startsWith('seeds/') || rel.startsWith('test/')
          ? rel
          : rel.split('/').slice(0, 2).join('/');
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...groups.entries()].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
}
