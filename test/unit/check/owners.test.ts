import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';

const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);

describe('a sum with a deadline is a framework’s or a pledge’s, not the plan’s investment', () => {
  it('"¥10 trillion in chips and AI by 2030" beside the plan is never called wrong', () => {
    expect(
      claims(
        "The AI Basic Plan comes on top of Japan's pledge to invest over 10 trillion yen in chips and AI by 2030.",
      ),
    ).toEqual([]);
    expect(
      claims('Alongside the AI Basic Plan, Japan will invest ¥10 trillion in AI and chips by fiscal 2030.'),
    ).toEqual([]);
    expect(claims('AI基本計画と並行して、政府は2030年度までにAI・半導体に10兆円以上を投じる。')).toEqual([]);
  });

  it('the plan’s own sum with no deadline is still checked', () => {
    expect(claims('AI基本計画では、官民で当面2兆円超をAI関連施策に投資する。')).toEqual([
      ['2兆円超', 'mismatch', 'investment'],
    ]);
  });

  it('a figure of another programme with its own year may still agree', () => {
    expect(
      claims(
        "The AI Basic Plan sits beside Japan's chip strategy, which aims for 15 trillion yen in domestic semiconductor sales by 2030.",
      ),
    ).toEqual([['15 trillion yen', 'match', 'semis-2030']]);
  });
});

describe('a company’s own numbers, and numbers of another kind than a topic’s', () => {
  it('"The new company … will hire some 100 engineers" is the company’s, not a talent target of the plan', () => {
    expect(
      claims(
        "The new company is aiming for a model of about 1 trillion parameters and will hire some 100 engineers, in line with the AI Basic Plan's push for domestic AI talent.",
      ),
    ).toEqual([]);
    expect(claims('同社はAI基本計画の方針に沿って、AI人材を約100人採用する。')).toEqual([]);
  });

  it('a model’s parameters are no count of AI talent; a count of people still is', () => {
    expect(claims('AI基本計画は、約1兆パラメーターのモデルとAI人材の育成を掲げる。')).toEqual([]);
    expect(claims('AI基本計画は、AI人材を100万人育成する目標を掲げる。')).toEqual([
      ['100万人', 'not-in-plan', null],
    ]);
  });
});
