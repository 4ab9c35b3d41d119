import { describe, expect, it } from 'vitest';
import {
  buildClaimReview,
  type ClaimExport,
  claimPlainText,
  claimReviewJson,
  isoDay,
  sentenceAround,
  shorten,
} from '../../../lib/export/index';

const base: ClaimExport = {
  claim: '政府はAI関連に2兆円を投資する方針だ',
  verdict: 'mismatch',
  verdictWords: '不一致',
  explanation: '首相が示した額は「当面1兆円超」で、2兆円ではない。',
  official: '当面1兆円超',
  statusWords: '首相発言',
  pageUrl: 'https://www.example.jp/news/1',
  sourceUrl: 'https://www.fnn.jp/articles/-/977467',
  sourceName: 'FNN',
  date: new Date(2026, 0, 5, 23, 30),
  lang: 'ja',
};

describe('ClaimReview JSON-LD', () => {
  it('has the schema.org shape', () => {
    const review = buildClaimReview(base);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: base.claim,
      reviewRating: {
        '@type': 'Rating',
        alternateName: '不一致',
        ratingExplanation: '首相が示した額は「当面1兆円超」で、2兆円ではない。 (当面1兆円超, 首相発言)',
      },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: base.pageUrl } },
      author: { '@type': 'Organization', name: 'Plan Lens' },
      datePublished: '2026-01-05',
      inLanguage: 'ja',
      url: base.sourceUrl,
    });
    expect(JSON.parse(claimReviewJson(base))).toEqual(review);
  });

  it('keeps claimReviewed under 75 characters', () => {
    const long = { ...base, claim: 'あ'.repeat(200) };
    const reviewed = buildClaimReview(long).claimReviewed;
    expect(Array.from(reviewed).length).toBeLessThan(75);
    expect(reviewed.endsWith('…')).toBe(true);
    expect(shorten('😀'.repeat(80), 10)).toBe(`${'😀'.repeat(9)}…`);
  });

  it('omits the appearance for a claim typed into the checker, and the url without a source', () => {
    const review = buildClaimReview({ ...base, pageUrl: null, sourceUrl: null, official: null });
    expect(review.itemReviewed).toEqual({ '@type': 'Claim' });
    expect('url' in review).toBe(false);
    expect(review.reviewRating.ratingExplanation).toBe(base.explanation);
  });

  it('writes the local calendar day', () => {
    expect(isoDay(new Date(2025, 11, 23, 0, 1))).toBe('2025-12-23');
  });
});

describe('plain text', () => {
  const labels = {
    claim: '主張',
    verdict: '判定',
    official: '公式の数字',
    source: '出典',
    page: '掲載ページ',
    by: 'Plan Lens',
  };

  it('has the claim, verdict, official figure, explanation, source, page and date', () => {
    const text = claimPlainText(base, labels);
    expect(text.split('\n')).toEqual([
      '主張：「政府はAI関連に2兆円を投資する方針だ」',
      '判定：不一致',
      '公式の数字：当面1兆円超 (首相発言)',
      base.explanation,
      '出典：FNN https://www.fnn.jp/articles/-/977467',
      '掲載ページ：https://www.example.jp/news/1',
      '— Plan Lens, 2026-01-05',
    ]);
  });

  it('uses English punctuation in English', () => {
    const text = claimPlainText(
      { ...base, lang: 'en', claim: 'AI investment of 2 trillion yen', pageUrl: null },
      labels,
    );
    expect(text).toContain('主張: "AI investment of 2 trillion yen"');
    expect(text).not.toContain('掲載ページ');
  });
});

describe('sentenceAround', () => {
  it('cuts the sentence that holds the claim', () => {
    const text = '前置きの文。政府はAIに2兆円を投資する。次の文。';
    const start = text.indexOf('2兆円');
    expect(sentenceAround(text, start, start + 3)).toBe('政府はAIに2兆円を投資する。');
    expect(sentenceAround('AI投資2兆円', 4, 7)).toBe('AI投資2兆円');
    const en = 'First. The plan invests 1 trillion yen. Last.';
    const at = en.indexOf('1 trillion');
    expect(sentenceAround(en, at, at + 14)).toBe('The plan invests 1 trillion yen.');
  });
});
