/**
 * The terminal checker's speed, two ways:
 * - measureChecker: lib/check's analyzeText in this process over the generator's text (the engine
 *   alone), in MB (2^20 bytes of UTF-8) a second;
 * - measureCheckerCli: the checker as a reader runs it, `node lib/cli/launch.mjs --json FILE` with
 *   stdout discarded, wall time from spawn to exit (start, read, decode, engine, JSON), on the same
 *   text written to a file; and its start for one sentence. This is design.md's budget (at least
 *   20 MB/s end to end on 16 MB, start under 0.3 s).
 * Run `npx tsx test/bench/checker.ts [MB] [runs]` for both, with the load average.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/check/index';
import { generateText } from './generator';
import { median } from './stats';

export interface CheckerResult {
  mbps: number;
  textMB: number;
  runsMs: number[];
  mentions: number;
  claims: number;
}

export function measureChecker(targetBytes: number, runs: number): CheckerResult {
  const text = generateText(targetBytes);
  const textMB = Buffer.byteLength(text) / 2 ** 20;
  // One warm-up run on a slice, so the first timed run does not pay for compiling the engine.
  analyzeText(text.slice(0, 200_000));
  const runsMs: number[] = [];
  let mentions = 0;
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const findings = analyzeText(text);
    runsMs.push(performance.now() - t0);
    mentions = findings.mentions.length;
    claims = findings.claims.length;
  }
  return { mbps: textMB / (median(runsMs) / 1000), textMB, runsMs, mentions, claims };
}

export interface CheckerCliResult {
  /** MB/s of the median end-to-end run. */
  mbps: number;
  textMB: number;
  runsMs: number[];
  /** Wall time of `--json` on one sentence: the checker's start. */
  startMs: number[];
}

const LAUNCH = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/cli/launch.mjs');

/** Wall time (ms) of one checker run on a file; its output goes nowhere. */
function timeCli(file: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [LAUNCH, '--json', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`checker failed (${r.status}): ${String(r.stderr).slice(0, 200)}`);
  return ms;
}

export function measureCheckerCli(targetBytes: number, runs: number): CheckerCliResult {
  const dir = mkdtempSync(join(tmpdir(), 'plan-lens-checker-'));
  try {
    const text = generateText(targetBytes);
    const big = join(dir, 'big.txt');
    const one = join(dir, 'one.txt');
    writeFileSync(big, text);
    writeFileSync(one, '政府はAI基本計画で、当面1兆円超を投資する方針を示した。\n');
    timeCli(one); // builds the checker's bundle if it is missing or stale: not part of any timing
    const startMs = Array.from({ length: runs }, () => timeCli(one));
    const runsMs = Array.from({ length: runs }, () => timeCli(big));
    const textMB = Buffer.byteLength(text) / 2 ** 20;
    return { mbps: textMB / (median(runsMs) / 1000), textMB, runsMs, startMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] !== undefined && /checker\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  const mb = Number(process.argv[2] ?? 16);
  const runs = Number(process.argv[3] ?? 3);
  const bytes = (Number.isFinite(mb) && mb > 0 ? mb : 16) * 2 ** 20;
  const n = Number.isInteger(runs) && runs > 0 ? runs : 3;
  const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const load1 = loadavg()[0] as number;
  const cli = measureCheckerCli(bytes, n);
  const load2 = loadavg()[0] as number;
  const engine = measureChecker(bytes, n);
  const load3 = loadavg()[0] as number;
  console.log(
    `checker end to end (load ${load1.toFixed(2)}→${load2.toFixed(2)}): ${cli.mbps.toFixed(1)} MB/s on ${cli.textMB.toFixed(1)} MB ` +
      `(runs ${ms(cli.runsMs)} ms); start for one sentence: median ${median(cli.startMs).toFixed(0)} ms (${ms(cli.startMs)})`,
  );
  console.log(
    `engine alone, warm (load ${load2.toFixed(2)}→${load3.toFixed(2)}): ${engine.mbps.toFixed(1)} MB/s ` +
      `(runs ${ms(engine.runsMs)} ms; ${engine.mentions} mentions, ${engine.claims} claims)`,
  );
}
