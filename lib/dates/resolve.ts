/**
 * Turning a date as an article writes it (来年夏, 今年5月, 23日, 12月23日, "next summer") into an absolute
 * date, using the article's own date. Pure: no clock is read, so "today" never leaks into a verdict.
 */
import type { DateValue, Season } from '../numbers/types';

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** A YYYY-MM-DD string as a calendar day, or null when it is not one (2025-02-30 is not). */
export function parseDay(text: string | undefined | null): DayDate | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Is this a calendar day the arithmetic below reads as Date.UTC would? Date.UTC maps years 0–99 to
 * 1900–1999 and rolls months and days over; those rare cases keep going through Date.
 */
function plainDay(year: number, month: number): boolean {
  return Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, by arithmetic (no Date object: this runs for every date of every sentence). */
function daysInMonth(year: number, month: number): number {
  if (!plainDay(year, month)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days since the epoch, for comparing distances between calendar days. */
function dayNumber(year: number, month: number, day: number): number {
  if (!plainDay(year, month) || !Number.isInteger(day)) {
    return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
  }
  // days from 1970-01-01 to January 1st of `year` (proleptic Gregorian), then into the year
  const y = year - 1;
  const jan1 = 365 * (year - 1970) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477;
  const leapDay = month > 2 && isLeap(year) ? 1 : 0;
  return jan1 + (DAYS_BEFORE[month - 1] as number) + leapDay + day - 1;
}

/**
 * The day of the week `weekday` (0 Sunday) nearest the article's day in the direction written: on or
 * before it ("at a cabinet meeting Tuesday"), strictly after it (upcoming: "will approve it Friday",
 * "next Tuesday") or strictly before it (previous: "last Friday").
 */
function onWeekday(
  weekday: number,
  relative: { upcoming?: true; previous?: true },
  article: DayDate,
  out: DateValue,
): DateValue | null {
  const at = dayNumber(article.year, article.month, article.day);
  // 1970-01-01, day 0, was a Thursday (4)
  const today = (((at + 4) % 7) + 7) % 7;
  const back = (today - weekday + 7) % 7;
  const shift = relative.upcoming ? (weekday - today + 7) % 7 || 7 : relative.previous ? -(back || 7) : -back;
  const d = new Date((at + shift) * 86_400_000);
  if (Number.isNaN(d.getTime())) return null;
  out.year = d.getUTCFullYear();
  out.month = d.getUTCMonth() + 1;
  out.day = d.getUTCDate();
  return out;
}

/** The month a season starts in (winter: December, so "next winter" in January means December). */
const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** Japanese fiscal year of a day: April to March, so January to March belong to the year before. */
function fiscalYearOf(d: DayDate): number {
  return d.month >= 4 ? d.year : d.year - 1;
}

/**
 * The year of a month-day with none written: the nearest to the article's day; or, when its verb's
 * tense says which side (「5月に成立した」, "was enacted in May": past), the nearest on that side.
 */
function nearestYear(month: number, day: number, article: DayDate, tense: Tense | null = null): number {
  const at = dayNumber(article.year, article.month, article.day);
  let best = article.year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [article.year - 1, article.year, article.year + 1]) {
    const diff = dayNumber(y, month, Math.min(day, daysInMonth(y, month))) - at;
    if ((tense === 'past' && diff > 0) || (tense === 'future' && diff < 0)) continue;
    const gap = Math.abs(diff);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** A day written alone (23日): the nearest such day in the month before, the article's month or the next. */
function nearestMonthForDay(day: number, article: DayDate): { year: number; month: number } {
  const at = dayNumber(article.year, article.month, article.day);
  let best = { year: article.year, month: article.month };
  let bestGap = Number.POSITIVE_INFINITY;
  for (const shift of [0, -1, 1]) {
    const m0 = article.month - 1 + shift;
    const year = article.year + Math.floor(m0 / 12);
    const month = (((m0 % 12) + 12) % 12) + 1;
    if (day > daysInMonth(year, month)) continue;
    const gap = Math.abs(dayNumber(year, month, day) - at);
    if (gap < bestGap) {
      best = { year, month };
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The absolute date meant by `d`, given the article's date (YYYY-MM-DD).
 * - A date with its own year comes back unchanged (a copy), whether or not the article date is known.
 * - A relative date (来年夏, 23日) or a date without a year (12月23日) needs the article's date: without a
 *   valid one the answer is null, and the caller stays silent rather than guessing.
 * The result never carries `relative`.
 */
export function resolveDate(d: DateValue, articleDate: string | undefined | null): DateValue | null {
  if (!d.relative && d.year !== undefined) return resolveOn(d, null);
  return resolveOn(d, parseDay(articleDate));
}

/** Which side of the article's day a verb puts its date: 「成立した」 past, 「開始する」 future. */
export type Tense = 'past' | 'future';

/**
 * resolveDate with the article's date already read (parseDay): the checker reads it once per block.
 * `tense`: what the date's verb says of a month-day with no year (./tense.ts).
 */
export function resolveOn(
  d: DateValue,
  article: DayDate | null,
  tense: Tense | null = null,
): DateValue | null {
  const { relative, ...rest } = d;
  const out: DateValue = { ...rest };
  if (!relative && out.year !== undefined) return out;
  if (!article) return null;
  if (!relative) {
    // 12月23日, Dec. 23: the nearest such date to the article's day; a month alone: the nearest such month.
    if (out.month === undefined) return null;
    // a month alone is as early as its first day when past ("in May"), as late as its last when future
    const day =
      out.day ?? (tense === 'past' ? 1 : tense === 'future' ? daysInMonth(article.year, out.month) : 15);
    out.year = nearestYear(out.month, day, article, tense);
    return out;
  }
  if (relative.dayOnly && out.day !== undefined) {
    const { year, month } = nearestMonthForDay(out.day, article);
    out.year = year;
    out.month = month;
    return out;
  }
  if (relative.monthOffset !== undefined) {
    const m0 = article.month - 1 + relative.monthOffset;
    out.year = article.year + Math.floor(m0 / 12);
    out.month = (((m0 % 12) + 12) % 12) + 1;
    return out;
  }
  if (relative.weekday !== undefined) return onWeekday(relative.weekday, relative, article, out);
  if (relative.upcoming || relative.previous) {
    // "next summer" / "last May": the first such month or season after (or the latest before) the article.
    const first = out.month ?? (out.season ? SEASON_FIRST_MONTH[out.season] : undefined);
    if (first === undefined) return null;
    if (relative.upcoming) out.year = first > article.month ? article.year : article.year + 1;
    else out.year = first < article.month ? article.year : article.year - 1;
    return out;
  }
  if (relative.yearOffset !== undefined) {
    out.year = (out.fiscal ? fiscalYearOf(article) : article.year) + relative.yearOffset;
    return out;
  }
  return null;
}
