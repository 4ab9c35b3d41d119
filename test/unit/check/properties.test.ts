import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { sentencesOf } from '../../../lib/check/engine';
import { MAX_SENTENCE } from '../../../lib/check/sentences';
import { findQuantities } from '../../../lib/numbers';

const pieces = [
  'AI基本計画',
  'ＡＩ　基本計画',
  '源内',
  '平賀源内',
  'AISI',
  '英国AISI',
  '宇宙基本計画',
  '閣議決定',
  '投資',
  '利用率',
  '1兆円超',
  '2兆円',
  '8割',
  '9割',
  '約30人',
  '12月19日',
  '23日',
  '7本柱',
  '67億ドル',
  '3,500円',
  '。',
  '、',
  '\n',
  ' ',
  'Dec. 23, 2025',
  'AI Basic Plan',
  '¥1 trillion',
  '(',
  '「',
  '\uD800',
  '𠮷',
];
const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 })
    .map((a) => a.join('')),
);

describe('analyzeText properties', () => {
  it('never throws; spans lie inside the input and their text is the slice', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, assume) => {
        const f = analyzeText(text, { assumeAboutPlan: assume });
        for (const s of [...f.mentions, ...f.claims]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result twice', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(analyzeText(text)).toEqual(analyzeText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('checks in work linear in the input: no sentence is longer than MAX_SENTENCE', () => {
    // The rules compare a sentence's cues and quantities pairwise: their work is bounded by the sum
    // of the squared sentence lengths. Counted, not timed: 8× the text must cost 8× the work.
    const work = (text: string) => {
      const qs = findQuantities(text);
      let sum = 0;
      let longest = 0;
      for (const s of sentencesOf(text, qs)) {
        const n = s.end - s.start;
        sum += n * n;
        longest = Math.max(longest, n);
      }
      return { sum, longest };
    };
    for (const unit of [
      'AI基本計画は1兆円超',
      'AI基本計画の利用率は8割、投資は1兆円超。',
      'The AI Basic Plan sets 80 percent ',
    ]) {
      const small = work(unit.repeat(Math.ceil(12_500 / unit.length)));
      const big = work(unit.repeat(Math.ceil(100_000 / unit.length)));
      expect(big.longest).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(big.sum / small.sum).toBeLessThan(9);
    }
    // sentences still cover the whole text, in order, and never cut a quantity
    const text = 'AI基本計画は1兆円超'.repeat(10_000);
    const qs = findQuantities(text);
    const spans = sentencesOf(text, qs);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
    for (const q of qs) expect(spans.some((s) => s.start <= q.start && q.end <= s.end)).toBe(true);
  });
});
