/**
 * The page's own statement of when the article was published, collected as candidate strings:
 * JSON-LD datePublished, <meta> published (and modified) times, <time> elements (the article's
 * first). Deciding between them is lib's job (lib/dates/article-date.ts, shared with the terminal
 * checker), so this file only reads the page.
 */
import {
  type ArticleDateCandidate,
  jsonLdDateCandidates,
  MODIFIED_META_KEYS,
  PUBLISHED_META_KEYS,
} from '../../lib/dates/article-date-candidates';

/** A page may carry many <time> elements (comments, related links): a few are enough. */
const MAX_TIMES = 4;

function metaCandidates(doc: Document): ArticleDateCandidate[] {
  const out: ArticleDateCandidate[] = [];
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const value = meta.getAttribute('content') ?? '';
    if (PUBLISHED_META_KEYS.has(key)) out.push({ source: 'meta', value });
    else if (MODIFIED_META_KEYS.has(key)) out.push({ source: 'modified', value });
  }
  return out;
}

function timeCandidates(doc: Document, article: Element | null): ArticleDateCandidate[] {
  const times = [
    ...(article ? article.querySelectorAll('time') : []),
    ...doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  return [...new Set(times)].slice(0, MAX_TIMES).map((time) => ({
    source: 'time' as const,
    value: time.getAttribute('datetime') || time.textContent || '',
    published: time.hasAttribute('pubdate') || time.getAttribute('itemprop') === 'datePublished',
  }));
}

/** @param jsonLd the page's JSON-LD, parsed once per scan (readJsonLd in ./article.ts). */
export function articleDateCandidates(
  doc: Document,
  article: Element | null,
  jsonLd: readonly unknown[],
): ArticleDateCandidate[] {
  return [
    ...jsonLd.flatMap((value) => jsonLdDateCandidates(value)),
    ...metaCandidates(doc),
    ...timeCandidates(doc, article),
  ];
}
