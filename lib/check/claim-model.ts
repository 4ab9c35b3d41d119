/**
 * The claim model: before a number is compared with a figure, what it is about.
 * - subject: who or what it counts (individuals, companies, government staff, one agency's staff,
 *   AISI staff, pupils), read from the words of its clause;
 * - time: the year or fiscal year its clause dates it to (「2025年春に…約1,000人で試行」 is 2025);
 * - owner: whose number it is (the plan, a ministry's own programme, a budget or economic package,
 *   a company's own investment, a survey, another plan, or the article's own conversion
 *   「1兆円（約67億ドル）」);
 * - for a date, the document it dates ("the AI Promotion Act, which was adopted in May 2025" dates
 *   the Act, not the plan).
 * A number is compared with a figure only when the three are compatible with it (compatible()).
 * Every function here is pure: text and spans in, facts out.
 */
import type { Span } from '../detect/blocks';
import type { DateValue, Quantity } from '../numbers/types';
import type { Figure, Subject } from '../plan/schema';

/**
 * Whose number it is, when the sentence says so; null: nothing says otherwise (the plan's).
 * 'deadline': a sum or a rate due by a year, a framework's or a pledge's (see DEADLINE): never the
 * plan's own figures, which have no deadline.
 */
export type Owner =
  | 'ministry-programme'
  | 'budget'
  | 'company'
  | 'survey'
  | 'other-plan'
  | 'conversion'
  | 'deadline';

export interface ClaimFacts {
  subject: Subject | null;
  /** The year (or fiscal year) the clause dates the number to, when it does. */
  year: { year: number; fiscal: boolean } | null;
  owner: Owner | null;
  /**
   * For a date: the document named nearest before it (「AI法」, "Act", "guidelines", "Basic Plan"),
   * whose date it is; null when none is named. See documentBefore.
   */
  document?: string | null;
  /**
   * For a rate: said as where it is to be raised to ('goal': 「5割に引き上げる」) or as what it was or
   * is ('measured': 「4割だった」, 「26.7%にとどまる」); null when the sentence does not say. See stanceOf.
   */
  stance?: Stance | null;
}

export type Stance = 'goal' | 'measured';

/**
 * Does this code unit end a clause (、，,;；。:：)? Comparisons rather than a Set lookup: this runs
 * for every character of every number's clause, mostly before the JIT has optimised it.
 */
export function isClauseEnd(c: number): boolean {
  if (c < 0x3001) return c === 44 || c === 58 || c === 59;
  return c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0xff1a || c === 0xff1b;
}

/** The clause of a span: back to the previous comma (or sentence start), on to the next one. */
export function clauseOf(text: string, sent: Span, q: Span, reach = 60): Span {
  let s = q.start;
  while (s > sent.start && q.start - s < reach && !isClauseEnd(text.charCodeAt(s - 1))) s--;
  let e = q.end;
  while (e < sent.end && e - q.end < reach && !isClauseEnd(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** The people of one place or occupation: 大阪府の職員, 都民, 医師, 教員, 女性, women, doctors. */
const POPULATION_GROUP =
  /(?<![政幕])[都道府県市区町村](?:民|の?職員)|自治体|地方公務員|首都圏|都市部|地方在住|住民|医師|看護師|教員|教師|保育士|女性|男性|管理職|経営者|\b(?:women|men|doctors|physicians|nurses|teachers|residents|managers|executives|prefectural|municipal|local government)\b/gi;

/** Subject words, most specific first (デジタル庁の職員 before 職員). */
const SUBJECT_WORDS: ReadonlyArray<[Subject, RegExp]> = [
  [
    'agency-staff',
    /(?:デジタル庁|内閣府|総務省|経産省|経済産業省|同庁|同省)の?(?:職員|全職員|スタッフ)|Digital Agency(?:'s)? (?:staff|employees|workers|officials)|(?:staff|employees|officials) (?:of|at) the Digital Agency/gi,
  ],
  [
    'aisi-staff',
    /(?:AISI|ＡＩＳＩ|セーフティ・?インスティテュート|安全研究所)(?:の|は|を|が)?[^、。]{0,12}?(?:人員|職員|体制|人数|スタッフ)|(?:AISI|AI Safety Institute)(?:'s)? (?:staff|headcount|personnel|workforce)/gi,
  ],
  [
    'government-staff',
    /政府職員|国家公務員|公務員|府省庁の職員|各省庁の職員|全府省庁|行政職員|government (?:employees|staff|workers|officials|personnel)|civil servants|public servants/gi,
  ],
  ['companies', /企業|法人|事業者|会社|companies|businesses|firms|corporations|enterprises|corporate/gi],
  ['students', /児童|生徒|学生|小中学生|高校生|students|pupils|schoolchildren/gi],
  [
    'individuals',
    /国民|個人|人々|一般の人|利用者の割合|people|individuals|the public|citizens|adults|consumers/gi,
  ],
  ['population-group', POPULATION_GROUP],
];

/**
 * The people of one place or occupation, anywhere in a sentence before a number (see subjectOf);
 * there a prefecture's or a city's own affairs say it too (「県のAI活用、…　生成AI利用率は職員の4割」).
 */
const POPULATION_GROUP_ANYWHERE = new RegExp(
  `${POPULATION_GROUP.source}|(?<![政幕首])[都道府県市区町村]の`,
  'i',
);

const SUBJECT_AFTER =
  /^\s*(?:of|for|among|in)\s+(?:the\s+|all\s+|Japanese\s+|its\s+)?((?:government\s+|Digital Agency\s+)?[A-Za-z]+(?:\s+servants)?)/i;

/**
 * An age group, anywhere in the sentence ("Even among people in their 20s, only 44.7% …" names it
 * in the clause before the number): a rate of one age group is never the nation's.
 */
const AGE_GROUP =
  /[1-9１-９]0代|[十二三四五六七八]十代|若者|若年層|若い世代|高齢者|シニア層|\bin (?:their|the) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|[1-9]0s)\b|\baged [1-9][0-9]?\b|\b(?:young|younger|older) (?:people|adults|Japanese)\b|\bteenagers\b|\bthe elderly\b|\bseniors\b/i;

/**
 * The subject named nearest to the number in its clause (or null). Words in the clause before the
 * number count, and in English the words after it too ("50% of companies"); an age group counts
 * from anywhere in the sentence.
 */
export function subjectOf(text: string, sent: Span, q: Span): Subject | null {
  if (AGE_GROUP.test(text.slice(sent.start, sent.end))) return 'age-group';
  // English puts the subject after the number: "50 percent for corporations", "80% of people"
  const after = SUBJECT_AFTER.exec(text.slice(q.end, Math.min(sent.end, q.end + 60)));
  if (after !== null) {
    const word = after[1] as string;
    for (let k = 0; k < SUBJECT_WORDS.length; k++) {
      const entry = SUBJECT_WORDS[k] as [Subject, RegExp];
      const re = entry[1];
      re.lastIndex = 0;
      if (re.test(word)) return entry[0];
    }
  }
  const c = clauseOf(text, sent, q);
  const clause = text.slice(c.start, c.end);
  let best: Subject | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let k = 0; k < SUBJECT_WORDS.length; k++) {
    const entry = SUBJECT_WORDS[k] as [Subject, RegExp];
    const subject = entry[0];
    const re = entry[1];
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      const s = c.start + m.index;
      const e = s + m[0].length;
      // a word inside the number's span is its subject only as a counter noun after the digits
      // ("100,000 government employees"), never a word before them; "200 people" names no subject
      if (s < q.end && e > q.start && (s <= q.start || subject === 'individuals')) continue;
      const d = e <= q.start ? q.start - e : s - q.end + 5; // a subject before the number is likelier
      if (d < bestDist) {
        bestDist = d;
        best = subject;
      }
    }
  }
  // 「大阪府の職員の生成AI利用率は、2024年度に50%に達した」: the group set off by a comma, in the
  // clause before; a subject in the number's own clause wins over it. Only before the number: in
  // 「計画が目標とする利用率5割に対し、教員の利用率は約3割」 the teachers are the 3割's
  if (best === null && POPULATION_GROUP_ANYWHERE.test(text.slice(sent.start, q.start)))
    return 'population-group';
  return best;
}

/**
 * The year a number's clause dates it to: the nearest date quantity with a (resolved) year in the
 * same sentence before it within 30 characters, or just after it within 12 ("68.8% in 2024").
 * `resolved` maps a relative date to its absolute form (null: unknown, ignored).
 */
export function yearOf(
  q: Quantity,
  qs: readonly Quantity[],
  resolved: (d: Quantity) => DateValue | null,
): { year: number; fiscal: boolean } | null {
  let best: { year: number; fiscal: boolean } | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let k = 0; k < qs.length; k++) {
    const d = qs[k] as Quantity;
    if (d === q || d.unit !== 'date') continue;
    const date = resolved(d);
    if (date?.year === undefined) continue;
    const dist = d.end <= q.start ? q.start - d.end : d.start >= q.end ? d.start - q.end + 18 : -1;
    if (dist < 0 || dist > 30) continue;
    if (dist < bestDist) {
      bestDist = dist;
      best = { year: date.year, fiscal: date.fiscal === true };
    }
  }
  return best;
}

/** A ministry's own programme (METI's five-year support); English says it in more words than Japanese. */
const MINISTRY_PROGRAMME =
  /(?:経産省|経済産業省|METI|Ministry of Economy)[^。]{0,40}(?:5年|５年|五年|five years|5 years|five-year|5-year|支援|support)|(?:5年|５年|五年|five years)[^。]{0,20}(?:経産省|経済産業省|METI)|(?:METI|Ministry of Economy)[^.]{0,60}(?:five years|5 years|five-year|5-year)|(?:five years|5 years|five-year|5-year)[^.]{0,30}(?:METI|Ministry of Economy)/i;
/**
 * A budget of any kind (予算 covers 補正予算, 当初予算, 予算案, AI関連予算), an economic package, or
 * the financing of the investment in the US (対米投資, 交付国債).
 */
const BUDGET =
  /経済対策|予算|概算要求|対米投資|交付国債|economic (?:stimulus )?package|stimulus package|economic measures|\bbudget(?:s|ed|ary)?\b/i;
/**
 * A company named in a sum's clause: the legal forms, 同社, and the companies that announce AI
 * investments in Japan most often. Generic words (企業, companies) are left out: the plan's own
 * figure is public and private investment (官民), and articles say so with them.
 */
const COMPANY =
  /同社|株式会社|ホールディングス|ソフトバンク|トヨタ|ＮＴＴ|NTT|KDDI|富士通|日立|ソニー|楽天|さくらインターネット|マイクロソフト|グーグル|アマゾン|オラクル|エヌビディア|オープンAI|\b(?:Inc|Corp|Ltd)\.|\b(?:Holdings|SoftBank|Toyota|Fujitsu|Hitachi|Sony|Rakuten|Sakura Internet|Microsoft|Google|Amazon|AWS|Oracle|Nvidia|NVIDIA|OpenAI)\b/;
/** Is the figure about a company: one of its qualifiers names one (楽天 for Rakuten's model)? */
function namesCompany(f: Partial<Pick<Figure, 'qualifiers'>>): boolean {
  return qualifierNames(f).some((n) => COMPANY.test(n));
}

/** A figure's qualifiers, both languages. */
function qualifierNames(f: Partial<Pick<Figure, 'qualifiers'>>): string[] {
  return [...(f.qualifiers?.ja ?? []), ...(f.qualifiers?.en ?? [])];
}

/**
 * A company as the sentence's subject: its numbers are its own plans (「同社は…」, "The new company
 * …", a foreign firm as the Japanese press writes it: 「米オラクルは」).
 */
const COMPANY_SUBJECT =
  /^\s*(?:The (?:new )?(?:company|firm|venture|startup)\b|(?:新会社|同社|新興企業)(?:は|が|では)|[米英独仏中韓台][ァ-ヶー]{2,}(?:社)?(?:は|が|も))/i;
const SURVEY = /調査|白書|アンケート|survey|poll|AI Index|white paper/i;
const OTHER_PLAN =
  /(?:宇宙|エネルギー|海洋|防災|国土強靱化|科学技術・イノベーション)基本計画|\b(?:Space|Energy|Ocean|Strategic Energy|Science, Technology and Innovation) Basic Plan|\bBasic (?:Space|Energy|Ocean) Plan|\bStrategic Energy Plan|AI Action Plan|AI Basic Act|(?:韓国|同国)の?AI基本法|AI Act(?! was enacted in Japan)|EUのAI法/i;

/**
 * Plans of their own that put sums on AI: the public-private investment roadmaps (17 sectors, to
 * FY2040: 官民370兆円超, AI・半導体 about 101.6兆円), the growth strategy they serve, and frameworks
 * such as the AI and chips one (10兆円 of public support and 50兆円 of investment by FY2030).
 */
const OWN_PROGRAMME =
  /ロードマップ|工程表|成長戦略|フレーム|枠組み|見通し|試算|推計|\broad ?maps?\b|growth strategy|framework|projection|estimate/i;
/**
 * A sum to be spent by a year (「2030年度までに10兆円以上」, "¥10 trillion in chips and AI by 2030"):
 * a framework's or a pledge's with its own deadline. The plan's investment has none (当面1兆円超).
 */
const DEADLINE =
  /\b(?:by|through|until|till) (?:the end of )?(?:fiscal |FY ?)?(?:year )?20\d\d\b|(?:20\d\d|２０[０-９]{2})年度?(?:末)?まで/i;
/** The article says the number is not the plan's: 「AI基本計画とは別に」, "beyond the AI Basic Plan". */
const NOT_THE_PLAN =
  /計画(?:と|とは)別に|計画とは別枠|\b(?:beyond|apart from|separate(?:ly)? from|outside|besides|in addition to) (?:the |its |Japan's )?(?:AI )?(?:Basic )?Plan\b/i;

/** A number in brackets right after another amount is the article's conversion of it. */
export function isConversion(text: string, q: Span, qs: readonly Quantity[]): boolean {
  const m = /[（(]\s*(?:約|およそ|about|approx\.?|roughly|some)?\s*$/i.exec(
    text.slice(Math.max(0, q.start - 10), q.start),
  );
  if (m === null) return false;
  const open = q.start - m[0].length;
  return qs.some((x) => x.end <= open && open - x.end <= 2 && (x.unit === 'JPY' || x.unit === 'USD'));
}

/**
 * The number's own stretch of its clause: from the quantity before it to the quantity after it, each
 * word belonging to the nearest number. `skip`: quantities that do not part it (dates, for a deadline).
 */
function ownStretch(c: Span, q: Span, qs: readonly Span[], skip?: (x: Span) => boolean): Span {
  let start = c.start;
  let end = c.end;
  for (let k = 0; k < qs.length; k++) {
    const x = qs[k] as Span;
    if (skip?.(x)) continue;
    if (x.end <= q.start && x.end > start) start = x.end;
    if (x.start >= q.end && x.start < end) end = x.start;
  }
  return { start, end };
}

const isDate = (x: Span): boolean => (x as Quantity).unit === 'date';

/** Whose number: read from the sentence and the number's place in it. */
export function ownerOf(text: string, sent: Span, q: Quantity, qs: readonly Quantity[]): Owner | null {
  if ((q.unit === 'JPY' || q.unit === 'USD') && isConversion(text, q, qs)) return 'conversion';
  const c = clauseOf(text, sent, q, 60);
  const clause = text.slice(c.start, c.end);
  if (OTHER_PLAN.test(clause)) return 'other-plan';
  const sentence = text.slice(sent.start, sent.end);
  if (NOT_THE_PLAN.test(sentence)) return 'other-plan';
  if (q.unit !== 'date' && COMPANY_SUBJECT.test(text.slice(sent.start, q.start))) return 'company';
  // the unit first: only a sum or a number of years can be a ministry's programme
  if ((q.unit === 'JPY' || q.unit === 'years') && MINISTRY_PROGRAMME.test(sentence)) {
    return 'ministry-programme';
  }
  // a sum, or the span of years it is spent over ("3 trillion yen over five years")
  if (q.unit === 'JPY' || q.unit === 'USD' || q.unit === 'years') {
    // a sum a budget or an economic package sets aside is that budget's, not the plan's investment
    if (BUDGET.test(clause)) return 'budget';
    // a company's own pledge (「ソフトバンクは国内AIに3兆円を投資する」) is not the plan's 官民投資
    if (COMPANY.test(clause)) return 'company';
    // a sum a roadmap or a framework sets out, named before it (「官民投資ロードマップは、…370兆円超」)
    // or in the sum's own clause (「…50兆円超の投資を引き出す枠組み」): from the sentence's start to
    // the clause's end, the two together
    if (OWN_PROGRAMME.test(text.slice(sent.start, c.end))) return 'other-plan';
    if (q.unit !== 'years' && DEADLINE.test(clause)) return 'deadline';
  }
  // a rate to be reached by a year ("usage to 80% by 2030"): the plan's goals give none. Only its
  // own stretch of the clause: in "to 50% first and to 90% by 2040" the year is the 90%'s
  if (q.unit === 'ratio') {
    const own = ownStretch(c, q, qs, isDate);
    if (DEADLINE.test(text.slice(own.start, own.end))) return 'deadline';
  }
  // a survey is often named in another clause of the sentence (", a white paper found", 「調査によると、」)
  if (SURVEY.test(sentence)) return 'survey';
  return null;
}

/** Which facts the caller will read: a figure with no subject (no asOf) never reads the subject (year). */
export interface FactsNeeded {
  subject: boolean;
  year: boolean;
}

const ALL_FACTS: FactsNeeded = { subject: true, year: true };

/**
 * The claim facts of a quantity. `needed` leaves out (null) what no figure it may be compared with
 * reads, so the claim model is not run for nothing; the owner is always read.
 */
export function claimFacts(
  text: string,
  sent: Span,
  q: Quantity,
  qs: readonly Quantity[],
  resolved: (d: Quantity) => DateValue | null,
  needed: FactsNeeded = ALL_FACTS,
): ClaimFacts {
  return {
    subject: q.unit === 'date' || !needed.subject ? null : subjectOf(text, sent, q),
    year: q.unit === 'date' || !needed.year ? null : yearOf(q, qs, resolved),
    owner: ownerOf(text, sent, q, qs),
    document: q.unit === 'date' ? documentBefore(text, sent, q) : null,
    stance:
      q.unit === 'ratio'
        ? (stanceOf(text, sent, q) ?? datedStance(text, sent, q, qs, resolved))
        : q.unit === 'JPY' || q.unit === 'USD'
          ? sumStance(text, sent, q, qs, resolved)
          : null,
  };
}

/** After a rate, where it is to be raised to: 「5割に引き上げる」「8割へ高める」「3割まで増やす」. */
const GOAL_AFTER =
  /^(?:程度|前後|以上|超)?(?:(?:に|へ|まで)(?:引き上げ|引上げ|高め|増や|上げ|拡大|伸ば|向上|達する|する目標|を目指)|を目指|を目標|が目標|の目標)/;
/** Before an English rate, a verb of raising and 'to': "raise the usage rate to 30%". */
const GOAL_BEFORE =
  /(?:\b(?:raise|raises|raising|lift|lifts|lifting|increase|increases|increasing|boost|boosts|boosting|push|pushing|bring|bringing)\b[^.;:!?]{0,60}\bto\s+|\b(?:goal|target)s?\s+(?:of|is|was|at)\s+|\b(?:aims?|aiming)\s+(?:for|at)\s+|目標(?:は|を|として|に)[^、。]{0,12}?)(?:about |around |roughly |some )?$/i;
/** After a rate, what it was or is: 「4割だった」「26.7%にとどまる」「25%程度となっている」. */
const MEASURED_AFTER =
  /^(?:程度|前後|強|弱|台)?(?:だった|でした|にとどま|に留ま|にすぎ|に過ぎ|となっている|となった|である|です|だ[。、]|で推移)|^\s*(?:today|now|currently|at present)\b/i;
/**
 * Before a rate, what it was or is: "stood at 26.7%", "was only 25%", "the current 26.7%",
 * 「現在の約25%」.
 */
const MEASURED_BEFORE =
  /(?:\b(?:stood at|stands at|was|were|is only|are only|remained at|remains at|current|currently|today's|today’s|present|(?:was|were|is|are|remained|remains)\s+(?:low|high|still|only|just)?,?\s*at)\s+(?:only |just |about |around |roughly )?|(?:現在|現状|足元)(?:の|は|で)?(?:約|およそ)?)$/i;

/** Before an English rate, a past verb of change and 'to': "rose to 26.7%", "had climbed to". Not "be increased to". */
const MOVED_TO_BEFORE =
  /(?<!\b(?:be|been|being|to)\s)\b(?:rose|climbed|grew|jumped|increased|doubled|tripled|fell|dropped|declined|reached|hit)\s+(?:to\s+)?(?:about |around |roughly |some |only |just )?$/i;

/**
 * Whether a rate is said as a goal or as a measurement. A goal (「利用率を3割に引き上げる目標」) is
 * never compared with a measured figure (the usage of FY2024), and a measurement (「2024年度の利用率は
 * 4割だった」) never with a goal (まずは5割): the one says where things should get to, the other where
 * they stand.
 */
export function stanceOf(text: string, sent: Span, q: Span): Stance | null {
  const after = text.slice(q.end, Math.min(sent.end, q.end + 12));
  if (GOAL_AFTER.test(after)) return 'goal';
  if (MEASURED_AFTER.test(after)) return 'measured';
  const before = text.slice(Math.max(sent.start, q.start - 80), q.start);
  // "usage, which rose to 26.7%": where it went, not where it is to be raised to (GOAL_BEFORE's "raise … to")
  if (MOVED_TO_BEFORE.test(before)) return 'measured';
  if (GOAL_BEFORE.test(before)) return 'goal';
  if (MEASURED_BEFORE.test(before)) return 'measured';
  return null;
}

/** "to" right before a rate: the end of "from … to …". */
const TO_BEFORE = /\bto\s+(?:about |around |roughly |some )?$/i;

/**
 * A rate said as no goal whose own clause dates it to a year before it (「利用率（昨年）が個人で2割台」,
 * "in fiscal 2024, 26.7%") is that year's measurement: never compared with a goal of the plan's,
 * which has no year. Only its clause: in 「2024年度に25%程度にとどまり、計画はまずは5割」 the year
 * is the 25%'s.
 */
function datedStance(
  text: string,
  sent: Span,
  q: Quantity,
  qs: readonly Quantity[],
  resolved: (d: Quantity) => DateValue | null,
): Stance | null {
  const clause = clauseOf(text, sent, q, 30);
  // "from around 25 percent in fiscal 2024 to 50 percent": the year is the start's, the rate the end's
  if (TO_BEFORE.test(text.slice(clause.start, q.start))) return null;
  // its own clause's year, or the year that opens the sentence ("In fiscal 2023, only 9.1% …",
  // 「2023年度は、利用率が…」): it dates the whole sentence
  for (const d of datesBefore(text, sent, q, qs, clause, true)) {
    if (resolved(d)?.year !== undefined) return 'measured';
  }
  return null;
}

/** How far into its sentence a year may start and still open it ("In fiscal ", 「昨年度は」 before it). */
const LEAD_YEAR_REACH = 12;

/**
 * The dates before a quantity in its clause, and with `opening` the one that opens the sentence
 * before a comma ("In fiscal 2023, …").
 */
function datesBefore(
  text: string,
  sent: Span,
  q: Quantity,
  qs: readonly Quantity[],
  clause: Span,
  opening: boolean,
): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const d = qs[k] as Quantity;
    if (d.unit !== 'date' || d.end > q.start) continue;
    const opens =
      opening && d.start - sent.start <= LEAD_YEAR_REACH && /^\s*[,、，]/.test(text.slice(d.end, d.end + 2));
    if (d.start >= clause.start || opens) out.push(d);
  }
  return out;
}

/**
 * After a sum, what it came to: 「約1400億円にとどまった」「…にすぎない」. Not 「…だった」 alone: 「投資額は、
 * 当面5000億円だった」 reports (wrongly) what the plan set.
 */
const SUM_MEASURED_AFTER = /^(?:程度|前後|強|弱|台)?(?:にとどま|に留ま|にすぎ|に過ぎ)/;
/** The first year of the plan: a sum its clause dates to an earlier year was spent before it. */
const PLAN_YEAR = 2025;

/**
 * A sum of money said as what was spent or invested (「日本の民間AI投資は2024年に約1400億円にとどまった」,
 * a year before the plan in its clause) is a measurement: never compared with the plan's own
 * commitments, which look ahead. Null otherwise (a budget of 2025, a pledge: as before).
 */
function sumStance(
  text: string,
  sent: Span,
  q: Quantity,
  qs: readonly Quantity[],
  resolved: (d: Quantity) => DateValue | null,
): Stance | null {
  if (SUM_MEASURED_AFTER.test(text.slice(q.end, Math.min(sent.end, q.end + 10)))) return 'measured';
  for (const d of datesBefore(text, sent, q, qs, clauseOf(text, sent, q, 30), false)) {
    const year = resolved(d)?.year;
    if (year !== undefined && year < PLAN_YEAR && d.date?.fiscal !== true) return 'measured';
  }
  return null;
}

/** A figure of a measurement (a rate at a time, another country's rate), not a goal of the plan's. */
function isMeasurement(f: Pick<Figure, 'asOf' | 'scope'>): boolean {
  return f.asOf !== undefined || f.scope !== 'plan';
}

/** Kinds of staff: a count of one kind (常勤約20人, "20 full-time staff") is part of a headcount. */
const STAFF_PART =
  /常勤|非常勤|兼任|兼務|専任|併任|\b(?:full[- ]time|part[- ]time|permanent|temporary|seconded)\b/i;

/**
 * Whether a count of people counts one kind of staff only: the kind is written in its clause
 * before it (「常勤約20人」) or in the number itself ("20 full-time staff"). No figure counts part
 * of a headcount, so such a number is never called a wrong one.
 */
export function isPartOfStaff(text: string, sent: Span, q: Quantity): boolean {
  const c = clauseOf(text, sent, q, 30);
  return STAFF_PART.test(text.slice(c.start, q.end));
}

/**
 * After a count of people, words that make it the whole a part of is then counted: 「約29万人で、その半数
 * 以上が」, 「1200人のうち」, 「29万人いる中で」, ", half of whom", "of which".
 */
const WHOLE_AFTER =
  /^(?:[^。．！？!?]{0,8}?(?:のうち|の中で|いる中で|で、?その(?:うち|半数|半分|大半|多く|一部|[0-9０-９一二三四五六七八九十]+割|[0-9０-９.．]+[%％])))|^[^.;!?]{0,30}?,\s*(?:(?:about |nearly |more than |over )?(?:half|most|many|some|a third|a quarter|[0-9.]+%) of (?:whom|them|which)|of whom|of which)\b/i;

/**
 * Whether a count of people is a whole that the sentence then takes a part of (「国家公務員の一般職は約
 * 29万人で、その半数以上が源内を使う」): the size of a population, not a goal or a headcount. Never
 * called a wrong one.
 */
export function isWholeOfPart(text: string, sent: Span, q: Span): boolean {
  return WHOLE_AFTER.test(text.slice(q.end, Math.min(sent.end, q.end + 48)));
}

/**
 * Words that date a count to a past moment of its own: at the launch, at first (「発足時に約20人」,
 * "at its launch in 2024"). Such a count is neither the plan's goal nor today's count.
 */
const PAST_MOMENT =
  /発足時|発足当初|設立時|設立当初|創設時|開設時|当初は|当初の|\bat (?:its |the )?(?:launch|founding|start)\b|\bwhen it (?:was )?(?:launched|founded|set up|started)\b|\binitially\b/i;

/** Is the count dated to a past moment of its own in its clause (PAST_MOMENT)? */
export function pastMomentCount(text: string, sent: Span, q: Span): boolean {
  const c = clauseOf(text, sent, q, 60);
  const clause = text.slice(c.start, c.end);
  // past, as its verb says: 「源内は2026年5月の発足時に20万人以上が使う」 is a launch to come
  return PAST_MOMENT.test(clause) && PAST_VERB.test(text.slice(q.end, sent.end));
}

/** A past verb after the count: 「約20人だった」「いた」, "had", "was", "were". */
const PAST_VERB = /だった|でした|いた|いました|であった|\b(?:had|was|were)\b/;

/** Words that date a count to a moment: now, as of a date. */
const PRESENT = /現在|現状|時点|足元|as of|currently|at present|\bnow\b|so far|to date/i;

/**
 * Whether the number is said to be a count at a moment: a present word between it and the quantity
 * before it in its clause (「現在の約30人」, 「2026年2月時点で常勤約20人」), or between it and the next
 * ("about 20 staff as of February"). Each word belongs to the nearest number: in 「現在の約30人を3倍に」
 * only 約30人 is a present count.
 */
export function presentCount(text: string, sent: Span, q: Span, qs: readonly Span[]): boolean {
  const { start, end } = ownStretch(clauseOf(text, sent, q, 60), q, qs);
  return PRESENT.test(text.slice(start, q.start)) || PRESENT.test(text.slice(q.end, end));
}

/**
 * Documents whose own dates articles give beside the plan's: the plan, a law, a bill, guidelines,
 * a strategy, a treaty; a report, an editorial, a proposal, a survey ("echoes a report we issued on
 * Dec. 15": the paper's own date); a budget. Read backwards from a date, the nearest one named is
 * the one it dates. A body named after a strategy (人工知能戦略本部, "AI Strategy Headquarters",
 * 戦略会議) is no document: the date of its meeting is its own (the draft's approval), not a
 * strategy's.
 */
const DOCUMENT_NAMES =
  /\b(?:Basic Plan|plan|Plan|Act|Law|law|[Bb]ill|[Gg]uidelines?|[Ss]trategy(?! (?:Headquarters|Council|Office|Meeting))|[Tt]reaty|[Cc]onvention|[Dd]eclaration|[Ff]ramework|[Rr]eport|[Ee]ditorial|[Pp]roposal|[Ww]hite [Pp]aper|[Ss]urvey|[Ss]tudy|[Bb]udget)\b|基本計画|計画|AI推進法|ＡＩ推進法|AI法|ＡＩ法|法律|法案|ガイドライン|指針|戦略(?!本部|会議|室)|条約|宣言|報告書|提言|白書|予算/g;
/** After a date, a verb of writing or publishing and the document it made: 「にまとめた提言」「に公表した資料」. */
const DOCUMENT_AFTER =
  /^に?(?:まとめた|取りまとめた|とりまとめた|公表した|発表した|出した|示した|作成した|公開した|発行した)[^。、]{0,6}?(提言|資料|報告書|白書|声明|要望書?|意見書|論文|記事|ページ)/;
/** The plan's own names among them: a date named after them is the plan's, as before. */
const PLAN_NAMES = /^(?:Basic Plan|plan|Plan|基本計画|計画)$/;
/** A law named by the generic word, and a figure qualifier that names a law. */
const GENERIC_LAW = /^(?:法律|law|Law)$/;
const LAW_NAME = /法$|\b(?:Act|Law)$/i;
/** A Japanese topic and its comma right before a clause: 「法案は、」. */
const TOPIC_BEFORE = /(?<![てでにとも])は[、，]\s*$/;
/** An English clause that hangs on the noun before its comma: ", which was adopted in May 2025". */
const HANGS_ON_BEFORE =
  /^\s*(?:which|that|adopted|approved|passed|enacted|issued|released|published|signed)\b/i;

/**
 * The document named nearest before a date in its clause, or null. An English clause that opens
 * with "which" or a participle belongs to the noun before its comma, so the clause before counts
 * too. Japanese often names the plan after the date (「政府は12月23日にAI基本計画を閣議決定した」):
 * nothing named before it, nothing said.
 */
export function documentBefore(text: string, sent: Span, q: Span): string | null {
  // 「経団連が12月24日にまとめた提言は」: Japanese names the document after the date and its verb
  const after = DOCUMENT_AFTER.exec(text.slice(q.end, Math.min(sent.end, q.end + 20)));
  if (after !== null) return after[1] as string;
  let from = clauseOf(text, sent, q).start;
  if (from > sent.start && HANGS_ON_BEFORE.test(text.slice(from, q.start)))
    from = clauseOf(text, sent, { start: from - 1, end: from - 1 }).start;
  // 「AI法の法案は、2025年2月28日に閣議決定され」: the topic before the comma is what the date is of
  else if (from > sent.start && TOPIC_BEFORE.test(text.slice(Math.max(sent.start, from - 3), from)))
    from = clauseOf(text, sent, { start: from - 1, end: from - 1 }).start;
  const before = text.slice(from, q.start);
  let last: string | null = null;
  DOCUMENT_NAMES.lastIndex = 0;
  for (let m = DOCUMENT_NAMES.exec(before); m !== null; m = DOCUMENT_NAMES.exec(before)) last = m[0];
  return last;
}

/**
 * Whether a date naming `document` may be a date of this figure: the plan's own names go with any
 * figure (as before this was read); another document only with a figure qualified by its name (the
 * AI Act's dates for "the AI Promotion Act, enacted on …").
 */
function datesFigure(document: string, f: Pick<Figure, 'qualifiers'>): boolean {
  if (PLAN_NAMES.test(document)) return true;
  const names = qualifierNames(f);
  // 「（…に関する法律、令和7年法律第53号）は」: a law named by the generic word dates a law's figure
  if (GENERIC_LAW.test(document)) return names.some((n) => LAW_NAME.test(n));
  const doc = document.toLowerCase();
  return names.some((n) => {
    const name = n.toLowerCase();
    return name.endsWith(doc) || doc.endsWith(name);
  });
}

/** The year a figure is about, from its `asOf` (「FY2024」 → fiscal 2024). */
export function figureYear(f: Pick<Figure, 'asOf'>): { year: number; fiscal: boolean } | null {
  const a = f.asOf;
  if (a === undefined) return null;
  // read by hand, not by a RegExp: this runs for every candidate figure of every number
  const fiscal = a.length === 6 && a.startsWith('FY');
  if (a.length !== 4 && !fiscal) return null;
  let year = 0;
  for (let k = fiscal ? 2 : 0; k < a.length; k++) {
    const d = a.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return null;
    year = year * 10 + d;
  }
  return { year, fiscal };
}

/** Subjects that may stand for each other (none today: each counts something different). */
function sameSubject(a: Subject, b: Subject): boolean {
  return a === b;
}

/** Owners with figures of their own, never the plan's: a ministry's programme, a budget, a company. */
const OWN_PROGRAMMES: ReadonlySet<Owner> = new Set<Owner>(['ministry-programme', 'budget', 'company']);

/**
 * May this number be compared with this figure at all? Incompatible when the number's subject is
 * not the figure's, when its clause dates it to another year, when it is someone else's number
 * (a ministry's programme, a budget, a company, another plan, the article's conversion), or when
 * it is a date of another document than the figure's. A survey's number may agree
 * with a survey-based figure but is never called wrong (see mayMismatch).
 */
export function compatible(
  facts: ClaimFacts,
  f: Pick<Figure, 'subject' | 'asOf' | 'scope'> & Partial<Pick<Figure, 'qualifiers'>>,
): boolean {
  if (facts.owner === 'conversion' || facts.owner === 'other-plan') return false;
  // a date of another document (a law, guidelines) is not the plan's
  if (facts.document && !datesFigure(facts.document, f)) return false;
  if (facts.owner !== null && OWN_PROGRAMMES.has(facts.owner) && f.scope === 'plan') return false;
  // a company's own number is only ever a figure about that company (楽天's model), never the
  // government's (「米オラクルは日本に80億ドル超を投資する」 is not Japan's public AI investment)
  if (facts.owner === 'company' && !namesCompany(f)) return false;
  if (facts.owner === 'deadline' && f.scope === 'plan' && figureYear(f) === null) return false;
  // figures with no subject (money, dates, counts of items) take any subject
  if (facts.subject !== null && f.subject !== undefined && !sameSubject(facts.subject, f.subject))
    return false;
  // a goal is not compared with a measurement, nor a measurement with a goal (stanceOf)
  if (facts.stance === 'goal' && isMeasurement(f)) return false;
  if (facts.stance === 'measured' && !isMeasurement(f)) return false;
  if (facts.year === null) return true;
  const fy = figureYear(f);
  return fy === null || fy.year === facts.year.year;
}

/** A mismatch needs more: an owner that is the plan's (not a survey's). */
export function mayMismatch(facts: ClaimFacts): boolean {
  return facts.owner === null;
}

/**
 * And a figure of the same kind: a count at a moment (`present`, see presentCount: 「2026年2月時点で
 * 約20人」) may contradict a figure of a moment (one with an asOf: AISI's about 30 in 2025), never a
 * goal with no date of its own (AISI's 200): the one says where things stand, the other where they
 * should get to.
 */
export function mayContradict(present: boolean, f: Pick<Figure, 'asOf'>): boolean {
  return !(present && f.asOf === undefined);
}
