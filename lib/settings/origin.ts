/**
 * The origins a reader turns on are stored exactly as the browser writes an origin
 * (`new URL(x).origin`: scheme, lower-case host, a port only when it is not the default), so one
 * site has one spelling, and a match pattern built from it covers that site and nothing more.
 */

/**
 * Characters no origin a person meant can hold: controls, format characters (zero-width space and
 * joiners, bidi controls, the BOM…), other default-ignorable code points and any kind of space.
 * The URL parser would drop or encode some of them silently, so two different-looking strings
 * could name one site, or one string hide another.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]/u;

/** Longer than any real origin: refused before parsing. */
const MAX_LENGTH = 300;

/**
 * "https://News.Example.org/" → "https://news.example.org"; null for anything that is not exactly
 * an http(s) origin: wildcards (https://*.example.org), user info (https://a@b.example), paths,
 * queries, fragments, other schemes, invisible characters. Leading and trailing ASCII whitespace
 * is forgiven (a pasted value); a single trailing slash too.
 */
export function canonicalOrigin(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  if (INVISIBLE.test(text) || /[*@?#\\]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  if (url.pathname !== '/' || url.hostname === '') return null;
  // Only "scheme://host[:port]" or the same with one slash: no "https:example.org", no "//" paths.
  const written = text.replace(/\/$/, '').toLowerCase();
  if (!/^https?:\/\/[^/]+$/.test(written)) return null;
  return url.origin;
}
