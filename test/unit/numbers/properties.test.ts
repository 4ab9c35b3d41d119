import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber, type Quantity } from '../../../lib/numbers';

// Characters that exercise every path of the scanner: digits (ASCII and full-width), kanji numerals and
// units, separators, unit and qualifier characters, letters, surrogates (paired and lone), emoji.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９',
  ...'〇○一二三四五六七八九十百千万億兆京壱弐参拾廿卅',
  ...',.，．、。-~〜～/ 　',
  ...'円ドル割分%％倍増人名件社カ国年月日度間約超以上未満程度規模強弱から数令和元平成夏',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$¥£€▲',
  '\ud83d\ude00',
  '\ud842\udfb7',
  '\ud800',
  '\udc00',
  'マイナス',
  ' million',
  ' percent',
  'December',
  'between ',
  ' and ',
];
const soup = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), soup);

function wellFormed(text: string, qs: Quantity[]): void {
  let prev = 0;
  for (const q of qs) {
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(q.start).toBeGreaterThanOrEqual(prev);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.text).toBe(text.slice(q.start, q.end));
    if (q.unit !== 'date') expect(Number.isFinite(q.value)).toBe(true);
    if (q.upper !== undefined) expect(q.upper).toBeGreaterThan(q.value);
    prev = q.end;
  }
}

describe('numbers: properties', () => {
  it('findQuantities never throws and returns ordered, non-overlapping spans inside the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, findQuantities(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('findQuantities is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(findQuantities(text)).toEqual(findQuantities(text));
      }),
      { numRuns: 500 },
    );
  });

  it('parseNumber never throws and returns a finite number or null, the same twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseNumber(text);
        expect(a === null || Number.isFinite(a)).toBe(true);
        expect(parseNumber(text)).toBe(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseNumber reads back any integer written in digits, with commas and full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
        const wide = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseNumber(wide)).toBe(n);
      }),
    );
  });

  it('parseNumber reads back kanji written by the place-value rules', () => {
    const digits = '〇一二三四五六七八九';
    const section = (n: number): string => {
      let s = '';
      for (const [u, ch] of [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
      ] as const) {
        const d = Math.floor(n / u) % 10;
        if (d > 0) s += (d === 1 ? '' : digits[d]) + ch;
      }
      const d = n % 10;
      if (d > 0) s += digits[d];
      return s;
    };
    const kanji = (n: number): string => {
      if (n === 0) return '〇';
      let s = '';
      for (const [u, ch] of [
        [1e12, '兆'],
        [1e8, '億'],
        [1e4, '万'],
        [1, ''],
      ] as const) {
        const part = Math.floor(n / u) % 10000;
        if (part > 0) s += section(part) + ch;
      }
      return s;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (n) => {
        expect(parseNumber(kanji(n))).toBe(n);
        // and with a currency the scanner finds it whole
        const qs = findQuantities(`予算は${kanji(n)}円だ`);
        if (n > 0) {
          expect(qs).toHaveLength(1);
          expect(qs[0]?.value).toBe(n);
        }
      }),
    );
  });

  it('the text around a quantity does not change it (ASCII digits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom('。', '、', 'は', '（', ' '),
        (n, sep) => {
          const text = `予算${sep}${n}億円${sep}です`;
          const qs = findQuantities(text);
          expect(qs).toHaveLength(1);
          expect(qs[0]?.value).toBe(n * 1e8);
        },
      ),
    );
  });
});

describe('numbers: linear time', () => {
  const time = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const adversarial = (n: number): string => {
    const unit = '1,2一〇,000.5億万兆千百十一二三～-から8割a 1.2.3.4 ▲¥$ million ';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  };
  const pathological = [
    adversarial,
    (n: number) => '1'.repeat(n),
    (n: number) => '一'.repeat(n),
    (n: number) => '1,'.repeat(n / 2),
    (n: number) => '1.'.repeat(n / 2),
    (n: number) => '十'.repeat(n),
    (n: number) => '一十'.repeat(n / 2),
    (n: number) => '1~'.repeat(n / 2),
    (n: number) => '1から'.repeat(n / 3),
    (n: number) => 'one '.repeat(n / 4),
    (n: number) => 'twenty '.repeat(n / 7),
    (n: number) => 'a '.repeat(n / 2),
    (n: number) => '約'.repeat(n),
  ];

  it('200k characters of adversarial input take well under a second', () => {
    for (const gen of pathological) {
      const text = gen(200_000);
      const ms = time(() => {
        findQuantities(text);
        parseNumber(text);
      });
      expect(ms, gen.toString()).toBeLessThan(2000);
    }
  });

  it('ten times the input takes about ten times as long, not a hundred', () => {
    // Timing on a shared machine is noisy: best of several runs, and a few attempts before failing.
    // A quadratic scan would take ~100× for 10× the input; the bound is 30× plus slack.
    const best = (text: string): number => {
      let m = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 5; r++)
        m = Math.min(
          m,
          time(() => findQuantities(text)),
        );
      return m;
    };
    for (const gen of pathological) {
      const small = gen(20_000);
      const big = gen(200_000);
      let ok = false;
      let last = '';
      for (let attempt = 0; attempt < 3 && !ok; attempt++) {
        const ts = Math.max(0.5, best(small));
        const tb = best(big);
        ok = tb < 30 * ts + 50;
        last = `small ${ts.toFixed(1)} ms, big ${tb.toFixed(1)} ms`;
      }
      expect(ok, `${gen.toString()}: ${last}`).toBe(true);
    }
  });
});
