import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { parseArgs } from '../../../lib/cli/args';
import { formatClaim } from '../../../lib/cli/format';
import { decodeInput, InputError, MAX_BYTES } from '../../../lib/cli/input';
import { type CliIO, run } from '../../../lib/cli/run';

const ROOT = join(__dirname, '../../..');
const FIXTURE = join(ROOT, 'test/fixtures/articles/ja-wrong.txt');

async function cli(
  argv: string[],
  opts: { stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> } = {},
) {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    stdin: async function* () {
      if (opts.stdin !== undefined) yield opts.stdin;
    },
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
  };
  const code = await run(argv, io);
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'plan-lens-cli-'));

describe('parseArgs', () => {
  it('reads --json, FILE, - and --', () => {
    expect(parseArgs(['--json', 'a.txt'])).toEqual({
      ok: true,
      args: { json: true, help: false, file: 'a.txt', date: null },
    });
    expect(parseArgs(['-'])).toMatchObject({ ok: true, args: { file: '-' } });
    expect(parseArgs(['--', '--json'])).toMatchObject({ ok: true, args: { file: '--json', json: false } });
    expect(parseArgs([])).toMatchObject({ ok: true, args: { file: null } });
  });
  it('reads --date YYYY-MM-DD and --date=YYYY-MM-DD, and refuses what is not a calendar day', () => {
    expect(parseArgs(['--date', '2025-12-24', 'a.txt'])).toMatchObject({
      ok: true,
      args: { date: '2025-12-24', file: 'a.txt' },
    });
    expect(parseArgs(['--date=2026-01-05'])).toMatchObject({ ok: true, args: { date: '2026-01-05' } });
    expect(parseArgs(['--date'])).toMatchObject({ ok: false });
    expect(parseArgs(['--date', '2025-02-30'])).toMatchObject({ ok: false });
    expect(parseArgs(['--date', '12/24/2025'])).toMatchObject({ ok: false });
  });
  it('refuses unknown options and a second file', () => {
    expect(parseArgs(['--jsn'])).toMatchObject({ ok: false });
    expect(parseArgs(['a', 'b'])).toMatchObject({ ok: false });
  });
});

describe('run (injected I/O)', () => {
  it('--json prints exactly the contract shape, with offsets into the checked text', async () => {
    const { code, out, err } = await cli(['--json', FIXTURE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['mentions', 'claims']);
    for (const m of json.mentions) expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'termId']);
    for (const c of json.claims) {
      expect(Object.keys(c)).toEqual([
        'start',
        'end',
        'text',
        'verdict',
        'figureId',
        'official',
        'explanation',
      ]);
      expect(typeof c.explanation).toBe('string');
    }
    expect(json.claims.map((c: { verdict: string }) => c.verdict)).toContain('mismatch');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(FIXTURE, 'utf8');
    for (const s of [...json.mentions, ...json.claims]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('checks the bundled sample with no FILE, for a person, one finding a line and a summary', async () => {
    const { code, out } = await cli([]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.some((l) => l.startsWith('[一致 / Match]'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[不一致 / Mismatch]') && l.includes('2兆円'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[既知の誤り / Known misstatement]') && l.includes('7本柱'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('[計画に記載なし / Not in the plan]'))).toBe(true);
    expect(out).not.toContain('3,500円】');
    expect(out).toContain('首相発言');
    expect(lines.at(-1)).toMatch(/^数値 \d+ 件/);
    expect(out).not.toContain('\u001b[');
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    expect((await cli([FIXTURE], { isTTY: true })).out).toContain('\u001b[');
    expect((await cli([FIXTURE], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('reads stdin with -, plain text and HTML', async () => {
    const plain = await cli(['--json', '-'], { stdin: 'AI基本計画では当面1兆円超を投資する。' });
    expect(JSON.parse(plain.out).claims[0]).toMatchObject({ text: '1兆円超', verdict: 'match' });
    const html = await cli(['--json', '-'], {
      stdin:
        '<html><body><script>AI基本計画 2兆円投資</script><p>AI基本計画では当面<b>1兆円超</b>を投資する。</p></body></html>',
    });
    const json = JSON.parse(html.out);
    expect(json.claims).toHaveLength(1);
    expect(json.claims[0]).toMatchObject({ text: '1兆円超', start: 10 });
  });

  it('says so when the text is not about the plan', async () => {
    const { code, out } = await cli(['-'], { stdin: '平賀源内は江戸時代の発明家だ。' });
    expect(code).toBe(0);
    expect(out).toContain('Not about the AI Basic Plan');
  });

  const bad: Array<[string, () => Promise<{ code: number; out: string; err: string }>, RegExp]> = [
    ['a missing file', () => cli([join(tmp, 'nope.txt')]), /no such file/],
    ['a directory', () => cli([tmp]), /is a directory/],
    [
      'a binary file',
      () => {
        const p = join(tmp, 'bin.dat');
        writeFileSync(p, Buffer.from([0x41, 0x00, 0x42]));
        return cli([p]);
      },
      /binary/,
    ],
    [
      'invalid UTF-8',
      () => {
        const p = join(tmp, 'latin1.txt');
        writeFileSync(p, Buffer.from([0x41, 0xe9, 0x42]));
        return cli([p]);
      },
      /not valid UTF-8/,
    ],
    [
      'invalid UTF-8 on stdin',
      () => cli(['-'], { stdin: new Uint8Array([0x41, 0xc3, 0x28, 0xfd]) }),
      /not valid UTF-8/,
    ],
    ['an unknown option', () => cli(['--frobnicate']), /unknown option/],
    [
      'a date that is not a day',
      () => cli(['--date', '2025-13-01', '-'], { stdin: 'x' }),
      /not a calendar day/,
    ],
    [
      'UTF-16 without a BOM',
      () => cli(['-'], { stdin: new Uint8Array(Buffer.from('AI基本計画', 'utf16le')) }),
      /binary.*BOM/,
    ],
    [
      'UTF-16 with a BOM and an odd byte count',
      () => cli(['-'], { stdin: new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]) }),
      /not valid UTF-16LE/,
    ],
  ];
  for (const [name, go, message] of bad) {
    it(`bad input: ${name} → one line on stderr, exit 2`, async () => {
      const { code, out, err } = await go();
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/\n\s+at /);
    });
  }

  it('reads UTF-16 with a BOM, little- and big-endian, like UTF-8', async () => {
    const text = 'AI基本計画は官民で1兆円超の投資を見込む。';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let k = 0; k < be.length; k += 2) [be[k], be[k + 1]] = [be[k + 1] as number, be[k] as number];
    const want = await cli(['--json', '-'], { stdin: text });
    for (const bytes of [le, be]) {
      const got = await cli(['--json', '-'], { stdin: new Uint8Array(bytes) });
      expect(got.code).toBe(0);
      expect(got.out).toBe(want.out);
      expect(JSON.parse(got.out).mentions[0].text).toBe('AI基本計画');
    }
  });

  it('takes the article date from --date, else from the HTML metadata, and says which it used', async () => {
    const html =
      '<html><head><meta property="article:published_time" content="2025-12-24T09:00:00+09:00"></head>' +
      '<body><p>AI基本計画は23日に閣議決定された。</p></body></html>';
    expect((await cli(['-'], { stdin: html })).out).toContain('article date 2025-12-24');
    expect((await cli(['--date', '2026-01-02', '-'], { stdin: html })).out).toContain(
      'article date 2026-01-02',
    );
    expect((await cli(['-'], { stdin: 'AI基本計画は23日に閣議決定された。' })).out).not.toContain(
      'article date',
    );
  });

  it('refuses input over 20 MB', () => {
    expect(() => decodeInput(new Uint8Array(MAX_BYTES + 1), 'big')).toThrow(InputError);
    expect(() => decodeInput(new Uint8Array(MAX_BYTES + 1), 'big')).toThrow(/too large/);
  });
});

describe('npm run check (real processes)', () => {
  // The `check` script itself: the launcher builds the bundle on demand and runs it with plain node.
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['lib/cli/launch.mjs', ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('prints JSON for a file', () => {
    const r = spawn(['--json', FIXTURE]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['mentions', 'claims']);
  });

  it('reads stdin and exits 2 with one line for a missing file', () => {
    const ok = spawn(['-'], 'AI基本計画の利用率の目標は9割だ。');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('不一致');
    const r = spawn([join(tmp, 'missing.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('    at ');
  });

  it('refuses a file over 20 MB without reading it', () => {
    const p = join(tmp, 'big.txt');
    writeFileSync(p, Buffer.alloc(MAX_BYTES + 10, 0x41));
    const r = spawn([p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/too large/);
  });
});

describe('the figure a claim is compared with, as the terminal names it', () => {
  const line = (text: string) => {
    const claim = analyzeText(text).claims[0];
    if (claim === undefined) throw new Error(`no claim in ${text}`);
    return formatClaim(text, claim, false);
  };

  it('「公式」 only for the plan’s text and the PM’s statement; 報道 and 参考値 otherwise', () => {
    expect(line('AI基本計画は2025年12月26日に閣議決定された。')).toContain(
      '公式: 2025年12月23日（計画本文）',
    );
    expect(line('AI基本計画によると、AI法は2025年9月1日に全面施行された。')).toContain('報道: 2025年9月1日');
    expect(line('AI基本計画によると、AI法は2025年9月1日に全面施行された。')).not.toContain('公式');
    expect(line('AI基本計画の関連で、米国の生成AI利用率は68.8%だ。')).toContain('参考値: 68.8%');
  });
});
