/**
 * Store-ready: `npm run zip` makes the Chrome and Firefox zips, each with manifest.json at its root
 * (read from the zip's central directory; no unzip needed), and `web-ext lint` finds no errors in
 * the Firefox build, with only the known warnings left.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { note } from './reliability-helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, '.output');

/** The file names in a zip's central directory. */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error(`${file}: no end of central directory`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

test('npm run zip makes Chrome and Firefox zips with a manifest at the root', () => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
  const zips = readdirSync(OUTPUT).filter((f) => f.endsWith('.zip'));
  const chrome = zips.find((f) => f.endsWith('-chrome.zip'));
  const firefox = zips.find((f) => f.endsWith('-firefox.zip'));
  expect(chrome).toBeDefined();
  expect(firefox).toBeDefined();
  for (const zip of [chrome, firefox] as string[]) {
    const entries = zipEntries(path.join(OUTPUT, zip));
    note(zip, { entries: entries.length });
    expect(entries).toContain('manifest.json');
    expect(entries).toContain('background.js');
    expect(entries.some((e) => e.startsWith('content-scripts/'))).toBe(true);
    // Nothing from the test build or the source tree slips in.
    expect(entries.some((e) => e.includes('test/') || e.endsWith('.ts') || e.endsWith('.map'))).toBe(false);
    const manifest = JSON.parse(
      execFileSync(
        'node',
        [
          '-e',
          'process.stdout.write(require("fs").readFileSync(process.argv[1],"utf8"))',
          path.join(OUTPUT, zip.includes('firefox') ? 'firefox-mv3' : 'chrome-mv3', 'manifest.json'),
        ],
        { encoding: 'utf8' },
      ),
    );
    expect(manifest.manifest_version).toBe(3);
  }
});

test('web-ext lint: no errors; the only warnings are Preact’s innerHTML path and the checker’s import', () => {
  test.setTimeout(120_000);
  const out = execFileSync(
    'npx',
    [
      'web-ext',
      'lint',
      '--source-dir',
      path.join(OUTPUT, 'firefox-mv3'),
      '--output',
      'json',
      '--no-config-discovery',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 110_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const report = JSON.parse(out.slice(out.indexOf('{'))) as {
    summary: { errors: number; warnings: number; notices: number };
    warnings: { code: string; file: string; message: string }[];
  };
  note('web-ext lint', {
    summary: report.summary,
    warnings: report.warnings.map((w) => `${w.code} ${w.file}: ${w.message}`),
  });
  expect(report.summary.errors).toBe(0);
  // Known: Preact's diff assigns innerHTML for dangerouslySetInnerHTML (which no component uses,
  // and Biome forbids); it is in every bundle that renders Preact (the content script, the popup
  // and options chunk). Anything else is new and must be looked at.
  // Known too: the content script imports checker.js by the URL runtime.getURL gives (a literal
  // path would resolve against the page's address in Firefox); the linter cannot see it is ours.
  for (const w of report.warnings) {
    expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    if (/import/.test(w.message)) {
      expect(w.message).toMatch(/Unsafe call to import/);
      expect(w.file).toBe('content-scripts/content.js');
      continue;
    }
    expect(w.message).toMatch(/innerHTML/);
    // Preact's runtime lands in a shared chunk (named after one of its users by the bundler).
    expect(w.file).toMatch(/^(content-scripts\/content\.js|chunks\/(jsxRuntime|i18n)-[\w-]+\.js)$/);
  }
});
