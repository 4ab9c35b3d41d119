// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageLayout, readJsonLd } from '../../../entrypoints/content/article';
import { articleDateCandidates } from '../../../entrypoints/content/article-date';
import { blockOf } from '../../../entrypoints/content/text-index';
import { articleDateFromMetadata, jsonLdDateCandidates } from '../../../lib/dates/article-date';
import { type Candidate, chromeKindOf, type ElementInfo, pickArticle } from '../../../lib/page/article';
import { articlesFromJsonLd, jsonLdArticles } from '../../../lib/page/json-ld';

const el = (tag: string, attrs: Partial<ElementInfo> = {}): ElementInfo => ({
  tag,
  id: '',
  className: '',
  role: null,
  itemprop: null,
  ...attrs,
});

describe('chromeKindOf', () => {
  it('names the chrome of a news page by tag, role and class words', () => {
    expect(chromeKindOf(el('nav'), false)).toBe('navigation');
    expect(chromeKindOf(el('aside'), true)).toBe('aside');
    expect(chromeKindOf(el('div', { role: 'contentinfo' }), false)).toBe('footer');
    expect(chromeKindOf(el('section', { id: 'comment', className: 'comments' }), false)).toBe('comments');
    expect(chromeKindOf(el('section', { className: 'ranking' }), false)).toBe('ranking');
    expect(chromeKindOf(el('div', { className: 'access-ranking' }), false)).toBe('ranking');
    expect(chromeKindOf(el('ul', { className: 'related-stories' }), true)).toBe('related');
    expect(chromeKindOf(el('div', { className: 'ad-unit' }), false)).toBe('ad');
    expect(chromeKindOf(el('div', { id: 'ad-rectangle', className: 'ad' }), false)).toBe('ad');
    expect(chromeKindOf(el('amp-ad'), true)).toBe('ad');
    expect(chromeKindOf(el('amp-sidebar'), false)).toBe('aside');
    expect(chromeKindOf(el('div', { className: 'share-buttons' }), true)).toBe('share');
  });

  it('leaves article parts alone: the headline header, the body, words that only look alike', () => {
    expect(chromeKindOf(el('header', { className: 'article-header' }), true)).toBeNull();
    expect(chromeKindOf(el('header'), false)).toBe('header');
    expect(chromeKindOf(el('section', { itemprop: 'articleBody', className: 'comments' }), true)).toBeNull();
    for (const className of [
      'article_body highLightSearchTarget',
      'content--detail-body',
      'paragraph',
      'badge',
      'shadow',
      'loaded',
      'address',
    ])
      expect(chromeKindOf(el('div', { className }), true), className).toBeNull();
  });
});

const candidate = (over: Partial<Candidate>): Candidate => ({
  info: el('div'),
  source: 'article',
  textChars: 2000,
  linkChars: 0,
  paragraphs: 5,
  commas: 20,
  holdsJsonLdBody: false,
  inChrome: false,
  ...over,
});

describe('pickArticle', () => {
  it('prefers the element holding the JSON-LD body, then itemprop, then one dominant <article>, then <main>', () => {
    expect(
      pickArticle([
        candidate({ source: 'main', textChars: 9000 }),
        candidate({ source: 'paragraphs', holdsJsonLdBody: true, textChars: 1500 }),
      ]),
    ).toBe(1);
    expect(pickArticle([candidate({ source: 'main' }), candidate({ source: 'itemprop' })])).toBe(1);
    expect(
      pickArticle([
        candidate({ textChars: 5000 }),
        candidate({ textChars: 300 }),
        candidate({ source: 'main' }),
      ]),
    ).toBe(0);
  });

  it('takes no <article> from a feed of similar ones, nor one inside chrome, nor a list of links', () => {
    const feed = [
      candidate({ textChars: 2000 }),
      candidate({ textChars: 1800 }),
      candidate({ textChars: 2100 }),
    ];
    expect(pickArticle(feed)).toBeNull();
    expect(pickArticle([...feed, candidate({ source: 'main', textChars: 6000 })])).toBe(3);
    expect(pickArticle([candidate({ inChrome: true })])).toBeNull();
    expect(pickArticle([candidate({ linkChars: 1800 })])).toBeNull();
  });

  it('scores containers of paragraphs like Readability, and finds nothing in a page of short bits', () => {
    const prose = candidate({ source: 'paragraphs', info: el('div', { className: 'story-text' }) });
    const links = candidate({ source: 'paragraphs', linkChars: 900, paragraphs: 3, commas: 0 });
    expect(pickArticle([links, prose])).toBe(1);
    expect(pickArticle([candidate({ source: 'paragraphs', paragraphs: 1, textChars: 300 })])).toBeNull();
  });
});

describe('JSON-LD and the article date', () => {
  it('reads article objects in arrays and @graph, with a type given as a list', () => {
    const articles = articlesFromJsonLd([
      '{ not json',
      '[{"@type":"BreadcrumbList"},{"@graph":[{"@type":["NewsArticle"],"articleBody":"本文","datePublished":"2025-12-23T19:05:00+09:00"}]}]',
    ]);
    expect(articles).toEqual([
      { articleBody: '本文', datePublished: '2025-12-23T19:05:00+09:00', dateModified: null },
    ]);
  });

  it('reads the dates pages write as YYYY-MM-DD, the most trusted usable candidate winning', () => {
    expect(
      articleDateFromMetadata([
        { source: 'time', value: '12/23(火)' },
        { source: 'meta', value: '2025-12-24T08:00:00+09:00' },
      ]),
    ).toBe('2025-12-24');
    expect(articleDateFromMetadata([{ source: 'time', value: '２０２５年１２月２３日 18時30分' }])).toBe(
      '2025-12-23',
    );
  });
});

const LAYOUTS = path.resolve(import.meta.dirname, '../../fixtures/news-layouts');
const fixtures = readdirSync(LAYOUTS).filter((f) => f.endsWith('.html'));

function load(file: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = readFileSync(path.join(LAYOUTS, file), 'utf8')
    .replace(/^<!doctype html>\s*<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/i, '');
  return doc;
}

describe('the news-layout fixtures', () => {
  it('exist', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

  for (const file of fixtures) {
    it(`${file}: the article's blocks are checked, the chrome's are not`, () => {
      const doc = load(file);
      const layout = new PageLayout(doc);
      expect(layout.articleElement, 'an article is found').not.toBeNull();
      const blocksIn = (root: Element) => {
        const blocks = new Set<Element>();
        const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if ((n as Text).data.trim()) blocks.add(blockOf(n) as Element);
        }
        return [...blocks];
      };
      for (const region of doc.querySelectorAll('[data-expect="checked"]'))
        for (const block of blocksIn(region))
          expect(layout.checks(block), `checked: ${block.textContent?.slice(0, 30)}`).toBe(true);
      for (const region of doc.querySelectorAll('[data-expect="quiet"]'))
        for (const block of blocksIn(region))
          expect(layout.checks(block), `quiet: ${block.textContent?.slice(0, 30)}`).toBe(false);
    });
  }

  it('a page of similar articles has no single article: every block is checked, as before', () => {
    const doc = document.implementation.createHTMLDocument('');
    const para = '政府は新しい計画について説明し、関係者は今後の予定を話した。'.repeat(4);
    doc.body.innerHTML = `<nav><a href="#">x</a></nav>${[1, 2, 3].map((i) => `<article id="a${i}"><p>${para}</p><p>${para}</p></article>`).join('')}`;
    const layout = new PageLayout(doc);
    expect(layout.articleElement).toBeNull();
    expect(layout.checks(doc.querySelector('nav') as Element)).toBe(true);
  });

  it('collects the article date candidates, best source first', () => {
    const doc = load('portal-ja.html');
    // the JSON-LD is read once and serves both the article and its date
    const jsonLd = readJsonLd(doc);
    const layout = new PageLayout(doc, jsonLd);
    const candidates = articleDateCandidates(doc, layout.articleElement, jsonLd);
    expect(candidates[0]).toMatchObject({ source: 'json-ld', value: '2025-12-23T19:05:00+09:00' });
    expect(new Set(candidates.map((c) => c.source))).toEqual(new Set(['json-ld', 'meta', 'time']));
    expect(articleDateFromMetadata(candidates)).toBe('2025-12-23');
    const nikkei = load('nikkei-like.html');
    expect(articleDateFromMetadata(articleDateCandidates(nikkei, null, readJsonLd(nikkei)))).toBe(
      '2025-12-23',
    );
  });
});

describe('one JSON-LD walk for the article and its date', () => {
  it('reads a TechArticle inside mainEntityOfPage, for the body and for the date alike', () => {
    const json = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      datePublished: '2020-01-01',
      mainEntityOfPage: { '@type': 'schema:TechArticle', articleBody: '本文', datePublished: '2025-12-24' },
    };
    expect(jsonLdArticles([json])).toEqual([
      { articleBody: '本文', datePublished: '2025-12-24', dateModified: null },
    ]);
    // the article's own date comes before the page's
    expect(articleDateFromMetadata(jsonLdDateCandidates(json))).toBe('2025-12-24');
  });
});
