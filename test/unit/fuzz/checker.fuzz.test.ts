/**
 * Property tests of the number parser and the checker over random text: they never throw, every
 * span lies inside the input with text === input.slice(start, end), and the same input gives the
 * same result twice. Inputs mix random Unicode with the vocabulary the parsers care about, so the
 * interesting paths are reached. fast-check's own time limit bounds each property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText } from '../../../lib/check/index';
import { findQuantities, parseNumber } from '../../../lib/numbers';

const VOCAB = [
  'AI基本計画',
  '人工知能基本計画',
  'AI Basic Plan',
  'AI戦略本部',
  'AISI',
  '政府は',
  '閣議決定',
  '投資',
  '人材',
  '育成',
  '兆',
  '億',
  '万',
  '千',
  '百',
  '十',
  '一',
  '二',
  '三',
  '〇',
  '円',
  '人',
  '割',
  '%',
  '％',
  '倍',
  '約',
  '超',
  '以上',
  '以下',
  '未満',
  '程度',
  '〜',
  '～',
  '-',
  '−',
  '.',
  '．',
  ',',
  '，',
  '、',
  '。',
  '年',
  '月',
  '日',
  '度',
  '2026',
  '1',
  '10',
  '0.5',
  '１２３',
  '$',
  'billion',
  'million',
  'trillion',
  'yen',
  'percent',
  'two hundred',
  ' ',
  '\n',
  '\u200B',
  '\u202E',
  '\u05D0',
  '٣',
  '🇯🇵',
  '👍🏽',
  '\u{20BB7}',
  '\uD800',
  '\uDC00',
  'e',
  'E+',
  '1e308',
];

const textArb = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((a) => a.join('')), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...VOCAB), { maxLength: 10 }),
        fc.stringMatching(/^[0-9０-９,.一二三四五六七八九十百千万億兆]{0,20}$/),
      )
      .map(([a, n]) => `AI基本計画では${a.join('')}${n}円`),
    weight: 2,
  },
);

const PARAMS = { numRuns: 400, interruptAfterTimeLimit: 60_000 };

interface Span {
  start: number;
  end: number;
  text: string;
}

function checkSpans(input: string, spans: readonly Span[]): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start)).toBe(true);
    expect(Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.text).toBe(input.slice(s.start, s.end));
  }
}

describe('numbers (fuzz)', () => {
  it('parseNumber never throws and is deterministic; a value is finite', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const a = parseNumber(text);
        const b = parseNumber(text);
        expect(b).toEqual(a);
        if (a !== null) expect(typeof a === 'number' ? Number.isNaN(a) : false).toBe(false);
      }),
      PARAMS,
    );
  });

  it('findQuantities: spans in range, text === slice, same result twice', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const a = findQuantities(text);
        checkSpans(text, a);
        // A date without a year (10月, 12月23日) carries NaN as its value, by the contract in
        // lib/numbers/types.ts; every other quantity has a real number.
        for (const q of a) {
          const yearless = q.unit === 'date' && q.date?.year === undefined;
          expect(Number.isNaN(q.value)).toBe(yearless);
        }
        expect(findQuantities(text)).toEqual(a);
      }),
      PARAMS,
    );
  });
});

describe('checker (fuzz)', () => {
  it('analyzeText: mentions and claims in range, text === slice, same result twice', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, assumeAboutPlan) => {
        const a = analyzeText(text, { assumeAboutPlan });
        checkSpans(text, a.mentions);
        checkSpans(text, a.claims);
        for (const c of a.claims) checkSpans(text, [c.quantity]);
        expect(analyzeText(text, { assumeAboutPlan })).toEqual(a);
      }),
      PARAMS,
    );
  });

  it('analyzeBlocks: one result per block, spans relative to each block, same result twice', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 6 }), fc.boolean(), (blocks, aboutPlan) => {
        const a = analyzeBlocks(blocks, { aboutPlan });
        expect(a.results.length).toBe(blocks.length);
        a.results.forEach((r, i) => {
          checkSpans(blocks[i] as string, r.mentions);
          checkSpans(blocks[i] as string, r.claims);
        });
        if (aboutPlan) expect(a.aboutPlan).toBe(true);
        expect(analyzeBlocks(blocks, { aboutPlan })).toEqual(a);
      }),
      PARAMS,
    );
  });
});
