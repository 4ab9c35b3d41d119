/**
 * The sources zip AMO asks for with a Firefox upload (`npm run zip` writes it beside the Firefox
 * zip): it holds what builds the extension and nothing of the test suites (fixture pages, bench
 * pages), and a build from it alone gives byte for byte the Firefox build that ships, as AMO's
 * reviewers check.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, '.output');

/** Every file of a zip: name → content (stored or deflated entries, as zip tools write). */
function unzip(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error(`${file}: no end of central directory`);
  const files = new Map<string, Buffer>();
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** Every file under `dir`, relative path → sha256. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

test('the sources zip leaves out the tests and builds the Firefox zip’s exact files', () => {
  test.setTimeout(240_000);
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 170_000,
  });
  const name = readdirSync(OUTPUT).find((f) => f.endsWith('-sources.zip'));
  expect(name).toBeDefined();
  const sources = unzip(path.join(OUTPUT, name as string));
  const names = [...sources.keys()];
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'seeds/plan.json',
    'README.md',
  ]) {
    expect(names).toContain(needed);
  }
  expect(names.some((n) => n.startsWith('entrypoints/content/'))).toBe(true);
  // No test suites, fixture or bench pages, CI script, build output or installed packages.
  const unwanted = names.filter((n) => /^(test|test-results|\.ci|\.output|node_modules|\.wxt)\//.test(n));
  expect(unwanted).toEqual([]);
  expect(names.filter((n) => n.endsWith('.html') && !n.startsWith('entrypoints/'))).toEqual([]);

  // A reviewer's build: the zip's files alone, with the locked packages installed (linked here:
  // npm ci would need the network).
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-lens-sources-'));
  try {
    for (const [file, content] of sources) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 170_000,
      env: { ...process.env, PLAN_LENS_TEST: '' },
    });
    expect(digests(path.join(dir, '.output/firefox-mv3'))).toEqual(digests(path.join(OUTPUT, 'firefox-mv3')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
