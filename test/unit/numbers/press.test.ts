import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../../lib/numbers';

// Press typography, relative dates and English wire phrasing, in sentences written for these tests.

function only(text: string): Quantity {
  const qs = findQuantities(text);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  const q = qs[0] as Quantity;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

describe('press typography: dashes and bars are not minus signs', () => {
  it.each([
    ['計画の柱は—10万人の職員への展開', '10万人', 100_000],
    ['目標は――1兆円規模の投資だ', '1兆円規模', 1e12],
    ['政府職員―10万人以上', '10万人以上', 100_000],
    ['利用率を－５割から引き上げ', '５割', 0.5],
    ['第一段階は–30人の体制', '30人', 30],
  ])('%s', (text, span, value) => {
    const q = only(text);
    expect(q.text).toBe(span);
    expect(q.value).toBeCloseTo(value, 9);
  });

  it('the hyphen-minus and the minus sign still negate', () => {
    expect(only('前年比-3%の減少').value).toBeCloseTo(-0.03, 9);
    expect(only('伸び率は−5%').value).toBeCloseTo(-0.05, 9);
  });
});

describe('press typography: 中黒 as a decimal point', () => {
  it.each([
    ['内閣支持率は26・7%に下落', 0.267, 'ratio'],
    ['利用経験は６８・８％だった', 0.688, 'ratio'],
    ['前年の1・5倍に増える', 1.5, 'multiplier'],
    ['約2・5兆円を計上', 2.5e12, 'JPY'],
  ])('%s', (text, value, unit) => {
    const q = only(text);
    expect(q.unit).toBe(unit);
    expect(q.value).toBeCloseTo(value, 9);
  });

  it('a 中黒 between a month list or a date stays a list', () => {
    const qs = findQuantities('1・2月の統計と3・11の教訓');
    expect(qs.map((q) => q.text)).not.toContain('1・2月');
    expect(qs.some((q) => q.text.includes('・'))).toBe(false);
  });
});

describe('press typography: two-digit years, 半数, 倍増', () => {
  it('25年12月19日 is 19 December 2025; 26年度 is fiscal 2026', () => {
    expect(only('政府は25年12月19日に骨子を示した').date).toEqual({ year: 2025, month: 12, day: 19 });
    expect(only('26年度から本格運用').date).toEqual({ year: 2026, fiscal: true });
  });

  it('25年 alone is not a date', () => {
    expect(findQuantities('この25年で変わった').filter((q) => q.unit === 'date')).toEqual([]);
  });

  it('半数 is a half, 過半数 more than half, 大半 is not a number', () => {
    expect(only('職員の半数が使う')).toMatchObject({ unit: 'ratio', value: 0.5, bound: 'exact' });
    expect(only('半数以上の企業')).toMatchObject({ unit: 'ratio', value: 0.5, bound: 'at-least' });
    expect(only('過半数が賛成')).toMatchObject({ unit: 'ratio', value: 0.5, bound: 'more-than' });
    expect(findQuantities('大半の省庁')).toEqual([]);
  });

  it('倍増 next to a count is a doubling of it', () => {
    const qs = findQuantities('職員を約30人から倍増させる');
    expect(qs.map((q) => [q.text, q.unit, q.value])).toEqual([
      ['約30人', 'persons', 30],
      ['倍増', 'multiplier', 2],
    ]);
  });
});

describe('dates relative to the article', () => {
  it.each([
    ['23日の閣議で決めた', { day: 23, relative: { dayOnly: true } }],
    ['来年夏をめどにまとめる', { season: 'summer', relative: { yearOffset: 1 } }],
    ['今年5月に成立した法律', { month: 5, relative: { yearOffset: 0 } }],
    ['来年5月から始める', { month: 5, relative: { yearOffset: 1 } }],
    ['来年度の予算', { fiscal: true, relative: { yearOffset: 1 } }],
    ['昨年の調査では', { relative: { yearOffset: -1 } }],
    ['去年、始まった', { relative: { yearOffset: -1 } }],
    ['今月23日に公表', { day: 23, relative: { monthOffset: 0 } }],
    ['今夏に方針', { season: 'summer', relative: { yearOffset: 0 } }],
    ['The plan will be revised next summer.', { season: 'summer', relative: { upcoming: true } }],
    ['The law took effect this May.', { month: 5, relative: { yearOffset: 0 } }],
    ['A draft is due next year.', { relative: { yearOffset: 1 } }],
    ['from the next fiscal year', { fiscal: true, relative: { yearOffset: 1 } }],
    ['The cabinet approved it on the 23rd.', { day: 23, relative: { dayOnly: true } }],
    // one date, not a day and a year beside it
    ['approved on Dec. 23 last year', { month: 12, day: 23, relative: { yearOffset: -1 } }],
    ['adopted on December 23, last year', { month: 12, day: 23, relative: { yearOffset: -1 } }],
    ['approved in December last year', { month: 12, relative: { yearOffset: -1 } }],
    ['to start in May this year', { month: 5, relative: { yearOffset: 0 } }],
  ])('%s', (text, date) => {
    const q = only(text);
    expect(q.unit).toBe('date');
    expect(q.value).toBeNaN();
    expect(q.date).toEqual(date);
  });

  it('counts of days and words that only contain the characters are not dates', () => {
    for (const text of [
      '3日間の会議',
      '3日後に',
      '1日あたり100件',
      '日本年金機構',
      '将来年金',
      'over the last year',
      '今春闘',
    ])
      expect(
        findQuantities(text).filter((q) => q.unit === 'date'),
        text,
      ).toEqual([]);
  });
});

describe('English wire phrasing', () => {
  it.each([
    ['costs of 67.2 bn', 67.2e9, 'number'],
    ['a 1 tn yen fund', 1e12, 'JPY'],
    ['about 1,000 government employees', 1000, 'persons'],
    ['30 full-time staff', 30, 'persons'],
    ['three principles', 3, 'count'],
    ['four pillars', 4, 'count'],
    ['seven instructions', 7, 'count'],
    ['four basic policies', 4, 'count'],
    ['4 policy directions', 4, 'count'],
    ['four strategic pillars', 4, 'count'],
    ['four basic strategic pillars', 4, 'count'],
    ['seven specific instructions', 7, 'count'],
    ['100,000 national civil servants', 100000, 'persons'],
    ['柱として四つを挙げた', 4, 'count'],
    ['4つの方針', 4, 'count'],
  ])('%s', (text, value, unit) => {
    const q = only(text);
    expect(q.unit).toBe(unit);
    expect(q.value).toBeCloseTo(value, 6);
  });

  it('no more than two modifiers, and only known ones, stand between a number word and its noun', () => {
    expect(findQuantities('four very large new pillars')).toEqual([]);
    expect(findQuantities('four wooden pillars')).toEqual([]);
  });

  it('initially 50 pct, eventually 80 pct: two ratios', () => {
    const qs = findQuantities('initially 50 pct, eventually 80 pct');
    expect(qs.map((q) => [q.unit, q.value])).toEqual([
      ['ratio', 0.5],
      ['ratio', 0.8],
    ]);
  });
});

describe('English plus sign', () => {
  it('100,000+ is at least 100,000; 1+1 is two numbers', () => {
    expect(findQuantities('a target of 100,000+ by May').map((q) => [q.text, q.bound])).toEqual([
      ['100,000+', 'at-least'],
      ['May', 'exact'],
    ]);
    expect(findQuantities('1+1').map((q) => q.bound)).toEqual(['exact', 'exact']);
  });
});

describe('English "from X to Y"', () => {
  it('is a change, two quantities, as 「5割から8割に」 is', () => {
    const read = (text: string) => findQuantities(text).map((q) => q.text);
    expect(read('to lift generative AI use from the current 26.7% to 80%')).toEqual(['26.7%', '80%']);
    expect(read('staff will grow from about 30 to 200 people')).toEqual(['about 30', '200 people']);
  });
  it('without "from", "X to Y" is still a range', () => {
    expect(findQuantities('20% to 30% of firms').map((q) => [q.text, q.value, q.upper])).toEqual([
      ['20% to 30%', 0.2, 0.3],
    ]);
  });
});

describe('an English month named alone', () => {
  it.each([
    ['approved by the Cabinet in December.', 'December', 12],
    ['Gennai is to start from May, the agency said', 'May', 5],
    ['a roadmap due by mid-June', 'June', 6],
    ['In March, the headquarters met', 'March', 3],
    ['in early December', 'December', 12],
    ['at a December meeting, the Cabinet adopted the plan', 'December', 12],
    ['its May decision on Gennai', 'May', 5],
  ])('%s', (text, written, month) => {
    const q = only(text);
    expect([q.text, q.unit, q.date]).toEqual([written, 'date', { month }]);
  });

  it('is not a date where it may be a name or a verb', () => {
    for (const text of [
      'Theresa May said so',
      'the March report',
      'May I ask',
      'they March on',
      'the May Day parade',
    ])
      expect(findQuantities(text), text).toEqual([]);
  });
});

describe('a day of the week, as wire copy dates events', () => {
  it.each([
    ['the cabinet at a meeting Tuesday adopted the plan', { weekday: 2 }],
    ['On Friday, the headquarters met', { weekday: 5 }],
    ['the minister said Monday.', { weekday: 1 }],
    ['The Cabinet will adopt the plan Friday', { weekday: 5, upcoming: true }],
    ['due by Thursday', { weekday: 4, upcoming: true }],
    // "by" the agent, not a deadline
    ['The plan was approved by the Cabinet on Tuesday', { weekday: 2 }],
    ['to meet next Tuesday', { weekday: 2, upcoming: true }],
    ['approved last Friday', { weekday: 5, previous: true }],
  ])('%s', (text, relative) => {
    const q = only(text);
    expect([q.unit, q.date]).toEqual(['date', { relative }]);
  });

  it('is not a date in a name, after an article, or every week', () => {
    for (const text of [
      'the Sunday Times',
      'Black Friday sales',
      'every Monday',
      'the Tuesday edition',
      'Tuesday',
    ])
      expect(findQuantities(text), text).toEqual([]);
  });

  it('is not one of the words between a number and its noun, nor they a day', () => {
    // "Public", "Key" are such words ("1,000 public servants"), not Sundays
    for (const text of ['spending on Public works', 'under a new Key policy'])
      expect(findQuantities(text), text).toEqual([]);
    // and a day's name stands between no number and its noun
    expect(findQuantities('30 Tuesday employees').map((q) => q.unit)).not.toContain('persons');
  });
});

describe('a month and day in kanji numerals without a year', () => {
  it('十二月二十三日 is December 23, as 12月23日 is', () => {
    const [q] = findQuantities('AI基本計画は十二月二十三日に閣議決定された。');
    expect([q?.text, q?.unit, q?.date]).toEqual(['十二月二十三日', 'date', { month: 12, day: 23 }]);
    const [oct] = findQuantities('十月一日に施行された。');
    expect(oct?.date).toEqual({ month: 10, day: 1 });
  });
});
