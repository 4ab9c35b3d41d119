import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, verdictLabel } from '../../../lib/check';

const claims = (text: string, assume = false) =>
  analyzeText(text, { assumeAboutPlan: assume }).claims.map((c) => [c.text, c.verdict, c.figureId]);

describe('verdictLabel', () => {
  it('labels the four verdicts in both languages', () => {
    expect(
      ['match', 'mismatch', 'misstatement', 'not-in-plan'].map((v) => verdictLabel(v as never, 'ja')),
    ).toEqual(['一致', '不一致', '既知の誤り', '計画に記載なし']);
    expect(verdictLabel('not-in-plan', 'en')).toBe('Not in the plan');
    expect(verdictLabel('misstatement', 'en')).toBe('Known misstatement');
  });
});

describe('the popup checker (assumeAboutPlan)', () => {
  it('checks a short sentence typed by the reader', () => {
    expect(claims('AI投資2兆円', true)).toEqual([['2兆円', 'mismatch', 'investment']]);
    expect(claims('1 trillion yen', true)).toEqual([['1 trillion yen', 'match', 'investment']]);
    expect(claims('利用率8割', true)).toEqual([['8割', 'match', 'genai-use-future']]);
  });
  it('without the option, a sentence that does not name the plan gets nothing', () => {
    expect(claims('AI投資2兆円')).toEqual([]);
  });
});

describe('claims need cue words in their sentence', () => {
  it('a stock price and a publication date in an article about the plan stay silent', () => {
    const text =
      'AI基本計画が閣議決定された。\nソフトバンクグループの株価は3,500円に上がった。\n2025年12月24日 配信';
    expect(claims(text)).toEqual([]);
  });
  it('cue words in another sentence do not count', () => {
    expect(claims('AI基本計画の投資額が注目される。同社の売上は2兆円だった。')).toEqual([]);
  });
});

describe('tie-breaks and precision', () => {
  it('"public and private investment" is the plan’s 官民投資 (the PM’s figure), not the drafts’ private investment', () => {
    const [claim] = analyzeText(
      "Japan's Cabinet approved the AI Basic Plan, which calls for public and private investment of more than 1 trillion yen.",
    ).claims;
    expect([claim?.text, claim?.verdict, claim?.figureId]).toEqual([
      'more than 1 trillion yen',
      'match',
      'investment',
    ]);
    // the drafts' own wording still reaches the draft figure
    const [draft] = analyzeText('AI基本計画の骨子案は、1兆円規模の民間投資を引き出すとした。').claims;
    expect(draft?.figureId).toBe('investment-draft');
  });
  it('a sum an economic package sets aside, or a company pledges, is not called the plan’s wrong investment', () => {
    for (const text of [
      'Alongside the AI Basic Plan, the economic package earmarks 2 trillion yen for AI investment.',
      'The AI Basic Plan was approved as SoftBank pledged to invest ¥3 trillion in domestic AI.',
      'AI基本計画を受け、ソフトバンクは国内AIに3兆円を投資する。',
    ])
      expect(
        analyzeText(text).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    // nor is a year's budget the plan's investment, even where the two agree
    expect(
      analyzeText(
        'The AI Basic Plan was adopted in December.\nTakaichi calls AI a crisis management investment, and the budget for fiscal 2026 includes 1.2 trillion yen for AI and chips.',
      ).claims.filter((c) => c.figureId === 'investment'),
    ).toEqual([]);
    // nor is the span of years the company spends it over something the plan leaves out
    for (const text of [
      'SoftBank will invest 3 trillion yen in data centers over five years, alongside the AI Basic Plan.',
      'AI基本計画に合わせ、ソフトバンクは5年間で3兆円をデータセンターに投じる。',
    ])
      expect(analyzeText(text).claims, text).toEqual([]);
    const wrong = analyzeText('AI基本計画では官民で2兆円を投資する。').claims;
    expect(wrong.map((c) => [c.text, c.verdict])).toEqual([['2兆円', 'mismatch']]);
  });
  it('the headquarters’ approval of the draft on Dec. 19 is that approval’s date, in either language', () => {
    for (const [text, date] of [
      ['人工知能戦略本部は12月19日にAI基本計画の案を了承した。', '12月19日'],
      ['The AI Basic Plan draft was approved by the AI Strategy Headquarters on Dec. 19.', 'Dec. 19'],
      ['The AI Basic Plan was approved by the AI Strategic Headquarters on Dec. 19.', 'Dec. 19'],
    ] as const)
      expect(
        analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]),
        text,
      ).toEqual([[date, 'match', 'approval-date']]);
  });
  it('the AI Act’s promulgation date is its own figure beside its enactment and its entry into force', () => {
    expect(
      analyzeText('AI法は2025年5月28日に成立し、2025年6月4日に公布された。').claims.map((c) => [
        c.text,
        c.figureId,
      ]),
    ).toEqual([
      ['2025年5月28日', 'ai-act-enacted'],
      ['2025年6月4日', 'ai-act-promulgated'],
    ]);
    const [claim] = analyzeText('The AI Promotion Act was promulgated on June 4, 2025.').claims;
    expect([claim?.verdict, claim?.figureId]).toEqual(['match', 'ai-act-promulgated']);
  });
  it('a headcount at a moment is never called a wrong goal', () => {
    // AISI's staff in February 2026 (about 20 full-time) against the PM's goal of 200, in an
    // article about the plan (its first paragraph names it)
    for (const text of [
      '政府は12月23日、AI基本計画を閣議決定した。\nAISIの人員は2026年2月時点で常勤約20人、併任を含め約30人だ。',
      'The government adopted the AI Basic Plan on Dec. 23.\nThe AI Safety Institute had about 20 full-time staff as of February 2026.',
    ]) {
      const found = analyzeText(text).claims;
      expect(found.length, text).toBeGreaterThan(0);
      expect(
        found.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    }
    // a goal misreported is still one
    expect(claims('AI基本計画は、AISIの人員を英国並みの300人体制にすると明記した。')).toEqual([
      ['300人', 'mismatch', 'aisi-goal'],
    ]);
  });
  it('a country named as the standard of a comparison does not make the number that country’s', () => {
    // 「英国並み」, "UK-level": Japan's own goal, misreported; not Britain's institute, which it would fit
    expect(claims('AI基本計画は、AISIの人員を英国並みの約180人体制にすると明記した。')).toEqual([
      ['約180人', 'mismatch', 'aisi-goal'],
    ]);
    expect(claims('The AI Basic Plan calls for a UK-level AISI staff of about 180.')).toEqual([
      ['about 180', 'mismatch', 'aisi-goal'],
    ]);
    expect(
      claims('The AI Basic Plan aims to grow the AISI to about 180 staff, on a par with the UK.'),
    ).toEqual([]);
    // Britain's own number, said of Britain, is still the comparison's
    expect(claims('AI基本計画を閣議決定した。\n英国のAI Security Instituteの人員は約200人だ。')).toEqual([
      ['約200人', 'match', 'uk-aisi'],
    ]);
  });
  it('the Gennai trial’s 180,000 is fiscal 2026’s: a later year’s roll-out is not compared with it', () => {
    const about = 'AI基本計画を閣議決定した。\n';
    expect(claims(`${about}政府は源内について、27年度に全府省庁の約30万人の職員に広げる方針だ。`)).toEqual(
      [],
    );
    expect(claims(`${about}デジタル庁によると、源内の大規模実証には約18万人の職員が参加する。`)).toEqual([
      ['約18万人', 'match', 'gennai-trial'],
    ]);
  });
  it('a survey named anywhere in the sentence owns its numbers: they are never called wrong', () => {
    for (const text of [
      'Even among people in their 20s, only 44.7% of Japanese use generative AI, the white paper behind the AI Basic Plan found.',
      'AI基本計画の策定を前に総務省が行った調査によると、20代の生成AI利用率は44.7%だった。',
    ])
      expect(
        analyzeText(text).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
  });
  it('a rate of one age group is never called the nation’s wrong target', () => {
    for (const text of [
      'AI基本計画は利用率をまず5割に高める。20代でも生成AIの利用率は44.7%にとどまる。',
      'The AI Basic Plan aims to lift usage to 50% first. Even among people in their 20s, only 44.7% of Japanese use generative AI.',
    ])
      expect(
        analyzeText(text).claims.map((c) => [c.text, c.verdict]),
        text,
      ).toEqual([[text.startsWith('AI') ? '5割' : '50%', 'match']]);
    // the nation's rate misquoted still is one
    expect(claims('AI基本計画は、生成AIの利用率をまずは6割に引き上げる目標を掲げた。')).toEqual([
      ['6割', 'mismatch', 'genai-use-first'],
    ]);
  });
  it('a multiple is compared with AISI’s doubling only when it multiplies AISI’s staff', () => {
    expect(
      claims(
        'AI基本計画では、AISIの体制強化を掲げる。AISIの2026年度予算は約30億円で、前年度の約3倍に増える。',
      ),
    ).toEqual([]);
    expect(claims('AI基本計画は、AISIの人員を3倍に増やすとした。')).toEqual([
      ['3倍', 'mismatch', 'aisi-double'],
    ]);
    expect(claims("The AI Basic Plan will triple AISI's staff.")).toEqual([
      ['triple', 'mismatch', 'aisi-double'],
    ]);
  });
  it('a sum spent on one topic the plan gives no figure is not called its wrong total', () => {
    expect(
      analyzeText(
        'Under the AI Basic Plan, Japan will spend 300 billion yen on computing resources over three years.',
      ).claims.filter((c) => c.verdict === 'mismatch'),
    ).toEqual([]);
    expect(claims('AI基本計画では官民で2兆円を投資する。')).toEqual([['2兆円', 'mismatch', 'investment']]);
  });
  it('a span of years is not the plan’s revision cycle', () => {
    expect(
      claims(
        'The AI Basic Plan will be revised. The first revision is expected next summer, and the plan covers about five years.',
      ),
    ).toEqual([]);
    expect(claims('The AI Basic Plan will be revised every two years.')).toEqual([
      ['two years', 'mismatch', 'revision'],
    ]);
  });
  it('a verb of deciding dates the decision when the date agrees, and never contradicts it', () => {
    for (const [text, date] of [
      [
        "The Cabinet's AI Basic Plan, approved in December 2025, puts the state's own use of AI first.",
        'December 2025',
      ],
      [
        'On December 23, 2025, the Cabinet Office issued its Basic Plan on Artificial Intelligence.',
        'December 23, 2025',
      ],
      ['AI基本計画は2025年12月に策定された。', '2025年12月'],
    ] as const)
      expect(
        analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]),
        text,
      ).toEqual([[date, 'match', 'decision-date']]);
    // "approved on Dec. 19" may be the headquarters' approval of the draft: no 不一致
    expect(claims('The AI Basic Plan was approved on Dec. 19, 2025.')).toEqual([]);
    // and a bare year beside such a verb is as often another thing's
    expect(
      claims('The Digital Agency released Gennai in 2025 for a small trial, ahead of the AI Basic Plan.'),
    ).toEqual([]);
  });
  it('a date the article itself calls wrong is not called wrong again', () => {
    for (const text of [
      'AI基本計画は、2024年12月に閣議決定されたとの誤った情報もSNSで拡散した。',
      'AI基本計画は12月19日ではなく、23日に閣議決定された。',
      'Some posts wrongly said the AI Basic Plan was adopted in December 2024.',
    ])
      expect(
        analyzeText(text, { articleDate: '2025-12-25' }).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    // nor a sum the article says is at odds with the plan's
    for (const text of [
      'ある解説サイトはAI基本計画によるAI投資を2兆円と紹介しており、首相の説明とは食い違っている。',
      'One explainer put investment under the AI Basic Plan at 2 trillion yen, which contradicts the prime minister.',
    ])
      expect(
        analyzeText(text, { articleDate: '2025-12-25' }).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    // 偽情報 is one of the plan's topics, not a correction
    expect(
      analyzeText('偽情報対策を盛り込んだAI基本計画は、2024年12月に閣議決定された。').claims.map(
        (c) => c.verdict,
      ),
    ).toEqual(['mismatch']);
  });
  it('the headquarters’ name dates none of its events: another day it met or published is not wrong', () => {
    for (const text of [
      'On November 21, 2025, the AI Strategy Headquarters published the draft of the AI Basic Plan.',
      '人工知能戦略本部は2026年1月15日に会合を開き、AI基本計画の工程を議論した。',
    ])
      expect(
        analyzeText(text, { articleDate: '2026-01-20' }).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    // its approval of the draft agrees on its day; a wrong day is called wrong only where the
    // sentence says it was the draft it approved ("approved the draft"): 了承 alone is what the
    // headquarters does at every meeting (its roadmap, the plan's revision)
    expect(claims('人工知能戦略本部は12月19日にAI基本計画の案を了承した。')).toEqual([
      ['12月19日', 'match', 'approval-date'],
    ]);
    expect(claims('人工知能戦略本部は12月26日にAI基本計画の案を了承した。')).toEqual([]);
    expect(
      claims('The AI Strategy Headquarters approved the draft of the AI Basic Plan on December 26, 2025.'),
    ).toEqual([['December 26, 2025', 'mismatch', 'approval-date']]);
  });
  it('a date of another document in the sentence is not called the plan’s wrong date', () => {
    // the Act's date and the guidelines' date, each with a cue of the plan's decision ("adopted")
    for (const text of [
      'The AI Basic Plan follows the AI Promotion Act, which was adopted in May 2025.',
      'The AI Basic Plan, adopted in December, builds on guidelines adopted in May 2025.',
    ])
      expect(
        analyzeText(text).claims.filter((c) => c.verdict === 'mismatch'),
        text,
      ).toEqual([]);
    // the plan's own wrong date still is
    const wrong = analyzeText('The AI Basic Plan was adopted by the Cabinet on December 26, 2025.').claims;
    expect(wrong.map((c) => [c.text, c.verdict])).toEqual([['December 26, 2025', 'mismatch']]);
    const ja = analyzeText('AI法に基づき、政府は2025年12月26日にAI基本計画を閣議決定した。').claims;
    expect(ja.map((c) => [c.text, c.verdict])).toEqual([['2025年12月26日', 'mismatch']]);
  });
  it('where figures share cues, the one that agrees wins', () => {
    expect(claims('AI基本計画は利用率をまずは5割、将来は8割とする。')).toEqual([
      ['5割', 'match', 'genai-use-first'],
      ['8割', 'match', 'genai-use-future'],
    ]);
  });
  it('another country’s number is not confused with Japan’s', () => {
    // 70% is not the US's 68.8% at the precision written, and not the plan's either: nothing
    expect(claims('AI基本計画に関連し、米国の生成AI利用率は70%とされる。')).toEqual([]);
    // 8割超 agrees with China's 81.2%, not with the plan's 8割 target
    expect(claims('AI基本計画に関連し、中国の生成AI利用率は8割超とされる。')).toEqual([
      ['8割超', 'match', 'genai-use-cn'],
    ]);
  });
  it('a date near 閣議決定 but about something else is not a mismatch', () => {
    const text = 'AI法は2025年5月28日に成立し、AI基本計画は12月23日に閣議決定された。';
    expect(claims(text)).toEqual([
      ['2025年5月28日', 'match', 'ai-act-enacted'],
      ['12月23日', 'match', 'decision-date'],
    ]);
    const approval = 'AI基本計画は12月19日に人工知能戦略本部が原案を了承し、23日に閣議決定された。';
    expect(claims(approval)).toEqual([
      ['12月19日', 'match', 'approval-date'],
      ['23日', 'match', 'decision-date'],
    ]);
    expect(claims('政府は2026年1月15日、昨年末に閣議決定したAI基本計画の説明会を開いた。')).toEqual([]);
  });
  it('a budget decided by the Cabinet on another day is not the plan', () => {
    expect(claims('AI基本計画について。\n政府は11月28日、補正予算案を閣議決定した。')).toEqual([]);
  });
  it('a reported figure agrees as reported, never as the plan’s own', () => {
    const found = analyzeText('AI基本計画に関連し、源内の大規模実証は約18万人の政府職員が対象だ。').claims;
    expect(found[0]).toMatchObject({ verdict: 'match', figureId: 'gennai-trial', status: 'reported' });
    expect(found[0]?.explanation.ja).toContain('報道');
  });
  it('a match overtaken later still says match, and says what changed', () => {
    const found = analyzeText('AI基本計画では、AIサミットを2028年に日本で開催する方向だ。').claims;
    for (const c of found) expect(c.verdict).not.toBe('mismatch');
    const inv = analyzeText('AI基本計画では当面1兆円超を投資する。').claims[0];
    expect(inv?.verdict).toBe('match');
    expect(inv?.explanation.ja).toContain('その後');
  });
  it('a staff number is a claim about AISI only where AISI is named', () => {
    expect(claims('AI基本計画の策定には内閣府の職員50人が携わった。人員は50人に増やす。')).toEqual([]);
    // Attributed to the plan: the PM's own word (200人) is cited before the reported doubling.
    expect(claims('AI基本計画では、AISIの人員を50人に増やす。')).toEqual([['50人', 'mismatch', 'aisi-goal']]);
    expect(claims('AI基本計画では、AISIの人員を約60人に増やす。')).toEqual([
      ['約60人', 'match', 'aisi-double'],
    ]);
  });
  it('an AI talent number attributed to the plan is not-in-plan; a company hiring is nothing', () => {
    expect(claims('AI基本計画はAI人材を100万人育成する目標を掲げた。')).toEqual([
      ['100万人', 'not-in-plan', null],
    ]);
    expect(claims('AI基本計画が決まった。\n同社はAI人材を500人採用した。')).toEqual([]);
  });
});

describe('a subject the sentence before named (Japanese leaves it out)', () => {
  it('a headcount after a sentence that names AISI agrees with AISI’s figures', () => {
    expect(claims('AI基本計画で政府はAISIの改革に乗り出す。人員を現在の約30人から2倍程度に増やす。')).toEqual(
      [
        ['約30人', 'match', 'aisi-now'],
        ['2倍程度', 'match', 'aisi-double'],
      ],
    );
    expect(
      claims(
        "Japan's AI Safety Institute is central to the AI Basic Plan. The institute will double its staff from about 30.",
      ),
    ).toEqual([
      ['double', 'match', 'aisi-double'],
      ['about 30', 'match', 'aisi-now'],
    ]);
  });
  it('「同法」 after a sentence about the AI Act: its date of full effect agrees', () => {
    expect(claims('AI基本計画の根拠となるAI法は2025年5月に成立した。同法は9月1日に全面施行された。')).toEqual(
      [
        ['2025年5月', 'match', 'ai-act-enacted'],
        ['9月1日', 'match', 'ai-act-in-force'],
      ],
    );
  });
  it('a carried subject never makes a 不一致: 300 is silent where “AISIの人員を300人” is not', () => {
    expect(claims('AI基本計画でAISIの体制を強化する。人員を現在の約30人から300人に増やす。')).toEqual([
      ['約30人', 'match', 'aisi-now'],
    ]);
    expect(claims('AI基本計画では、AISIの人員を300人に増やす。')).toEqual([
      ['300人', 'mismatch', 'aisi-goal'],
    ]);
  });
  it('only the sentence just before, in the same paragraph, carries its subject', () => {
    expect(claims('AI基本計画でAISIの改革に乗り出す。予算も増やす。人員を約30人から2倍程度にする。')).toEqual(
      [],
    );
    expect(claims('AI基本計画でAISIの改革に乗り出す。\n人員を約30人から2倍程度にする。')).toEqual([]);
  });
});

describe('English counts with adjectives before the noun', () => {
  it('"four basic strategic pillars" of the plan agree with its four basic policies', () => {
    expect(claims('The AI Basic Plan sets four basic strategic pillars.')).toEqual([
      ['four basic strategic pillars', 'match', 'policies-count'],
    ]);
  });
});

describe('later steps and versions of the plan are not its wrong dates', () => {
  const dated = (text: string) =>
    analyzeText(text, { articleDate: '2026-07-24' }).claims.map((c) => [c.text, c.verdict, c.figureId]);
  it('the revision’s Cabinet decision and its draft’s approval are not the plan’s dates', () => {
    expect(dated('政府は2026年7月、AI基本計画の改定を閣議決定した。')).toEqual([]);
    expect(dated('政府は2026年7月、改定したAI基本計画を閣議決定した。')).toEqual([]);
    expect(dated('人工知能戦略本部は2026年6月の会合で、AI基本計画の改定案を了承した。')).toEqual([]);
    expect(dated('The Cabinet approved a revised AI Basic Plan in July 2026.')).toEqual([]);
  });
  it('beside the revision, the original decision date still agrees', () => {
    expect(dated('AI基本計画は2025年12月23日に閣議決定され、毎年改定される。')).toEqual([
      ['2025年12月23日', 'match', 'decision-date'],
    ]);
  });
  it('what the headquarters approves or compiles at another meeting is not the draft’s approval', () => {
    expect(dated('AI基本計画を受け、人工知能戦略本部は2026年3月に工程表を取りまとめた。')).toEqual([]);
    expect(dated('人工知能戦略本部は2026年3月の本部会合で、AI基本計画の工程表を了承した。')).toEqual([]);
    // the draft's own approval still agrees, written as the press writes it
    expect(dated('政府は2025年12月19日、初の「AI基本計画」案をとりまとめた。')).toEqual([
      ['2025年12月19日', 'match', 'approval-date'],
    ]);
  });
  it('a roadmap is the plan’s investment roadmap only when it says so', () => {
    expect(dated('AI基本計画を受け、政府は2026年3月に工程表をまとめた。')).toEqual([]);
    expect(claims('AI基本計画に沿い、政府は2026年夏をめどに投資のロードマップをまとめる。')).toEqual([
      ['2026年夏', 'match', 'roadmap'],
    ]);
  });
});

describe('the investment roadmaps’ sums are theirs, not the plan’s 1兆円超', () => {
  it('the roadmap to FY2040 and its AI and chips share are not called the plan’s wrong investment', () => {
    for (const text of [
      '政府の官民投資ロードマップは、2040年度までに官民で370兆円超の投資を見込む。AI基本計画の実現にもつながる。',
      'AI基本計画に関連し、官民投資ロードマップではAI・半導体分野に約101.6兆円を見込む。',
      "Japan's public-private investment roadmap foresees more than 370 trillion yen of investment under the AI Basic Plan by fiscal 2040.",
    ])
      expect(claims(text), text).toEqual([]);
  });
  it('a framework of its own, or a sum the article says is not the plan’s, is not the plan’s', () => {
    for (const text of [
      'AI基本計画とは別に、政府は2030年度までにAI・半導体分野へ10兆円以上の公的支援を行い、官民で50兆円超の投資を引き出す。',
      '政府はAI基本計画に加え、官民で50兆円超の投資を引き出す枠組みを持つ。',
      'Beyond the AI Basic Plan, Japan has pledged more than 10 trillion yen for AI and chips by fiscal 2030, aiming to draw over 50 trillion yen in public and private investment.',
    ])
      expect(claims(text), text).toEqual([]);
  });
  it('the plan’s own sum, named before any roadmap, still agrees', () => {
    expect(claims('AI基本計画は官民で1兆円超を投資し、ロードマップを来年夏にまとめる。')).toEqual([
      ['1兆円超', 'match', 'investment'],
    ]);
  });
});

describe('a count of one kind of staff is part of a headcount', () => {
  it('常勤約20人 is called wrong against neither the 30 staff nor the goal of 200; the total still agrees', () => {
    expect(
      claims('AISIの職員は常勤約20人、兼任約10人の計約30人にとどまる。AI基本計画は200人体制を掲げる。'),
    ).toEqual([['約30人', 'match', 'aisi-now']]);
    expect(claims('AISIの職員は常勤約20人にとどまり、AI基本計画が掲げる200人体制には遠い。')).toEqual([
      ['200人', 'match', 'aisi-goal'],
    ]);
    // a headcount with no kind of staff is still compared
    expect(claims('AI基本計画では、AISIの人員を50人に増やす。')).toEqual([['50人', 'mismatch', 'aisi-goal']]);
  });
});

describe('a rate said as a goal, or as what it was', () => {
  it('a goal is compared with the plan’s goals, never agrees with a past usage rate', () => {
    // 3割 is near FY2024's 25%程度, but it is where the rate is to go
    expect(claims('AI基本計画の案では、生成AIの利用率を3割に引き上げる目標を掲げた。')).toEqual([
      ['3割', 'mismatch', 'genai-use-first'],
    ]);
    expect(claims('The AI Basic Plan aims to raise the generative AI usage rate to 50%.')).toEqual([
      ['50%', 'match', 'genai-use-first'],
    ]);
  });
  it('what a rate was is compared with what was measured, not with a goal', () => {
    expect(claims('AI基本計画によると、2024年度の生成AIの利用率は4割だった。')).toEqual([
      ['4割', 'mismatch', 'genai-use-2024'],
    ]);
    expect(claims('AI基本計画によると、国民の生成AI利用率は26.7%にとどまる。')).toEqual([
      ['26.7%', 'match', 'genai-use-2024'],
    ]);
  });
});

describe('the AI Act by its full English title', () => {
  it('its dates are the Act’s, right or wrong, as with "AI Promotion Act"', () => {
    const title =
      'the Act on the Promotion of Research, Development and Utilization of Artificial Intelligence-Related Technologies';
    expect(claims(`On 15 March 2025, the Diet enacted ${title}.`)).toEqual([
      ['15 March 2025', 'mismatch', 'ai-act-enacted'],
    ]);
    expect(claims(`Japan's Diet enacted ${title} on May 28, 2025.`)).toEqual([
      ['May 28, 2025', 'match', 'ai-act-enacted'],
    ]);
    // other guidelines on AI-related technologies are not the Act
    expect(claims('Japan issued guidelines on AI-related technologies on March 1, 2025.')).toEqual([]);
  });
});

describe('the AI Act miscalled 「AI基本法」', () => {
  it('its dates are the AI Act’s, right or wrong; Korea’s law is not compared', () => {
    expect(claims('人工知能基本計画は、2025年6月に公布されたAI基本法に基づく。')).toEqual([
      ['2025年6月', 'match', 'ai-act-promulgated'],
    ]);
    expect(claims('AI基本計画は、2025年3月に成立したAI基本法に基づく。')).toEqual([
      ['2025年3月', 'mismatch', 'ai-act-enacted'],
    ]);
    expect(claims('日本のAI基本計画と韓国の制度を比べる。同国のAI基本法は2024年12月に成立した。')).toEqual(
      [],
    );
  });
});

describe('a population a part of which is then counted', () => {
  it('is never called the wrong goal of Gennai users', () => {
    expect(
      claims('AI基本計画のもと、国家公務員の一般職は約29万人で、その半数以上が一斉に源内を使い始める。'),
    ).toEqual([]);
    expect(claims('AI基本計画で、約1200人の職員のうち950人が源内を使った。')).toEqual([]);
    expect(
      claims(
        "Under Japan's AI Basic Plan: Japan has about 290,000 national civil servants, half of whom are to use Gennai.",
      ),
    ).toEqual([]);
  });
  it('a count of the users themselves is still compared', () => {
    expect(claims('AI基本計画のもと、政府職員5万人が源内を使う。')).toEqual([
      ['5万人', 'mismatch', 'gennai-users'],
    ]);
    expect(claims('AI基本計画のもと、政府職員10万人超が源内を使う。')).toEqual([
      ['10万人超', 'match', 'gennai-users'],
    ]);
  });
});

describe('the misstatement of a five-year trillion', () => {
  it('is the span that is flagged, 約 or not (the sum agrees), and METI’s own five-year support is not it', () => {
    expect(claims('AI基本計画に盛り込まれた官民投資は、5年間で約1兆円規模に上る。')).toEqual([
      ['5年間', 'misstatement', 'investment'],
      ['約1兆円規模', 'match', 'investment'],
    ]);
    expect(claims('AI基本計画は、国産AIの開発に5年間で約1兆円を投じる経産省の支援策と連動する。')).toEqual([
      ['約1兆円', 'match', 'meti-foundation-model'],
    ]);
  });
});

describe('a cue inside a longer one that a number swallowed', () => {
  it('「4つの柱」: つの柱 is read into 4つ, and 柱 still cues the four basic policies', () => {
    expect(claims('AI基本計画は4つの柱を掲げる。')).toEqual([['4つ', 'match', 'policies-count']]);
    expect(claims('人工知能戦略本部は、AI基本計画の策定に向けて四つの柱を設定した。')).toEqual([
      ['四つ', 'match', 'policies-count'],
    ]);
  });
  it('"enacted in May 2025": the date swallows "enacted in May", and "enacted" still cues the act', () => {
    expect(
      claims('The AI Basic Plan builds on the AI Promotion Act, which was enacted in May 2025.'),
    ).toEqual([['May 2025', 'match', 'ai-act-enacted']]);
  });
});

describe('the AI Act by the names wire copy gives it', () => {
  it('「ＡＩ（人工知能）法」 and "the AI law" date the act as 「AI法」 does', () => {
    expect(claims('AI基本計画は、2025年9月1日に全面施行された「ＡＩ（人工知能）法」に基づく。')).toEqual([
      ['2025年9月1日', 'match', 'ai-act-in-force'],
    ]);
    expect(claims('人工知能(AI)法は2025年6月4日に公布され、AI基本計画の根拠となった。')).toEqual([
      ['2025年6月4日', 'match', 'ai-act-promulgated'],
    ]);
    expect(claims('The AI Basic Plan rests on the AI law, which was enacted on May 28, 2025.')).toEqual([
      ['May 28, 2025', 'match', 'ai-act-enacted'],
    ]);
  });
});

describe('analyzeBlocks', () => {
  it('returns one Findings per block with offsets relative to the block', () => {
    const blocks = ['AI基本計画を閣議決定', 'ガバメントAI「源内」は10万人以上が使う', '平賀源内'];
    const { aboutPlan, results } = analyzeBlocks(blocks);
    expect(aboutPlan).toBe(true);
    expect(results).toHaveLength(3);
    expect(results[1]?.claims[0]).toMatchObject({ text: '10万人以上', verdict: 'match', start: 12 });
    expect(results[1]?.mentions[0]).toMatchObject({ start: 0, termId: 'gennai' });
    expect(results[2]).toEqual({ mentions: [], claims: [] });
  });
  it('non-anchor blocks count only when the page is about the plan', () => {
    // 源内 with no デジタル庁 / 政府職員 / ガバメントAI nearby does not make a page about the plan on its own
    const block = ['源内は10万人以上が使う'];
    expect(analyzeBlocks(block).aboutPlan).toBe(false);
    expect(analyzeBlocks(block).results[0]).toEqual({ mentions: [], claims: [] });
    const later = analyzeBlocks(block, { aboutPlan: true });
    expect(later.results[0]?.claims.map((c) => c.verdict)).toEqual(['match']);
  });
  it('skips a block that names another 基本計画 without the AI plan', () => {
    const { results } = analyzeBlocks(['AI基本計画の話', '宇宙基本計画では1兆円規模を投資する']);
    expect(results[1]?.claims).toEqual([]);
  });
});

describe('a date with a relative year ("Dec. 23 last year", 「昨年12月23日」)', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict]);

  it('is one claim, resolved from the article date', () => {
    expect(claims("Japan's Cabinet approved the AI Basic Plan on Dec. 23 last year.", '2026-03-10')).toEqual([
      ['Dec. 23 last year', 'match'],
    ]);
    expect(claims('The AI Basic Plan was approved in December last year.', '2026-03-10')).toEqual([
      ['December last year', 'match'],
    ]);
    // a year later, "last year" is 2026: not the decision
    expect(
      claims("Japan's Cabinet approved the AI Basic Plan on Dec. 23 last year.", '2027-03-10'),
    ).not.toContainEqual(['Dec. 23 last year', 'match']);
  });

  it('with no article date, its month and day are compared as those of 「12月23日」 are', () => {
    expect(claims('政府は昨年12月23日、AI基本計画を閣議決定した。')).toEqual([['昨年12月23日', 'match']]);
    expect(claims("Japan's Cabinet approved the AI Basic Plan on Dec. 19 last year.")).toEqual([
      ['Dec. 19 last year', 'misstatement'],
    ]);
    // a month alone says too little without its year
    expect(claims('The AI Basic Plan was approved in December last year.')).toEqual([]);
  });
});

describe('a name with a number in it (第3回会合)', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('stays a cue: the headquarters’ approval at its 3rd meeting, right or wrong', () => {
    expect(claims('人工知能戦略本部は2025年12月20日の第3回会合で、AI基本計画の案を了承した。')).toEqual([
      ['2025年12月20日', 'mismatch', 'approval-date'],
    ]);
    expect(claims('人工知能戦略本部は2025年12月19日の第3回会合で、AI基本計画の案を了承した。')).toEqual([
      ['2025年12月19日', 'match', 'approval-date'],
    ]);
  });

  it('a day read with the article’s date may agree but is never called wrong', () => {
    expect(claims('人工知能戦略本部は20日の第3回会合で、AI基本計画の案を了承した。', '2025-12-22')).toEqual(
      [],
    );
    expect(claims('人工知能戦略本部は19日の第3回会合で、AI基本計画の案を了承した。', '2025-12-22')).toEqual([
      ['19日', 'match', 'approval-date'],
    ]);
  });
});

describe('an English month named alone, as 「12月」 is', () => {
  it('agrees with the figure of that month', () => {
    const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);
    expect(claims("Japan's AI Basic Plan was approved by the Cabinet in December.")).toEqual([
      ['December', 'match', 'decision-date'],
    ]);
    expect(
      claims('Under the AI Basic Plan, government staff will start using Gennai from May.'),
    ).toContainEqual(['May', 'match', 'gennai-start']);
  });
});

describe('a lead sentence that says only when, its event in the next sentence', () => {
  const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('agrees with the date of the event the next sentence names', () => {
    expect(
      claims(
        '2025年12月、日本のAI戦略に大きな動きがあった。政府が、AIの方向性を示す「AI基本計画」を閣議決定したのだ。',
      ),
    ).toEqual([['2025年12月', 'match', 'decision-date']]);
    expect(claims('In December, Japan took a big step. The Cabinet approved the AI Basic Plan.')).toEqual([
      ['December', 'match', 'decision-date'],
    ]);
  });

  it('never disagrees, and stays out where the date has an event of its own', () => {
    for (const text of [
      // read across a sentence: a wrong year is not called wrong
      '2024年12月、日本のAI戦略に大きな動きがあった。政府が「AI基本計画」を閣議決定したのだ。',
      // the next sentence dates its own event
      '2025年11月、X社は新しいAIモデルを発表した。政府は12月23日、AI基本計画を閣議決定した。',
      // the lead has an event word of its own (公表)
      '2025年11月、計画案が公表された。政府はその後、AI基本計画を閣議決定した。',
      // a company's results, not a lead: its period is no date of the plan's
      '同社の2025年4〜9月期の純利益は12%増の4,560億円だった。政府はAI基本計画を閣議決定した。',
    ]) {
      const first = text.indexOf('。');
      const inLead = analyzeText(text).claims.filter((c) => c.start < first);
      expect(inLead, text).toEqual([]);
    }
  });
});

describe('a day of the week in English wire copy', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('agrees with the event of that day, read from the article’s date', () => {
    expect(
      claims("Japan's cabinet on Tuesday adopted the country's first AI Basic Plan.", '2025-12-23'),
    ).toEqual([['Tuesday', 'match', 'decision-date']]);
    expect(
      claims('The AI Strategy Headquarters approved the draft of the AI Basic Plan on Friday.', '2025-12-23'),
    ).toEqual([['Friday', 'match', 'approval-date']]);
  });

  it('is silent without the article’s date, and never called wrong', () => {
    expect(claims("Japan's cabinet on Tuesday adopted the country's first AI Basic Plan.")).toEqual([]);
    expect(
      claims("Japan's cabinet on Monday adopted the country's first AI Basic Plan.", '2025-12-23'),
    ).toEqual([]);
  });
});

describe('a wire dateline', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('is the day the story was filed, never a date the story is about', () => {
    for (const text of [
      "Tokyo, Dec. 26 (Kyodo) -- Japan's Cabinet adopted the AI Basic Plan, the country's first national AI plan.",
      'TOKYO, Dec. 24 (Jiji Press)--The Japanese government adopted its first AI Basic Plan.',
      '東京、12月26日（共同）―政府はAI基本計画を閣議決定した。',
    ])
      expect(claims(text), text).toEqual([]);
  });

  it('still gives a bare day later in the story its month', () => {
    expect(claims('東京、12月23日（共同）―政府は23日、AI基本計画を閣議決定した。')).toEqual([
      ['23日', 'match', 'decision-date'],
    ]);
  });

  it('a date opening a sentence that is no dateline is checked as before', () => {
    expect(claims('政府は、2025年12月26日にAI基本計画を閣議決定した。')).toEqual([
      ['2025年12月26日', 'mismatch', 'decision-date'],
    ]);
  });
});

describe('English headcounts whose phrase goes on with when', () => {
  const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('"grow to 200 from about 30 now" counts staff twice', () => {
    expect(claims("Under the AI Basic Plan, AISI's staff will grow to 200 from about 30 now.")).toEqual([
      ['200', 'match', 'aisi-goal'],
      ['about 30', 'match', 'aisi-now'],
    ]);
  });

  it('"100,000+ users" counts people, as "100,000+ government employees" does', () => {
    expect(
      claims("Under Japan's AI Basic Plan, the PM set a target for Gennai of 100,000+ users by May 2026."),
    ).toEqual([
      ['100,000+', 'match', 'gennai-users'],
      ['May 2026', 'match', 'gennai-start'],
    ]);
    // whose users is not said: never called a wrong goal
    expect(
      claims("Under Japan's AI Basic Plan, the PM set a target for Gennai of 50,000+ users by May 2026."),
    ).toEqual([['May 2026', 'match', 'gennai-start']]);
  });
});

describe('a date that modifies the noun after it (「19日の人工知能戦略本部で」)', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('dates that noun’s event, not a decision named elsewhere in the sentence', () => {
    // the 19th is the headquarters' meeting; the Cabinet decision is still to come
    expect(
      claims(
        '政府は年内にもAI基本計画を閣議決定する方針で、19日の人工知能戦略本部で原案を示す。',
        '2025-12-18',
      ),
    ).toEqual([]);
    expect(claims('政府は年内にもAI基本計画を閣議決定する方針で、12月19日の会合で原案を示す。')).toEqual([]);
  });

  it('binds to a cue inside that noun: 「23日の閣議で」 is the Cabinet’s day', () => {
    expect(claims('政府は23日の閣議で、AI基本計画を決定した。', '2025-12-23')).toEqual([
      ['23日', 'match', 'decision-date'],
    ]);
    expect(claims('政府は12月26日の閣議で、AI基本計画を決定した。')).toEqual([
      ['12月26日', 'mismatch', 'decision-date'],
    ]);
  });
});

describe('a ministry’s programme in English', () => {
  it('METI’s five-year trillion is METI’s, said in more words than Japanese says it', () => {
    const claims = analyzeText(
      'Under the AI Basic Plan, investment tops 1 trillion yen. Separately, METI plans to spend about 1 trillion yen over five years to support domestic AI development.',
    ).claims.map((c) => [c.text, c.verdict, c.figureId]);
    expect(claims).toContainEqual(['about 1 trillion yen', 'match', 'meti-foundation-model']);
    expect(claims).not.toContainEqual(['about 1 trillion yen', 'match', 'investment']);
  });
});

describe('a bare day with no article date (「政府は23日、…を閣議決定した」, the wire lead)', () => {
  const claims = (text: string, articleDate?: string) =>
    analyzeText(text, { articleDate }).claims.map((c) => [c.text, c.verdict, c.figureId]);

  it('is compared on its day alone, and may agree', () => {
    expect(claims('政府は23日、人工知能（AI）の開発や活用の方針を示すAI基本計画を閣議決定した。')).toEqual([
      ['23日', 'match', 'decision-date'],
    ]);
    expect(claims('AI基本計画は23日に閣議決定された。')).toEqual([['23日', 'match', 'decision-date']]);
    expect(claims('AI推進法は28日の参院本会議で可決、成立した。')).toEqual([
      ['28日', 'match', 'ai-act-enacted'],
    ]);
  });

  it('is never called wrong: its month is unknown', () => {
    expect(claims('政府は26日、AI基本計画を閣議決定した。')).toEqual([]);
    // not the 12月19日 misstatement either: the 19th of which month?
    expect(claims('政府は19日、AI基本計画を閣議決定した。')).toEqual([]);
  });

  it('says nothing of another decision that day, or of a revision decided on a 23rd', () => {
    expect(claims('AI基本計画の話。政府は23日、補正予算案を閣議決定した。')).toEqual([]);
    expect(claims('政府は23日の閣議で、AI基本計画の改定を決めた。')).toEqual([]);
  });

  it('is read with the article’s date when there is one', () => {
    expect(claims('政府は23日、AI基本計画を閣議決定した。', '2025-12-24')).toEqual([
      ['23日', 'match', 'decision-date'],
    ]);
    // a year later the 23rd is the revision's, not the decision's
    expect(claims('政府は23日、AI基本計画を閣議決定した。', '2026-12-24')).toEqual([]);
  });
});

describe('a date with the same year in both calendars', () => {
  it('「令和6年（2024年）12月23日」 is one date, the wrong year: no longer a 一致 on its month and day', () => {
    expect(claims('AI基本計画は令和6年（2024年）12月23日に閣議決定された。')).toEqual([
      ['令和6年（2024年）12月23日', 'mismatch', 'decision-date'],
    ]);
    expect(claims('令和7年（2025年）12月23日に閣議決定されたAI基本計画。')).toEqual([
      ['令和7年（2025年）12月23日', 'match', 'decision-date'],
    ]);
  });
});

describe('more words for the cabinet’s decision and the Act’s enactment', () => {
  it('"signed off on" (wire copy’s usual wording) dates the decision; 「制定」 the enactment', () => {
    expect(claims("Japan's cabinet signed off on the AI basic plan on Dec. 26.")).toEqual([
      ['Dec. 26', 'mismatch', 'decision-date'],
    ]);
    expect(claims('AI基本計画の根拠となるAI法は、2025年3月15日に制定された。')).toEqual([
      ['2025年3月15日', 'mismatch', 'ai-act-enacted'],
    ]);
    // guidelines 制定 by the government are not the Act
    expect(claims('政府はAIガイドラインを2025年3月に制定した。AI基本計画とは別だ。')).toEqual([]);
  });
});

describe('the AI Act misdated to 2023, in more of the words English copy uses', () => {
  it('"an AI law passed in 2023", "the AI Promotion Act of 2023" are the known slip; the EU’s Act is not', () => {
    expect(claims("Japan's AI Basic Plan builds on an AI law passed in 2023.")).toEqual([
      ['2023', 'misstatement', 'ai-act-enacted'],
    ]);
    expect(claims('The AI Basic Plan rests on the AI Promotion Act of 2023.')).toEqual([
      ['2023', 'misstatement', 'ai-act-enacted'],
    ]);
    expect(claims('The EU AI Act was adopted in 2024, and the AI Basic Plan followed in Japan.')).toEqual([]);
  });
});

describe('a headline’s abbreviated sum', () => {
  it('"Japan Mulls ¥1 Tril. Investment in AI Basic Plan": the period of Tril. ends no sentence', () => {
    expect(claims('Japan Mulls ¥1 Tril. Investment in AI Basic Plan')).toEqual([
      ['¥1 Tril', 'match', 'investment'],
    ]);
    expect(claims('The AI Basic Plan: ¥2 Tril. investment in AI')).toEqual([
      ['¥2 Tril', 'mismatch', 'investment'],
    ]);
  });
});

describe('the plan as some English copy names it', () => {
  it('"the Basic AI Plan" (a law firm’s alert) is the plan', () => {
    expect(claims("Japan's cabinet adopted the Basic AI Plan on Dec. 26, 2025.")).toEqual([
      ['Dec. 26, 2025', 'mismatch', 'decision-date'],
    ]);
    expect(analyzeText('The Basic AI Plan has four basic policies.').mentions.map((m) => m.termId)).toContain(
      'plan',
    );
  });
});

describe('English copy as the probes of real coverage wrote it', () => {
  it('a rate that rose to a value is where it went, not where it is to be raised to', () => {
    expect(
      claims('The AI Basic Plan aims to raise generative AI usage, which rose to 26.7% in fiscal 2024.'),
    ).toEqual([['26.7%', 'match', 'genai-use-2024']]);
  });
  it('a year that opens the sentence dates its rate: never compared with a goal', () => {
    expect(
      claims(
        'The AI Basic Plan targets wider use of generative AI. In fiscal 2023, only 9.1% of people in Japan had used generative AI.',
      ),
    ).toEqual([]);
  });
  it('a date after a verb of its own, or a report’s, is not the plan’s', () => {
    expect(
      claims('The AI Basic Plan, which the Cabinet approved, echoes a report we issued on Dec. 15, 2025.'),
    ).toEqual([]);
    expect(
      claims(
        'The AI Basic Plan, which the Cabinet approved, was discussed at a meeting held on Dec. 15, 2025.',
      ),
    ).toEqual([]);
    // the plan's own verb still binds
    expect(claims('The Cabinet approved the AI Basic Plan on Dec. 22, 2025.')).toEqual([
      ['Dec. 22, 2025', 'mismatch', 'decision-date'],
    ]);
  });
  it('a hundred thousand as Indian and European copy write it', () => {
    for (const n of ['over 1 lakh', '1,00,000', '100 000', '100\u202f000']) {
      expect(claims(`Under the AI Basic Plan, Gennai will be used by ${n} government employees.`), n).toEqual(
        [[`${n} government employees`, 'match', 'gennai-users']],
      );
    }
    // 100.000 may be 100,000 or 100: no verdict either way
    expect(claims('Under the AI Basic Plan, Gennai will be used by 100.000 government employees.')).toEqual(
      [],
    );
  });
  it('a myth or a correction note quotes the slip to correct it', () => {
    for (const text of [
      'It is a myth that the AI Basic Plan was approved by the Cabinet on Dec. 19.',
      'An earlier version of this article said the Cabinet approved the AI Basic Plan on Dec. 19.',
      'The article originally described seven pillars of the AI Basic Plan.',
    ])
      expect(claims(text), text).toEqual([]);
  });
});

describe('the day of a draft, or of another document the cabinet decided, is not the plan’s', () => {
  it('the draft’s day (了承, まとまる, 計画案を決定) is never the known misdating of the decision', () => {
    for (const [text, date] of [
      ['AI基本計画案を19日に決定、閣議決定へ', '2025-12-19'],
      ['AI基本計画、19日に決定へ　閣議決定は来週', '2025-12-17'],
      ['AI基本計画は、12月19日に案がまとまり、閣議決定を経て正式に決まった。', undefined],
      ['AI基本計画は、12月19日に戦略本部で了承され、閣議決定された。', undefined],
    ] as const) {
      const found = analyzeText(text, date ? { articleDate: date } : {}).claims;
      expect(
        found.filter((c) => c.verdict !== 'match'),
        text,
      ).toEqual([]);
    }
    // the cabinet's own day of decision, misdated, still is
    expect(claims('政府は12月19日にAI基本計画を閣議決定した。')).toEqual([
      ['12月19日', 'misstatement', 'decision-date'],
    ]);
  });
  it('a budget, a bill or another plan the cabinet decided has its own day', () => {
    for (const text of [
      'ガバメントAIは、2025年6月に閣議決定された重点計画で位置付けられ、AI基本計画でも推進される。',
      'AI基本計画の根拠となるAI法の法案は、2025年2月28日に閣議決定され、国会に提出された。',
      '政府は11月28日、AI基本計画の施策を盛り込んだ補正予算案を閣議決定した。',
    ])
      expect(claims(text), text).toEqual([]);
    expect(claims('政府は12月26日、補正予算案に続いてAI基本計画を閣議決定した。')).toEqual([
      ['12月26日', 'mismatch', 'decision-date'],
    ]);
    expect(claims('AI基本計画は、2025年12月26日に閣議決定された。')).toEqual([
      ['2025年12月26日', 'mismatch', 'decision-date'],
    ]);
  });
});

describe('the people of one place or occupation are not the nation', () => {
  it('a rate of a prefecture’s staff, doctors, teachers or women is never compared with the national rate', () => {
    const about = 'AI基本計画は生成AI利用率の引き上げを掲げる。';
    for (const who of ['大阪府の職員', '医師', '首都圏', '教員']) {
      expect(claims(`${about}${who}の利用率は約6割だ。`), who).toEqual([]);
    }
    expect(
      claims('The AI Basic Plan aims to raise AI use. Usage among women was only 19% in fiscal 2024.'),
    ).toEqual([]);
    // the nation's own rate still is
    expect(claims(`${about}国民の利用率は約6割だ。`)).toEqual([['約6割', 'mismatch', 'genai-use-2024']]);
  });
});

describe('what was spent, or counted at another moment, is not what the plan commits', () => {
  it('a sum invested in a year before the plan, or one that 「にとどまった」, is not compared with 1兆円超', () => {
    const about = 'AI基本計画は官民投資の拡大を掲げる。';
    expect(claims(`${about}日本の民間AI投資は2024年に約1400億円にとどまった。`)).toEqual([]);
    expect(claims(`${about}日本の民間AI投資は2023年に約1000億円だった。`)).toEqual([]);
    // the plan's own commitment, misreported, still is
    expect(claims('AI基本計画は、当面2兆円をAI関連施策に投資する。')).toEqual([
      ['2兆円', 'mismatch', 'investment'],
    ]);
  });
  it('a headcount at the launch is neither the goal nor today’s', () => {
    expect(claims('AI基本計画でAISIの人員を増やす。AISIの職員は発足時に約20人だった。')).toEqual([]);
    expect(
      claims(
        'The AI Basic Plan strengthens the AI Safety Institute, which had about 20 staff at its launch.',
      ),
    ).toEqual([]);
  });
});

describe('a year or an owner the plan does not give', () => {
  it('a usage goal with a deadline is not the plan’s, which gives none', () => {
    expect(claims('The AI Basic Plan aims to raise the generative AI usage rate to 80% by 2030.')).toEqual(
      [],
    );
    expect(claims('AI基本計画は、生成AIの利用率を2030年までに8割に引き上げる。')).toEqual([]);
    expect(claims('The AI Basic Plan aims to raise the generative AI usage rate to 80%.')).toEqual([
      ['80%', 'match', 'genai-use-future'],
    ]);
  });
  it('METI’s five-year trillion is METI’s, not the plan’s investment', () => {
    expect(
      claims(
        "The AI Basic Plan envisions public-private investment; METI's ¥1 trillion, five-year program starts in fiscal 2026.",
      ),
    ).toEqual([['¥1 trillion', 'match', 'meti-foundation-model']]);
  });
});

describe('sums and counts as the Japanese press words them', () => {
  it('1兆円弱 (a little under) is not 1兆円超; 1兆円強 is', () => {
    expect(claims('AI基本計画は、当面1兆円弱を投資する。')).toEqual([['1兆円弱', 'mismatch', 'investment']]);
    expect(claims('AI基本計画は、当面1兆円強を投資する。')).toEqual([['1兆円強', 'match', 'investment']]);
  });
  it('「約30人から400人体制に」 is a change from one count to another, not a range that fits both', () => {
    expect(claims('AI基本計画では、AISIの人員を現在の約30人から400人体制に拡充する。')).toEqual([
      ['約30人', 'match', 'aisi-now'],
    ]);
  });
  it('a foreign company’s investment, or the financing of the investment in the US, is not the plan’s', () => {
    expect(claims('AI基本計画が閣議決定された。米オラクルは日本に80億ドル超を投資する。')).toEqual([]);
    expect(claims('AI基本計画に関連して、対米投資のために1兆円台の交付国債も充てる。')).toEqual([]);
  });
  it('「桁が一つ違う」 corrects the sum it quotes', () => {
    expect(
      claims(
        'AI基本計画が閣議決定された。米国の民間AI投資を「約67億ドル」とする解説も出回っているが、桁が一つ違う。',
      ),
    ).toEqual([]);
  });
});

describe('English sums as the wires and Asian papers write them', () => {
  it('a bracketed US$ conversion after the yen names no country of it', () => {
    expect(
      claims(
        'Under the AI Basic Plan, the government will invest more than ¥1 trillion (US$6.4 billion) for the time being.',
      ),
    ).toEqual([['more than ¥1 trillion', 'match', 'investment']]);
  });
  it('the headline’s "tril. yen"', () => {
    expect(claims('The AI Basic Plan calls for investing 1 tril. yen.')).toEqual([
      ['1 tril. yen', 'match', 'investment'],
    ]);
  });
});

describe('a second round of probes against the rules of the day', () => {
  it('leaves alone what is right', () => {
    for (const text of [
      'AI基本計画を受け、政府はGENIACに約700億円を投じる。',
      '日本経済団体連合会が12月24日にまとめた提言は、閣議決定されたAI基本計画を歓迎した。',
      '政府が2026年2月6日に公表した資料は、AI基本計画が閣議決定された経緯を説明している。',
      'AI基本計画は、11月28日に閣議決定された補正予算案と一体で進められる。',
      'The AI Basic Plan works alongside the supplementary budget, which the Cabinet approved on Nov. 28, 2025.',
      'AI基本計画は生成AI利用率の引き上げを掲げる。大阪府の職員の生成AI利用率は、2024年度に50%に達した。',
      'The AI Basic Plan aims to raise AI use. Among doctors, generative AI usage stood at 40% in fiscal 2024.',
      "The AI Basic Plan aims to raise AI use. Osaka prefectural employees' usage of generative AI reached 50% in fiscal 2024.",
    ])
      expect(claims(text), text).toEqual([]);
  });
  it('still flags what is wrong', () => {
    expect(claims('政府は12月19日、戦略本部での了承を経て、AI基本計画を閣議決定した。')).toEqual([
      ['12月19日', 'misstatement', 'decision-date'],
    ]);
    expect(claims('AI基本計画は12月19日に決定され、同日中に閣議決定された。')).toEqual([
      ['12月19日', 'mismatch', 'decision-date'],
    ]);
    expect(
      claims(
        'Myths about AI abound, and the AI Basic Plan, approved by the Cabinet on Dec. 19, 2025, seeks to dispel them.',
      ),
    ).toEqual([['Dec. 19, 2025', 'misstatement', 'decision-date']]);
    expect(
      claims('The AI Basic Plan was formally approved by the Cabinet, which convened on Dec. 19, 2025.'),
    ).toEqual([['Dec. 19, 2025', 'mismatch', 'decision-date']]);
    expect(
      claims('AI基本計画の柱として、源内は、2026年5月の発足時に20万人以上の政府職員が使う。'),
    ).toContainEqual(['20万人以上', 'mismatch', 'gennai-users']);
    expect(claims('AI基本計画が掲げたAI関連施策への投資額は、当面5000億円だった。')).toEqual([
      ['5000億円', 'mismatch', 'investment'],
    ]);
    expect(
      claims('The Cabinet approved the AI Basic Plan on Dec. 22.宇宙基本計画は別に改定された。'),
    ).toEqual([['Dec. 22', 'mismatch', 'decision-date']]);
  });
  it('today’s headcount is compared with a figure of that moment only, in an article of that year', () => {
    const text = 'AI基本計画によると、AISIの人員を現在の約60人から200人体制に拡充する。';
    expect(claims(text)).toEqual([
      ['約60人', 'mismatch', 'aisi-now'],
      ['200人', 'match', 'aisi-goal'],
    ]);
    const later = analyzeText(text, { articleDate: '2027-06-01' }).claims.map((c) => [c.text, c.verdict]);
    expect(later).toEqual([['200人', 'match']]);
  });
  it('a deadline belongs to the rate nearest it', () => {
    expect(
      claims('The AI Basic Plan aims to raise generative AI usage to 50% first and to 90% by 2040.'),
    ).toEqual([['50%', 'match', 'genai-use-first']]);
  });
});

describe('another plan’s day in an article about this one', () => {
  it('is never the known misdating of this plan’s decision', () => {
    expect(claims('AI基本計画が閣議決定された。宇宙基本計画は12月19日に閣議決定された。')).toEqual([]);
    expect(
      claims(
        'The AI Basic Plan was approved. Separately, the Space Basic Plan was approved by the Cabinet on Dec. 19, 2025.',
      ),
    ).toEqual([]);
    expect(claims('AI基本計画は12月19日に閣議決定された。')).toEqual([
      ['12月19日', 'misstatement', 'decision-date'],
    ]);
  });
});

describe('a third round of probes, against today’s code and yesterday’s', () => {
  it('a group named after the number is not its subject, and where a rate stands is not put in the plan’s mouth', () => {
    expect(claims('AI基本計画が目標とする利用率5割に対し、教員の生成AI利用率は約3割にとどまる。')).toEqual([
      ['5割', 'match', 'genai-use-first'],
    ]);
    expect(claims('自治体職員の生成AI利用率は約5割だ。AI基本計画は国民の利用率を将来8割にする。')).toEqual([
      ['8割', 'match', 'genai-use-future'],
    ]);
  });
  it('a projection’s sum and a draft approved on the day are not the plan’s', () => {
    expect(claims('AI基本計画について、識者は「370兆円の投資見通しは非現実的」と批判した。')).toEqual([]);
    const draft = analyzeText('高市首相は19日、AI基本計画案を了承し、来週にも閣議決定する考えを示した。', {
      articleDate: '2025-12-19',
    }).claims.map((c) => [c.text, c.verdict, c.figureId]);
    expect(draft).toEqual([['19日', 'match', 'approval-date']]);
  });
});

describe('a prefecture’s own affairs in a local paper', () => {
  it('a rate after 「県の…」 in the same sentence is the prefecture’s, not the nation’s', () => {
    const text =
      '政府が23日に閣議決定した人工知能基本計画を受け、県もAI活用を急ぐ。\n県のAI活用、国の基本計画受け加速へ　生成AI利用率は職員の4割';
    expect(claims(text).filter((c) => c[0] === '4割')).toEqual([]);
  });
});
