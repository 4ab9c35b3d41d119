/**
 * Does an article's quantity agree with an official value? Tolerance follows the figure and the
 * article's own precision:
 * - figure `exact`: the value itself; `approx` (約30人, 25%程度): ±10%; `more-than` (超) and
 *   `at-least` (以上): from the value up to +20%, never more; `less-than` (未満): down to −20%.
 * - article `exact`: the value itself, except that a ratio is read at the precision written
 *   (8割 = 0.75–0.85, 25% = 0.245–0.255, 26.7% = 0.2665–0.2675); `approx` (約, 程度, 規模): ±10%;
 *   `more-than`/`at-least`: up to +20%; `less-than`: down to −20%.
 * - The two agree when these intervals meet, except that 「未満」 never agrees with 「超/以上」.
 * - Dates agree at the precision the article gives: every field both sides have must be equal.
 * - Units must be the same (yen, dollars, persons, ratio…); a bare number agrees with nothing.
 */
import type { DateValue, Quantity, QuantityBound } from '../numbers/types';
import type { Bound, FigureValue, Unit } from '../plan/schema';

const EPS = 1e-9;

const RATIO_DIGITS = /(\d+)(?:[.．](\d+))?\s*(?:%|％|パーセント|percent|per\s*cent)/i;
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const halfWidthDigit = (d: string): string => String.fromCharCode(d.charCodeAt(0) - 0xfee0);

/** Half of the last written digit of a ratio, as a fraction (8割 → 0.05, 26.7% → 0.0005). */
export function ratioPrecision(q: Pick<Quantity, 'text' | 'counter'>): number {
  const text = q.text;
  if (q.counter === '割' || /割/.test(text)) return /分/.test(text) ? 0.005 : 0.05;
  const m = RATIO_DIGITS.exec(
    FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, halfWidthDigit) : text,
  );
  if (m === null) return 0;
  const decimals = m[2]?.length ?? 0;
  return (0.5 * 10 ** -decimals) / 100;
}

/** The low end of a value's interval under its bound (the module comment gives the tolerances). */
function lowOf(value: number, bound: Bound | QuantityBound): number {
  const a = Math.abs(value);
  if (bound === 'approx') return value - a * 0.1;
  if (bound === 'less-than') return value - a * 0.2;
  return value;
}

/** The high end of a value's interval under its bound. */
function highOf(value: number, bound: Bound | QuantityBound): number {
  const a = Math.abs(value);
  if (bound === 'approx') return value + a * 0.1;
  if (bound === 'more-than' || bound === 'at-least') return value + a * 0.2;
  return value;
}

/**
 * Does the article's value `v` (widened by its bound and written precision) meet the figure's
 * interval [figLo, figHi]? Numbers only, no objects: this runs for every candidate of every number.
 */
function meetsAt(v: number, bound: QuantityBound, precision: number, figLo: number, figHi: number): boolean {
  const lo = lowOf(v, bound) - precision;
  const hi = highOf(v, bound) + precision;
  const eps = EPS * Math.max(1, Math.abs(lo), Math.abs(figLo));
  return lo <= figHi + eps && figLo <= hi + eps;
}

/** 弱 and 強 after a number: a little under or over it (read as 'approx', with a side). */
function leanOf(text: string): 'under' | 'over' | null {
  const last = text.charAt(text.length - 1);
  return last === '弱' ? 'under' : last === '強' ? 'over' : null;
}

const DOWN: ReadonlySet<string> = new Set(['less-than']);
const UP: ReadonlySet<string> = new Set(['more-than', 'at-least']);

/** Does an amount agree? The quantity's unit must equal `unit`. */
export function agreesWithAmount(q: Quantity, value: number, unit: Unit, bound: Bound): boolean {
  if (q.unit !== unit || !Number.isFinite(q.value)) return false;
  if ((DOWN.has(q.bound) && UP.has(bound)) || (UP.has(q.bound) && DOWN.has(bound))) return false;
  // 1兆円弱 (a little under) is not 1兆円超, nor 8割強 (a little over) 8割未満
  const lean = leanOf(q.text);
  if ((lean === 'under' && UP.has(bound)) || (lean === 'over' && DOWN.has(bound))) return false;
  const figLo = lowOf(value, bound);
  const figHi = highOf(value, bound);
  const precision = q.unit === 'ratio' ? ratioPrecision(q) : 0;
  if (meetsAt(q.value, q.bound, precision, figLo, figHi)) return true;
  // a range (3〜5割) agrees when either end does
  return (
    q.upper !== undefined && Number.isFinite(q.upper) && meetsAt(q.upper, q.bound, precision, figLo, figHi)
  );
}

export interface OfficialDate {
  year: number;
  month?: number;
  day?: number;
  season?: DateValue['season'];
}

/** Parsed once per dataset value (the check runs for every date near a cue). */
const officialDates = new WeakMap<object, { date: OfficialDate; source: string; sourceSeason: unknown }>();

export function parseOfficialDate(v: Extract<FigureValue, { kind: 'date' }>): OfficialDate {
  const known = officialDates.get(v);
  if (known !== undefined && known.source === v.date && known.sourceSeason === v.season) return known.date;
  const date = readOfficialDate(v);
  officialDates.set(v, { date, source: v.date, sourceSeason: v.season });
  return date;
}

function readOfficialDate(v: Extract<FigureValue, { kind: 'date' }>): OfficialDate {
  const [y, m, d] = v.date.split('-').map(Number);
  const out: OfficialDate = { year: y as number };
  if (m !== undefined) out.month = m;
  if (d !== undefined) out.day = d;
  if (v.season !== undefined) out.season = v.season;
  return out;
}

const SEASON_MONTHS: Record<NonNullable<DateValue['season']>, number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};

/** Does an article's date agree with an official date, at the precision the article gives? */
export function agreesWithDate(q: Quantity, official: OfficialDate): boolean {
  if (q.unit !== 'date' || q.date === undefined) return false;
  const d = q.date;
  let compared = 0;
  if (d.year !== undefined) {
    if (d.fiscal) {
      // FY Y runs from April Y to March Y+1
      if (official.month === undefined) {
        if (official.year !== d.year) return false;
      } else {
        const inFy =
          (official.year === d.year && official.month >= 4) ||
          (official.year === d.year + 1 && official.month <= 3);
        if (!inFy) return false;
      }
      return true;
    }
    if (d.year !== official.year) return false;
    compared++;
  }
  if (d.month !== undefined && official.month !== undefined) {
    if (d.month !== official.month) return false;
    compared++;
  }
  if (d.day !== undefined && official.day !== undefined) {
    if (d.day !== official.day) return false;
    compared++;
  }
  if (d.season !== undefined) {
    if (official.season !== undefined) {
      if (official.season !== d.season) return false;
      compared++;
    } else if (official.month !== undefined) {
      if (!SEASON_MONTHS[d.season].includes(official.month)) return false;
      compared++;
    }
  } else if (official.season !== undefined && d.month !== undefined && official.month === undefined) {
    if (!SEASON_MONTHS[official.season].includes(d.month)) return false;
    compared++;
  }
  // The article gave a month or day the official date does not have (2026年5月6日 vs 2026-05):
  // consistent at the official precision, provided something was compared.
  return compared > 0;
}

/** Does the quantity's unit fit this official value at all? */
export function unitFits(q: Quantity, v: FigureValue): boolean {
  if (v.kind === 'none') return false;
  if (v.kind === 'date') return q.unit === 'date';
  return q.unit === v.unit;
}

export function agreesWith(q: Quantity, v: FigureValue): boolean {
  if (v.kind === 'none') return false;
  if (v.kind === 'date') return agreesWithDate(q, parseOfficialDate(v));
  return agreesWithAmount(q, v.value, v.unit, v.bound);
}
