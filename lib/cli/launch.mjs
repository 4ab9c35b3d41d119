/**
 * `npm run -s check`: runs the terminal checker as built JavaScript, so no TypeScript compiler runs
 * at start (tsx costs about a second; the built bundle starts in a small fraction of that).
 *
 * The bundle is built ON DEMAND, not in postinstall: it is (re)built with esbuild (already in
 * node_modules as tsx's own compiler) whenever it is missing or older than any file under lib/ or
 * seeds/plan.json, so a fresh clone works right after `npm ci` and an edited checkout never runs a
 * stale checker. The check costs a few stat calls. The bundle lives in node_modules/.cache, which git
 * ignores. Written to a temporary name and renamed, so two checkers started at once cannot read half
 * a file.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'node_modules/.cache/plan-lens/check.mjs');

/** Newest modification time (ms) of the files the bundle is built from. */
function newestSource() {
  let newest = statSync(join(root, 'seeds/plan.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(root, 'lib'));
  return newest;
}

function isFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed: run `npm ci` first');
  }
  mkdirSync(dirname(bundle), { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [join(root, 'lib/cli/main.ts')],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      legalComments: 'none',
      minify: true,
    });
    renameSync(tmp, bundle);
  } catch (e) {
    rmSync(tmp, { force: true });
    const first = e?.errors?.[0];
    throw new Error(
      first ? `${first.text} (${first.location?.file ?? ''}:${first.location?.line ?? ''})` : String(e),
    );
  }
}

try {
  if (!isFresh()) await build();
} catch (e) {
  process.stderr.write(
    `plan-lens: cannot build the checker: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
}
process.env.PLAN_LENS_ROOT = root;
await import(pathToFileURL(bundle).href);
