/**
 * What a news page says about itself in JSON-LD (<script type="application/ld+json">): whether it
 * is an article, its body text, and when it was published. Pure: the content script hands in the
 * scripts' texts. Malformed JSON and odd shapes (arrays, @graph, a type given as a list) are
 * common on real pages and are read as far as they make sense.
 */

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'report',
]);

export interface JsonLdArticle {
  articleBody: string | null;
  datePublished: string | null;
  dateModified: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isArticleType(type: Json | undefined): boolean {
  if (typeof type === 'string') return ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '').toLowerCase());
  if (Array.isArray(type)) return type.some((t) => isArticleType(t));
  return false;
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Every object in a JSON-LD value: top level, arrays and @graph, one level of nesting deep. */
function objectsOf(value: Json, out: Array<{ [key: string]: Json }>, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) objectsOf(v, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value['@graph'];
  if (graph) objectsOf(graph, out, depth + 1);
  const main = value.mainEntity ?? value.mainEntityOfPage;
  if (main && typeof main === 'object') objectsOf(main, out, depth + 1);
}

/** The article objects of the page's JSON-LD scripts, in order. */
export function articlesFromJsonLd(scripts: readonly string[]): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  for (const text of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    const objects: Array<{ [key: string]: Json }> = [];
    objectsOf(parsed, objects);
    for (const o of objects) {
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
