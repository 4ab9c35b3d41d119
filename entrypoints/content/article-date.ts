/**
 * The page's own statement of when the article was published, collected as candidate strings,
 * best source first: JSON-LD datePublished, <meta> published times, <time datetime> (in the
 * article first), a <time pubdate>. Deciding between them is lib's job (lib/page/date-candidates.ts
 * for now; helper A1's articleDateFromMetadata at merge time), so this file only reads the page.
 */
import type { DateCandidate } from '../../lib/page/date-candidates';
import { articlesFromJsonLd } from '../../lib/page/json-ld';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

export function articleDateCandidates(doc: Document, article: Element | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  for (const a of articlesFromJsonLd(scripts)) {
    if (a.datePublished) out.push({ source: 'json-ld', via: 'datePublished', value: a.datePublished });
  }
  for (const selector of META_SELECTORS) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content) out.push({ source: 'meta', via: selector, value: content });
  }
  const times = [
    ...(article ? article.querySelectorAll('time[datetime]') : []),
    ...doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  for (const time of [...new Set(times)].slice(0, 4)) {
    const value = time.getAttribute('datetime') || time.textContent || '';
    if (value.trim()) out.push({ source: 'time', via: 'time', value });
  }
  return out;
}
