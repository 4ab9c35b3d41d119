/**
 * Throughput of the checker: analyzeText over generated news-like text about the plan (the sample
 * article and variations of it, so every block is about the plan and full of numbers and cues).
 * Run: `npx tsx lib/cli/throughput.ts [MB]`.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../check';
import { samplePath } from './input';

const FILLERS = [
  '政府関係者によると、AI基本計画の具体化に向けた議論は年明け以降に本格化する見通しだ。',
  '経済界からは、計画の実行に向けて予算と人材の裏付けを求める声が相次いだ。',
  '専門家は「国際的なルール作りで日本が主導権を握れるかが問われる」と話す。',
  'The AI Basic Plan sets out four basic policies and commits more than ¥1 trillion for the time being.',
  '市場では関連銘柄が買われ、ある半導体大手の株価は前日比120円高の3,500円で取引を終えた。',
];

/** About `bytes` of UTF-8 news-like text about the plan. */
export function generateText(bytes: number, sample = readFileSync(samplePath(), 'utf8')): string {
  const paragraphs = sample.split('\n').filter((l) => l.trim().length > 0);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      i % 7 === 3 ? (FILLERS[i % FILLERS.length] as string) : (paragraphs[i % paragraphs.length] as string);
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

export interface Throughput {
  bytes: number;
  ms: number;
  mbPerSec: number;
  claims: number;
  mentions: number;
}

/** Time analyzeText on about `megabytes` MB of generated text (after one warm-up run). */
export function measureThroughput(megabytes = 20, text = generateText(megabytes * 1024 * 1024)): Throughput {
  analyzeText(text.slice(0, 200_000));
  const t0 = performance.now();
  const f = analyzeText(text);
  const ms = performance.now() - t0;
  const bytes = Buffer.byteLength(text);
  return {
    bytes,
    ms,
    mbPerSec: bytes / (1024 * 1024) / (ms / 1000),
    claims: f.claims.length,
    mentions: f.mentions.length,
  };
}

const invokedDirectly = process.argv[1] !== undefined && /throughput\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  const mb = Number(process.argv[2] ?? 20);
  const r = measureThroughput(Number.isFinite(mb) && mb > 0 ? mb : 20);
  console.log(
    `analyzeText: ${(r.bytes / 1024 / 1024).toFixed(1)} MB in ${r.ms.toFixed(0)} ms = ${r.mbPerSec.toFixed(1)} MB/s (${r.claims} claims, ${r.mentions} mentions)`,
  );
}
