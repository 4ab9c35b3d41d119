import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/check/compile';
import { dateReader } from '../../../lib/check/engine';
import { countryOf, exactMisstatingValue, sentenceHits } from '../../../lib/check/rules';
import { findQuantities } from '../../../lib/numbers';
import type { Quantity } from '../../../lib/numbers/types';
import { dataset } from '../../../lib/plan/data';

const q = (text: string, written: string): Quantity => {
  const found = findQuantities(text).find((x) => x.text.includes(written));
  if (found === undefined) throw new Error(`no ${written} in ${text}`);
  return found;
};

describe('exactMisstatingValue', () => {
  const usd67 = { kind: 'amount', value: 6.7e9, unit: 'USD', bound: 'approx' } as const;
  it('matches the misstating value itself, in either language', () => {
    expect(exactMisstatingValue(q('約67億ドル', '67億ドル'), usd67)).toBe(true);
    expect(exactMisstatingValue(q('$6.7 billion', '6.7'), usd67)).toBe(true);
  });
  it('never a nearby value', () => {
    expect(exactMisstatingValue(q('65億ドル', '65億ドル'), usd67)).toBe(false);
    expect(exactMisstatingValue(q('70億ドル', '70億ドル'), usd67)).toBe(false);
    expect(exactMisstatingValue(q('$6.4 billion', '6.4'), usd67)).toBe(false);
    expect(exactMisstatingValue(q('67億円', '67億円'), usd67)).toBe(false);
  });
  it('a misstated day needs a day in the text: month precision is not the slip', () => {
    const dec19 = { kind: 'date', date: '2025-12-19' } as const;
    expect(exactMisstatingValue(q('2025年12月19日', '12月19日'), dec19)).toBe(true);
    expect(exactMisstatingValue(q('2025年12月', '2025年12月'), dec19)).toBe(false);
    expect(exactMisstatingValue(q('2025年12月23日', '12月23日'), dec19)).toBe(false);
  });
  it('「超」 in the misstatement needs 「超」 in the text', () => {
    const over4000 = { kind: 'amount', value: 4e11, unit: 'JPY', bound: 'more-than' } as const;
    expect(exactMisstatingValue(q('4,000億円超', '4,000億円'), over4000)).toBe(true);
    expect(exactMisstatingValue(q('約4,000億円', '4,000億円'), over4000)).toBe(false);
  });
});

describe('countryOf', () => {
  const of = (text: string, written: string) => {
    const x = q(text, written);
    return countryOf(text, { start: 0, end: text.length }, x);
  };
  it('finds the country a number is said of', () => {
    expect(of('米国は68.8%、中国は81.2%だった', '68.8%')).toBe('米国');
    expect(of('米国は68.8%、中国は81.2%だった', '81.2%')).toBe('中国');
    expect(of('usage stood at 68.8% in the U.S.', '68.8%')).toBe('U.S.');
  });
  it('「英国並みの200人」 is Japan’s own goal, not Britain’s number', () => {
    expect(of('英国並みの200人体制を目指す', '200人')).toBeNull();
    expect(of('日本の利用率は26.7%', '26.7%')).toBeNull();
  });
});

describe('dateReader', () => {
  it('resolves a relative date with the article’s date', () => {
    const qs = findQuantities('来年5月から使う');
    const read = dateReader('2025-12-19', qs);
    expect(read(qs[0] as Quantity)).toMatchObject({ year: 2026, month: 5 });
  });
  it('without an article date a relative date is unknown (silent)', () => {
    const qs = findQuantities('来年5月から使う');
    expect(dateReader(undefined, qs)(qs[0] as Quantity)).toBeNull();
  });
  it('a bare day takes its month from a full date earlier in the sentence', () => {
    const text = '12月19日に了承し、23日に閣議決定した';
    const qs = findQuantities(text);
    const day = qs.find((x) => x.text === '23日') as Quantity;
    expect(dateReader(undefined, qs)(day)).toMatchObject({ month: 12, day: 23 });
  });
  it('a month-day date with no year is compared on what it gives, or gets the year from the article', () => {
    const qs = findQuantities('12月23日に閣議決定');
    expect(dateReader(undefined, qs)(qs[0] as Quantity)).toMatchObject({ month: 12, day: 23 });
    expect(dateReader('2026-01-10', qs)(qs[0] as Quantity)).toMatchObject({ year: 2025, month: 12, day: 23 });
  });
});

describe('sentenceHits', () => {
  const c = compile(dataset);
  const cover = (cue: number) => c.planCues.has(cue) || c.topicOf.has(cue);
  // every plan or topic cue of the dataset that holds another cue (利用率 in 生成AI利用率)
  const nested = c.cues.cues.flatMap((long, id) =>
    cover(id)
      ? c.cues.cues
          .filter((short) => short !== long && long.includes(short))
          .map((short) => ({ long, short }))
      : [],
  );

  it('the dataset has cues inside longer plan or topic cues (what the rule is for)', () => {
    expect(nested.length).toBeGreaterThan(5);
  });

  it('a cue inside a longer plan or topic cue is not a hit of its own; the longer one is', () => {
    for (const { long, short } of nested) {
      const block = `今回は${long}が話題に`;
      const hits = sentenceHits(block, { start: 0, end: block.length }, [], c).map((h) => c.cues.cues[h.cue]);
      expect(hits, `${short} in ${long}`).not.toContain(short);
      expect(hits, long).toContain(long);
    }
  });

  it('a cue standing apart from the longer one is still a hit, however many cues the sentence has', () => {
    const { long, short } = nested[0] as { long: string; short: string };
    const block = `${`${long}、`.repeat(200)}そして${short}`;
    const hits = sentenceHits(block, { start: 0, end: block.length }, [], c);
    const last = hits.at(-1);
    expect(last && block.slice(last.start, last.end)).toBe(short);
    expect(last?.end).toBe(block.length);
  });
});
