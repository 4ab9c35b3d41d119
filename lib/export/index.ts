/**
 * Exports of one verdict: schema.org ClaimReview JSON-LD (what fact-checkers publish, and what
 * search engines read) and plain text for a note or a post. Pure: the caller passes the words
 * and the date, so the output is the same in Node and in the popup.
 */

export interface ClaimExport {
  /** The claim as the article (or the reader) wrote it. */
  claim: string;
  /** The verdict id and its words in the reader's language (「不一致」, "Mismatch"). */
  verdict: string;
  verdictWords: string;
  explanation: string;
  /** The official figure as articles write it, with its status in words, when there is one. */
  official?: string | null;
  statusWords?: string | null;
  /** The page the claim appeared on; omitted for a claim typed into the checker. */
  pageUrl?: string | null;
  /** The primary source of the official figure. */
  sourceUrl?: string | null;
  sourceName?: string | null;
  /** Today, or any date: only the calendar day is written. */
  date: Date;
  lang: 'ja' | 'en';
}

export const CLAIM_REVIEWED_MAX = 74;

/** Shortens to at most `max` characters (by code point), ending with … when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** YYYY-MM-DD of the date in local time (the reader's today). */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    appearance?: { '@type': 'CreativeWork'; url: string };
  };
  author: { '@type': 'Organization'; name: 'Plan Lens' };
  datePublished: string;
  inLanguage: 'ja' | 'en';
  url?: string;
}

export function buildClaimReview(input: ClaimExport): ClaimReviewJsonLd {
  const explanation = input.official
    ? `${input.explanation} (${input.official}${input.statusWords ? `, ${input.statusWords}` : ''})`
    : input.explanation;
  const review: ClaimReviewJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: shorten(input.claim, CLAIM_REVIEWED_MAX),
    reviewRating: {
      '@type': 'Rating',
      alternateName: input.verdictWords,
      ratingExplanation: explanation,
    },
    itemReviewed: { '@type': 'Claim' },
    author: { '@type': 'Organization', name: 'Plan Lens' },
    datePublished: isoDay(input.date),
    inLanguage: input.lang,
  };
  if (input.pageUrl) review.itemReviewed.appearance = { '@type': 'CreativeWork', url: input.pageUrl };
  if (input.sourceUrl) review.url = input.sourceUrl;
  return review;
}

export function claimReviewJson(input: ClaimExport): string {
  return JSON.stringify(buildClaimReview(input), null, 2);
}

/** The words of the plain-text export, from the reader's locale (export_* keys). */
export interface PlainTextLabels {
  claim: string;
  verdict: string;
  official: string;
  source: string;
  page: string;
  by: string;
}

/** A few lines a reader can paste into a note or a post. */
export function claimPlainText(input: ClaimExport, w: PlainTextLabels): string {
  const colon = input.lang === 'ja' ? '：' : ': ';
  const quote = input.lang === 'ja' ? `「${input.claim.trim()}」` : `"${input.claim.trim()}"`;
  const lines = [`${w.claim}${colon}${quote}`, `${w.verdict}${colon}${input.verdictWords}`];
  if (input.official) {
    lines.push(`${w.official}${colon}${input.official}${input.statusWords ? ` (${input.statusWords})` : ''}`);
  }
  lines.push(input.explanation.trim());
  if (input.sourceUrl) {
    lines.push(`${w.source}${colon}${input.sourceName ? `${input.sourceName} ` : ''}${input.sourceUrl}`);
  }
  if (input.pageUrl) lines.push(`${w.page}${colon}${input.pageUrl}`);
  lines.push(`— ${w.by}, ${isoDay(input.date)}`);
  return lines.join('\n');
}

/** The sentence of `text` that holds [start, end): what a reader would quote as the claim. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[。！？!?\n]|\.(?=\s|$)/g;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(stops)) {
    const at = match.index ?? 0;
    if (at < start) from = at + match[0].length;
    else if (at >= end) {
      to = at + (match[0] === '\n' ? 0 : match[0].length);
      break;
    }
  }
  return text.slice(from, to).trim();
}
