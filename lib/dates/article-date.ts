/**
 * The article's own date, from the metadata a news page carries. Pure: the caller gathers the
 * candidate strings (the content script from the DOM, the terminal checker from raw HTML) and this
 * picks one and reads it as YYYY-MM-DD.
 *
 * Order of trust, most first: JSON-LD datePublished (of a NewsArticle/Article, or any), meta
 * article:published_time and its kin, a <time> element (datetime attribute, itemprop=datePublished
 * first), then a visible dateline. Modification dates are used only when nothing says when the
 * article was published. The date is read as written (2025-12-23T23:30:00+09:00 is 2025-12-23, the
 * publisher's own day), never converted with the reader's clock.
 */
import { findQuantities } from '../numbers/find';
import type { ArticleDateCandidate, ArticleDateSource } from './article-date-candidates';

// The candidates' half (no number reader: the content script gathers candidates on every page).
export {
  type ArticleDateCandidate,
  type ArticleDateSource,
  jsonLdDateCandidates,
  MODIFIED_META_KEYS,
  PUBLISHED_META_KEYS,
} from './article-date-candidates';

const RANK: Record<ArticleDateSource, number> = { 'json-ld': 0, meta: 1, time: 2, dateline: 3, modified: 4 };

/** One string as a calendar day (YYYY-MM-DD), or null. Reads ISO forms, Japanese and English dates. */
export function readDay(value: string): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 200);
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (const q of findQuantities(s)) {
    const d = q.date;
    if (q.unit !== 'date' || !d || d.relative || d.fiscal) continue;
    if (d.year !== undefined && d.month !== undefined && d.day !== undefined)
      return validDay(d.year, d.month, d.day);
  }
  return null;
}

function validDay(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The article's date (YYYY-MM-DD) from its metadata candidates, or null when none can be read.
 * Candidates of the most trusted source win; among equals, the first in document order.
 */
export function articleDateFromMetadata(candidates: readonly ArticleDateCandidate[]): string | null {
  let best: string | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    let rank = RANK[c.source];
    if (rank === undefined) continue;
    if (c.source === 'time' && !c.published) rank += 0.5;
    if (rank >= bestRank) continue;
    const day = readDay(c.value);
    if (day === null) continue;
    best = day;
    bestRank = rank;
  }
  return best;
}
