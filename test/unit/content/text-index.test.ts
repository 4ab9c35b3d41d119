// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  indexSubtree,
  nodeIndexAt,
  offsetOf,
  positionAt,
  rangeOf,
  type TextRun,
  TextWalker,
} from '../../../entrypoints/content/text-index';

// happy-dom has no StaticRange; the browser's is a plain record of the four fields.
if (typeof globalThis.StaticRange === 'undefined') {
  class StaticRangeStandIn {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  }
  globalThis.StaticRange = StaticRangeStandIn as unknown as typeof StaticRange;
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (runs: TextRun[]) => runs.map((r) => r.text);

/** The text a range covers, read back from the DOM. */
function rangeText(range: StaticRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('text index', () => {
  it('joins inline tags into one run per block', () => {
    const runs = indexSubtree(page('<p>政府は<em>AI</em><a href="#">基本</a>計画を決定</p><p>次の段落</p>'));
    expect(texts(runs)).toEqual(['政府はAI基本計画を決定', '次の段落']);
    expect(runs[0]?.block.localName).toBe('p');
    expect(runs[0]?.nodes).toHaveLength(4);
    expect(runs[0]?.starts).toEqual([0, 3, 5, 7]);
  });

  it('never joins across a block boundary, even inside one element', () => {
    const runs = indexSubtree(page('<div>AI基本<p>中の段落</p>計画</div>'));
    expect(texts(runs)).toEqual(['AI基本', '中の段落', '計画']);
    expect(runs[0]?.block).toBe(runs[2]?.block);
  });

  it('reads ruby base text without its rt and rp', () => {
    const runs = indexSubtree(page('<p><ruby>源内<rp>(</rp><rt>げんない</rt><rp>)</rp></ruby>を使う</p>'));
    expect(texts(runs)).toEqual(['源内を使う']);
  });

  it('skips scripts, styles, form fields, hidden, aria-hidden and contenteditable regions', () => {
    const runs = indexSubtree(
      page(`<p>見える<script>var x = 'AI基本計画'</script><style>p{}</style>文</p>
        <textarea>AI基本計画</textarea><input value="AI基本計画"><select><option>AI基本計画</option></select>
        <div hidden><p>隠れたAI基本計画</p></div>
        <p aria-hidden="true">装飾のAI基本計画</p>
        <div contenteditable="true"><p>編集中のAI基本計画</p></div>
        <div contenteditable="false">編集不可の本文</div>
        <noscript>AI基本計画</noscript><template><p>AI基本計画</p></template>
        <plan-lens-ui>ページ自身の要素</plan-lens-ui>`),
    );
    // our own card host is skipped by identity (the Scanner's isOwn); a page's element that merely
    // borrows its old name hides nothing
    expect(texts(runs).map((t) => t.trim())).toEqual(['見える文', '編集不可の本文', 'ページ自身の要素']);
  });

  it('turns <br> into a line break that no text node holds', () => {
    const [run] = indexSubtree(page('<p>一行目<br>二行目</p>'));
    expect(run?.text).toBe('一行目\n二行目');
    expect(run?.starts).toEqual([0, 4]);
    expect(positionAt(run as TextRun, 3, 'end')).toMatchObject({ offset: 3 });
    expect(positionAt(run as TextRun, 4, 'start').node.data).toBe('二行目');
  });

  it('drops runs of whitespace only', () => {
    expect(texts(indexSubtree(page('<div>\n  <p>本文</p>\n  </div>')))).toEqual(['本文']);
  });

  it('indexes a subtree with the nearest block above it', () => {
    page('<article><p id="x">前<em>AI基本計画</em>後</p></article>');
    const em = document.querySelector('em') as Element;
    const runs = indexSubtree(em);
    expect(texts(runs)).toEqual(['AI基本計画']);
    expect(runs[0]?.block.id).toBe('x');
  });

  it('returns nothing for a subtree inside a skipped region', () => {
    page('<div aria-hidden="true"><p id="x">AI基本計画</p></div>');
    expect(indexSubtree(document.getElementById('x') as Element)).toEqual([]);
  });

  it('resumes a walk that yields, with the same result', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>段落${i}の<b>本文</b></p>`).join('');
    const whole = texts(indexSubtree(page(html)));
    const sliced: string[] = [];
    const walker = new TextWalker(document.body, (run) => sliced.push(run.text));
    let steps = 0;
    while (!walker.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(sliced).toEqual(whole);
  });
});

describe('offset mapping', () => {
  it('finds the node by binary search, at the edges too', () => {
    const starts = [0, 3, 5, 7];
    expect(nodeIndexAt(starts, 0)).toBe(0);
    expect(nodeIndexAt(starts, 2)).toBe(0);
    expect(nodeIndexAt(starts, 3)).toBe(1);
    expect(nodeIndexAt(starts, 6)).toBe(2);
    expect(nodeIndexAt(starts, 7)).toBe(3);
    expect(nodeIndexAt(starts, 100)).toBe(3);
    expect(nodeIndexAt([0], 0)).toBe(0);
  });

  it('maps a match that crosses inline tags to a range over exactly its text', () => {
    const [run] = indexSubtree(page('<p>政府は<em>AI</em><a href="#">基本</a>計画を決定</p>'));
    const r = run as TextRun;
    const start = r.text.indexOf('AI基本計画');
    const range = rangeOf(r, start, start + 'AI基本計画'.length);
    expect(rangeText(range)).toBe('AI基本計画');
    expect((range.startContainer as Text).data).toBe('AI');
    expect(range.startOffset).toBe(0);
    expect((range.endContainer as Text).data).toBe('計画を決定');
    expect(range.endOffset).toBe(2);
  });

  it('puts a start on a node boundary in the later node and an end in the earlier one', () => {
    const [run] = indexSubtree(page('<p>ab<em>cd</em>ef</p>'));
    const r = run as TextRun;
    expect(positionAt(r, 2, 'start')).toMatchObject({ offset: 0 });
    expect(positionAt(r, 2, 'start').node.data).toBe('cd');
    expect(positionAt(r, 4, 'end').node.data).toBe('cd');
    expect(positionAt(r, 4, 'end').offset).toBe(2);
    expect(positionAt(r, 0, 'start').node.data).toBe('ab');
    expect(positionAt(r, 6, 'end')).toMatchObject({ offset: 2 });
    expect(rangeText(rangeOf(r, 0, 6))).toBe('abcdef');
  });

  it('maps a DOM position back to the run offset', () => {
    const [run] = indexSubtree(page('<p>ab<em>cd</em>ef</p>'));
    const r = run as TextRun;
    expect(offsetOf(r, r.nodes[1] as Text, 1)).toBe(3);
    expect(offsetOf(r, document.body, 0)).toBe(-1);
  });
});

describe('a very long run', () => {
  it('is indexed as pieces whose ranges still cover the right text, even across a cut node', () => {
    const sentence = '政府は23日、人工知能基本計画を閣議決定し、官民で1兆円超を投じる方針を示した。';
    // one text node of ~100,000 characters, then an <em> and more text in the same paragraph
    const long = sentence.repeat(2_500);
    const runs = indexSubtree(page(`<p>${long}<em>源内</em>は10万人以上が使う。</p>`));
    expect(runs.length).toBeGreaterThan(40);
    expect(runs.map((r) => r.text).join('')).toBe(`${long}源内は10万人以上が使う。`);
    for (const run of runs) {
      const at = run.text.lastIndexOf('1兆円超');
      if (at === -1) continue;
      expect(rangeText(rangeOf(run, at, at + 4))).toBe('1兆円超');
    }
    const last = runs[runs.length - 1] as TextRun;
    const at = last.text.indexOf('10万人以上');
    expect(rangeText(rangeOf(last, at, at + 6))).toBe('10万人以上');
    // the long node straddles cuts: a caret in it maps to each piece's own offsets
    const second = runs[1] as TextRun;
    const node = second.nodes[0] as Text;
    const local = second.text.indexOf('1兆円超') - (second.starts[0] as number);
    expect(offsetOf(second, node, local)).toBe(second.text.indexOf('1兆円超'));
  });

  it('is cut piece by piece: a walk asked to yield hands over one piece per step', () => {
    // a page's one paragraph of 100,000 characters used to be cut whole in one step (58 ms in a
    // cold page); a step now stops after any piece when its time is up
    const long = 'AI基本計画で1兆円超を投資'.repeat(6_667);
    const whole = indexSubtree(page(`<p>${long}</p><p>源内は10万人以上が使う。</p>`));
    const handed: TextRun[] = [];
    const walker = new TextWalker(document.body, (run) => handed.push(run));
    const perStep: number[] = [];
    for (let before = 0; !walker.step(() => true); before = handed.length)
      perStep.push(handed.length - before);
    expect(whole.length).toBeGreaterThan(200);
    expect(Math.max(...perStep)).toBe(1);
    expect(handed.map((r) => r.text)).toEqual(whole.map((r) => r.text));
    expect(handed.at(-1)?.text).toBe('源内は10万人以上が使う。');
  });

  it('keeps on every piece whether the whole run may name another 基本計画', () => {
    const long = `${'AI基本計画で1兆円超を投資、'.repeat(200)}宇宙基本計画は1兆円規模`;
    const runs = indexSubtree(page(`<p>${long}</p><p>${'AI基本計画で1兆円超を投資、'.repeat(200)}</p>`));
    const first = runs.filter((r) => r.block === document.body.firstElementChild);
    const second = runs.filter((r) => r.block === document.body.lastElementChild);
    expect(first.length).toBeGreaterThan(2);
    expect(first.every((r) => r.anchoredOnly === true)).toBe(true);
    expect(second.length).toBeGreaterThan(2);
    expect(second.some((r) => r.anchoredOnly)).toBe(false);
  });
});
