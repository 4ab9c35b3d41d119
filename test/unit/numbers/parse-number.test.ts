import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../lib/numbers';

// Cases written from how the numeral systems work, not taken from any other project's test suite.

function cases(list: Array<[string, number | null]>): void {
  for (const [input, want] of list) {
    it(`${JSON.stringify(input)} → ${want}`, () => {
      const got = parseNumber(input);
      if (want === null) expect(got).toBeNull();
      else {
        expect(got).not.toBeNull();
        expect(got as number).toBeCloseTo(want, 6);
      }
    });
  }
}

describe('parseNumber: kanji numerals', () => {
  cases([
    ['〇', 0],
    ['零', 0],
    ['七', 7],
    ['十', 10], // 十 alone is ten: a bare place unit means one of it
    ['十九', 19],
    ['四十', 40],
    ['九十九', 99],
    ['百', 100],
    ['百五', 105],
    ['三百十二', 312],
    ['千', 1000],
    ['一千', 1000], // 一 before 千 is optional
    ['千九', 1009],
    ['一千百十一', 1111],
    ['六千七百八十九', 6789],
    ['一万', 10000],
    ['十万', 100000],
    ['百万', 1_000_000],
    ['千万', 10_000_000],
    ['二十万三千', 203_000],
    ['三億', 300_000_000],
    ['一億二千三百四十五万六千七百八十九', 123_456_789],
    ['四兆', 4e12],
    ['一兆五千億', 1.5e12],
    ['二京', 2e16],
    ['七百万二', 7_000_002],
    ['八億八', 800_000_008],
  ]);
});

describe('parseNumber: positional kanji digits', () => {
  cases([
    ['二〇二五', 2025],
    ['一九六四', 1964],
    ['三〇', 30],
    ['一〇〇', 100],
    ['九九', 99],
    ['二千〇五', 2005], // 〇 as a place holder after a unit
    ['二○二六', 2026], // ○ (white circle) written for 〇
  ]);
});

describe('parseNumber: 大字 (formal numerals)', () => {
  cases([
    ['壱', 1],
    ['弐拾', 20],
    ['参百', 300],
    ['壱萬', 10_000],
    ['弐阡', 2000],
    ['参拾壱', 31],
    ['伍佰', 500],
    ['廿', 20],
    ['卅五', 35],
  ]);
});

describe('parseNumber: digits mixed with kanji', () => {
  cases([
    ['1万', 10_000],
    ['1万2千', 12_000],
    ['1億2000万', 120_000_000],
    ['2兆3000億', 2.3e12],
    ['5千', 5000],
    ['7百', 700],
    ['9十9', 99],
    ['3億4千5百万', 345_000_000],
    ['１億２千万', 120_000_000],
    ['12万3456', 123_456],
    ['4,000億', 4e11],
    ['3,873億', 387_300_000_000],
  ]);
});

describe('parseNumber: Arabic digits, full-width, commas and decimals', () => {
  cases([
    ['0', 0],
    ['42', 42],
    ['007', 7],
    ['１２３', 123],
    ['１２３．４５', 123.45],
    ['１０万', 100_000],
    ['100,000', 100_000],
    ['1,234,567', 1_234_567],
    ['１，２３４', 1234], // full-width comma
    ['3.5兆', 3.5e12],
    ['1.2億', 1.2e8],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['12.50', 12.5],
    ['  42  ', 42], // surrounding whitespace
    ['\u300042\u3000', 42], // ideographic spaces
  ]);
});

describe('parseNumber: signs and suffixes', () => {
  cases([
    ['-5', -5],
    ['−12', -12], // U+2212 minus sign
    ['マイナス三', -3],
    ['minus 7', -7],
    ['negative forty', -40],
    ['10K', 10_000],
    ['2.5M', 2_500_000],
    ['3/4', 0.75],
  ]);
});

describe('parseNumber: English numerals', () => {
  cases([
    ['zero', 0],
    ['one', 1],
    ['eleven', 11],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['ninety-nine', 99],
    ['two hundred', 200],
    ['two hundred and five', 205],
    ['one thousand two hundred thirty-four', 1234],
    ['a thousand', 1000],
    ['a hundred and one', 101],
    ['a dozen', 12],
    ['three dozen', 36],
    ['nineteen hundred', 1900],
    ['1.5 million', 1_500_000],
    ['3 billion', 3e9],
    ['four trillion', 4e12],
    ['two point five', 2.5],
    ['seven hundred thousand', 700_000],
    ['forty-two million six hundred thousand', 42_600_000],
    ['Twenty-Three', 23],
    ['third', 3],
  ]);
});

describe('parseNumber: money amounts are their number', () => {
  cases([
    ['1兆円', 1e12],
    ['¥1,000', 1000],
    ['￥５００', 500],
    ['$67.2 billion', 67.2e9],
    ['US$ 20', 20],
    ['300ドル', 300],
    ['1 trillion yen', 1e12],
    ['10 dollars', 10],
  ]);
});

describe('parseNumber: not bare numerals', () => {
  cases([
    ['', null],
    ['   ', null],
    ['abc', null],
    ['AI', null],
    ['一部', null],
    ['一般', null],
    ['万', null], // a myriad with nothing to count
    ['○○', null], // placeholder circles
    ['1兆円超', null], // qualifier
    ['約30人', null],
    ['8割', null],
    ['25%', null],
    ['2026年', null],
    ['1.2.3', null], // a version, not a number
    ['1 2', null],
    ['three three', null],
    ['one of', null],
    ['12abc', null],
  ]);
});

describe('parseNumber: robustness', () => {
  it('returns null for non-strings without throwing', () => {
    expect(parseNumber(undefined as unknown as string)).toBeNull();
    expect(parseNumber(42 as unknown as string)).toBeNull();
  });
  it('returns null for a numeral too large to be finite', () => {
    expect(parseNumber('9'.repeat(400))).toBeNull();
  });
  it('is exact for large integers up to MAX_SAFE_INTEGER', () => {
    expect(parseNumber('九千七兆千九百九十二億五千四百七十四万九百九十一')).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('never returns -0', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });
});
