/**
 * The candidates for an article's date, as a page or an HTML file gives them: what kinds there are,
 * the meta keys that carry them, the JSON-LD walk. Reading them as a day is ./article-date.ts,
 * which needs the number reader (lib/numbers) for datelines: this half does not, so the content
 * script, which gathers the candidates on every page, carries no number reader (the checker it
 * loads on pages about the plan reads them).
 */
import { isArticleType, jsonLdObjects } from '../page/json-ld';

export type ArticleDateSource =
  /** JSON-LD datePublished. */
  | 'json-ld'
  /** <meta> article:published_time, og:published_time, datePublished, pubdate, date, DC.date.issued… */
  | 'meta'
  /** <time datetime> (or its text). */
  | 'time'
  /** A visible dateline (「2025年12月23日 11時09分」, "Dec. 23, 2025"). */
  | 'dateline'
  /** JSON-LD dateModified, article:modified_time: only when nothing else is given. */
  | 'modified';

export interface ArticleDateCandidate {
  source: ArticleDateSource;
  value: string;
  /** For a <time>: it carries itemprop=datePublished or pubdate (trusted before other <time>s). */
  published?: boolean;
}

/** Meta names and properties that give the publication date, lower-cased. */
export const PUBLISHED_META_KEYS: ReadonlySet<string> = new Set([
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
]);
export const MODIFIED_META_KEYS: ReadonlySet<string> = new Set([
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
]);

/**
 * Date candidates from one parsed JSON-LD value (an object, an array, or an @graph): datePublished
 * as 'json-ld', dateModified as 'modified'. Articles come first, so a page's WebSite or
 * BreadcrumbList dates do not win over its NewsArticle's. The walk is lib/page/json-ld.ts's, which
 * the article detection shares.
 */
export function jsonLdDateCandidates(json: unknown): ArticleDateCandidate[] {
  const articles: ArticleDateCandidate[] = [];
  const others: ArticleDateCandidate[] = [];
  for (const o of jsonLdObjects(json)) {
    const target = isArticleType(o['@type']) ? articles : others;
    if (typeof o.datePublished === 'string') target.push({ source: 'json-ld', value: o.datePublished });
    if (typeof o.dateModified === 'string') target.push({ source: 'modified', value: o.dateModified });
  }
  return [...articles, ...others];
}
