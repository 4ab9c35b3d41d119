import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { datesMainClause } from '../../../lib/check/main-clause';

const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);

describe('a date that opens its sentence dates the main verb, however long the subject', () => {
  it('checks the decision day of a Japanese explainer lead with a long object', () => {
    const lead = (day: string) =>
      `2025年12月${day}日、日本政府は初の国家戦略となる「人工知能基本計画（AI基本計画）」を閣議決定した。`;
    expect(claims(lead('23'))).toEqual([['2025年12月23日', 'match', 'decision-date']]);
    // the 19th is the day the headquarters approved the draft: the known slip
    expect(claims(lead('19'))).toEqual([['2025年12月19日', 'misstatement', 'decision-date']]);
    expect(claims(lead('26'))).toEqual([['2025年12月26日', 'mismatch', 'decision-date']]);
  });

  it('checks an English lead: "On <date>, <subject> <verb>"', () => {
    expect(
      claims(
        'On December 26, 2025, the Japanese government adopted its first AI Basic Plan at a cabinet meeting.',
      ),
    ).toEqual([['December 26, 2025', 'mismatch', 'decision-date']]);
    expect(
      claims(
        'On 15 March 2025, the Japanese National Diet enacted the Act on the Promotion of Research, Development and Utilization of Artificial Intelligence-Related Technologies.',
      ),
    ).toEqual([['15 March 2025', 'mismatch', 'ai-act-enacted']]);
  });

  it('says nothing when the lead date is another event’s', () => {
    for (const text of [
      // the PM's announcement: 閣議決定 is planned, not the sentence's verb
      '2025年12月26日、高市首相は人工知能戦略本部で、AI基本計画を年内に閣議決定する方針を示した。',
      // an earlier clause (了承し、) and a verb in the present: the date is the approval's
      '2025年12月26日、人工知能戦略本部が計画案を了承し、政府は近くAI基本計画を閣議決定する。',
      // a past verb inside the subject: the date may be the bill's submission
      '2025年3月、政府が国会に提出したAI法案は、衆議院で審議されたのち成立した。',
      // reported speech and a plan in English
      'On December 26, 2025, Prime Minister Takaichi said the cabinet would adopt the AI Basic Plan within days.',
      'On December 26, 2025, experts who had studied the draft of the AI Basic Plan met, before the cabinet approved it.',
      'On March 15, 2025, lawmakers debated the bill that later enacted the AI Promotion Act.',
    ]) {
      expect(
        claims(text).filter(([, v]) => v === 'mismatch' || v === 'misstatement'),
        text,
      ).toEqual([]);
    }
  });
});

describe('datesMainClause', () => {
  const at = (text: string, date: string, cue: string) => {
    const q = { start: text.indexOf(date), end: text.indexOf(date) + date.length };
    const hit = { start: text.lastIndexOf(cue), end: text.lastIndexOf(cue) + cue.length };
    return datesMainClause(text, { start: 0, end: text.length }, q, hit);
  };

  it('needs the date first (or after a short topic), a comma after it and the cue last', () => {
    expect(
      at('政府は2025年12月23日、初の国家計画となるAI基本計画を閣議決定した。', '2025年12月23日', '閣議決定'),
    ).toBe(true);
    expect(at('2025年12月23日に、政府はAI基本計画を閣議決定しました。', '2025年12月23日', '閣議決定')).toBe(
      true,
    );
    // no comma after the date: it may modify a noun (「2025年12月23日付の資料」)
    expect(at('2025年12月23日付の資料で政府はAI基本計画を閣議決定した。', '2025年12月23日', '閣議決定')).toBe(
      false,
    );
    // the date is not the sentence's first words
    expect(
      at('報道によると、2025年12月23日、政府はAI基本計画を閣議決定した。', '2025年12月23日', '閣議決定'),
    ).toBe(false);
    // the cue is not the final predicate
    expect(at('2025年12月23日、政府は閣議決定した計画を公表した。', '2025年12月23日', '閣議決定')).toBe(
      false,
    );
    // a clause ends before the cue (「示し、」)
    expect(
      at('2025年12月23日、政府は案を示し、AI基本計画を閣議決定した。', '2025年12月23日', '閣議決定'),
    ).toBe(false);
    expect(at('In December 2025, the cabinet of Japan adopted the plan.', 'December 2025', 'adopted')).toBe(
      true,
    );
    expect(
      at('In December 2025, the cabinet, after a debate, adopted the plan.', 'December 2025', 'adopted'),
    ).toBe(false);
  });
});
