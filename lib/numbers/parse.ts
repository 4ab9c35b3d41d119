/**
 * parseNumber: the value of a bare numeral, or null.
 *
 * Accepts kanji numerals (一千百十一, 二〇二五, 大字 壱弐参拾), digits mixed with kanji (1億2000万),
 * full-width digits and punctuation, digit-group commas, decimals, K/M/G suffixes (100K, 1.2M),
 * simple fractions (1/5), English numerals (two hundred, 1.5 million, twenty-one, first), a sign
 * (-, −, ▲, マイナス, minus, negative) and a currency mark around the amount (¥, $, 円, ドル, yen,
 * dollars…): a money amount is its number. Anything else around the numeral (qualifiers such as 約 or 超,
 * counters such as 人, ratio units such as 割 or %, a date's 年) makes it not a bare numeral: null.
 * findQuantities is the function for numbers with units.
 */
import * as charsMod from './chars';
import * as coreMod from './core';
import * as englishMod from './english';

// Local bindings (module-scope constants), so hot loops do not go through live-binding accessors.
const { CIRCLE_ZERO, codeAt, isAsciiLetter, isDigit, KDIGIT, LARGE_UNIT, matchAt, SMALL_UNIT, TENS_CHAR } =
  charsMod;
const { core, readCore } = coreMod;
const { eng, readEnglish } = englishMod;

function isNumeralChar(c: number): boolean {
  if (c < 0) return false;
  return (
    isDigit(c) ||
    (KDIGIT[c] as number) >= 0 ||
    (SMALL_UNIT[c] as number) > 0 ||
    (TENS_CHAR[c] as number) > 0 ||
    (LARGE_UNIT[c] as number) > 0 ||
    c === CIRCLE_ZERO
  );
}

const isSep = (c: number): boolean => c === 0x2c || c === 0x3001 || c === 0xff64;
const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Drops digit-group separators between numeral characters (1,000 / ￥88、000 / 二万、五十), and
 * whitespace where a kanji or full-width character is on one side (1,000億 5,432万, 一　二), and reads
 * 。 between digits as a decimal point (４３。２).
 */
function clean(s: string): string {
  const parts: string[] = [];
  let last = 0;
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = codeAt(s, k);
    if (isSep(c) || isWs(c)) {
      let r = k;
      let ws = false;
      let seps = 0;
      while (r < n && (isSep(codeAt(s, r)) || isWs(codeAt(s, r)))) {
        if (isWs(codeAt(s, r))) ws = true;
        else seps++;
        r++;
      }
      const p = codeAt(s, k - 1);
      const q = codeAt(s, r);
      if (isNumeralChar(p) && isNumeralChar(q) && seps <= 1) {
        const wide = s.charCodeAt(k - 1) >= 0x80 || s.charCodeAt(r) >= 0x80;
        if (!ws || wide) {
          parts.push(s.slice(last, k));
          last = r;
        }
      }
      k = r - 1;
    } else if (c === 0x3002 && isDigit(codeAt(s, k - 1)) && isDigit(codeAt(s, k + 1))) {
      parts.push(s.slice(last, k), '.');
      last = k + 1;
    }
  }
  if (last === 0) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

const tidy = (v: number): number =>
  Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(15));

const SUFFIX_SCALE: Array<[string, number]> = [
  ['k', 1e3],
  ['K', 1e3],
  ['M', 1e6],
  ['G', 1e9],
  ['B', 1e9],
  ['bn', 1e9],
  ['tn', 1e12],
];

/** A numeral with nothing around it. */
function numeral(s: string): number | null {
  if (s.length === 0) return null;
  if (s === 'ゼロ') return 0;
  let t = clean(s);
  // 1/5
  const slash = t.indexOf('/');
  if (slash >= 0) {
    if (slash === 0 || t.indexOf('/', slash + 1) >= 0) return null;
    const a = numeral(t.slice(0, slash));
    const b = numeral(t.slice(slash + 1));
    if (
      a !== null &&
      b !== null &&
      b !== 0 &&
      /^[0-9]+$/.test(t.slice(0, slash)) &&
      /^[0-9]+$/.test(t.slice(slash + 1))
    )
      return a / b;
    return null;
  }
  if (codeAt(t, 0) === 0x2e && isDigit(codeAt(t, 1))) t = `0${t}`;
  if (readCore(t, 0, true) && !core.dotted) {
    if (core.end === t.length) return core.value;
    if (core.ascii && !core.hasUnit) {
      const rest = t.slice(core.end);
      for (const [w, v] of SUFFIX_SCALE) if (rest === w) return tidy(core.value * v);
    }
  }
  if (readEnglish(s, 0, true) && eng.end === s.length) return tidy(eng.value);
  return null;
}

const CUR_PREFIX = ['US$', 'USD', 'JPY', 'EUR', 'GBP', 'CNY', '¥', '$', '€', '£'];
const CUR_SUFFIX = [
  '円',
  'ドル',
  'ユーロ',
  'US$',
  '€ur',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'pound',
  'yuan',
  'yen',
  'USD',
  'JPY',
  'EUR',
  'GBP',
  'CNY',
  '€',
  '$',
  '£',
];
const CUR_WORDS = new Set(CUR_SUFFIX.map((w) => w.toLowerCase()));
const CENT_WORDS = new Set(['cents', 'cent', 'c', 'pence', 'p']);

/** "43c", "43 cents", "and forty-two cents", "and one": the cents of an amount, or null. */
function cents(tokens: string[]): number | null {
  let t = tokens;
  if (t.length > 0 && t[0]?.toLowerCase() === 'and') t = t.slice(1);
  if (t.length === 0) return null;
  const lastTok = t[t.length - 1] as string;
  if (CENT_WORDS.has(lastTok.toLowerCase())) t = t.slice(0, -1);
  else if (/^[0-9]{1,2}c$/.test(lastTok)) t = [...t.slice(0, -1), lastTok.slice(0, -1)];
  if (t.length === 0) return null;
  const v = numeral(t.join(' '));
  return v !== null && Number.isInteger(v) && v >= 0 && v < 100 ? v : null;
}

/** An amount after its currency mark came off: a numeral, "a", or "20 and 43c". */
function amount(s: string, split = true): number | null {
  const v = numeral(s);
  if (v !== null) return v;
  const low = s.toLowerCase();
  if (low === 'a' || low === 'an') return 1;
  if (!split) return null;
  const tokens = s.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 12) return null;
  for (let k = tokens.length - 1; k >= 1; k--) {
    const head = amount(tokens.slice(0, k).join(' '), false);
    if (head === null) continue;
    const c = cents(tokens.slice(k));
    if (c !== null) return tidy(head + c / 100);
  }
  return null;
}

function money(s: string): number | null {
  let t = s;
  // "a US$4.7 billion": an article before a currency sign
  const low = t.slice(0, 3).toLowerCase();
  if (low.startsWith('a ') || low.startsWith('an ')) {
    const rest = t.slice(t.indexOf(' ') + 1).trimStart();
    if (CUR_PREFIX.some((p) => matchAt(rest, 0, p, true))) t = rest;
  }
  for (const p of CUR_PREFIX) {
    if (!matchAt(t, 0, p, true)) continue;
    if (isAsciiLetter(p.charCodeAt(p.length - 1)) && isAsciiLetter(codeAt(t, p.length))) continue;
    const rest = t.slice(p.length).trim();
    return rest ? amount(rest) : null;
  }
  for (const w of CUR_SUFFIX) {
    const st = t.length - w.length;
    if (st <= 0 || !matchAt(t, st, w, true)) continue;
    if (isAsciiLetter(w.charCodeAt(0)) && isAsciiLetter(codeAt(t, st - 1))) continue;
    const rest = t.slice(0, st).trim();
    return rest ? amount(rest) : null;
  }
  // 20 dollars 43 cents, 3 GBP and one
  const tokens = t.split(/\s+/);
  if (tokens.length < 3 || tokens.length > 12) return null;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!CUR_WORDS.has((tokens[k] as string).toLowerCase())) continue;
    const head = amount(tokens.slice(0, k).join(' '), false);
    const c = cents(tokens.slice(k + 1));
    if (head !== null && c !== null) return tidy(head + c / 100);
    return null;
  }
  return null;
}

const SIGNS = ['マイナス', 'negative', 'minus', '-', '▲'];

function loose(text: string, depth: number): number | null {
  let s = text.trim();
  if (s.length === 0) return null;
  // "forty-five (45)": a numeral restated in parentheses
  if (depth === 0) {
    const last = codeAt(s, s.length - 1);
    if (last === 0x29) {
      const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
      if (open > 0) {
        const a = loose(s.slice(0, open), 1);
        const b = loose(s.slice(open + 1, -1), 1);
        return a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? a : null;
      }
    }
  }
  let sign = 1;
  for (const w of SIGNS) {
    if (!matchAt(s, 0, w, true)) continue;
    if (isAsciiLetter(w.charCodeAt(0)) && isAsciiLetter(codeAt(s, w.length))) continue;
    sign = -1;
    s = s.slice(w.length).trim();
    break;
  }
  if (s.length === 0) return null;
  const v = numeral(s) ?? money(s);
  if (v === null || !Number.isFinite(v)) return null;
  const r = sign * v;
  return r === 0 ? 0 : r;
}

/** The value of a bare numeral, or null when `text` is not one. Never throws. */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  try {
    return loose(text, 0);
  } catch {
    return null;
  }
}
