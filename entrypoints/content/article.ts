/**
 * The DOM side of "the article first": describes the page's candidate elements for
 * lib/page/article.ts, and answers, per block of text, whether it is checked.
 *
 * With an article found, only its text is checked (and an <h1> headline outside it); its chrome
 * (navigation, asides, comments, related and ranking lists, ads, share bars) and everything
 * around it stay quiet: no verdict, no mention, no badge count. With none found, every block is
 * checked, as before. The page is only read: a few querySelectorAll calls and textContent reads
 * when the scan starts, then one cached walk up from each block to the article.
 */
import {
  bodyMarkers,
  type Candidate,
  chromeKindOf,
  type ElementInfo,
  pickArticle,
  squeeze,
} from '../../lib/page/article';
import { jsonLdArticles, parseJsonLd } from '../../lib/page/json-ld';

/** Bounds on the work of finding the article on a huge page. */
const MAX_ARTICLES = 60;
const MAX_PARAGRAPHS = 3_000;
const MIN_PARAGRAPH_CHARS = 25;

export function infoOf(el: Element): ElementInfo {
  const cls = el.getAttribute('class') ?? '';
  return {
    tag: el.localName,
    id: el.id,
    className: cls,
    role: el.getAttribute('role'),
    itemprop: el.getAttribute('itemprop'),
  };
}

/** An element with no attributes, described by its tag alone. */
function bareInfo(tag: string): ElementInfo {
  return { tag, id: '', className: '', role: null, itemprop: null };
}

const COMMAS = /[,、，。]/g;

function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text)) n++;
  return n;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += a.textContent?.length ?? 0;
  return n;
}

/** Whether an element sits in page chrome (checked up to the document, outside any article). */
function inChrome(el: Element): boolean {
  for (let e = el.parentElement; e && e.localName !== 'body'; e = e.parentElement) {
    if (chromeKindOf(infoOf(e), false)) return true;
  }
  return false;
}

/**
 * How many characters of text an element holds: textContent's length, without building the string
 * (a <main> of 1 MB: half the time).
 */
function textLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).length;
  return n;
}

function candidateOf(el: Element, source: Candidate['source'], markers: Markers | null): Candidate {
  let paragraphs = 0;
  let commas = 0;
  // Paragraphs only score containers of paragraphs; for the others they would cost a second pass.
  const ps = source === 'paragraphs' ? el.children : [];
  for (const p of ps) {
    if (p.localName !== 'p') continue;
    const t = p.textContent ?? '';
    if (t.length < MIN_PARAGRAPH_CHARS) continue;
    paragraphs++;
    commas += countCommas(t);
  }
  let holds = false;
  let textChars: number;
  if (markers) {
    const text = el.textContent ?? '';
    const squeezed = squeeze(text);
    holds = squeezed.includes(markers.head) && squeezed.includes(markers.tail);
    textChars = text.length;
  } else {
    textChars = textLength(el);
  }
  return {
    info: infoOf(el),
    source,
    textChars,
    linkChars: linkChars(el),
    paragraphs,
    commas,
    holdsJsonLdBody: holds,
    inChrome: inChrome(el),
  };
}

type Markers = { head: string; tail: string };

/** The page's JSON-LD scripts, parsed: read once per scan, for the article and for its date. */
export function readJsonLd(doc: Document): unknown[] {
  return parseJsonLd(
    [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  );
}

function jsonLdMarkers(jsonLd: readonly unknown[]): Markers | null {
  for (const a of jsonLdArticles(jsonLd)) {
    const markers = a.articleBody ? bodyMarkers(a.articleBody) : null;
    if (markers) return markers;
  }
  return null;
}

/** The element that holds a JSON-LD articleBody: from its first paragraph up to where its end is. */
function jsonLdHolder(doc: Document, markers: Markers): Element | null {
  let count = 0;
  for (const p of doc.body?.getElementsByTagName('p') ?? []) {
    if (++count > MAX_PARAGRAPHS) break;
    const t = squeeze(p.textContent ?? '');
    if (t.length < 10 || !(t.includes(markers.head) || markers.head.startsWith(t.slice(0, 20)))) continue;
    for (let e: Element | null = p; e && e.localName !== 'body'; e = e.parentElement) {
      if (squeeze(e.textContent ?? '').includes(markers.tail)) return e;
    }
  }
  return null;
}

/** The article body of the page, or null (then every block is checked). */
export function findArticle(doc: Document, jsonLd: readonly unknown[] = readJsonLd(doc)): Element | null {
  const body = doc.body;
  if (!body) return null;
  const markers = jsonLdMarkers(jsonLd);
  const elements: Element[] = [];
  const candidates: Candidate[] = [];
  const add = (el: Element, source: Candidate['source']) => {
    if (elements.includes(el)) return;
    elements.push(el);
    candidates.push(candidateOf(el, source, markers));
  };
  if (markers) {
    const holder = jsonLdHolder(doc, markers);
    if (holder) add(holder, 'paragraphs');
  }
  for (const el of doc.querySelectorAll('[itemprop~="articleBody"]')) add(el, 'itemprop');
  let n = 0;
  for (const el of body.getElementsByTagName('article')) {
    if (++n > MAX_ARTICLES) break;
    add(el, 'article');
  }
  for (const el of doc.querySelectorAll('main, [role="main"]')) add(el, 'main');
  let chosen = pickArticle(candidates);
  if (chosen === null && !candidates.some((c) => c.source !== 'paragraphs' && !c.inChrome)) {
    // No structure to go by: score the containers of paragraphs, as Readability does.
    const parents = new Set<Element>();
    let count = 0;
    for (const p of body.getElementsByTagName('p')) {
      if (++count > MAX_PARAGRAPHS) break;
      if (p.parentElement && p.parentElement !== body) parents.add(p.parentElement);
    }
    for (const parent of parents) add(parent, 'paragraphs');
    chosen = pickArticle(candidates);
  }
  const found = chosen === null ? null : (elements[chosen] ?? null);
  // A body found inside an <article> (by JSON-LD or itemprop): the <article> holds its headline
  // and byline too; its related lists and share bars are chrome by their own names.
  const outer = found?.parentElement?.closest('article');
  return outer && !inChrome(outer) ? outer : found;
}

/**
 * Which blocks are checked. One per page scan; it finds the article again if the page replaced
 * it (a framework re-rendering the page after load).
 */
export class PageLayout {
  private article: Element | null;
  /** Per element: it or an ancestor (up to the article, or the document) is chrome. */
  private readonly chrome = new Map<Element, boolean>();

  /** @param jsonLd the page's JSON-LD, parsed (readJsonLd); read afresh if the article is replaced. */
  constructor(
    private readonly doc: Document,
    jsonLd: readonly unknown[] = readJsonLd(doc),
  ) {
    this.article = findArticle(doc, jsonLd);
  }

  get articleElement(): Element | null {
    return this.article;
  }

  /** Whether the text of this block is checked. */
  checks(block: Element): boolean {
    if (this.article && !this.article.isConnected) {
      this.article = findArticle(this.doc);
      this.chrome.clear();
    }
    const article = this.article;
    if (!article) return true;
    if (article === block || article.contains(block)) return !this.isChrome(block, article, true);
    // The headline often sits above the article body.
    return block.localName === 'h1' && !this.isChrome(block, null, false);
  }

  private isChrome(el: Element, stop: Element | null, inside: boolean): boolean {
    const path: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
      const known = this.chrome.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i] as Element;
      const name = e.localName;
      if (!verdict && name !== 'body' && name !== 'html' && name !== 'main') {
        // most blocks of an article are bare <p>s: their tag alone decides (no attribute reads)
        verdict = chromeKindOf(e.hasAttributes() ? infoOf(e) : bareInfo(name), inside) !== null;
      }
      this.chrome.set(e, verdict);
    }
    return verdict;
  }
}
