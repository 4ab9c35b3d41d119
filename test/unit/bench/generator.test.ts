import { describe, expect, it } from 'vitest';
import {
  generatePage,
  generateParagraphs,
  generateText,
  mulberry32,
  PAGE_SIZES,
} from '../../bench/generator';

/** The visible text of generated markup: tags, <head>, <script> and ruby's <rp> left out. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<rp>[^<]*<\/rp>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n/g, '');
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('bench page generator', () => {
  it('mulberry32 is deterministic and spread over [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('gives the same page for the same seed, and another page for another seed', () => {
    const one = generatePage(PAGE_SIZES['100KB'], 7);
    expect(generatePage(PAGE_SIZES['100KB'], 7).html).toBe(one.html);
    expect(generatePage(PAGE_SIZES['100KB'], 8).html).not.toBe(one.html);
    expect(generateParagraphs(20)).toBe(generateParagraphs(20));
    expect(generateText(50_000)).toBe(generateText(50_000));
  });

  it.each(Object.entries(PAGE_SIZES))('makes the %s page within ±10%% of its size in text', (_, target) => {
    const page = generatePage(target);
    const text = visibleText(page.html);
    expect(Math.abs(bytes(text) - target) / target).toBeLessThan(0.1);
    expect(Math.abs(page.textBytes - target) / target).toBeLessThan(0.1);
  });

  it('writes news-like markup with plan mentions, numbers, unrelated text and traps', () => {
    const { html } = generatePage(PAGE_SIZES['100KB']);
    for (const tag of ['<h2>', '<p>', '<a href=', '<em>', '<strong>', '<table', '<ul>', '<ruby>', '<rt>']) {
      expect(html).toContain(tag);
    }
    const text = visibleText(html);
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    // Mentions of the plan and of its entities, at a realistic density (several per article).
    expect(count(/AI基本計画|人工知能基本計画|ＡＩ基本計画|AI Basic Plan/g)).toBeGreaterThan(30);
    expect(count(/源内/g)).toBeGreaterThan(5);
    expect(count(/AISI/g)).toBeGreaterThan(5);
    expect(count(/人工知能戦略本部/g)).toBeGreaterThan(3);
    // The plan's numbers, and numbers that are not about it.
    for (const n of ['1兆円超', '8割', '10万人以上', '2026年5月', '3,500円']) expect(text).toContain(n);
    // Text that must stay unmarked, and plain prose.
    for (const t of ['平賀源内', '宇宙基本計画', 'エネルギー基本計画', '取材に対し'])
      expect(text).toContain(t);
  });

  it('appends paragraphs about the plan', () => {
    const html = generateParagraphs(20);
    expect(html.match(/<p>/g)?.length).toBe(20);
    expect(visibleText(html)).toMatch(/AI基本計画|人工知能基本計画|源内|AISI/);
  });

  it('writes plain text of the requested size for the checker', () => {
    const text = generateText(1_000_000);
    expect(Math.abs(bytes(text) - 1_000_000) / 1_000_000).toBeLessThan(0.1);
    expect(text).not.toMatch(/<[a-z]/);
  });
});
