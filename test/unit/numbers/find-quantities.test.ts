import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../../lib/numbers';

// Cases written from how Japanese and English news write numbers, not from another project's tests.

/** The single quantity in `text`, checked for a consistent span. */
function one(text: string): Quantity {
  const qs = findQuantities(text);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  const q = qs[0] as Quantity;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

function expectQ(text: string, want: Partial<Quantity> & { text?: string }): void {
  const q = one(text);
  const { value, upper, ...rest } = want;
  expect(q).toMatchObject(rest);
  if (value !== undefined) {
    if (Number.isNaN(value)) expect(q.value).toBeNaN();
    else expect(q.value).toBeCloseTo(value, 9);
  }
  if (upper !== undefined) expect(q.upper as number).toBeCloseTo(upper, 9);
}

describe('findQuantities: money', () => {
  it.each([
    ['官民で1兆円を投資', 1e12, '1兆円'],
    ['一兆円の基金', 1e12, '一兆円'],
    ['4,000億円', 4e11, '4,000億円'],
    ['3.5兆円', 3.5e12, '3.5兆円'],
    ['補正予算1億2000万円', 1.2e8, '1億2000万円'],
    ['３兆４千億円', 3.4e12, '３兆４千億円'],
    ['株価は3万9,850円', 39_850, '3万9,850円'],
    ['¥1 trillion', 1e12, '¥1 trillion'],
    ['￥５００', 500, '￥５００'],
    ['1 trillion yen', 1e12, '1 trillion yen'],
    ['JPY 20万', 200_000, 'JPY 20万'],
  ])('%s → JPY %d', (text, value, span) => {
    expectQ(text, { unit: 'JPY', value, text: span, bound: 'exact' });
  });

  it.each([
    ['672億ドル', 6.72e10, '672億ドル'],
    ['50億米ドル', 5e9, '50億米ドル'],
    ['$67.2 billion', 6.72e10, '$67.2 billion'],
    ['US$4.7 billion', 4.7e9, 'US$4.7 billion'],
    ['$10K', 10_000, '$10K'],
    ['$1.5bn', 1.5e9, '$1.5bn'],
    ['300 dollars', 300, '300 dollars'],
  ])('%s → USD %d', (text, value, span) => {
    expectQ(text, { unit: 'USD', value, text: span });
  });
});

describe('findQuantities: ratios', () => {
  it.each([
    ['利用率8割', 0.8, '8割'],
    ['3割5分', 0.35, '3割5分'],
    ['三割五分', 0.35, '三割五分'],
    ['25%', 0.25, '25%'],
    ['２５％', 0.25, '２５％'],
    ['12.5%', 0.125, '12.5%'],
    ['80パーセント', 0.8, '80パーセント'],
    ['80 percent', 0.8, '80 percent'],
    ['80 per cent', 0.8, '80 per cent'],
  ])('%s → %d', (text, value, span) => {
    expectQ(text, { unit: 'ratio', value, text: span });
  });

  it('分 without 割 is minutes, not a ratio', () => {
    expect(findQuantities('会議は5分で終わった')).toEqual([]);
    expect(findQuantities('十分な予算')).toEqual([]);
  });
});

describe('findQuantities: multipliers', () => {
  it.each([
    ['2倍', 2, '2倍'],
    ['二倍', 2, '二倍'],
    ['1.5倍', 1.5, '1.5倍'],
    ['予算を倍増', 2, '倍増'],
    ['3倍増', 3, '3倍増'],
    ['budgets will double', 2, 'double'],
    ['it tripled', 3, 'tripled'],
    ['3 times', 3, '3 times'],
  ])('%s → %d', (text, value, span) => {
    expectQ(text, { unit: 'multiplier', value, text: span });
  });

  it('double-digit is not a multiplier', () => {
    expect(findQuantities('double-digit growth')).toEqual([]);
  });
});

describe('findQuantities: counters', () => {
  it.each([
    ['200人', 'persons', 200, '人'],
    ['200名', 'persons', 200, '名'],
    ['三十人', 'persons', 30, '人'],
    ['１０万人', 'persons', 100_000, '人'],
    ['15件', 'count', 15, '件'],
    ['40社', 'count', 40, '社'],
    ['27カ国', 'count', 27, 'カ国'],
    ['27か国', 'count', 27, 'か国'],
    ['5機関', 'count', 5, '機関'],
    ['7000億パラメータ', 'parameters', 7e11, 'パラメータ'],
    ['1兆パラメーター', 'parameters', 1e12, 'パラメーター'],
    ['200 people', 'persons', 200, 'people'],
    ['twelve countries', 'count', 12, 'countries'],
  ] as const)('%s → %s %d', (text, unit, value, counter) => {
    expectQ(text, { unit, value, counter });
  });

  it('watts and durations', () => {
    expectQ('10GW', { unit: 'watts', value: 1e10 });
    expectQ('500 MW', { unit: 'watts', value: 5e8 });
    expectQ('2ギガワット', { unit: 'watts', value: 2e9 });
    expectQ('5年間', { unit: 'years', value: 5 });
  });

  it('a bare number has unit number', () => {
    expectQ('100,000', { unit: 'number', value: 100_000 });
    expectQ('3.5 million', { unit: 'number', value: 3.5e6 });
    expectQ('two hundred', { unit: 'number', value: 200 });
    expectQ('one thousand two hundred thirty-four', { unit: 'number', value: 1234 });
    expectQ('a dozen', { unit: 'number', value: 12 });
  });
});

describe('findQuantities: qualifiers', () => {
  it.each([
    ['約30人', 'approx', '約30人'],
    ['およそ1兆円', 'approx', 'およそ1兆円'],
    ['1兆円程度', 'approx', '1兆円程度'],
    ['1兆円規模', 'approx', '1兆円規模'],
    ['30人前後', 'approx', '30人前後'],
    ['30人ほど', 'approx', '30人ほど'],
    ['8割強', 'approx', '8割強'],
    ['8割弱', 'approx', '8割弱'],
    ['約2倍程度', 'approx', '約2倍程度'],
    ['1兆円超', 'more-than', '1兆円超'],
    ['200人を超える', 'more-than', '200人を超える'],
    ['1兆円余り', 'more-than', '1兆円余り'],
    ['10万人以上', 'at-least', '10万人以上'],
    ['3割未満', 'less-than', '3割未満'],
    ['about 30 people', 'approx', 'about 30 people'],
    ['approximately 5 percent', 'approx', 'approximately 5 percent'],
    ['nearly $2 billion', 'approx', 'nearly $2 billion'],
    ['more than ¥1 trillion', 'more-than', 'more than ¥1 trillion'],
    ['over 200 staff', 'more-than', 'over 200 staff'],
    ['at least 100 companies', 'at-least', 'at least 100 companies'],
    ['less than 10 percent', 'less-than', 'less than 10 percent'],
    ['under 5 percent', 'less-than', 'under 5 percent'],
    ['1,000 people or more', 'at-least', '1,000 people or more'],
  ] as const)('%s → %s', (text, bound, span) => {
    expectQ(text, { bound, text: span });
  });

  it('強化 after a number is not the qualifier 強', () => {
    const q = one('2倍強化');
    expect(q.bound).toBe('exact');
    expect(q.text).toBe('2倍');
  });
});

describe('findQuantities: ranges', () => {
  it.each([
    ['5割から8割', 'ratio', 0.5, 0.8],
    ['5割～8割', 'ratio', 0.5, 0.8],
    ['4〜5割', 'ratio', 0.4, 0.5],
    ['600万〜1200万人', 'persons', 6e6, 1.2e7],
    ['600万-1200万人', 'persons', 6e6, 1.2e7],
    ['3～5兆円', 'JPY', 3e12, 5e12],
    ['10〜20%', 'ratio', 0.1, 0.2],
    ['between 5 and 8 percent', 'ratio', 0.05, 0.08],
    ['5 to 10 percent', 'ratio', 0.05, 0.1],
  ] as const)('%s', (text, unit, value, upper) => {
    expectQ(text, { unit, value, upper, text });
  });

  it('から … に is a change, not a range', () => {
    const qs = findQuantities('5割から8割に引き上げる');
    expect(qs.map((q) => q.value)).toEqual([0.5, 0.8]);
    expect(qs.every((q) => q.upper === undefined)).toBe(true);
  });

  it('a decreasing pair is not a range', () => {
    const qs = findQuantities('8割から5割まで');
    expect(qs.every((q) => q.upper === undefined)).toBe(true);
  });
});

describe('findQuantities: dates', () => {
  it.each([
    ['2025年12月23日', { year: 2025, month: 12, day: 23 }, 2025],
    ['令和7年12月23日', { year: 2025, month: 12, day: 23 }, 2025],
    ['令和元年', { year: 2019 }, 2019],
    ['令和元年5月1日', { year: 2019, month: 5, day: 1 }, 2019],
    ['平成31年4月', { year: 2019, month: 4 }, 2019],
    ['二〇二五年', { year: 2025 }, 2025],
    ['2026年5月', { year: 2026, month: 5 }, 2026],
    ['2026年夏', { year: 2026, season: 'summer' }, 2026],
    ['2026年度', { year: 2026, fiscal: true }, 2026],
    ['令和8年度', { year: 2026, fiscal: true }, 2026],
    ['2028年', { year: 2028 }, 2028],
    ['２０２６年５月', { year: 2026, month: 5 }, 2026],
    ['Dec. 23, 2025', { year: 2025, month: 12, day: 23 }, 2025],
    ['December 23, 2025', { year: 2025, month: 12, day: 23 }, 2025],
    ['23 December 2025', { year: 2025, month: 12, day: 23 }, 2025],
    ['May 2026', { year: 2026, month: 5 }, 2026],
    ['summer 2026', { year: 2026, season: 'summer' }, 2026],
    ['fiscal 2026', { year: 2026, fiscal: true }, 2026],
    ['FY2026', { year: 2026, fiscal: true }, 2026],
    ['2025-12-23', { year: 2025, month: 12, day: 23 }, 2025],
    ['2025/12/23', { year: 2025, month: 12, day: 23 }, 2025],
  ] as const)('%s', (text, date, year) => {
    expectQ(text, { unit: 'date', date: { ...date }, value: year, text });
  });

  it('a date without a year has value NaN', () => {
    expectQ('12月23日', { unit: 'date', date: { month: 12, day: 23 }, value: Number.NaN });
    const q = one('5月めどに');
    expect(q.text).toBe('5月');
    expect(q.date).toEqual({ month: 5 });
    expect(q.value).toBeNaN();
  });

  it('a year in English prose after in/by', () => {
    expectQ('by 2030', { unit: 'date', date: { year: 2030 }, text: '2030' });
  });

  it('headline abbreviations of scale: "¥1 Tril.", "¥190 Bil."', () => {
    expect(
      findQuantities('Japan Mulls ¥1 Tril. Investment; ¥190 Bil. for AI').map((q) => [q.text, q.value]),
    ).toEqual([
      ['¥1 Tril', 1e12],
      ['¥190 Bil', 190e9],
    ]);
  });

  it('the same year in the other calendar, in brackets, is part of the date', () => {
    const one = (text: string) => findQuantities(text).map((q) => [q.text, q.date]);
    expect(one('令和7年（2025年）12月23日に閣議決定')).toEqual([
      ['令和7年（2025年）12月23日', { year: 2025, month: 12, day: 23 }],
    ]);
    expect(one('2024年（令和6年）12月23日')).toEqual([
      ['2024年（令和6年）12月23日', { year: 2024, month: 12, day: 23 }],
    ]);
    expect(one('令和元年(2019年)5月1日')).toEqual([
      ['令和元年(2019年)5月1日', { year: 2019, month: 5, day: 1 }],
    ]);
    // two different years are two dates: which one is meant is not for the parser to say
    expect(one('令和7年（2024年）12月23日').map(([t]) => t)).toEqual(['令和7年', '2024年', '12月23日']);
  });

  it('a month name that is a word is not a date', () => {
    expect(findQuantities('they may 2 go').map((q) => q.unit)).toEqual(['number']);
    expect(findQuantities('a march 2026 rally').some((q) => q.unit === 'date' && q.date?.month === 3)).toBe(
      false,
    );
  });
});

describe('findQuantities: not quantities', () => {
  it.each([
    'AI',
    'AI基本計画',
    '一部の企業',
    '一方で',
    '一般に',
    '統一する',
    '一層の強化',
    '同一人物',
    '第一に',
    '万全の体制',
    '大阪・関西万博',
    '千葉県',
    '九州',
    '一億総活躍',
    '数千億円',
    '十数人',
    'GPT-4',
    'COVID-19',
    '5Gの普及',
    'version 1.2.3',
    'one of the goals',
    '午後3時',
    '3カ月',
    '20歳以上',
    '○○社',
  ])('%s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities: spans in the original string', () => {
  it('full-width digits keep their own positions', () => {
    const text = 'ＡＩ人材を１０万人育成し、２，０００億円を投じる';
    const qs = findQuantities(text);
    expect(qs.map((q) => q.text)).toEqual(['１０万人', '２，０００億円']);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(qs[0]?.value).toBe(100_000);
    expect(qs[1]?.value).toBe(2e11);
  });

  it('spans count UTF-16 code units past astral characters', () => {
    const text = '😀𠮷 約30人';
    const q = one(text);
    expect(q.start).toBe(5);
    expect(q.text).toBe('約30人');
  });

  it('finds several quantities in order', () => {
    const text = '政府は2025年12月23日、官民で1兆円超を投資し、利用率を8割に高める計画を閣議決定した。';
    const qs = findQuantities(text);
    expect(qs.map((q) => [q.text, q.unit])).toEqual([
      ['2025年12月23日', 'date'],
      ['1兆円超', 'JPY'],
      ['8割', 'ratio'],
    ]);
  });

  it('negative numbers', () => {
    expectQ('前年比マイナス5%', { unit: 'ratio', value: -0.05 });
    expectQ('▲3億円', { unit: 'JPY', value: -3e8 });
  });
});
