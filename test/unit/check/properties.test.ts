import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';

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

  it('takes time linear in the input (8× the text costs far less than 64× the time)', () => {
    const unit = 'AI基本計画の利用率は8割、AI投資は1兆円超。株価は3,500円。'.repeat(20);
    const time = (text: string) => {
      const t0 = performance.now();
      analyzeText(text);
      return performance.now() - t0;
    };
    const small = unit.repeat(10);
    const big = unit.repeat(80); // one 100k-character block: nothing may be quadratic in a block
    const smallTimes: number[] = [];
    const bigTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      smallTimes.push(time(small));
      bigTimes.push(time(big));
    }
    const ratio = Math.min(...bigTimes) / Math.max(Math.min(...smallTimes), 0.5);
    expect(ratio).toBeLessThan(24);
    // pathological inputs stay fast
    for (const bad of ['1'.repeat(100_000), 'AI'.repeat(50_000), '。'.repeat(100_000), 'A '.repeat(50_000)]) {
      expect(time(`AI基本計画 ${bad}`)).toBeLessThan(3_000);
    }
  });
});
