/**
 * The article and its surroundings, decided from small descriptions of elements so the rules can
 * be tested without a page. The content script's DOM side (entrypoints/content/article.ts) builds
 * the descriptions; these functions only read them.
 *
 * Two questions: is this element page chrome (navigation, header, footer, aside, comments,
 * related or ranking lists, ads, share bars)? And which candidate element holds the article body?
 * The second follows the order a news page gives its hints in: the JSON-LD articleBody, then
 * itemprop=articleBody, one dominant <article>, <main> / role=main, and last a score of text
 * density and class/id words in the manner of Mozilla's Readability.
 */

/** What the rules read of one element. */
export interface ElementInfo {
  /** localName, lower case. */
  tag: string;
  id: string;
  className: string;
  role: string | null;
  itemprop: string | null;
}

export type ChromeKind =
  | 'navigation'
  | 'header'
  | 'footer'
  | 'aside'
  | 'comments'
  | 'related'
  | 'ranking'
  | 'ad'
  | 'share';

/** class/id words, by kind. Tested against each word of class and id on its own. */
const WORD_RULES: ReadonlyArray<readonly [ChromeKind, RegExp]> = [
  ['comments', /comment|disqus|^repl(y|ies)|^remarks?$|^reactions?$|kuchikomi/],
  ['ranking', /ranking|^rank(-|_|$)|most-?(read|viewed|popular)|access-?rank|^popular/],
  [
    'related',
    /related|recommend|^pickup|pick-?up-?list|more-?(stories|news|articles)|read-?next|also-?read|kanren|osusume|^trending|^topics?-?list/,
  ],
  [
    'ad',
    /^ads?$|^ads?[-_]|[-_]ads?$|[-_]ads?[-_]|^advert|advertis|^sponsor|sponsored|^promo(tion)?s?$|^pr$|adsense|taboola|outbrain|doubleclick|^banner/,
  ],
  ['share', /^share|[-_]share|^social|^sns(-|_|$)/],
  ['navigation', /breadcrumb|^g?nav(bar|igation)?$|^global-?nav|^menu$|^menu[-_]|^pagination$|^pager$/],
  ['aside', /^sidebar|side-?bar$|^sub-?column|^secondary$/],
  ['footer', /^(site|global|page)-?footer$|^footer$/],
  ['header', /^(site|global|page)-?header$|^masthead$|^header$/],
];

const ROLE_KINDS: Readonly<Record<string, ChromeKind>> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
};

/** The words of class and id: `article-body c-Ranking__list` → article-body, c-ranking__list. */
function wordsOf(el: ElementInfo): string[] {
  if (el.className === '' && el.id === '') return [];
  const all = `${el.className} ${el.id}`.trim().toLowerCase();
  return all ? all.split(/\s+/) : [];
}

/**
 * Whether an element is page chrome, and which kind. Inside the article a <header> holds the
 * headline and is no chrome; a site header or footer named by class is chrome only outside it.
 * The article body itself (itemprop=articleBody) is never chrome.
 */
export function chromeKindOf(el: ElementInfo, insideArticle: boolean): ChromeKind | null {
  if (el.itemprop?.split(/\s+/).includes('articleBody')) return null;
  switch (el.tag) {
    case 'nav':
      return 'navigation';
    case 'aside':
    case 'amp-sidebar':
      return 'aside';
    case 'amp-ad':
    case 'amp-embed':
    case 'amp-sticky-ad':
      return 'ad';
    case 'footer':
      return 'footer';
    case 'header':
      if (!insideArticle) return 'header';
      break;
  }
  const role = el.role ? ROLE_KINDS[el.role.trim().toLowerCase()] : undefined;
  if (role && !(insideArticle && role === 'header')) return role;
  for (const word of wordsOf(el)) {
    for (const [kind, rule] of WORD_RULES) {
      if (!rule.test(word)) continue;
      if (insideArticle && kind === 'header') continue;
      return kind;
    }
  }
  return null;
}

/** A possible article body, with the counts the choice needs. */
export interface Candidate {
  info: ElementInfo;
  /** How it was found. */
  source: 'itemprop' | 'article' | 'main' | 'paragraphs';
  /** Characters of text (white space runs count once). */
  textChars: number;
  /** Characters of that text inside links. */
  linkChars: number;
  /** Paragraphs of at least 25 characters directly in it (counted for source 'paragraphs' only). */
  paragraphs: number;
  /** Commas and Japanese 、。 in those paragraphs: sentences are prose, lists of links are not. */
  commas: number;
  /** It holds the start and the end of the page's JSON-LD articleBody. */
  holdsJsonLdBody: boolean;
  /** It lies inside page chrome (a related-story <article> card in an aside). */
  inChrome: boolean;
}

const POSITIVE = /article|body|content|entry|main|post|text|blog|story|honbun|kiji/;
const NEGATIVE =
  /comment|footer|header|sidebar|related|ranking|recommend|promo|sponsor|share|social|widget|banner|menu|nav|meta|tags?$/;

/** Readability's class weight: +25 for article-like words, −25 for chrome-like ones. */
export function classWeight(el: ElementInfo): number {
  let weight = 0;
  const words = `${el.className} ${el.id}`.toLowerCase();
  if (!words.trim()) return 0;
  if (NEGATIVE.test(words)) weight -= 25;
  if (POSITIVE.test(words)) weight += 25;
  return weight;
}

export const linkDensity = (c: Candidate): number => (c.textChars > 0 ? c.linkChars / c.textChars : 1);

/** How much a candidate reads like an article body (Readability-style). */
export function proseScore(c: Candidate): number {
  const perParagraph = c.paragraphs + c.commas + Math.min(3 * c.paragraphs, Math.floor(c.textChars / 100));
  return (perParagraph + classWeight(c.info)) * (1 - linkDensity(c));
}

/** Below this much text, an element is no article body (a teaser card, a caption). */
export const MIN_ARTICLE_CHARS = 140;
const MAX_LINK_DENSITY = 0.5;

const usable = (c: Candidate) =>
  !c.inChrome && c.textChars >= MIN_ARTICLE_CHARS && linkDensity(c) <= MAX_LINK_DENSITY;

/**
 * The index of the article body among the candidates, or null when the page shows none (a front
 * page, a list of many similar articles: then the whole page is checked, as before).
 */
export function pickArticle(candidates: readonly Candidate[]): number | null {
  const indexed = candidates.map((c, i) => ({ c, i })).filter(({ c }) => usable(c));
  const smallest = (list: typeof indexed) => list.reduce((a, b) => (b.c.textChars < a.c.textChars ? b : a)).i;
  const largest = (list: typeof indexed) => list.reduce((a, b) => (b.c.textChars > a.c.textChars ? b : a)).i;

  // 1. The publisher's own statement of the body text: the tightest element that holds it.
  const jsonLd = indexed.filter(({ c }) => c.holdsJsonLdBody);
  if (jsonLd.length > 0) return smallest(jsonLd);
  // 2. Microdata naming the body.
  const itemprop = indexed.filter(({ c }) => c.source === 'itemprop');
  if (itemprop.length > 0) return largest(itemprop);
  // 3. One <article> that clearly outweighs the others (not a feed of similar ones).
  const articles = indexed.filter(({ c }) => c.source === 'article');
  if (articles.length > 0) {
    const sorted = [...articles].sort((a, b) => b.c.textChars - a.c.textChars);
    const [first, second] = sorted;
    if (first && (!second || first.c.textChars >= 2 * second.c.textChars)) return first.i;
  }
  // 4. The page's main region.
  const main = indexed.filter(({ c }) => c.source === 'main');
  if (main.length > 0) return largest(main);
  // 5. The best-scoring container of paragraphs, if it reads like prose.
  const prose = indexed.filter(({ c }) => c.source === 'paragraphs' && c.paragraphs >= 3);
  if (prose.length === 0) return null;
  const best = prose.reduce((a, b) => (proseScore(b.c) > proseScore(a.c) ? b : a));
  return proseScore(best.c) >= 10 ? best.i : null;
}

/** Removes all white space: the JSON-LD body and the page's text differ in line breaks and spaces. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The beginning and end of a JSON-LD articleBody to look for in the page, or null when too short. */
export function bodyMarkers(articleBody: string): { head: string; tail: string } | null {
  const body = squeeze(articleBody);
  if (body.length < 40) return null;
  return { head: body.slice(0, 20), tail: body.slice(-20) };
}
