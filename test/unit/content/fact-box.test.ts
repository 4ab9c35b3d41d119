// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { headingAbove, isListItem, rowAround } from '../../../entrypoints/content/fact-box';

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

describe('the rest of a table row or a definition, read off the page', () => {
  const around = (id: string) => rowAround(document.getElementById(id) as Element);

  it('a value cell takes its label cell before it, a date cell the event after it', () => {
    page(
      '<table><tr><th id="l">閣議決定</th><td id="v">2025年12月23日</td></tr>' +
        '<tr><td id="d">2025年12月19日</td><td></td><td>人工知能戦略本部が案を了承</td></tr></table>',
    );
    expect(around('v')).toEqual({ before: '閣議決定：', after: '' });
    expect(around('l')).toEqual({ before: '', after: '：2025年12月23日' });
    // an empty cell says nothing
    expect(around('d')).toEqual({ before: '', after: '：人工知能戦略本部が案を了承' });
  });

  it('a description takes its term; a term its description', () => {
    page('<dl><dt id="t">成立</dt><dd id="d">2025年5月28日</dd></dl>');
    expect(around('d')).toEqual({ before: '成立：', after: '' });
    expect(around('t')).toEqual({ before: '', after: '：2025年5月28日' });
  });

  it('none for a list item, a lone cell, a row with a long cell or of many cells', () => {
    page('<ul><li id="a">閣議決定：2025年12月23日</li></ul><table><tr><td id="b">4つ</td></tr></table>');
    expect(around('a')).toBeNull();
    expect(around('b')).toBeNull();
    page(`<table><tr><th>経緯</th><td id="c">12月23日</td><td>${'長い説明。'.repeat(30)}</td></tr></table>`);
    expect(around('c')).toBeNull();
    page(`<table><tr>${'<td>1</td>'.repeat(7)}<td id="d">3,500円</td></tr></table>`);
    expect(around('d')).toBeNull();
  });
});
