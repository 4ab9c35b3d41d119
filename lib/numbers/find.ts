/**
 * findQuantities: every quantity in running text (money, ratios, multipliers, counts, dates…), in
 * order, non-overlapping, with spans in the input's own UTF-16 code units.
 *
 * One forward pass. At each position a class table says whether anything can start there; most
 * characters of Japanese prose are skipped with one table read. A candidate reads forward a bounded
 * way (numeral, unit, qualifier, the other end of a range) and looks back a few characters for a
 * qualifier (約, about); a failed candidate resumes after what it read, so the whole pass is linear.
 *
 * Choices (documented in the tests too):
 * - Kanji numerals inside words are not numbers: a lone kanji digit needs a unit or counter after it
 *   (一兆円, 三人) and none before it (統一, 第一, 同一人物); 一部, 一方, 一般, 一層 are never numbers.
 * - 分 counts as a ratio (a hundredth: 3割5分 = 0.35) only right after 割; 5分 alone is minutes: skipped.
 * - 強 and 弱 after a number (8割強, 8割弱) give bound 'approx'.
 * - 以下, "up to", "at most", "no more than" give 'less-than' (the contract has no 'at-most').
 * - 余り/余 (1兆円余り) give 'more-than'.
 * - "5割から8割に" (から … に/へ) is a change, not a range: two quantities.
 * - Currencies outside the contract (€, £, ユーロ) keep unit 'number' with the symbol as counter.
 */
import * as charsMod from './chars';
import * as coreMod from './core';
import * as englishMod from './english';
import type { DateValue, Quantity, QuantityBound, QuantityUnit, Season } from './types';
import * as wordsMod from './words';

// Local bindings (module-scope constants), so hot loops do not go through live-binding accessors.
const {
  C_DIGIT,
  C_KANJI,
  C_LETTER,
  CLS,
  codeAt,
  isAsciiLetter,
  isDigit,
  isIdeograph,
  isSpace,
  KDIGIT,
  lower,
  matchAt,
  matchBefore,
  NORM,
} = charsMod;
const { core, readCore } = coreMod;
const { eng, readEnglish } = englishMod;
const {
  lookupWord,
  W_ARTICLE,
  W_CURRENCY,
  W_DOZEN,
  W_FISCAL,
  W_HUNDRED,
  W_MONTH,
  W_MODIFIER,
  W_MULT,
  W_ONES,
  W_SCALE,
  W_SEASON,
  W_TEEN,
  W_TENS,
  W_UNIT,
  W_WEEKDAY,
  wordEnd,
} = wordsMod;

interface Cand {
  start: number;
  end: number;
  /** The numeral's value before the unit (core × English scale). */
  base: number;
  /** The numeral carries its own scale (万, 十, million). */
  scaled: boolean;
  /** The scale the numeral ends with (3兆 → 1e12), or 1. */
  trailing: number;
  mul: number;
  div: number;
  value: number;
  unit: QuantityUnit;
  bound: QuantityBound;
  upper?: number;
  date?: DateValue;
  counter?: string;
  explicitUnit: boolean;
}

/** Where to resume after a failed candidate (always past the failed start). */
let resume = 0;
/** End of the previous quantity: look-behind never crosses it. */
let floor = 0;

const CH = (c: string): number => c.charCodeAt(0);
const C_SU = CH('数');
const C_NAN = CH('何');
const C_IKU = CH('幾');
const C_NEN = CH('年');
const C_TSUKI = CH('月');
const C_HI = CH('日');
const C_DO = CH('度');
const C_KAN = CH('間');
const C_WARI = CH('割');
const C_BU = CH('分');
const C_RIN = CH('厘');
const C_BAI = CH('倍');
const C_ZOU = CH('増');
const C_GEN = CH('元');
const C_ICHI = CH('一');
const C_HAN = CH('半');
const C_KA = CH('過');
const C_DAI = CH('大');
const C_IMA = CH('今');
const C_RAI = CH('来');
const C_SAKU = CH('昨');
const C_KYO = CH('去');
const C_SAI = CH('再');
const C_HON = CH('本');
const C_SEN = CH('先');
const SEASON_CH = new Map<number, Season>([
  [CH('春'), 'spring'],
  [CH('夏'), 'summer'],
  [CH('秋'), 'autumn'],
  [CH('冬'), 'winter'],
]);

/** Multiply and drop binary noise (67.2 × 1e9 = 67200000000.00001 → 67200000000). */
function mulClean(a: number, b: number): number {
  const r = a * b;
  if (Number.isInteger(r) || !Number.isFinite(r)) return r;
  return Number(r.toPrecision(15));
}

function divClean(a: number, b: number): number {
  const r = a / b;
  if (Number.isInteger(r) || !Number.isFinite(r)) return r;
  return Number(r.toPrecision(15));
}

// ---------------------------------------------------------------------------------------------
// Units after a numeral

interface JaUnit {
  word: string;
  unit: QuantityUnit;
  mul: number;
  div: number;
  /** Reject the numeral: the word makes it a time, an age, a rank… (5分, 20歳, 3カ月). */
  skip?: boolean;
  /** ASCII unit: must not run into more letters (GW, not GWh). */
  ascii?: boolean;
}

const JA_UNITS: JaUnit[] = [];
/** Adds each space-separated unit word with the same reading (a string, not an array: smaller bundle). */
const ju = (words: string, unit: QuantityUnit, mul = 1, div = 1, extra?: Partial<JaUnit>): void => {
  for (const word of words.split(' ')) JA_UNITS.push({ word, unit, mul, div, ...extra });
};
ju('円', 'JPY');
ju('米ドル ドル', 'USD');
ju('ユーロ', 'number');
ju('% パーセント', 'ratio', 1, 100);
ju('ポイント', 'number');
ju('人 名', 'persons');
// 4つの方針, 四つの柱
ju('件 つ 社 カ国 か国 ヶ国 ケ国 ヵ国 箇国 機関 団体 拠点', 'count');
ju('パラメーター パラメータ', 'parameters');
ju('ギガワット', 'watts', 1e9);
ju('メガワット', 'watts', 1e6);
ju('キロワット', 'watts', 1e3);
ju('GW', 'watts', 1e9, 1, { ascii: true });
ju('MW', 'watts', 1e6, 1, { ascii: true });
ju('kW KW', 'watts', 1e3, 1, { ascii: true });
ju('TW', 'watts', 1e12, 1, { ascii: true });
ju('時 分 秒 歳 日 位 番 号 階 度 月 カ月 か月 ヶ月 ケ月 ヵ月 箇月', 'number', 1, 1, { skip: true });
/** By first code unit, longest first. */
const JA_UNIT_BY_CH = new Map<number, JaUnit[]>();
for (const u of JA_UNITS) {
  const k = CH(u.word);
  const list = JA_UNIT_BY_CH.get(k) ?? [];
  list.push(u);
  list.sort((a, b) => b.word.length - a.word.length);
  JA_UNIT_BY_CH.set(k, list);
}

function jaUnitAt(s: string, p: number): JaUnit | undefined {
  const list = JA_UNIT_BY_CH.get(codeAt(s, p));
  if (!list) return undefined;
  for (let k = 0; k < list.length; k++) {
    const u = list[k] as JaUnit;
    if (!matchAt(s, p, u.word)) continue;
    if (u.ascii && isAsciiLetter(codeAt(s, p + u.word.length))) continue;
    return u;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Qualifiers

/**
 * Qualifier words, '|'-separated, with the bound they give; tried in this order (the first that
 * fits wins: "no more than" before "more than").
 */
function qualifiers(groups: ReadonlyArray<[string, QuantityBound]>): Array<[string, QuantityBound]> {
  return groups.flatMap(([words, bound]) => words.split('|').map((w): [string, QuantityBound] => [w, bound]));
}

/** Japanese, then English (which needs a space before the number and a word boundary before it). */
const PREFIX_JA = qualifiers([
  ['約|およそ|おおよそ|おおむね|概ね|ほぼ', 'approx'],
  ['少なくとも|最低', 'at-least'],
]);
const PREFIX_EN = qualifiers([
  ['approximately|approx.|about|around|roughly|nearly|almost|some|circa', 'approx'],
  ['no more than', 'less-than'],
  ['no less than|not less than', 'at-least'],
  ['more than|over|above|upwards of|in excess of', 'more-than'],
  ['at least', 'at-least'],
  ['less than|fewer than|under|below|up to|at most', 'less-than'],
]);
/** [text, bound, english] */
const PREFIX_QUALIFIERS: Array<[string, QuantityBound, boolean]> = [
  ...PREFIX_JA.map(([w, b]): [string, QuantityBound, boolean] => [w, b, false]),
  ...PREFIX_EN.map(([w, b]): [string, QuantityBound, boolean] => [w, b, true]),
];

/** Each prefix qualifier's last code unit (lower-cased for English): most candidates have none before them. */
const PREFIX_LAST = PREFIX_QUALIFIERS.map(([w, , en]) => {
  const c = w.charCodeAt(w.length - 1);
  return en ? lower(c) : c;
});

/** Looks back from `at` for a qualifier; sets the candidate's start and bound. */
function prefixQualifier(s: string, q: Cand): void {
  let p = q.start;
  if (isSpace(codeAt(s, p - 1))) p--;
  const last = codeAt(s, p - 1);
  const lastLower = lower(last);
  for (let k = 0; k < PREFIX_QUALIFIERS.length; k++) {
    const entry = PREFIX_QUALIFIERS[k] as [string, QuantityBound, boolean];
    const en = entry[2];
    if (PREFIX_LAST[k] !== (en ? lastLower : last)) continue;
    const w = entry[0];
    const bound = entry[1];
    const st = p - w.length;
    if (st < floor) continue;
    if (en) {
      if (p === q.start) continue; // English needs the space
      if (isAsciiLetter(codeAt(s, st - 1))) continue;
    }
    if (!matchAt(s, st, w, en)) continue;
    q.start = st;
    q.bound = bound;
    return;
  }
}

const SUFFIX_QUALIFIERS = qualifiers([
  ['を超える|を超す|を超え|を上回る|超え|超', 'more-than'],
  ['以上', 'at-least'],
  ['未満|以下', 'less-than'],
  ['程度|規模|前後|ほど|近く|くらい|ぐらい', 'approx'],
  ['余り|あまり|余', 'more-than'],
  ['強|弱', 'approx'],
  [' or more|+| or above', 'at-least'], // + : 100,000+ users
  [' or less| or fewer', 'less-than'],
]);
const NOT_AFTER_KYOU = new Set(['化', 'い', '調', '制', '力', 'め', '固', '気', '体', '点', '小', '者']);

function suffixQualifier(s: string, q: Cand): void {
  const p = q.end;
  const first = codeAt(s, p);
  // index reads, not destructuring or for-of (which makes an iterator result per entry until the
  // JIT has optimised it): this runs for every number, mostly before then on a page's one scan
  for (let k = 0; k < SUFFIX_QUALIFIERS.length; k++) {
    const entry = SUFFIX_QUALIFIERS[k] as [string, QuantityBound];
    const w = entry[0];
    // the first code unit decides most of them (English ones start with a space, which lower() keeps)
    if (w.charCodeAt(0) !== first) continue;
    const bound = entry[1];
    if (!matchAt(s, p, w, w.charCodeAt(0) === 0x20)) continue;
    const after = p + w.length;
    if ((w === '強' || w === '弱' || w === '余') && NOT_AFTER_KYOU.has(s.charAt(after))) continue;
    if (w === '余' && s.charAt(after) === '裕') continue;
    if (w.charCodeAt(0) === 0x20 && isAsciiLetter(codeAt(s, after))) continue;
    if (w === '+' && (isDigit(codeAt(s, after)) || !/^[\x20-\x7e]*$/.test(s.slice(q.start, q.end)))) continue; // 1+1; English only
    q.end = after;
    // A suffix says more than a prefix, except that approx + approx stays approx.
    if (q.bound === 'exact' || bound !== 'approx') q.bound = bound;
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Reads a small integer (ASCII or kanji) at p; returns it, or -1. Sets smallEnd. */
let smallEnd = 0;
function readSmallInt(s: string, p: number): number {
  const c = codeAt(s, p);
  if (!(isDigit(c) || (c >= 0 && (KDIGIT[c] as number) >= 0) || c === CH('十'))) return -1;
  if (!readCore(s, p, false) || !core.isInteger || core.dotted || core.end - p > 4) return -1;
  smallEnd = core.end;
  return core.value;
}

/**
 * The same year in the other calendar, in brackets after a year: 「令和7年（2025年）」, 「2025年（令和7年）」.
 * Official and legal writing gives both; the bracket is part of the date, whose month and day follow
 * it. Returns where the bracket ends when it holds `year`; p otherwise.
 */
function afterBracketedYear(s: string, p: number, year: number | undefined): number {
  // codeAt folds the full-width bracket to '(' and ')'
  if (year === undefined || codeAt(s, p) !== 0x28) return p;
  let inner = eraYearAt(s, p + 1);
  if (inner === null) {
    const n = readSmallInt(s, p + 1);
    if (n >= 1000 && codeAt(s, smallEnd) === C_NEN) inner = { year: n, end: smallEnd + 1 };
  }
  return inner !== null && inner.year === year && codeAt(s, inner.end) === 0x29 ? inner.end + 1 : p;
}

/** After 年 at p: 度 (fiscal), a season, or a month and a day. Returns the end. */
function dateTail(s: string, afterNen: number, d: DateValue): number {
  // 「令和7年（2025年）12月23日」: the tail comes after the same year in brackets
  const p = afterBracketedYear(s, afterNen, d.year);
  const c = codeAt(s, p);
  if (c === C_DO) {
    d.fiscal = true;
    return p + 1;
  }
  const season = SEASON_CH.get(c);
  if (season) {
    d.season = season;
    return p + 1;
  }
  const m = readSmallInt(s, p);
  if (m >= 1 && m <= 12 && codeAt(s, smallEnd) === C_TSUKI) {
    d.month = m;
    let e = smallEnd + 1;
    const day = readSmallInt(s, e);
    if (day >= 1 && day <= 31 && codeAt(s, smallEnd) === C_HI) {
      d.day = day;
      e = smallEnd + 1;
    }
    return e;
  }
  return p;
}

function dateCand(start: number, end: number, d: DateValue): Cand {
  return {
    start,
    end,
    base: d.year ?? Number.NaN,
    scaled: false,
    trailing: 1,
    mul: 1,
    div: 1,
    value: d.year ?? Number.NaN,
    unit: 'date',
    bound: 'exact',
    date: d,
    explicitUnit: true,
  };
}

/** ISO-style 2025-12-23, 2025/12/23, 2025.12.23 at p (four digits already seen). */
function isoDate(s: string, p: number): Cand | null {
  const sep = codeAt(s, p + 4);
  if (sep !== 0x2d && sep !== 0x2f && sep !== 0x2e) return null;
  let k = p + 5;
  let m = 0;
  let nd = 0;
  while (isDigit(codeAt(s, k)) && nd < 3) {
    m = m * 10 + codeAt(s, k) - 0x30;
    k++;
    nd++;
  }
  if (nd < 1 || nd > 2 || codeAt(s, k) !== sep) return null;
  k++;
  let d = 0;
  nd = 0;
  while (isDigit(codeAt(s, k)) && nd < 3) {
    d = d * 10 + codeAt(s, k) - 0x30;
    k++;
    nd++;
  }
  if (nd < 1 || nd > 2 || isDigit(codeAt(s, k))) return null;
  if (codeAt(s, k) === sep && isDigit(codeAt(s, k + 1))) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  let y = 0;
  for (let t = 0; t < 4; t++) y = y * 10 + codeAt(s, p + t) - 0x30;
  return dateCand(p, k, { year: y, month: m, day: d });
}

/** Four ASCII digits at p standing alone (a year in English text); returns it or -1. */
function yearAt(s: string, p: number): number {
  for (let t = 0; t < 4; t++) if (!isDigit(codeAt(s, p + t))) return -1;
  if (isDigit(codeAt(s, p + 4)) || isAsciiLetter(codeAt(s, p + 4))) return -1;
  if (codeAt(s, p + 4) === 0x2c && isDigit(codeAt(s, p + 5))) return -1;
  let y = 0;
  for (let t = 0; t < 4; t++) y = y * 10 + codeAt(s, p + t) - 0x30;
  return y >= 1000 && y <= 2999 ? y : -1;
}

/** One or two ASCII digits at p (a day); returns it or -1 and sets smallEnd. */
function dayAt(s: string, p: number): number {
  if (!isDigit(codeAt(s, p))) return -1;
  let k = p;
  let v = 0;
  while (isDigit(codeAt(s, k)) && k - p < 3) v = v * 10 + codeAt(s, k++) - 0x30;
  if (k - p > 2 || isDigit(codeAt(s, k))) return -1;
  smallEnd = k;
  return v >= 1 && v <= 31 ? v : -1;
}

/** English month at p (capitalized: May, Dec., December). Returns the month and sets smallEnd. */
function monthAt(s: string, p: number): number {
  const c = codeAt(s, p);
  if (!(c >= 0x41 && c <= 0x5a)) return -1;
  const we = wordEnd(s, p);
  const e = lookupWord(s, p, we);
  if (!e || e.kind !== W_MONTH) return -1;
  smallEnd = e.abbrev && codeAt(s, we) === 0x2e ? we + 1 : we;
  return e.value;
}

/**
 * After N日 (at `after`): is it a calendar day? Not when 日 counts days (3日間, 3日目, 3日後, 2日おき,
 * 1日あたり, 3日半) or runs into 日本.
 */
const NOT_AFTER_DAY = new Set('間本目分連後前以程当あぶ半余超弱強未経おご毎'.split('').map(CH));
function isDayOnly(s: string, start: number, after: number): boolean {
  if (NOT_AFTER_DAY.has(codeAt(s, after))) return false;
  const prev = codeAt(s, start - 1);
  return prev !== CH('第') && prev !== CH('毎');
}

/** st/nd/rd/th right after a day number, not running into more letters (23rd, 1st). */
function isOrdinalSuffix(s: string, at: number, n: number): boolean {
  if (isAsciiLetter(codeAt(s, at + 2))) return false;
  const last = n % 10;
  const teen = n >= 11 && n <= 13;
  const want = teen ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return matchAt(s, at, want, true);
}

/**
 * " last year", " this year", " next year" at p (a space, or a comma and a space): the year of a
 * month or a day written just before it ("Dec. 23 last year", "December last year"), as an offset
 * from the article's year and where the words end; null when there is none.
 */
function yearWordsAt(s: string, p: number): { offset: number; end: number } | null {
  let k = p;
  if (codeAt(s, k) === 0x2c) k++;
  if (codeAt(s, k) !== 0x20) return null;
  k++;
  let offset: number;
  if (matchAt(s, k, 'last year', true)) offset = -1;
  else if (matchAt(s, k, 'this year', true)) offset = 0;
  else if (matchAt(s, k, 'next year', true)) offset = 1;
  else return null;
  const end = k + 9;
  return isAsciiLetter(codeAt(s, end)) ? null : { offset, end };
}

/** Words after which a month name alone is a month ("in December", "by May", "early March", "mid-June"). */
const MONTH_PREPOSITIONS = 'in by since until till through from before after during early late'.split(' ');
/** Words before a month that names an event's month ("at a December meeting", "its May decision"). */
const MONTH_DETERMINERS = 'a the its their'.split(' ');
/** Nouns of an event dated by the month before them. */
const MONTH_EVENTS = 'meeting session decision approval announcement'.split(' ');

/**
 * A month named alone, as 「12月」 is: only after a preposition of time, where a capitalised month
 * name is not a verb or a name ("March", "May"), or between a determiner and a noun of an event
 * ("at a December meeting"; not "the March report", whose month may be another thing's). Null
 * otherwise.
 */
function monthAfterPreposition(s: string, i: number, end: number, month: number): Cand | null {
  if (codeAt(s, i - 1) === 0x2d)
    return matchBefore(s, i - 1, 'mid', true) ? dateCand(i, end, { month }) : null;
  if (codeAt(s, i - 1) !== 0x20) return null;
  if (wordBefore(s, i, MONTH_PREPOSITIONS)) return dateCand(i, end, { month });
  if (wordBefore(s, i, MONTH_DETERMINERS) && wordAfter(s, end, MONTH_EVENTS))
    return dateCand(i, end, { month });
  return null;
}

/** Is one of `words` (lower case) written just before the space before i, as a whole word? */
function wordBefore(s: string, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (matchBefore(s, i - 1, w, true) && !isAsciiLetter(codeAt(s, i - 1 - w.length - 1))) return true;
  }
  return false;
}

/** Is one of `words` (lower case) written after a space at `end`, as a whole word? */
function wordAfter(s: string, end: number, words: readonly string[]): boolean {
  if (codeAt(s, end) !== 0x20) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (matchAt(s, end + 1, w, true) && !isAsciiLetter(codeAt(s, end + 1 + w.length))) return true;
  }
  return false;
}

/** "December 23, 2025", "Dec. 23 2025", "May 2026", "Dec 23", "Dec. 23 last year", "December last year". */
function englishMonthDate(s: string, i: number): Cand | null {
  const month = monthAt(s, i);
  if (month < 0) return null;
  const monthEnd = smallEnd;
  if (codeAt(s, monthEnd) !== 0x20) return monthAfterPreposition(s, i, monthEnd, month);
  const p = monthEnd + 1;
  const y = yearAt(s, p);
  if (y > 0) return dateCand(i, p + 4, { year: y, month });
  const day = dayAt(s, p);
  if (day < 0) {
    // one date, not a month and a relative year beside it
    const words = yearWordsAt(s, monthEnd);
    if (words !== null) return dateCand(i, words.end, { month, relative: { yearOffset: words.offset } });
    return monthAfterPreposition(s, i, monthEnd, month);
  }
  let e = smallEnd;
  const d: DateValue = { month, day };
  let k = e;
  if (codeAt(s, k) === 0x2c) k++;
  if (codeAt(s, k) === 0x20) {
    const y2 = yearAt(s, k + 1);
    if (y2 > 0) {
      d.year = y2;
      e = k + 5;
    }
  }
  if (d.year === undefined) {
    const words = yearWordsAt(s, e);
    if (words !== null) {
      d.relative = { yearOffset: words.offset };
      e = words.end;
    }
  }
  return dateCand(i, e, d);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Currency written before the numeral (¥, $, US$, JPY). */
interface Pre {
  unit: QuantityUnit;
  counter: string;
}

/** After an abbreviated scale: its point, then a currency word (". yen", ". dollars"). */
const ABBR_POINT_UNIT = /^\. (?:yen|dollars?)\b/i;

const SCALE_ABBR: Array<[string, number, boolean]> = [
  // [letters, scale, only after a currency sign]
  ['trn', 1e12, false],
  ['tn', 1e12, false],
  // headline style: "¥1 Tril. Investment", "¥190 Bil."
  ['tril', 1e12, false],
  ['bil', 1e9, false],
  ['bn', 1e9, false],
  ['mn', 1e6, false],
  ['k', 1e3, true],
  ['m', 1e6, true],
  ['b', 1e9, true],
];

/**
 * A numeral with what follows it, at coreStart (the candidate starts at qStart, before a sign or a
 * currency). Returns null and sets `resume` when there is none.
 */
/** "in 2026", "by 2030": English words that make a bare four-digit number a year. */
const YEAR_PREPOSITIONS = ['in', 'by', 'since', 'until', 'through', 'from', 'before', 'after', 'of'];

function numberCand(
  s: string,
  qStart: number,
  coreStart: number,
  pre: Pre | null,
  negative: boolean,
): Cand | null {
  const c0 = codeAt(s, coreStart);
  if (!pre && !negative && isDigit(c0)) {
    const iso = isoDate(s, coreStart);
    if (iso) return iso;
  }
  if (!readCore(s, coreStart, false)) {
    resume = coreStart + 1;
    return null;
  }
  let ce = core.end;
  resume = ce;
  if (core.dotted) {
    // 1.2.3, 192.168.0.1: not a quantity; skip the whole dotted token.
    let k = ce;
    while (isDigit(codeAt(s, k)) || (codeAt(s, k) === 0x2e && isDigit(codeAt(s, k + 1)))) k++;
    resume = k;
    return null;
  }
  if (!Number.isFinite(core.value)) return null;
  const prev = codeAt(s, qStart - 1);
  const kanjiOnly = core.kanji && !core.ascii;
  const coreIsAsciiStart = isDigit(c0);
  const isInteger = core.isInteger;
  const plainDigits = core.plainDigits;
  const coreHasUnit = core.hasUnit;
  const coreLen = ce - coreStart;
  const coreAscii = core.ascii;
  let base = core.value;
  let trailing = core.trailing;
  let scaled = coreHasUnit;

  if (qStart === coreStart) {
    if (coreIsAsciiStart) {
      if (isAsciiLetter(prev) || prev === 0x5f) return skipAlnum(s, ce);
      if (prev === 0x2d && isAsciiLetter(codeAt(s, qStart - 2))) return skipAlnum(s, ce); // GPT-4, COVID-19
      if (prev === 0x2e && isDigit(codeAt(s, qStart - 2))) return null;
    }
  }
  if (prev === C_SU || prev === C_NAN || prev === C_IKU) return null; // 数千億円, 何百人
  if (codeAt(s, ce) === C_SU) return null; // 十数人, 1万数千人
  if (kanjiOnly && coreLen === 1 && qStart === coreStart && isIdeograph(prev)) return null; // 統一, 第一

  // Years and months first: 2026年…, 12月23日.
  const next = codeAt(s, ce);
  if (!pre && !negative && isInteger) {
    if (next === C_NEN) {
      const yearLike =
        (plainDigits === 4 || (kanjiOnly && coreHasUnit && trailing === 1)) && base >= 1000 && base <= 2999;
      if (yearLike) {
        const d: DateValue = { year: base };
        const e = dateTail(s, ce + 1, d);
        return dateCand(qStart, e, d);
      }
      // Press shorthand: 25年12月19日, 26年度 are 2025 and fiscal 2026. Only with a month or 度 after
      // it, so 25年 alone (a span of years, or an age) is not taken for a date.
      if (plainDigits === 2 && coreIsAsciiStart && !isDigit(prev)) {
        const d: DateValue = { year: 2000 + base };
        const e = dateTail(s, ce + 1, d);
        if (d.fiscal || d.month !== undefined) return dateCand(qStart, e, d);
      }
      if (codeAt(s, ce + 1) === C_KAN && !(kanjiOnly && coreLen === 1 && isIdeograph(prev))) {
        const q = plainCand(qStart, ce + 2, base, scaled, trailing);
        q.unit = 'years';
        q.counter = '年間';
        q.explicitUnit = true;
        return q;
      }
      resume = ce + 1;
      return null;
    }
    // 十二月 has a place unit (十) in its numeral: a kanji month is still a month
    if (next === C_TSUKI && (!coreHasUnit || kanjiOnly) && base >= 1 && base <= 12 && coreLen <= 2) {
      if (kanjiOnly && isIdeograph(prev)) return null;
      const d: DateValue = { month: base };
      let e = ce + 1;
      const day = readSmallInt(s, e);
      if (day >= 1 && day <= 31 && codeAt(s, smallEnd) === C_HI) {
        d.day = day;
        e = smallEnd + 1;
      }
      return dateCand(qStart, e, d);
    }
    // 23日の閣議で: a day of the article's month, resolved from the article's date.
    if (next === C_HI && coreIsAsciiStart && !coreHasUnit && base >= 1 && base <= 31 && coreLen <= 2) {
      if (isDayOnly(s, qStart, ce + 1))
        return dateCand(qStart, ce + 1, { day: base, relative: { dayOnly: true } });
      resume = ce + 1;
      return null;
    }
    // the 23rd: a day in English, the same way.
    if (coreIsAsciiStart && base >= 1 && base <= 31 && coreLen <= 2 && isOrdinalSuffix(s, ce, base)) {
      if (matchBefore(s, qStart, 'on the ', true)) {
        return dateCand(qStart, ce + 2, { day: base, relative: { dayOnly: true } });
      }
    }
    // 23 December 2025
    if (coreIsAsciiStart && next === 0x20 && base >= 1 && base <= 31 && coreLen <= 2) {
      const month = monthAt(s, ce + 1);
      if (month > 0) {
        const d: DateValue = { month, day: base };
        let e = smallEnd;
        if (codeAt(s, e) === 0x20) {
          const y = yearAt(s, e + 1);
          if (y > 0) {
            d.year = y;
            e += 5;
          }
        }
        return dateCand(qStart, e, d);
      }
    }
  }

  // English scale after Arabic digits: 1.5 million, 67.2bn, $10K.
  if (coreAscii && !coreHasUnit) {
    if (next === 0x20 && isAsciiLetter(codeAt(s, ce + 1))) {
      const we = wordEnd(s, ce + 1);
      const e = lookupWord(s, ce + 1, we);
      if (e && (e.kind === W_SCALE || e.kind === W_HUNDRED) && !e.plural && !e.ordinal) {
        base = mulClean(base, e.value);
        trailing = e.value;
        scaled = true;
        ce = we;
      } else if (!e) {
        // 67.2 bn, 1 tn yen: the wire's abbreviations, written apart.
        for (let k = 0; k < SCALE_ABBR.length; k++) {
          const abbr = SCALE_ABBR[k] as [string, number, boolean];
          const w = abbr[0];
          const v = abbr[1];
          if (abbr[2] || we - ce - 1 !== w.length || !matchAt(s, ce + 1, w, true)) continue;
          base = mulClean(base, v);
          trailing = v;
          scaled = true;
          ce = we;
          // the headline's "2 tril. yen": the abbreviation's point, then its unit
          if (ABBR_POINT_UNIT.test(s.slice(ce, ce + 10))) ce++;
          break;
        }
      }
    } else if (isAsciiLetter(next)) {
      const we = wordEnd(s, ce);
      for (let k = 0; k < SCALE_ABBR.length; k++) {
        const abbr = SCALE_ABBR[k] as [string, number, boolean];
        const w = abbr[0];
        const v = abbr[1];
        if (we - ce !== w.length || !matchAt(s, ce, w, true)) continue;
        if (abbr[2] && !pre) continue;
        base = mulClean(base, v);
        trailing = v;
        scaled = true;
        ce = we;
        break;
      }
    }
  }

  const q = plainCand(qStart, ce, base, scaled, trailing);
  if (pre) {
    q.unit = pre.unit;
    q.counter = pre.counter;
    q.explicitUnit = true;
  } else {
    unitAfter(s, q);
    if (q.end < 0) {
      resume = Math.max(ce, -q.end);
      return null;
    }
  }
  if (!q.explicitUnit) {
    if (isAsciiLetter(codeAt(s, q.end)) && coreIsAsciiStart && q.end === ce && !isSpace(codeAt(s, ce)))
      return skipAlnum(s, ce); // 5G, 3D, A100
    if (kanjiOnly) {
      // A kanji numeral standing alone must look like one: several characters, not inside a word.
      if (coreLen === 1) return null;
      if (isIdeograph(codeAt(s, q.end)) || (qStart === coreStart && isIdeograph(prev))) return null;
    }
    // in 2026, by 2030: a year.
    if (plainDigits === 4 && base >= 1000 && base <= 2999 && q.end === ce && !pre && !negative) {
      if (codeAt(s, qStart - 1) === 0x20 && wordBefore(s, qStart, YEAR_PREPOSITIONS))
        return dateCand(qStart, q.end, { year: base });
    }
  }
  return q;
}

function skipAlnum(s: string, from: number): null {
  let k = from;
  while (isDigit(codeAt(s, k)) || isAsciiLetter(codeAt(s, k))) k++;
  resume = k;
  return null;
}

function plainCand(start: number, end: number, base: number, scaled: boolean, trailing: number): Cand {
  return {
    start,
    end,
    base,
    scaled,
    trailing,
    mul: 1,
    div: 1,
    value: base,
    unit: 'number',
    bound: 'exact',
    explicitUnit: false,
  };
}

/** The unit after the numeral: sets unit, value and end; end < 0 (as -resume) rejects the numeral. */
function unitAfter(s: string, q: Cand): void {
  let p = q.end;
  const c = codeAt(s, p);
  if (c === C_WARI) {
    // 8割, 3割5分, 3割5分2厘
    let num = q.base * 100;
    let e = p + 1;
    const b = digitAt(s, e);
    if (b >= 0 && codeAt(s, e + 1) === C_BU) {
      num += b * 10;
      e += 2;
      const r = digitAt(s, e);
      if (r >= 0 && codeAt(s, e + 1) === C_RIN) {
        num += r;
        e += 2;
      }
    }
    q.base = num / 100;
    setUnit(q, 'ratio', 1, 10, '割', e);
    return;
  }
  if (c === C_BAI) {
    const zou = codeAt(s, p + 1) === C_ZOU;
    setUnit(q, 'multiplier', 1, 1, zou ? '倍増' : '倍', p + (zou ? 2 : 1));
    return;
  }
  let u = jaUnitAt(s, p);
  if (!u && c === 0x20 && q.end > 0) {
    // 88,000 円, 25 %, 10 GW
    const u2 = jaUnitAt(s, p + 1);
    if (u2 && !u2.skip && (u2.ascii || u2.word === '円' || u2.word === '%')) {
      u = u2;
      p++;
    }
  }
  if (u) {
    if (u.skip) {
      q.end = -(p + u.word.length);
      return;
    }
    setUnit(q, u.unit, u.mul, u.div, s.slice(p, p + u.word.length), p + u.word.length);
    return;
  }
  // English unit words after one space: 80 percent, 3 billion yen, 200 people.
  if (c === 0x20 && isAsciiLetter(codeAt(s, p + 1))) {
    let ws = p + 1;
    let we = wordEnd(s, ws);
    let e = lookupWord(s, ws, we);
    // Up to two modifiers may come between: "1,000 government employees", "30 full-time staff",
    // "four basic strategic pillars".
    for (let k = we, left = 2; e?.kind === W_MODIFIER && left > 0; left--) {
      if (matchAt(s, k, '-time ', true)) k += 5;
      if (codeAt(s, k) !== 0x20 || !isAsciiLetter(codeAt(s, k + 1))) break;
      const we2 = wordEnd(s, k + 1);
      const e2 = lookupWord(s, k + 1, we2);
      if (e2?.kind === W_UNIT && e2.tag && e2.tag !== 'ratio') {
        ws = k + 1;
        we = we2;
        e = e2;
        break;
      }
      if (e2?.kind !== W_MODIFIER) break;
      e = e2;
      k = we2;
    }
    if (e?.kind === W_UNIT && e.tag) {
      if (e.tag === 'ratio') setUnit(q, 'ratio', 1, 100, s.slice(ws, we), we);
      else setUnit(q, e.tag as QuantityUnit, e.value, 1, s.slice(ws, we), we);
      return;
    }
    if (e?.kind === W_CURRENCY && e.tag) {
      setUnit(q, e.tag as QuantityUnit, 1, 1, s.slice(ws, we), we);
      return;
    }
    if (matchAt(s, ws, 'per cent', true) && !isAsciiLetter(codeAt(s, ws + 8))) {
      setUnit(q, 'ratio', 1, 100, s.slice(ws, ws + 8), ws + 8);
      return;
    }
    if (matchAt(s, ws, 'percentage point', true)) {
      let e2 = ws + 16;
      if (codeAt(s, e2) === 0x73) e2++;
      setUnit(q, 'number', 1, 1, s.slice(ws, e2), e2);
      return;
    }
  }
}

/** A single digit (ASCII or kanji) at p, or -1. */
function digitAt(s: string, p: number): number {
  const c = codeAt(s, p);
  if (isDigit(c)) return isDigit(codeAt(s, p + 1)) ? -1 : c - 0x30;
  if (c < 0) return -1;
  const k = KDIGIT[c] as number;
  return k;
}

function setUnit(q: Cand, unit: QuantityUnit, mul: number, div: number, counter: string, end: number): void {
  q.unit = unit;
  q.mul = mul;
  q.div = div;
  q.counter = counter;
  q.end = end;
  q.explicitUnit = true;
  q.value = div === 1 ? mulClean(q.base, mul) : divClean(q.base * mul, div);
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** After a quantity: から, ~, 〜, -, to, and (after between). Returns where the other end starts, or -1. */
function rangeConnector(s: string, p: number, between: boolean): number {
  const c = codeAt(s, p);
  if (between) {
    if (matchAt(s, p, ' and ', true)) return p + 5;
    return -1;
  }
  if (c === 0x7e || c === 0x2d) {
    let k = p + 1;
    if (isSpace(codeAt(s, k))) k++;
    return k;
  }
  if (c === 0x20 && (codeAt(s, p + 1) === 0x2d || codeAt(s, p + 1) === 0x7e) && codeAt(s, p + 2) === 0x20)
    return p + 3;
  if (matchAt(s, p, 'から')) return p + 2;
  if (matchAt(s, p, ' to ', true)) return p + 4;
  return -1;
}

function tryRange(s: string, a: Cand): void {
  if (a.unit === 'date') return;
  const between = a.bound === 'exact' && isBetween(s, a.start);
  const bs = rangeConnector(s, a.end, between);
  if (bs < 0) return;
  let ps = bs;
  let pre: Pre | null = null;
  const cb = codeAt(s, bs);
  if (cb === 0xa5 || cb === 0x24) {
    pre = { unit: cb === 0xa5 ? 'JPY' : 'USD', counter: s.charAt(bs) };
    ps = bs + 1;
  }
  const c = codeAt(s, ps);
  if (!(isDigit(c) || (c >= 0 && ((KDIGIT[c] as number) >= 0 || CLS[c] === C_KANJI)))) return;
  const savedResume = resume;
  const b = numberCand(s, bs, ps, pre, false);
  resume = savedResume;
  if (!b || b.unit === 'date') return;
  const isKara = matchAt(s, a.end, 'から');
  if (isKara) {
    // から … に/へ is a change (5割から8割に引き上げ, 約30人から200人体制へ), not a range.
    if (CHANGE_TO.test(s.slice(b.end, b.end + 6))) return;
  } else if (afterFrom(s, a.start) && matchAt(s, a.end, ' to ', true)) {
    // "from X to Y" is its English form ("lift use from the current 26.7% to 80%"): two quantities
    return;
  }
  let low = a.value;
  if (!a.explicitUnit && b.explicitUnit) {
    let coef = a.base;
    if (!a.scaled && b.scaled && b.trailing > 1 && coef < b.base / b.trailing)
      coef = mulClean(coef, b.trailing);
    low = b.div === 1 ? mulClean(coef, b.mul) : divClean(coef * b.mul, b.div);
  } else if (a.explicitUnit && !b.explicitUnit) {
    return;
  } else if (a.unit !== b.unit) return;
  if (!(b.value > low)) return;
  a.value = low;
  a.upper = b.value;
  a.unit = b.unit;
  a.counter = b.counter ?? a.counter;
  a.end = b.end;
  if (between) {
    // include "between"
    let p = a.start;
    if (isSpace(codeAt(s, p - 1))) p--;
    if (p - 7 >= floor && matchAt(s, p - 7, 'between', true)) a.start = p - 7;
  }
  if (b.bound !== 'exact') a.bound = b.bound;
}

/** After the second number of 「AからB」, what makes it a change: に/へ, after a noun of size (体制, 規模). */
const CHANGE_TO = /^(?:体制|態勢|規模|程度|水準|前後|以上|超|台)?(?:に|へ)/;

/** Words that may stand between "from" and its number ("from the current 26.7%", "from about 30"). */
const FROM_BEFORE =
  /\bfrom\s+(?:(?:the|a|an|its|their|current|present|about|around|roughly|some|just|nearly|almost|approximately|over|under|more|less|than)\s+){0,3}$/i;

/** Is the quantity starting at `start` the first end of "from … to …"? */
function afterFrom(s: string, start: number): boolean {
  const from = Math.max(floor, start - 48);
  return FROM_BEFORE.test(s.slice(from, start));
}

function isBetween(s: string, start: number): boolean {
  let p = start;
  if (isSpace(codeAt(s, p - 1))) p--;
  return p - 7 >= floor && matchAt(s, p - 7, 'between', true) && !isAsciiLetter(codeAt(s, p - 8));
}

// ---------------------------------------------------------------------------------------------
// Words

function wordCand(s: string, i: number): Cand | null {
  const we = wordEnd(s, i);
  resume = we;
  const e = lookupWord(s, i, we);
  if (!e) return null;
  switch (e.kind) {
    case W_ONES:
    case W_TEEN:
    case W_TENS:
    case W_HUNDRED:
    case W_ARTICLE:
    case W_DOZEN: {
      if (e.ordinal) return null;
      if (e.kind === W_ARTICLE) {
        // only "a million", "a dozen"…
        if (codeAt(s, we) !== 0x20) return null;
        const we2 = wordEnd(s, we + 1);
        const e2 = lookupWord(s, we + 1, we2);
        if (
          !e2 ||
          e2.ordinal ||
          e2.plural ||
          !(e2.kind === W_SCALE || e2.kind === W_HUNDRED || e2.kind === W_DOZEN)
        )
          return null;
      }
      if (!readEnglish(s, i, false)) return null;
      resume = Math.max(we, eng.end);
      const q = plainCand(i, eng.end, eng.value, eng.trailing > 1 || e.kind === W_HUNDRED, eng.trailing);
      unitAfter(s, q);
      if (q.end < 0) return null;
      if (!(q.explicitUnit || eng.words >= 2 || e.kind === W_ARTICLE)) return null;
      if (codeAt(s, q.end) === 0x2d && isAsciiLetter(codeAt(s, q.end + 1))) return null; // one-third, five-year
      return q;
    }
    case W_MONTH:
      return englishMonthDate(s, i);
    case W_WEEKDAY:
      return weekdayCand(s, i, we, e.value);
    case W_SEASON: {
      let p = we;
      if (codeAt(s, p) !== 0x20) return null;
      p++;
      if (matchAt(s, p, 'of ', true)) p += 3;
      const y = yearAt(s, p);
      if (y < 0) return null;
      return dateCand(i, p + 4, { year: y, season: e.tag as Season });
    }
    case W_FISCAL: {
      let p = we;
      if (codeAt(s, p) === 0x20) p++;
      else if (e.word === 'fiscal') return null;
      if (e.word === 'fiscal' && matchAt(s, p, 'year ', true)) p += 5;
      const y = yearAt(s, p);
      if (y < 0) return null;
      return dateCand(i, p + 4, { year: y, fiscal: true });
    }
    case W_MULT: {
      if (codeAt(s, we) === 0x2d) return null; // double-digit
      const q = plainCand(i, we, e.value, false, 1);
      setUnit(q, 'multiplier', 1, 1, s.slice(i, we), we);
      return q;
    }
    case W_CURRENCY: {
      // US$ 4.7 billion, USD 100, JPY 20万
      let p = we;
      if (e.word === 'us') {
        if (codeAt(s, p) !== 0x24 || s.charCodeAt(i) !== 0x55) return null;
        p++;
      }
      if (codeAt(s, p) === 0x20) p++;
      if (!isDigit(codeAt(s, p))) return null;
      return numberCand(s, i, p, { unit: e.tag as QuantityUnit, counter: s.slice(i, p).trim() }, false);
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The scan

function finish(s: string, q: Cand, out: Quantity[]): void {
  const res: Quantity = {
    start: q.start,
    end: q.end,
    text: s.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
    bound: q.bound,
  };
  if (q.upper !== undefined) res.upper = q.upper;
  if (q.date) res.date = q.date;
  if (q.counter !== undefined) res.counter = q.counter;
  out.push(res);
  floor = q.end;
}

function candidateAt(s: string, i: number, cls: number, c: number): Cand | null {
  if (cls === C_KANJI && c === C_ICHI && matchAt(s, i, '一昨')) {
    const r = relativeJa(s, i);
    if (r) return r;
  }
  if (cls === C_DIGIT || cls === C_KANJI) return numberCand(s, i, i, null, false);
  if (cls === C_LETTER) {
    const p = codeAt(s, i - 1);
    if (isAsciiLetter(p) || isDigit(p)) {
      resume = wordEnd(s, i);
      return null;
    }
    return relativeEn(s, i) ?? wordCand(s, i);
  }
  resume = i + 1;
  switch (c) {
    case 0xa5: // ¥
    case 0x24: // $
    case 0xa3: // £
    case 0x20ac: {
      // €
      let p = i + 1;
      if (codeAt(s, p) === 0x20) p++;
      if (!isDigit(codeAt(s, p))) return null;
      const pre: Pre =
        c === 0xa5
          ? { unit: 'JPY', counter: s.charAt(i) }
          : c === 0x24
            ? { unit: 'USD', counter: '$' }
            : { unit: 'number', counter: s.charAt(i) };
      return numberCand(s, i, p, pre, false);
    }
    case 0x25b2: // ▲
    case 0x25b3: // △
    case 0x2d: {
      // Press typography: dashes and bars (—, ―, ‒, –, －) before a number set off a phrase in
      // Japanese text; only the hyphen-minus and the minus sign (−) negate.
      const raw = s.charCodeAt(i);
      if (c === 0x2d && raw !== 0x2d && raw !== 0x2212) return null;
      const p = codeAt(s, i - 1);
      if (c === 0x2d && (isDigit(p) || isAsciiLetter(p) || p === 0x2d || p === 0x2e)) return null;
      if (!isDigit(codeAt(s, i + 1))) return null;
      return negate(numberCand(s, i, i + 1, null, true));
    }
    case 0x30de: // マイナス
      if (!matchAt(s, i, 'マイナス')) return null;
      resume = i + 4;
      if (CLS[codeAt(s, i + 4)] !== C_DIGIT && CLS[codeAt(s, i + 4)] !== C_KANJI) return null;
      return negate(numberCand(s, i, i + 4, null, true));
    case 0x4ee4: // 令和
    case 0x5e73: // 平成
    case 0x662d: // 昭和
      return eraCand(s, i);
    case C_HAN:
    case C_KA:
      return halfCand(s, i, c);
    case C_IMA:
    case C_RAI:
    case C_SAKU:
    case C_KYO:
    case C_SAI:
    case C_HON:
    case C_SEN:
      return relativeJa(s, i);
    case C_BAI:
      // 倍増 with no number: doubling
      if (codeAt(s, i + 1) !== C_ZOU) return null;
      {
        const q = plainCand(i, i + 2, 2, false, 1);
        setUnit(q, 'multiplier', 1, 1, '倍増', i + 2);
        return q;
      }
    default:
      return null;
  }
}

/** 半数 (half: 0.5), 過半数 / 過半 (a majority: more than 0.5). Not 大半 (most), not 半年. */
function halfCand(s: string, i: number, c: number): Cand | null {
  let end = -1;
  let bound: QuantityBound = 'exact';
  if (c === C_HAN && matchAt(s, i, '半数') && codeAt(s, i - 1) !== C_DAI) end = i + 2;
  else if (c === C_KA && matchAt(s, i, '過半数')) end = i + 3;
  else if (c === C_KA && matchAt(s, i, '過半') && codeAt(s, i + 2) !== CH('期')) end = i + 2;
  if (end < 0) return null;
  if (c === C_KA) bound = 'more-than';
  const q = plainCand(i, end, 0.5, false, 1);
  setUnit(q, 'ratio', 1, 1, s.slice(i, end), end);
  q.bound = bound;
  return q;
}

// Dates relative to the article's own date. Their value is NaN: only the article's date gives a year.
const JA_RELATIVE_YEAR: Array<[string, number]> = [
  ['再来年', 2],
  ['一昨年', -2],
  ['今年', 0],
  ['本年', 0],
  ['来年', 1],
  ['昨年', -1],
  ['去年', -1],
];
const JA_RELATIVE_MONTH: Array<[string, number]> = [
  ['今月', 0],
  ['来月', 1],
  ['先月', -1],
];
const JA_RELATIVE_SEASON_PREFIX: Array<[string, number]> = [
  ['今', 0],
  ['来', 1],
  ['昨', -1],
];

/** 今年5月, 来年夏, 来年度, 昨年, 今月23日, 今夏, 来春: a date carried relative to the article's date. */
function relativeJa(s: string, i: number): Cand | null {
  // Inside a word the characters mean something else (日本年金, 将来年間, 資本年).
  if (isIdeograph(codeAt(s, i - 1))) return null;
  for (let k = 0; k < JA_RELATIVE_YEAR.length; k++) {
    const rel = JA_RELATIVE_YEAR[k] as [string, number];
    const w = rel[0];
    const off = rel[1];
    if (!matchAt(s, i, w)) continue;
    const d: DateValue = { relative: { yearOffset: off } };
    const e = dateTail(s, i + w.length, d);
    return dateCand(i, e, d);
  }
  for (let k = 0; k < JA_RELATIVE_MONTH.length; k++) {
    const rel = JA_RELATIVE_MONTH[k] as [string, number];
    const off = rel[1];
    if (!matchAt(s, i, rel[0])) continue;
    const d: DateValue = { relative: { monthOffset: off } };
    let e = i + 2;
    const day = readSmallInt(s, e);
    if (day >= 1 && day <= 31 && codeAt(s, smallEnd) === C_HI) {
      d.day = day;
      e = smallEnd + 1;
    }
    return dateCand(i, e, d);
  }
  for (let k = 0; k < JA_RELATIVE_SEASON_PREFIX.length; k++) {
    const rel = JA_RELATIVE_SEASON_PREFIX[k] as [string, number];
    const off = rel[1];
    if (!matchAt(s, i, rel[0])) continue;
    const season = SEASON_CH.get(codeAt(s, i + 1));
    if (!season || isIdeograph(codeAt(s, i + 2))) return null; // 今春闘, 来春季: other words
    return dateCand(i, i + 2, { season, relative: { yearOffset: off } });
  }
  return null;
}

/** Words before a day's name that make it no date of an event ("the Sunday edition", "every Friday"). */
const NOT_BEFORE_WEEKDAY = new Set('the a an this that every each of last next'.split(' '));
/** A future in the clause before a day's name: "will approve it Friday", "is set to meet Monday". */
const FUTURE_BEFORE =
  /\b(?:will|would|shall|is to|are to|set to|plans? to|expected to|scheduled|due)\b[^.;!?]*$/i;
/** A deadline just before it: "by Friday", "until Monday" (not "approved by the Cabinet on Tuesday"). */
const DEADLINE_BEFORE = new Set('by until till before'.split(' '));

/**
 * A day of the week as wire copy writes it: "at a cabinet meeting Tuesday", "said Friday", "on
 * Monday". Capitalised, after "on" or a lower-case word (not an article or "every"), and not the
 * first word of a name ("Sunday Times"). Resolved from the article's date (lib/dates).
 */
function weekdayCand(s: string, i: number, we: number, weekday: number): Cand | null {
  if (!isUpper(codeAt(s, i)) || codeAt(s, i - 1) !== 0x20) return null;
  if (codeAt(s, we) === 0x20 && isUpper(codeAt(s, we + 1))) return null;
  let p = i - 1;
  while (isAsciiLetter(codeAt(s, p - 1))) p--;
  const word = s.slice(p, i - 1);
  if (word.length === 0) return null;
  const lowerWord = word.toLowerCase();
  if (lowerWord !== 'on' && (word !== lowerWord || NOT_BEFORE_WEEKDAY.has(lowerWord))) return null;
  const relative: NonNullable<DateValue['relative']> = { weekday };
  if (DEADLINE_BEFORE.has(lowerWord) || FUTURE_BEFORE.test(s.slice(Math.max(0, i - 80), i)))
    relative.upcoming = true;
  return dateCand(i, we, { relative });
}

/** "next year", "this May", "last fiscal year", "next summer", "this month". Not "the last year" (a span). */
function relativeEn(s: string, i: number): Cand | null {
  const we = wordEnd(s, i);
  let off: number;
  if (we - i === 4 && matchAt(s, i, 'next', true)) off = 1;
  else if (we - i === 4 && matchAt(s, i, 'this', true)) off = 0;
  else if (we - i === 4 && matchAt(s, i, 'last', true)) off = -1;
  else return null;
  if (codeAt(s, we) !== 0x20 || !isAsciiLetter(codeAt(s, we + 1))) return null;
  if (off < 0 && matchBefore(s, i, 'the ', true)) return null; // over the last year: a span, not a date
  const ws = we + 1;
  const we2 = wordEnd(s, ws);
  const len = we2 - ws;
  if (len === 4 && matchAt(s, ws, 'year', true)) return dateCand(i, we2, { relative: { yearOffset: off } });
  if (len === 5 && matchAt(s, ws, 'month', true)) return dateCand(i, we2, { relative: { monthOffset: off } });
  if (
    len === 6 &&
    matchAt(s, ws, 'fiscal', true) &&
    matchAt(s, we2, ' year', true) &&
    !isAsciiLetter(codeAt(s, we2 + 5))
  )
    return dateCand(i, we2 + 5, { fiscal: true, relative: { yearOffset: off } });
  const e = lookupWord(s, ws, we2);
  if (!e) return null;
  const rel =
    off === 0 ? { yearOffset: 0 } : off > 0 ? { upcoming: true as const } : { previous: true as const };
  if (e.kind === W_SEASON) return dateCand(i, we2, { season: e.tag as Season, relative: rel });
  if (e.kind === W_MONTH && isUpper(codeAt(s, ws)) && !e.abbrev) {
    return dateCand(i, we2, { month: e.value, relative: rel });
  }
  // "next Tuesday", "last Friday" ("this Tuesday" may be either)
  if (e.kind === W_WEEKDAY && isUpper(codeAt(s, ws)) && off !== 0) {
    return dateCand(i, we2, {
      relative: off > 0 ? { weekday: e.value, upcoming: true } : { weekday: e.value, previous: true },
    });
  }
  return null;
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

function negate(q: Cand | null): Cand | null {
  if (!q || q.unit === 'date') return q;
  q.base = -q.base;
  q.value = -q.value;
  return q;
}

/** The first year of each era, less one: 令和7年 is 2018 + 7. */
function eraBase(s: string, i: number): number | null {
  const c = codeAt(s, i);
  if (c === 0x4ee4 && matchAt(s, i, '令和')) return 2018;
  if (c === 0x5e73 && matchAt(s, i, '平成')) return 1988;
  if (c === 0x662d && matchAt(s, i, '昭和')) return 1925;
  return null;
}

/** An era year at i (令和7年, 令和元年): its western year and where its 年 ends; null if none. */
function eraYearAt(s: string, i: number): { year: number; end: number } | null {
  const base = eraBase(s, i);
  if (base === null) return null;
  let p = i + 2;
  let n: number;
  if (codeAt(s, p) === C_GEN) {
    n = 1;
    p++;
  } else {
    n = readSmallInt(s, p);
    if (n < 1 || n > 99) return null;
    p = smallEnd;
  }
  if (codeAt(s, p) !== C_NEN) return null;
  return { year: base + n, end: p + 1 };
}

function eraCand(s: string, i: number): Cand | null {
  if (eraBase(s, i) === null) return null;
  resume = i + 2;
  const era = eraYearAt(s, i);
  if (era === null) return null;
  const d: DateValue = { year: era.year };
  const e = dateTail(s, era.end, d);
  return dateCand(i, e, d);
}

function scan(s: string, out: Quantity[]): void {
  const n = s.length;
  let i = 0;
  floor = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 0xa0) c = (NORM[c] as number) || c;
    const cls = CLS[c] as number;
    if (cls === 0) {
      i++;
      continue;
    }
    resume = i + 1;
    const q = candidateAt(s, i, cls, c);
    if (q && q.end > q.start && q.start >= floor) {
      if (q.unit !== 'date') {
        tryRange(s, q);
        suffixQualifier(s, q);
        prefixQualifier(s, q);
      }
      if (Number.isFinite(q.value) || q.unit === 'date') {
        finish(s, q, out);
        i = q.end;
        continue;
      }
    }
    i = resume > i ? resume : i + 1;
  }
}

/** Every quantity in `text`, in order, non-overlapping. Never throws. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scan(text, out);
  } catch {
    // Never throw on page text: keep what was found.
  }
  return out;
}
