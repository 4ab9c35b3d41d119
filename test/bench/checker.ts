/**
 * The terminal checker's throughput: lib/check's analyzeText in Node over the generator's text,
 * the same engine `npm run check` runs, in MB (2^20 bytes of UTF-8) a second.
 */
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
