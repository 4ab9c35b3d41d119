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
