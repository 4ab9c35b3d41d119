import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { resolveOn } from '../../../lib/dates/resolve';
import { tenseOf } from '../../../lib/dates/tense';

const tense = (text: string, date: string) => {
  const start = text.indexOf(date);
  return tenseOf(text, { start: 0, end: text.length }, { start, end: start + date.length });
};

describe('the tense of a date’s verb', () => {
  it('reads a Japanese verb after the date, in its clause', () => {
    expect(tense('ＡＩ法は５月に国会で成立した。', '５月')).toBe('past');
    expect(tense('源内は5月から運用を開始する。', '5月')).toBe('future');
    expect(tense('ロードマップは夏をめどにまとめる予定だ。', '夏')).toBe('future');
    // the verb of another clause says nothing of the date
    expect(tense('5月の会合で、計画の改定を議論した。', '5月')).toBeNull();
  });

  it('reads an English verb before the date', () => {
    expect(tense('the AI promotion law that was enacted in May', 'May')).toBe('past');
    expect(tense('the AI Act, which took full effect in September', 'September')).toBe('past');
    expect(tense('Gennai will be rolled out in May', 'May')).toBe('future');
    // a participle of planning is no past event
    expect(tense('the roadmap, expected in July', 'July')).toBe('future');
    expect(tense('the review in May', 'May')).toBeNull();
  });
});

describe('a month with no year, read with the article’s date and its verb', () => {
  const jan = { year: 2026, month: 1, day: 10 };
  it('the nearest May by default, last May when past, the next when future', () => {
    expect(resolveOn({ month: 5 }, jan)?.year).toBe(2026);
    expect(resolveOn({ month: 5 }, jan, 'past')?.year).toBe(2025);
    expect(resolveOn({ month: 12, day: 23 }, jan, 'future')?.year).toBe(2026);
    expect(resolveOn({ month: 12, day: 23 }, jan, 'past')?.year).toBe(2025);
  });

  it('「ＡＩ法は５月に成立した」 in an article of December or January agrees with the enactment', () => {
    for (const articleDate of ['2025-12-23', '2026-01-10']) {
      expect(
        analyzeText('ＡＩ法は５月に成立した。ＡＩ基本計画は同法に基づく。', { articleDate }).claims.map(
          (c) => [c.text, c.verdict, c.figureId],
        ),
      ).toEqual([['５月', 'match', 'ai-act-enacted']]);
      expect(
        analyzeText('The AI Basic Plan is based on the AI promotion law that was enacted in May.', {
          articleDate,
        }).claims.map((c) => [c.text, c.verdict]),
      ).toEqual([['May', 'match']]);
    }
  });

  it('a wrong month read with the article’s date is still never called wrong', () => {
    expect(
      analyzeText('AI基本計画によると、AI法は3月に成立した。', { articleDate: '2026-01-10' }).claims,
    ).toEqual([]);
  });
});
