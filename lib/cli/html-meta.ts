/**
 * The article date candidates in raw HTML, for the terminal checker (the content script reads the
 * same things from the DOM). One pass over the tags with indexOf, so it is linear in the input.
 * Picking and reading the date is lib/dates/article-date.ts.
 */
import {
  type ArticleDateCandidate,
  jsonLdDateCandidates,
  MODIFIED_META_KEYS,
  PUBLISHED_META_KEYS,
} from '../dates/article-date';

/** At most this many characters of one JSON-LD script are parsed (a news page's are a few KB). */
const MAX_JSON_LD = 512 * 1024;
/** A tag longer than this is not read for attributes. */
const MAX_TAG = 4096;

/** The attributes of one start tag's text (`<meta a="b" c='d'>`), names lower-cased. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s"'<>/=]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  // skip the tag name
  const nameEnd = tag.search(/[\s/>]/);
  re.lastIndex = nameEnd < 0 ? tag.length : nameEnd;
  for (let m = re.exec(tag); m !== null; m = re.exec(tag)) {
    const name = (m[1] as string).toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(h, 16), 0x10ffff)),
    )
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Date candidates from JSON-LD scripts, <meta> tags and <time> elements, in document order. */
export function htmlDateCandidates(html: string): ArticleDateCandidate[] {
  const out: ArticleDateCandidate[] = [];
  /** Where `</name` next occurs at or after `from`, case-insensitively, or -1. */
  const closing = (name: string, from: number): number => {
    const re = new RegExp(`</${name}`, 'gi');
    re.lastIndex = from;
    return re.exec(html)?.index ?? -1;
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const tagEnd = html.indexOf('>', i + 1);
    if (tagEnd === -1) break;
    if (tagEnd - i > MAX_TAG) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const head = html.slice(i + 1, i + 8).toLowerCase();
    if (head.startsWith('script')) {
      const close = closing('script', tagEnd + 1);
      const bodyEnd = close === -1 ? html.length : close;
      const attrs = attributes(html.slice(i, tagEnd + 1));
      if ((attrs.get('type') ?? '').toLowerCase().includes('ld+json') && bodyEnd - tagEnd <= MAX_JSON_LD) {
        try {
          out.push(...jsonLdDateCandidates(JSON.parse(html.slice(tagEnd + 1, bodyEnd))));
        } catch {
          // broken JSON-LD is common: ignore it
        }
      }
      if (close === -1) break;
      i = html.indexOf('<', close + 1);
      continue;
    }
    if (head.startsWith('meta')) {
      const attrs = attributes(html.slice(i, tagEnd + 1));
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
      const content = attrs.get('content');
      if (content !== undefined) {
        if (PUBLISHED_META_KEYS.has(key)) out.push({ source: 'meta', value: content });
        else if (MODIFIED_META_KEYS.has(key)) out.push({ source: 'modified', value: content });
      }
    } else if (head.startsWith('time') && !/[a-z0-9-]/.test(head.charAt(4))) {
      const attrs = attributes(html.slice(i, tagEnd + 1));
      const published =
        attrs.has('pubdate') || (attrs.get('itemprop') ?? '').toLowerCase() === 'datepublished';
      const dt = attrs.get('datetime');
      if (dt !== undefined) out.push({ source: 'time', value: dt, published });
      else {
        // The text of a short <time> element (bounded look-ahead keeps the pass linear).
        const near = html.slice(tagEnd + 1, tagEnd + 201);
        const close = near.search(/<\/time/i);
        if (close !== -1)
          out.push({ source: 'time', value: near.slice(0, close).replace(/<[^>]*>/g, ''), published });
      }
    }
    i = html.indexOf('<', tagEnd + 1);
  }
  return out;
}
