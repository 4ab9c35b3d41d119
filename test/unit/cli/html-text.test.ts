import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../../lib/cli/html-text';

describe('looksLikeHtml', () => {
  it('detects HTML by content', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>一段落</p><p>二段落</p>')).toBe(true);
    expect(looksLikeHtml('1 < 2 and 3 > 2')).toBe(false);
    expect(looksLikeHtml('AI基本計画の記事')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('drops script, style, noscript, template, head and comments', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var a="<p>x</p>";</script><noscript>N</noscript><template><p>T</p></template><!-- c --><p>本文</p></body></html>';
    expect(htmlToText(html)).toBe('本文');
  });
  it('turns blocks into lines and keeps inline elements in the line', () => {
    expect(
      htmlToText('<div><p>政府は<em>12月23日</em>、</p><p>AI基本<b>計画</b>を</p>決定<br>した</div>'),
    ).toBe('政府は12月23日、\nAI基本計画を\n決定\nした');
  });
  it('decodes entities and collapses white space', () => {
    expect(htmlToText('<p>A &amp; B&nbsp;&lt;C&gt; &#12354;&#x3042; &unknown;\n  D</p>')).toBe(
      'A & B <C> ああ &unknown; D',
    );
    expect(decodeEntities('&#0;&#xD800;')).toBe('\uFFFD\uFFFD');
  });
  it('keeps a > inside a quoted attribute inside the tag', () => {
    expect(htmlToText('<p title="a > b">本文</p>')).toBe('本文');
  });
  it('puts a table row, and a term with its description, on one line, joined as a label is', () => {
    expect(
      htmlToText(
        '<table><caption>AI基本計画</caption><tr><th>閣議決定</th><td>2025年12月23日</td></tr><tr><td></td><td>4つ</td></tr></table><p>本文</p>',
      ),
    ).toBe('AI基本計画\n閣議決定：2025年12月23日\n4つ\n本文');
    expect(
      htmlToText('<dl><dt>成立</dt><dd>2025年5月28日</dd><dt>全面施行</dt><dd>2025年9月1日</dd></dl>'),
    ).toBe('成立：2025年5月28日\n全面施行：2025年9月1日');
    // a cell that holds paragraphs keeps them on lines of their own
    expect(
      htmlToText('<table><tr><th>経緯</th><td><p>12月19日に了承</p><p>23日に閣議決定</p></td></tr></table>'),
    ).toBe('経緯\n12月19日に了承\n23日に閣議決定');
  });
  it('survives unterminated markup', () => {
    expect(htmlToText('<p>本文<script>never closed')).toBe('本文');
    expect(htmlToText('<p>本文 <!-- open')).toBe('本文');
    expect(htmlToText('a < b <p>c')).toBe('a < b\nc');
  });
});
