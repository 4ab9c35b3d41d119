/**
 * What a reader types to add a site, turned into the one origin Plan Lens will ask permission for:
 * "example.com", "https://example.com/news/1" and "http://127.0.0.2:8080" all name one origin.
 */
export type SiteAddress =
  | { ok: true; origin: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

export function originFromInput(input: string): SiteAddress {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+($|\/)/.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return { ok: false, reason: 'scheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const host = url.hostname;
  // A site is a domain with a dot, an IP address, or localhost: not "news" or "foo_bar".
  const named = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) || host === 'localhost' || host.startsWith('[');
  if (!named || host.startsWith('-') || host.endsWith('.')) return { ok: false, reason: 'invalid' };
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  return { ok: true, origin: url.origin };
}
