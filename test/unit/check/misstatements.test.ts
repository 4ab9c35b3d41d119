import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';

/** Every known misstatement of the reference, in the wording it circulates in (written for this test). */
const CIRCULATING: Array<[string, string]> = [
  ['AI基本計画の比較として、米国の民間AI投資は年間約67億ドル（約7兆円）とされる。', 'ms-us-private-ai-67'],
  ['AI基本計画の根拠は2023年に成立したAI法だ。', 'ms-ai-act-2023'],
  ['AI基本計画は12月19日に閣議決定された。', 'ms-decided-1219'],
  ['AI基本計画の7本柱を見ていく。', 'ms-seven-pillars'],
  ['AI基本計画に関連し、補正予算で4,000億円超のAI関連施策が計上された。', 'ms-supplementary-4000'],
  ['AI基本計画によれば、源内は将来30万人超が利用する。', 'ms-gennai-300k'],
  ['AI基本計画は2030年までに人型ロボットを実現する。', 'ms-robot-2030'],
  ['AI基本計画は2026年2月6日に閣議決定された。', 'ms-decided-wrong-date'],
  ['AI基本計画は2024年12月23日に閣議決定された。', 'ms-decided-wrong-date'],
  ['AI基本計画は2023年10月23日に閣議決定された。', 'ms-decided-wrong-date'],
  ['AI基本計画は生成AIの利用率を現在の50%から80%へ高める。', 'ms-genai-50-to-80'],
  ['AI基本計画は5年間で1兆円の支援を打ち出した。', 'ms-plan-1t-5y'],
  ['AI基本計画の一環で、日本は2028年にAIサミットを開催する。', 'ms-summit-2028-settled'],
  ["Japan's AI Basic Plan was approved by the Cabinet on Dec. 19.", 'ms-decided-1219'],
  ['The AI Basic Plan has seven pillars.', 'ms-seven-pillars'],
  [
    'Under the AI Basic Plan debate, US private AI investment of $6.7 billion is often cited.',
    'ms-us-private-ai-67',
  ],
  ['Japan will host the AI Summit in 2028 under the AI Basic Plan.', 'ms-summit-2028-settled'],
];

describe('known misstatements', () => {
  for (const [text, id] of CIRCULATING) {
    it(`flags ${id}: ${text}`, () => {
      const ids = analyzeText(text)
        .claims.filter((c) => c.verdict === 'misstatement')
        .map((c) => c.misstatementId);
      expect(ids).toContain(id);
    });
  }

  it('never on a nearby value or a conversion (「1兆円（約67億ドル）」, 65億ドル, China’s $7.8 billion)', () => {
    for (const text of [
      'AI基本計画で政府は当面1兆円超（約67億ドル）を投資する。',
      'AI基本計画の比較として、米国の民間AI投資は65億ドルとする試算もある。',
      'AI基本計画に関連して、中国の民間AI投資は77億6千万ドルだった。',
      'The AI Basic Plan targets roughly ¥1 trillion ($6.7 billion) in private investment.',
    ]) {
      const flags = analyzeText(text).claims.filter((c) => c.verdict === 'misstatement');
      expect(flags, text).toEqual([]);
    }
  });

  it('a date at month precision is right, not the 12-19 slip', () => {
    const claims = analyzeText('AI基本計画の閣議決定は2025年12月だった。').claims;
    expect(claims.map((c) => [c.text, c.verdict, c.figureId])).toEqual([
      ['2025年12月', 'match', 'decision-date'],
    ]);
  });
});

/**
 * Fact-checks and explainers quote a slip in order to correct it (written for this test, in the
 * shapes such articles take). The article is right: the quoted slip gets no verdict (neither
 * 既知の誤り nor 不一致), and the figure it gives instead is still checked.
 */
describe('a misstatement quoted to be corrected', () => {
  const verdicts = (text: string) =>
    analyzeText(text, { articleDate: '2026-01-10' }).claims.map((c) => [c.text, c.verdict]);

  for (const [text, right] of [
    [
      '政府のAI基本計画について、一部では「7本柱」との表現も見られるが、計画が掲げるのは4つの基本的な方針だ。',
      '4つ',
    ],
    ['AI基本計画は「7つの柱」ではなく、4つの基本的な方針で構成される。', '4つ'],
    ['AI基本計画の閣議決定日を12月19日とする報道があるが、正しくは12月23日だ。', '12月23日'],
    ['「AI基本計画は7本柱」というのは誤りで、柱は4つの基本的な方針だ。', '4つ'],
    [
      'Some reports described the AI Basic Plan as having seven pillars, but the plan itself sets out four basic policies.',
      'four basic policies',
    ],
    ['The AI Basic Plan does not have seven pillars; it has four basic policies.', 'four basic policies'],
    [
      'Contrary to reports of seven pillars, the AI Basic Plan sets out four basic policies.',
      'four basic policies',
    ],
  ] as const) {
    it(text, () => {
      expect(verdicts(text)).toEqual([[right, 'match']]);
    });
  }

  it('the slip relayed as a fact is still one, with or without a "but" or a source', () => {
    for (const text of [
      '政府は12月19日、AI基本計画を閣議決定したが、予算の裏付けは乏しい。',
      '一部報道によると、AI基本計画は12月19日に閣議決定された。',
      'SNSでは「AI基本計画の7本柱」という表現が広がっている。',
      'The AI Basic Plan, which has seven pillars, was approved in December, but critics say it lacks funding.',
      'Reuters reported that the AI Basic Plan was approved by the Cabinet on Dec. 19.',
      'The plan, called the AI Basic Plan, has seven pillars, but critics want more funding.',
    ]) {
      expect(
        verdicts(text).map(([, v]) => v),
        text,
      ).toContain('misstatement');
    }
  });

  it('a wrong date quoted to be corrected is not called 不一致 either', () => {
    const text = 'AI基本計画の閣議決定は12月19日とされたが、実際には12月23日だった。';
    expect(verdicts(text)).toEqual([['12月23日', 'match']]);
  });
});
