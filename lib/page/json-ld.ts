/**
 * What a news page says about itself in JSON-LD (<script type="application/ld+json">): whether it
 * is an article, its body text, and when it was published. Pure: the content script hands in the
 * scripts' texts. Malformed JSON and odd shapes (arrays, @graph, a type given as a list) are
 * common on real pages and are read as far as they make sense.
 */

export interface JsonLdArticle {
  articleBody: string | null;
  datePublished: string | null;
  dateModified: string | null;
}

type JsonObject = { [key: string]: unknown };

/**
 * Whether a JSON-LD @type names an article: NewsArticle and its kinds, TechArticle, BlogPosting,
 * Report (a full IRI or a prefixed name counts by its last part; a list counts if any item does).
 */
export function isArticleType(type: unknown): boolean {
  if (typeof type === 'string') return /article|posting|report/i.test(type.replace(/^.*[/:#]/, ''));
  if (Array.isArray(type)) return type.some((t) => isArticleType(t));
  return false;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** The page's JSON-LD scripts, parsed; malformed ones are skipped (a page's own business). */
export function parseJsonLd(scripts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const text of scripts) {
    try {
      out.push(JSON.parse(text));
    } catch {
      // skipped
    }
  }
  return out;
}

/**
 * Every object in a parsed JSON-LD value: the top level, arrays (their first 100 items) and
 * @graph, and the objects given as mainEntity / mainEntityOfPage. Bounded: six levels deep.
 */
export function jsonLdObjects(value: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node.slice(0, 100)) visit(x, depth + 1);
      return;
    }
    const o = node as JsonObject;
    out.push(o);
    if (o['@graph'] !== undefined) visit(o['@graph'], depth + 1);
    for (const key of ['mainEntity', 'mainEntityOfPage']) {
      const main = o[key];
      if (main !== null && typeof main === 'object') visit(main, depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

/** The article objects of parsed JSON-LD values, in order. */
export function jsonLdArticles(parsed: readonly unknown[]): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  for (const value of parsed) {
    for (const o of jsonLdObjects(value)) {
      if (!isArticleType(o['@type'])) continue;
      out.push({
        articleBody: str(o.articleBody) ?? str(o.text),
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        dateModified: str(o.dateModified),
      });
    }
  }
  return out;
}

/** The article objects of the page's JSON-LD scripts (their texts), in order. */
export function articlesFromJsonLd(scripts: readonly string[]): JsonLdArticle[] {
  return jsonLdArticles(parseJsonLd(scripts));
}
