/**
 * Character tables for the number scanner. Everything is keyed by UTF-16 code unit, so the scanner
 * reads the original string with `codeAt` and never builds a normalized copy: spans stay in the
 * input's own code units, full-width or not.
 */

/**
 * Width folding that keeps length: full-width ASCII → ASCII, ideographic space → space, dashes →
 * '-'. 0 means the code unit folds to itself: the table is filled only where it changes something,
 * not by a loop over all 65,536 code units when checker.js loads.
 */
export const NORM = new Uint16Array(65536);
for (let c = 0xff01; c <= 0xff5e; c++) NORM[c] = c - 0xfee0;
NORM[0x3000] = 0x20; // ideographic space
NORM[0x00a0] = 0x20; // no-break space
NORM[0x2009] = 0x20; // thin space
NORM[0x202f] = 0x20; // narrow no-break space
NORM[0xffe5] = 0xa5; // ￥ → ¥
NORM[0xffe1] = 0xa3; // ￡ → £
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63]) NORM[c] = 0x2d; // dashes, minus → '-'
NORM[0x301c] = 0x7e; // 〜 wave dash → '~'
NORM[0x223c] = 0x7e; // ∼

/** The code unit at i, width-folded; -1 past either end. */
export function codeAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) return -1;
  const c = s.charCodeAt(i);
  return c < 0xa0 ? c : (NORM[c] as number) || c;
}

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
export const isAlnum = (c: number): boolean => isDigit(c) || isAsciiLetter(c);
export const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

/** CJK ideographs (and 々), used to tell a numeral inside a word (統一, 一部) from one standing alone. */
export function isIdeograph(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 ||
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the CJK extension planes
  );
}

/** Positional kanji digits, including 大字 (壱弐参…). -1 when not a digit. ○ (U+25CB) is handled apart. */
export const KDIGIT = new Int8Array(65536).fill(-1);
const KD: Array<[string, number]> = [
  ['〇零', 0],
  ['一壱壹弌', 1],
  ['二弐貳弍', 2],
  ['三参參弎', 3],
  ['四肆', 4],
  ['五伍', 5],
  ['六陸', 6],
  ['七漆柒', 7],
  ['八捌', 8],
  ['九玖', 9],
];
for (const [chars, v] of KD) for (const ch of chars) KDIGIT[ch.charCodeAt(0)] = v;
/** ○ (white circle) stands for zero inside kanji numerals (二○二五年), never alone. */
export const CIRCLE_ZERO = 0x25cb;

/** Place units inside a myriad section: 十百千 and their 大字. */
export const SMALL_UNIT = new Uint16Array(65536);
const SU: Array<[string, number]> = [
  ['十拾什', 10],
  ['百佰陌', 100],
  ['千仟阡', 1000],
];
for (const [chars, v] of SU) for (const ch of chars) SMALL_UNIT[ch.charCodeAt(0)] = v;

/** Old single characters for tens: 廿 20, 卅 30, 卌 40, 皕 200. */
export const TENS_CHAR = new Uint16Array(65536);
const TC: Array<[string, number]> = [
  ['廿卄', 20],
  ['卅丗', 30],
  ['卌', 40],
  ['皕', 200],
];
for (const [chars, v] of TC) for (const ch of chars) TENS_CHAR[ch.charCodeAt(0)] = v;

/** Powers of the myriad. */
export const LARGE_UNIT = new Float64Array(65536);
for (const ch of '万萬') LARGE_UNIT[ch.charCodeAt(0)] = 1e4;
LARGE_UNIT['億'.charCodeAt(0)] = 1e8;
LARGE_UNIT['兆'.charCodeAt(0)] = 1e12;
LARGE_UNIT['京'.charCodeAt(0)] = 1e16;
LARGE_UNIT['垓'.charCodeAt(0)] = 1e20;

/** Scanner classes: which code units can start a quantity. 0 means skip. */
export const C_DIGIT = 1;
export const C_KANJI = 2; // kanji digit, place unit or tens character
export const C_LETTER = 4;
export const C_OTHER = 8; // ¥ $ £ € ▲ △ - 令 平 昭 倍 マ 半 過 今 来 昨 去 再 本 先
export const CLS = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) CLS[c] = C_DIGIT;
for (let c = 0x41; c <= 0x5a; c++) CLS[c] = C_LETTER;
for (let c = 0x61; c <= 0x7a; c++) CLS[c] = C_LETTER;
// every kanji digit, place unit and tens character (the lists above, not a pass over 65,536)
for (const [chars] of [...KD, ...SU, ...TC]) for (const ch of chars) CLS[ch.charCodeAt(0)] = C_KANJI;
CLS[CIRCLE_ZERO] = C_KANJI;
for (const ch of '¥$£€▲△-令平昭倍マ') CLS[ch.charCodeAt(0)] = C_OTHER;
// 半数 / 過半数, and the first characters of dates relative to the article (今年, 来年夏, 昨年, 去年, 再来年, 本年度, 先月).
for (const ch of '半過今来昨去再本先') CLS[ch.charCodeAt(0)] = C_OTHER;

/** Does `word` occur at i (width-folded; ASCII letters case-insensitive when `ci`)? */
export function matchAt(s: string, i: number, word: string, ci = false): boolean {
  const n = word.length;
  if (i < 0 || i + n > s.length) return false;
  for (let k = 0; k < n; k++) {
    let a = codeAt(s, i + k);
    let b = word.charCodeAt(k);
    if (ci) {
      a = lower(a);
      b = lower(b);
    }
    if (a !== b) return false;
  }
  return true;
}

/** Does `word` end just before position `end`? */
export function matchBefore(s: string, end: number, word: string, ci = false): boolean {
  return matchAt(s, end - word.length, word, ci);
}
