/**
 * The news sites Plan Lens runs on by default. Any other site is turned on by the reader from
 * the popup, which asks for that one origin's permission at that moment.
 */
export const DEFAULT_NEWS_SITES: readonly string[] = [
  'nikkei.com',
  'nikkei.asia',
  'yomiuri.co.jp',
  'asahi.com',
  'mainichi.jp',
  'nhk.or.jp',
  'jiji.com',
  'kyodonews.jp',
  'sankei.com',
  'itmedia.co.jp',
  'sbbit.jp',
  'news.yahoo.co.jp',
  'nippon.com',
  'japantimes.co.jp',
  'reuters.com',
  'bloomberg.com',
  'bloomberg.co.jp',
  'note.com',
  'impress.co.jp',
  'nikkansports.com',
  'fnn.jp',
  'tokyo-np.co.jp',
];

/** Match patterns for a site and its subdomains (https only: news sites serve https). */
export function matchPatternsForSite(site: string): string[] {
  return [`https://${site}/*`, `https://*.${site}/*`];
}

export const DEFAULT_NEWS_MATCHES: readonly string[] = DEFAULT_NEWS_SITES.flatMap(matchPatternsForSite);

/** Loopback origins, added to test builds only so Playwright can serve fixture pages. */
export const TEST_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A file of the extension as scripting.registerContentScripts and executeScript want it: a path
 * relative to the package root. Firefox's runtime.getManifest() names the content script's files
 * as absolute moz-extension:// URLs, which those APIs reject ("must be a relative URL"); Chromium
 * gives the path as written. "moz-extension://<uuid>/content-scripts/content.js",
 * "/content-scripts/content.js" and "content-scripts/content.js" all become the last.
 */
export function packagePath(file: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?/i.exec(file);
  const path = scheme ? file.slice(scheme[0].length) : file;
  return path.replace(/^\/+/, '');
}
