/**
 * The page's article date, from the candidates the content script collects (JSON-LD
 * datePublished, <meta> published times, <time datetime>, a dateline), best source first.
 *
 * Interim: helper A1's lib/dates/article-date.ts (articleDateFromMetadata) will decide this on the
 * claims branch; the lead swaps it in at merge time. Until then the first candidate that reads as
 * a calendar date wins, as written by the publisher (its own time zone, no conversion).
 */

export type DateSource = 'json-ld' | 'meta' | 'time' | 'dateline';

export interface DateCandidate {
  source: DateSource;
  /** Where it came from, for debugging (`meta[property=article:published_time]`). */
  via: string;
  value: string;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/;
const JA = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const SLASH = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})/;

/** YYYY-MM-DD of a date as pages write it, or null. */
export function calendarDateOf(value: string): string | null {
  const m = ISO.exec(value) ?? JA.exec(value.normalize('NFKC')) ?? SLASH.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first candidate that is a calendar date, as YYYY-MM-DD. */
export function pickArticleDate(candidates: readonly DateCandidate[]): string | null {
  for (const c of candidates) {
    const date = calendarDateOf(c.value);
    if (date) return date;
  }
  return null;
}
