// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { headingAbove, isListItem } from '../../../entrypoints/content/fact-box';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('the heading above a list item, read off the page', () => {
  it('a heading before the list, a short paragraph, a table’s caption', () => {
    page('<h3>AI基本計画のポイント</h3><ul><li id="a">閣議決定：2025年12月23日</li></ul>');
    expect(headingAbove(document.getElementById('a') as Element)).toBe('AI基本計画のポイント');
    page('<p><strong>AI基本計画の概要</strong></p><ol><li id="a">4つの基本的な方針</li></ol>');
    expect(headingAbove(document.getElementById('a') as Element)).toBe('AI基本計画の概要');
    page(
      '<table><caption>AI基本計画</caption><tr><th>閣議決定</th><td id="a">2025年12月23日</td></tr></table>',
    );
    expect(headingAbove(document.getElementById('a') as Element)).toBe('AI基本計画');
  });

  it('an item that is a single link is a link to another story, not a fact', () => {
    page('<h3>AI基本計画のポイント</h3><ul><li id="a"><a href="/x">政府、12月26日に閣議決定へ</a></li></ul>');
    expect(isListItem(document.getElementById('a') as Element)).toBe(false);
    expect(headingAbove(document.getElementById('a') as Element)).toBeNull();
  });

  it('none for a paragraph, or a long text before the list', () => {
    page(
      `<p>${'長い段落。'.repeat(30)}</p><ul><li id="a">閣議決定：2025年12月23日</li></ul><p id="b">本文</p>`,
    );
    expect(headingAbove(document.getElementById('a') as Element)).toBeNull();
    expect(isListItem(document.getElementById('b') as Element)).toBe(false);
    expect(headingAbove(document.getElementById('b') as Element)).toBeNull();
  });
});
