/**
 * English number words: "two hundred", "twenty-one", "one thousand two hundred thirty-four",
 * "three point five million", "a dozen". Reads forward token by token, no backtracking.
 */
import * as charsMod from './chars';
import * as coreMod from './core';
import * as wordsMod from './words';

// Local bindings (module-scope constants), so hot loops do not go through live-binding accessors.
const { codeAt, isAsciiLetter, isDigit, matchAt } = charsMod;
const { readDigits, runExponent, runMantissa } = coreMod;
const {
  lookupWord,
  W_AND,
  W_ARTICLE,
  W_DOZEN,
  W_HALF,
  W_HUNDRED,
  W_ONES,
  W_POINT,
  W_SCALE,
  W_TEEN,
  W_TENS,
  wordEnd,
} = wordsMod;

const NONE = 0;
const DIGITS = 20;
const FRACTION = 21;

export interface EnglishResult {
  value: number;
  end: number;
  /** Number words read (two hundred → 2). */
  words: number;
  /** The scale the numeral ends with (1.5 million → 1e6), or 1. */
  trailing: number;
  /** Read a digit token (lenient only). */
  digits: boolean;
}

export const eng: EnglishResult = { value: 0, end: 0, words: 0, trailing: 1, digits: false };

const POW10 = (e: number): number => 10 ** e;

/** After a separator at `at` (one space or hyphen; lenient: runs of spaces, ", "), where the next token starts. */
function nextToken(s: string, at: number, lenient: boolean): number {
  const d = codeAt(s, at);
  if (d === 0x20 || d === 0x2d) {
    let j = at + 1;
    if (lenient) while (codeAt(s, j) === 0x20) j++;
    return j;
  }
  if (lenient && d === 0x2c && codeAt(s, at + 1) === 0x20) {
    let j = at + 2;
    while (codeAt(s, j) === 0x20) j++;
    return j;
  }
  return -1;
}

/**
 * Reads English number words at i. Strict mode (running text) takes words only, no ordinals, no plural
 * scales, no "one twenty-two". Lenient mode (parseNumber) also takes digits ("9 hundred", "1 point 1"),
 * ordinals, bare scales ("thousand") and "and a half".
 */
export function readEnglish(s: string, i: number, lenient: boolean): boolean {
  let total = 0;
  let cur = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let last = NONE;
  let j = i;
  let end = i;
  let words = 0;
  let trailing = 1;
  let digits = false;
  for (;;) {
    const c = codeAt(s, j);
    let kind: number;
    let value = 0;
    let ordinal = false;
    let tokEnd: number;
    if (isAsciiLetter(c)) {
      tokEnd = wordEnd(s, j);
      const e = lookupWord(s, j, tokEnd);
      if (!e) break;
      if (e.plural && !lenient) break;
      if (e.ordinal && !lenient) break;
      kind = e.kind;
      value = e.value;
      ordinal = e.ordinal === true;
    } else if (lenient && (isDigit(c) || (c === 0x2e && isDigit(codeAt(s, j + 1))))) {
      if (c === 0x2e) {
        // ".77"
        const k = readDigits(s, j + 1);
        value = runMantissa() / POW10(k - j - 1);
        tokEnd = k;
      } else {
        tokEnd = readDigits(s, j);
        value = runMantissa() / POW10(runExponent());
      }
      if (isAsciiLetter(codeAt(s, tokEnd))) break;
      kind = DIGITS;
    } else break;

    let ok = true;
    let tentative = false;
    switch (kind) {
      case W_ONES:
        if (last === NONE || last === W_HUNDRED || last === W_SCALE || last === W_AND) cur += value;
        else if (last === W_TENS && cur % 10 === 0) cur += value;
        else ok = false;
        break;
      case W_TEEN:
      case W_TENS:
        if (last === NONE || last === W_HUNDRED || last === W_SCALE || last === W_AND) cur += value;
        else if (lenient && (last === W_ONES || last === W_TEEN) && cur > 0 && cur < 100)
          cur = cur * 100 + value;
        else ok = false;
        break;
      case W_HUNDRED:
        if (last === W_ARTICLE || (last === NONE && lenient)) cur = 100;
        else if (
          (last === W_ONES || last === W_TEEN || last === W_TENS || last === DIGITS) &&
          cur > 0 &&
          cur < 100
        )
          cur *= 100;
        else ok = false;
        break;
      case W_SCALE:
        if (last === W_AND || last === W_SCALE) {
          // three thousand millions = 3e9
          if (last === W_SCALE && lenient && value > lastScale && total > 0) {
            total *= value;
            lastScale = value;
            break;
          }
          ok = false;
          break;
        }
        if (last === NONE) {
          if (!lenient) {
            ok = false;
            break;
          }
          cur = 1;
        }
        if (last === W_ARTICLE) cur = 1;
        if (cur === 0) {
          ok = false;
          break;
        }
        if (value < lastScale) total += cur * value;
        else total = (total + cur) * value;
        cur = 0;
        lastScale = value;
        break;
      case W_DOZEN:
        if (last === W_ARTICLE || (last === NONE && lenient)) cur = 12;
        else if ((last === W_ONES || last === W_TEEN || last === W_TENS) && cur > 0 && cur < 100) cur *= 12;
        else ok = false;
        break;
      case W_AND: {
        if (last === NONE || last === W_AND || last === W_ARTICLE) {
          ok = false;
          break;
        }
        // "two and a half"
        const h = nextToken(s, tokEnd, lenient);
        if (lenient && h > 0 && matchAt(s, h, 'a half', true) && !isAsciiLetter(codeAt(s, h + 6))) {
          cur += 0.5;
          end = h + 6;
          words++;
          eng.value = total + cur;
          eng.end = end;
          eng.words = words;
          eng.trailing = 1;
          eng.digits = digits;
          return true;
        }
        if (last !== W_HUNDRED && last !== W_SCALE) ok = false;
        tentative = true;
        break;
      }
      case W_ARTICLE:
        if (last !== NONE) ok = false;
        tentative = true;
        break;
      case W_POINT: {
        if (last === W_AND || last === W_ARTICLE || last === FRACTION || (last === NONE && !lenient)) {
          ok = false;
          break;
        }
        // Fraction digits: one word per digit, or a digit run.
        let f = 0;
        let fe = 0;
        let k = nextToken(s, tokEnd, lenient);
        let fEnd = tokEnd;
        while (k > 0) {
          const d = codeAt(s, k);
          if (isAsciiLetter(d)) {
            const we = wordEnd(s, k);
            const e = lookupWord(s, k, we);
            if (!e || e.kind !== W_ONES || e.ordinal) break;
            f = f * 10 + e.value;
            fe++;
            fEnd = we;
          } else if (isDigit(d) && fe === 0) {
            const de = readDigits(s, k);
            if (runExponent() > 0) break;
            f = runMantissa();
            fe = de - k;
            fEnd = de;
            break;
          } else break;
          k = nextToken(s, fEnd, lenient);
        }
        if (fe === 0) {
          ok = false;
          break;
        }
        cur += f / POW10(fe);
        tokEnd = fEnd;
        kind = FRACTION;
        break;
      }
      case DIGITS:
        if (last === NONE || last === W_AND) {
          cur += value;
          digits = true;
        } else ok = false;
        break;
      case W_HALF:
        ok = false;
        break;
      default:
        ok = false;
    }
    if (!ok) break;
    last = kind;
    if (!tentative) {
      end = tokEnd;
      words++;
      trailing = kind === W_SCALE ? lastScale : 1;
      if (ordinal) break;
    }
    const nj = nextToken(s, tokEnd, lenient);
    if (nj < 0) break;
    j = nj;
  }
  if (words === 0) return false;
  eng.value = total + cur;
  eng.end = end;
  eng.words = words;
  eng.trailing = trailing;
  eng.digits = digits;
  return true;
}
