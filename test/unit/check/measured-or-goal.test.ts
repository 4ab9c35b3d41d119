import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';

const claims = (text: string, articleDate?: string) =>
  analyzeText(text, articleDate === undefined ? {} : { articleDate }).claims.map((c) => [
    c.text,
    c.verdict,
    c.figureId,
  ]);
const flags = (text: string, articleDate?: string) =>
  claims(text, articleDate).filter(([, v]) => v === 'mismatch' || v === 'misstatement');

describe('a rate dated to a year in its own clause is that year’s measurement, not a goal', () => {
  it('「利用率（昨年）が個人で２割台」 is never called wrong against the 8割 goal', () => {
    const text = 'AI基本計画の策定にあたり、日本はＡＩ利用率（昨年）が個人で２割台、企業で５割にとどまる。';
    expect(flags(text, '2026-02-01')).toEqual([]);
    expect(flags(text, '2026-01-10')).toEqual([]);
  });

  it('"usage last year was low, at around 20%" is a measurement too', () => {
    const text =
      'The rough draft of the AI basic plan notes that usage last year was low, at around 20% for individuals and 50% for companies.';
    expect(flags(text, '2026-01-10')).toEqual([]);
  });

  it('a goal stays a goal: the year of the start of "from … in fiscal 2024 to 50 percent" is not the 50’s', () => {
    expect(
      claims(
        'The AI Basic Plan aims to raise the share of people using generative AI from around 25 percent in fiscal 2024 to 50 percent, and eventually 80 percent.',
      ).map(([t, v]) => [t, v]),
    ).toEqual([
      ['around 25 percent', 'match'],
      ['50 percent', 'match'],
      ['80 percent', 'match'],
    ]);
    // the sentence's date is the adoption's: its goal is still compared with the plan's goals
    const goal = claims(
      'The AI Basic Plan, adopted in December last year, set a goal of 60 percent usage.',
      '2026-01-10',
    );
    expect(goal.find(([t]) => t === '60 percent')?.[1]).toBe('mismatch');
  });

  it('"today" after a rate marks the present level: "from 50 percent today to 80 percent" is the known slip', () => {
    expect(
      claims('The AI Basic Plan aims to raise generative AI usage from 50 percent today to 80 percent.')[0],
    ).toEqual(['50 percent', 'misstatement', 'genai-use-2024']);
  });
});

describe('a date said to be before or after the decision is another event’s', () => {
  it('「閣議決定に先立つ１２月１８日」「閣議決定から１カ月後の１月２３日」 are not the day of decision', () => {
    expect(flags('ＡＩ基本計画の閣議決定に先立つ１２月１８日、楽天はＬＬＭを発表した。')).toEqual([]);
    expect(flags('閣議決定から１カ月後の１月２３日、デジタル庁はＡＩ基本計画の説明会を開いた。')).toEqual([]);
    expect(
      flags('Two weeks ahead of the cabinet decision on the AI Basic Plan, on December 9, experts met.'),
    ).toEqual([]);
  });
});
