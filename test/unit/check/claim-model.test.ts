import { describe, expect, it } from 'vitest';
import {
  claimFacts,
  clauseOf,
  compatible,
  documentBefore,
  isClauseEnd,
  isConversion,
  mayContradict,
  mayMismatch,
  ownerOf,
  presentCount,
  subjectOf,
  yearOf,
} from '../../../lib/check/claim-model';
import { findQuantities } from '../../../lib/numbers';
import type { Quantity } from '../../../lib/numbers/types';

/** The sentence as one span, its quantities, and the quantity written `q`. */
function at(text: string, q: string) {
  const qs = findQuantities(text);
  const found = qs.find((x) => x.text.includes(q) || q.includes(x.text));
  if (found === undefined) throw new Error(`no quantity ${q} in ${text}: ${qs.map((x) => x.text)}`);
  return { sent: { start: 0, end: text.length }, qs, q: found };
}
const asIs = (d: Quantity) => d.date ?? null;

describe('clauses', () => {
  it('end at 、，,;；。:： and nowhere else', () => {
    const ends = [...'、，,;；。:：'].filter((ch) => isClauseEnd(ch.charCodeAt(0)));
    expect(ends.join('')).toBe('、，,;；。:：');
    const others = [...'・.．！？ あ漢A1-（）「」'].filter((ch) => isClauseEnd(ch.charCodeAt(0)));
    expect(others).toEqual([]);
    expect(isClauseEnd(Number.NaN)).toBe(false);
  });

  it("a number's clause runs from the comma before it to the one after it", () => {
    const text = '政府は、国民の利用率を8割に高める目標を掲げ、予算を組む。';
    const q = findQuantities(text)[0] as Quantity;
    const c = clauseOf(text, { start: 0, end: text.length }, q);
    expect(text.slice(c.start, c.end)).toBe('国民の利用率を8割に高める目標を掲げ');
  });
});

describe('subjectOf', () => {
  it('reads who a number counts from its clause', () => {
    const t1 = '一方、企業では5割程度が生成AIを導入している。';
    expect(subjectOf(t1, at(t1, '5割').sent, at(t1, '5割').q)).toBe('companies');
    const t2 = '源内は2025年春にデジタル庁の職員約1,000人で試行を始めた。';
    expect(subjectOf(t2, at(t2, '1,000人').sent, at(t2, '1,000人').q)).toBe('agency-staff');
    const t3 = '来年5月から10万人以上の政府職員が使う。';
    expect(subjectOf(t3, at(t3, '10万人').sent, at(t3, '10万人').q)).toBe('government-staff');
  });
  it('reads the English subject after the number', () => {
    const t = 'usage was around 20 percent for individuals and 50 percent for corporations';
    expect(subjectOf(t, at(t, '50 percent').sent, at(t, '50 percent').q)).toBe('companies');
    expect(subjectOf(t, at(t, '20 percent').sent, at(t, '20 percent').q)).toBe('individuals');
  });
  it('names no subject where none is written; "200 people" is a count, not "the public"', () => {
    const t = 'AI基本計画は利用率を8割に高める。';
    expect(subjectOf(t, at(t, '8割').sent, at(t, '8割').q)).toBeNull();
    const e = 'aiming eventually for 200 people';
    expect(subjectOf(e, at(e, '200 people').sent, at(e, '200 people').q)).toBeNull();
  });
});

describe('yearOf', () => {
  it('takes the year its clause dates the number to', () => {
    const t = '源内は2025年春にデジタル庁の職員約1,000人で試行を始めた。';
    const { q, qs } = at(t, '1,000人');
    expect(yearOf(q, qs, asIs)).toEqual({ year: 2025, fiscal: false });
    const f = '2024年度に25%程度だった利用率';
    expect(yearOf(at(f, '25%').q, at(f, '25%').qs, asIs)).toEqual({ year: 2024, fiscal: true });
  });
  it('ignores a relative date it cannot resolve', () => {
    const t = '来年5月から10万人以上の政府職員が使う。';
    const { q, qs } = at(t, '10万人');
    expect(yearOf(q, qs, () => null)).toBeNull();
  });
});

describe('ownerOf and isConversion', () => {
  it('a sum in brackets after another sum is the article’s conversion', () => {
    const t = '政府は当面1兆円超（約67億ドル）を投資する。';
    const { q, qs, sent } = at(t, '67億ドル');
    expect(isConversion(t, q, qs)).toBe(true);
    expect(ownerOf(t, sent, q, qs)).toBe('conversion');
    const e = 'roughly ¥1 trillion ($6.4 billion) in private investment';
    expect(ownerOf(e, at(e, '$6.4 billion').sent, at(e, '$6.4 billion').q, at(e, '$6.4 billion').qs)).toBe(
      'conversion',
    );
  });
  it('METI’s own five-year programme is not the plan’s', () => {
    const t = '経済産業省は国産基盤モデルの開発を5年間で1兆円規模支援する。';
    const { q, qs, sent } = at(t, '1兆円');
    expect(ownerOf(t, sent, q, qs)).toBe('ministry-programme');
  });
  it('a budget or an economic package owns the sums it sets aside', () => {
    for (const [t, n] of [
      ['Alongside the plan, the economic package earmarks 2 trillion yen for AI.', '2 trillion yen'],
      ['補正予算ではAI施策に約1,900億円を計上した。', '1,900億円'],
      ['経済対策はAI・半導体に10兆円以上を充てる。', '10兆円'],
      ['The budget for fiscal 2026 includes 1.2 trillion yen for AI and chips.', '1.2 trillion yen'],
      ['政府のAI関連予算は1兆円を超えた。', '1兆円'],
    ] as const) {
      const { q, qs, sent } = at(t, n);
      expect(ownerOf(t, sent, q, qs), t).toBe('budget');
    }
    // not the plan's figure; a figure of the budget itself may still be compared
    const facts = { subject: null, year: null, owner: 'budget' as const };
    expect(compatible(facts, { scope: 'plan' })).toBe(false);
    expect(compatible(facts, { scope: 'other-programme' })).toBe(true);
    // a sum with no budget in its clause is left to the plan, as before
    const plan = 'The AI Basic Plan, funded in part by the supplementary budget, calls for over ¥1 trillion.';
    const { q, qs, sent } = at(plan, '¥1 trillion');
    expect(ownerOf(plan, sent, q, qs)).toBeNull();
  });
  it('a company owns the sums it pledges', () => {
    for (const [t, n] of [
      ['ソフトバンクは国内のAI基盤に3兆円を投じる。', '3兆円'],
      ['同社は2030年までに5兆円を投資する。', '5兆円'],
      ['Microsoft Corp. will invest $2.9 billion in Japan.', '$2.9 billion'],
      ['SoftBank pledged to invest ¥3 trillion in AI.', '¥3 trillion'],
    ] as const) {
      const { q, qs, sent } = at(t, n);
      expect(ownerOf(t, sent, q, qs), t).toBe('company');
    }
    expect(compatible({ subject: null, year: null, owner: 'company' }, { scope: 'plan' })).toBe(false);
    // public and private investment, with companies taking part, is still the plan's figure
    const t = '民間企業も参加し、官民で1兆円超を投資する。';
    const { q, qs, sent } = at(t, '1兆円超');
    expect(ownerOf(t, sent, q, qs)).toBeNull();
  });
  it('another plan in the clause owns the number', () => {
    const t = '宇宙基本計画は市場を8兆円に倍増させる。';
    const { q, qs, sent } = at(t, '8兆円');
    expect(ownerOf(t, sent, q, qs)).toBe('other-plan');
  });
  it('a survey owns its numbers: they may agree, never mismatch', () => {
    const t = '総務省の調査で個人の利用は26.7%だった。';
    const { q, qs, sent } = at(t, '26.7%');
    const facts = claimFacts(t, sent, q, qs, asIs);
    expect(facts.owner).toBe('survey');
    expect(mayMismatch(facts)).toBe(false);
  });
});

describe('compatible', () => {
  const figure = { subject: 'government-staff' as const, asOf: '2026', scope: 'plan' as const };
  it('needs the same subject, the same year and the plan as owner', () => {
    expect(compatible({ subject: null, year: null, owner: null }, figure)).toBe(true);
    expect(
      compatible({ subject: 'government-staff', year: { year: 2026, fiscal: false }, owner: null }, figure),
    ).toBe(true);
    expect(compatible({ subject: 'agency-staff', year: null, owner: null }, figure)).toBe(false);
    expect(compatible({ subject: null, year: { year: 2025, fiscal: false }, owner: null }, figure)).toBe(
      false,
    );
    expect(compatible({ subject: null, year: null, owner: 'conversion' }, figure)).toBe(false);
    expect(compatible({ subject: null, year: null, owner: 'ministry-programme' }, figure)).toBe(false);
  });
  it('a ministry’s programme may be compared with a figure of another programme', () => {
    expect(
      compatible({ subject: null, year: null, owner: 'ministry-programme' }, { scope: 'other-programme' }),
    ).toBe(true);
  });
});

describe('an age group', () => {
  it('is the subject of a number in its sentence', () => {
    for (const [t, n] of [
      ['20代でも生成AIの利用率は44.7%にとどまる。', '44.7%'],
      ['Even among people in their 20s, only 44.7% of Japanese use generative AI.', '44.7%'],
      ['高齢者の利用率は1割に満たない。', '1割'],
    ] as const) {
      const { q, sent } = at(t, n);
      expect(subjectOf(t, sent, q), t).toBe('age-group');
    }
    const t = '国民の生成AI利用率は26.7%だった。';
    const { q, sent } = at(t, '26.7%');
    expect(subjectOf(t, sent, q)).toBe('individuals');
  });
});

describe('a count at a moment', () => {
  const present = (text: string, n: string) => {
    const { q, qs, sent } = at(text, n);
    return presentCount(text, sent, q, qs);
  };
  it('is the number nearest a present word', () => {
    expect(present('AISIの人員を現在の約30人から3倍に増やす。', '約30人')).toBe(true);
    expect(present('AISIの人員を現在の約30人から3倍に増やす。', '3倍')).toBe(false);
    expect(present('AISIは2026年2月時点で常勤約20人だ。', '約20人')).toBe(true);
    expect(present('The institute had about 20 staff as of February.', 'about 20')).toBe(true);
    expect(present('The institute will grow to 200 staff.', '200')).toBe(false);
  });
  it('may contradict a figure of a moment, never a goal with no date', () => {
    expect(mayContradict(true, { asOf: '2025' })).toBe(true);
    expect(mayContradict(true, {})).toBe(false);
    expect(mayContradict(false, {})).toBe(true);
  });
});

describe('the document a date belongs to', () => {
  const doc = (text: string, q: string) => {
    const { sent, q: found } = at(text, q);
    return documentBefore(text, sent, found);
  };
  it('is the one named nearest before the date', () => {
    expect(doc('The AI Basic Plan was adopted by the Cabinet on December 26, 2025.', 'December 26')).toBe(
      'Basic Plan',
    );
    expect(doc('The plan builds on guidelines issued in May 2025.', 'May 2025')).toBe('guidelines');
    expect(doc('On December 26, 2025, the Cabinet adopted the AI Basic Plan.', 'December 26')).toBeNull();
  });
  it('for an English "which" clause, the noun before its comma', () => {
    expect(doc('The plan rests on the AI Promotion Act, which was adopted in May 2025.', 'May 2025')).toBe(
      'Act',
    );
    expect(
      doc('The plan rests on the AI Promotion Act, and it was adopted in December 2025.', 'December'),
    ).toBe(null);
  });
  it('a body named after a strategy is no document: its meeting’s date is its own', () => {
    expect(doc('人工知能戦略本部は12月19日に計画案を了承した。', '12月19日')).toBeNull();
    expect(doc('The draft was approved by the AI Strategy Headquarters on Dec. 19.', 'Dec. 19')).toBeNull();
    // a strategy itself still is one
    expect(doc('The plan replaces the AI Strategy adopted in April 2022.', 'April 2022')).toBe('Strategy');
    expect(doc('政府はAI戦略を2022年4月に決定した。', '2022年4月')).toBe('戦略');
  });
  it('in Japanese, only what comes before the date in its clause', () => {
    expect(doc('AI法は2025年5月に成立し、政府は12月26日にAI基本計画を閣議決定した。', '12月26日')).toBeNull();
    expect(doc('政府はAI法に基づく指針を2026年3月にまとめた。', '2026年3月')).toBe('指針');
  });
  it('keeps a date of another document from the plan’s figures, not from that document’s', () => {
    const decision = {
      scope: 'plan' as const,
      qualifiers: { ja: ['基本計画', '計画'], en: ['Basic Plan', 'plan'] },
    };
    const act = {
      scope: 'plan' as const,
      qualifiers: { ja: ['AI法', 'AI推進法'], en: ['AI Act', 'AI Promotion Act'] },
    };
    const facts = (document: string | null) => ({ subject: null, year: null, owner: null, document });
    expect(compatible(facts('Act'), decision)).toBe(false);
    expect(compatible(facts('guidelines'), decision)).toBe(false);
    expect(compatible(facts('指針'), act)).toBe(false);
    expect(compatible(facts('Act'), act)).toBe(true);
    expect(compatible(facts('AI法'), act)).toBe(true);
    expect(compatible(facts('Basic Plan'), decision)).toBe(true);
    expect(compatible(facts(null), decision)).toBe(true);
  });
});
