/**
 * The numeral reader shared by parseNumber and findQuantities: Arabic digits (with digit-group commas
 * and a decimal point), positional kanji digits (二〇二五), place units (十百千) and myriad units
 * (万億兆京), freely mixed as Japanese writes them (3億4千８百万, 1,000億, 二十万三千).
 *
 * It reads forward from one position with no backtracking, so it is linear in what it consumes, and
 * reports through the reused `core` object so that scanning allocates nothing per character.
 */
import * as charsMod from './chars';

// Local bindings (module-scope constants), so hot loops do not go through live-binding accessors.
const { CIRCLE_ZERO, codeAt, isDigit, KDIGIT, LARGE_UNIT, matchAt, SMALL_UNIT, TENS_CHAR } = charsMod;

export interface CoreResult {
  value: number;
  /** End of the numeral, exclusive. */
  end: number;
  /** Some kanji digit or unit was read. */
  kanji: boolean;
  /** Some Arabic digit was read. */
  ascii: boolean;
  /** Some place or myriad unit (十百千万億…) was read. */
  hasUnit: boolean;
  /** The myriad unit the numeral ends with (3兆 → 1e12), or 1. */
  trailing: number;
  /** For a numeral that is one run of digits with no unit, comma or decimal (2025, 二〇二五): its length; else 0. */
  plainDigits: number;
  isInteger: boolean;
  /** Stopped at a dotted sequence such as a version or an address (1.2.3): not a number. */
  dotted: boolean;
  /** Number of tokens (digit runs and units) read. */
  tokens: number;
}

export const core: CoreResult = {
  value: 0,
  end: 0,
  kanji: false,
  ascii: false,
  hasUnit: false,
  trailing: 1,
  plainDigits: 0,
  isInteger: true,
  dotted: false,
  tokens: 0,
};

// The current digit run: mantissa and decimal exponent, so 1.2億 is 12 × 1e8 / 10, exact.
let runM = 0;
let runE = 0;
let runDigits = 0;
let runComma = false;
let runDotted = false;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const pow10 = (e: number): number => (e < POW10.length ? (POW10[e] as number) : 10 ** e);

/** m × 10^-e × u, dividing last so that decimal inputs stay exact where they can. */
const scaled = (m: number, e: number, u: number): number => (e === 0 ? m * u : (m * u) / pow10(e));

/** Reads Arabic digits at j with strict digit grouping (1,234,567) and a decimal part. Returns the end. */
export function readDigits(s: string, j: number): number {
  let k = j;
  let m = 0;
  let nd = 0;
  let c = codeAt(s, k);
  while (c >= 0x30 && c <= 0x39) {
    m = m * 10 + (c - 0x30);
    k++;
    nd++;
    c = codeAt(s, k);
  }
  runComma = false;
  runDotted = false;
  // Indian grouping: 1,00,000 (one lakh), 10,00,000: pairs after the first group, then a last three
  if (nd <= 2) {
    const end = indianGroupsEnd(s, k);
    if (end > k) {
      for (let t = k; t < end; t++) {
        const d = codeAt(s, t);
        if (d >= 0x30 && d <= 0x39) {
          m = m * 10 + (d - 0x30);
          nd++;
        }
      }
      k = end;
      runComma = true;
      c = codeAt(s, k);
    }
  }
  // Digit groups: a first group of 1-3 digits, then groups of exactly three.
  if (nd <= 3 && !runComma) {
    // set apart by a (thin, no-break) space, as European and SI style write them: 100 000
    if (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009) {
      const sep = c;
      const head = { k, m, nd };
      let groups = 0;
      while (
        codeAt(s, k) === sep &&
        isDigit(codeAt(s, k + 1)) &&
        isDigit(codeAt(s, k + 2)) &&
        isDigit(codeAt(s, k + 3)) &&
        !isDigit(codeAt(s, k + 4)) &&
        !(codeAt(s, k + 4) === 0x2e && isDigit(codeAt(s, k + 5)))
      ) {
        for (let t = 1; t <= 3; t++) m = m * 10 + (codeAt(s, k + t) - 0x30);
        nd += 3;
        k += 4;
        groups++;
        runComma = true;
      }
      // a plain space after one digit may part two numbers ("Grade 5 100 students"): 1 000 000 is one
      if (sep === 0x20 && head.nd === 1 && groups === 1) {
        ({ k, m, nd } = head);
        runComma = false;
      }
      c = codeAt(s, k);
    }
    while (
      c === 0x2c &&
      isDigit(codeAt(s, k + 1)) &&
      isDigit(codeAt(s, k + 2)) &&
      isDigit(codeAt(s, k + 3)) &&
      !isDigit(codeAt(s, k + 4))
    ) {
      for (let t = 1; t <= 3; t++) m = m * 10 + (codeAt(s, k + t) - 0x30);
      nd += 3;
      k += 4;
      runComma = true;
      c = codeAt(s, k);
    }
  }
  let e = 0;
  if ((c === 0x2e && isDigit(codeAt(s, k + 1))) || (nd <= 3 && !runComma && nakaguroDecimalAt(s, k))) {
    k++;
    c = codeAt(s, k);
    while (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      e++;
      k++;
      c = codeAt(s, k);
    }
    if (c === 0x2e && isDigit(codeAt(s, k + 1))) runDotted = true;
  }
  runM = m;
  runE = e;
  runDigits = nd;
  return k;
}

/**
 * Where Indian digit grouping after a first group ends (",00,000" of 1,00,000: pairs, then a last
 * group of three, no digit after it), or `k` when what follows is not that.
 */
function indianGroupsEnd(s: string, k: number): number {
  let j = k;
  let pairs = 0;
  while (codeAt(s, j) === 0x2c && isDigit(codeAt(s, j + 1)) && isDigit(codeAt(s, j + 2))) {
    if (codeAt(s, j + 3) === 0x2c) {
      pairs++;
      j += 3;
      continue;
    }
    if (pairs > 0 && isDigit(codeAt(s, j + 3)) && !isDigit(codeAt(s, j + 4))) return j + 4;
    return k;
  }
  return k;
}

const NAKAGURO = 0x30fb; // ・
const NAKAGURO_HALF = 0xff65; // ･
/** Units after which a 中黒 between digits is a decimal point in wire copy (26・7%, 1・5倍, 2・5兆円). */
const AFTER_NAKAGURO_DECIMAL = ['%', 'パーセント', 'ポイント', '倍', '兆', '億', '万', '円', 'ドル', '度'];

/**
 * Kyodo-style decimals: 26・7% is 26.7%. The 中黒 reads as a decimal point only when one or two digits
 * follow it and then a unit that takes decimals; 1・2月 (January and February) and 3・11 stay lists.
 */
function nakaguroDecimalAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c !== NAKAGURO && c !== NAKAGURO_HALF) return false;
  let j = k + 1;
  while (isDigit(codeAt(s, j)) && j - k <= 3) j++;
  const nd = j - k - 1;
  if (nd < 1 || nd > 2) return false;
  for (let k2 = 0; k2 < AFTER_NAKAGURO_DECIMAL.length; k2++) {
    if (matchAt(s, j, AFTER_NAKAGURO_DECIMAL[k2] as string)) return true;
  }
  return false;
}

/** The last digit run read by readDigits. */
export const runValue = (): number => scaled(runM, runE, 1);
export const runMantissa = (): number => runM;
export const runExponent = (): number => runE;

/** Reads positional kanji digits at j (二〇二五, 三〇八). Returns the end, or j when there is none. */
function readKanjiDigits(s: string, j: number): number {
  let k = j;
  let m = 0;
  let real = 0;
  for (;;) {
    const c = codeAt(s, k);
    let d = c < 0 ? -1 : (KDIGIT[c] as number);
    if (d < 0) {
      if (c !== CIRCLE_ZERO) break;
      d = 0;
    } else real++;
    m = m * 10 + d;
    k++;
  }
  if (real === 0) return j; // ○ alone is a placeholder mark, not a zero
  runM = m;
  runE = 0;
  runDigits = k - j;
  runComma = false;
  runDotted = false;
  return k;
}

/**
 * Reads one numeral starting at i. Returns false when nothing numeric starts there.
 * `lenient` (parseNumber): a myriad unit may follow a larger one (一万二千万 → (10000+2000)×万).
 */
export function readCore(s: string, i: number, lenient: boolean): boolean {
  let total = 0;
  let section = 0;
  let curM = 0;
  let curE = 0;
  let hasCur = false;
  let lastLarge = Number.POSITIVE_INFINITY;
  let lastSmall = Number.POSITIVE_INFINITY;
  let j = i;
  let tokens = 0;
  let kanji = false;
  let ascii = false;
  let hasUnit = false;
  let trailing = 1;
  let plainDigits = 0;
  let isInteger = true;
  let dotted = false;
  const n = s.length;
  while (j < n) {
    const c = codeAt(s, j);
    if (c >= 0x30 && c <= 0x39) {
      if (hasCur) break;
      j = readDigits(s, j);
      curM = runM;
      curE = runE;
      hasCur = true;
      ascii = true;
      if (runE > 0) isInteger = false;
      plainDigits = tokens === 0 && !runComma && runE === 0 ? runDigits : 0;
      tokens++;
      trailing = 1;
      if (runDotted) {
        dotted = true;
        break;
      }
      continue;
    }
    const kd = KDIGIT[c] as number;
    if (kd >= 0 || c === CIRCLE_ZERO) {
      if (hasCur) break;
      const k = readKanjiDigits(s, j);
      if (k === j) break;
      j = k;
      curM = runM;
      curE = 0;
      hasCur = true;
      kanji = true;
      plainDigits = tokens === 0 ? runDigits : 0;
      tokens++;
      trailing = 1;
      continue;
    }
    const su = SMALL_UNIT[c] as number;
    if (su > 0) {
      if (su >= lastSmall) break;
      // 〇 or 0 before a place unit is a placeholder (千〇十 = 1010): count the unit once.
      section += hasCur && curM !== 0 ? scaled(curM, curE, su) : su;
      hasCur = false;
      lastSmall = su;
      j++;
      kanji = true;
      hasUnit = true;
      plainDigits = 0;
      tokens++;
      trailing = 1;
      continue;
    }
    const tc = TENS_CHAR[c] as number;
    if (tc > 0) {
      if (hasCur || tc >= lastSmall) break;
      section += tc;
      lastSmall = tc >= 100 ? 100 : 10;
      j++;
      kanji = true;
      hasUnit = true;
      plainDigits = 0;
      tokens++;
      trailing = 1;
      continue;
    }
    const lu = LARGE_UNIT[c] as number;
    if (lu > 0) {
      const v = section + (hasCur ? scaled(curM, curE, 1) : 0);
      if (v === 0) {
        // 五万億 = 5 × 万 × 億: a bigger myriad right after a smaller one multiplies what came before.
        if (total > 0 && !hasCur && section === 0 && lu > lastLarge) {
          total *= lu;
        } else break;
      } else if (lu < lastLarge) {
        total += section * lu + (hasCur ? scaled(curM, curE, lu) : 0);
      } else if (lenient) {
        total = (total + v) * lu;
      } else break;
      lastLarge = lu;
      section = 0;
      hasCur = false;
      lastSmall = Number.POSITIVE_INFINITY;
      j++;
      kanji = true;
      hasUnit = true;
      plainDigits = 0;
      tokens++;
      trailing = lu;
      continue;
    }
    break;
  }
  if (tokens === 0) return false;
  core.value = total + section + (hasCur ? scaled(curM, curE, 1) : 0);
  core.end = j;
  core.kanji = kanji;
  core.ascii = ascii;
  core.hasUnit = hasUnit;
  core.trailing = trailing;
  core.plainDigits = plainDigits;
  core.isInteger = isInteger && Number.isInteger(core.value);
  core.dotted = dotted;
  core.tokens = tokens;
  return true;
}
