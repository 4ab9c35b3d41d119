// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Finding, FindingStore, findingsOf } from '../../../entrypoints/content/findings';
import { indexSubtree, type TextRun } from '../../../entrypoints/content/text-index';
import type { CheckedFindings, Mention } from '../../../lib/check/types';

// happy-dom has no StaticRange; the browser's is a plain record of the four fields.
if (typeof globalThis.StaticRange === 'undefined') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed = false;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  } as unknown as typeof StaticRange;
}

/** A mention of `term` wherever it is in the run's text. */
function mentionsOf(run: TextRun, term: string): Finding[] {
  const at = run.text.indexOf(term);
  const mention = { start: at, end: at + term.length, text: term } as unknown as Mention;
  const result = { mentions: at === -1 ? [] : [mention], claims: [] } as unknown as CheckedFindings;
  return findingsOf(run, result);
}

function storeOn(html: string) {
  document.body.innerHTML = html;
  const added: Finding[] = [];
  const removed: Finding[] = [];
  const store = new FindingStore(
    (f) => added.push(f),
    (f) => removed.push(f),
  );
  return { store, added, removed };
}

describe('findingsOf', () => {
  it("makes a finding's range only when it is asked for, once", () => {
    document.body.innerHTML = '<p>AISIとAISI、AISI。</p>';
    const [run] = indexSubtree(document.body) as [TextRun];
    const made: StaticRangeInit[] = [];
    const Original = globalThis.StaticRange;
    globalThis.StaticRange = class extends Original {
      constructor(init: StaticRangeInit) {
        super(init);
        made.push(init);
      }
    } as typeof StaticRange;
    try {
      const at = [0, 5, 10];
      const mentions = at.map((start) => ({ start, end: start + 4, text: 'AISI' }) as unknown as Mention);
      const findings = findingsOf(run, { mentions, claims: [] } as unknown as CheckedFindings);
      expect(findings).toHaveLength(3);
      expect(made).toHaveLength(0);
      const second = findings[1] as Finding;
      expect(second.range).toBe(second.range);
      expect(made).toHaveLength(1);
      expect([second.range.startOffset, second.range.endOffset]).toEqual([5, 9]);
    } finally {
      globalThis.StaticRange = Original;
    }
  });
});

describe('FindingStore', () => {
  it('lists findings in reading order whatever order their blocks were checked in', () => {
    const { store } = storeOn('<p>AISIは200人。</p><div><p>源内は10万人。</p></div><p>AI基本計画。</p>');
    const [a, b, c] = indexSubtree(document.body) as [TextRun, TextRun, TextRun];
    store.setRun(c, mentionsOf(c, 'AI基本計画'));
    store.setRun(a, mentionsOf(a, 'AISI'));
    store.setRun(b, mentionsOf(b, '源内'));
    expect(store.inOrder().map((f) => f.mention?.text)).toEqual(['AISI', '源内', 'AI基本計画']);
  });

  it('orders the runs of one block around a nested block, and the pieces of a long paragraph', () => {
    const long = `${'政府は閣議決定した。'.repeat(150)}AISIは200人。`;
    const { store } = storeOn(`<div>源内は<p>AISIは</p>AI基本計画</div><p>${long}</p>`);
    const runs = indexSubtree(document.body);
    const pieces = runs.slice(3);
    expect(pieces.length).toBeGreaterThan(2);
    // checked last piece first, then the div's runs from the last
    for (const run of [...runs].reverse()) {
      const term = ['源内', 'AISI', 'AI基本計画'].find((t) => run.text.includes(t)) ?? '政府';
      store.setRun(run, mentionsOf(run, term));
    }
    const listed = store.inOrder().map((f) => f.mention?.text);
    expect(listed.slice(0, 3)).toEqual(['源内', 'AISI', 'AI基本計画']);
    expect(listed.at(-1)).toBe('AISI');
    expect(listed.length).toBe(runs.length);
    // each finding's place in the page agrees with the list's order
    const ranges = store.inOrder().map((f) => f.range);
    for (let i = 1; i < ranges.length; i++) {
      const a = ranges[i - 1] as StaticRange;
      const b = ranges[i] as StaticRange;
      const r = document.createRange();
      r.setStart(a.startContainer, a.startOffset);
      expect(r.comparePoint(b.startContainer, b.startOffset)).toBe(1);
    }
  });

  it('keeps one reading of a block: a run checked late does not come back beside the newer one', () => {
    const { store } = storeOn('<p id="a">AISIは200人体制を目指す。</p>');
    const [older] = indexSubtree(document.body) as [TextRun];
    store.setRun(older, mentionsOf(older, 'AISI'));
    // the block is indexed again (a mutation): cleared, then its new run stored
    const block = document.getElementById('a') as Element;
    store.clearBlock(block);
    const [newer] = indexSubtree(document.body) as [TextRun];
    store.setRun(newer, mentionsOf(newer, 'AISI'));
    expect(store.isCurrent(newer)).toBe(true);
    expect(store.isCurrent(older)).toBe(false);
    expect(store.counts.count).toBe(1);
  });

  it('a run whose text changed length is no longer current, even with no findings', () => {
    const { store } = storeOn('<p id="a">政府は閣議決定した。</p>');
    const [run] = indexSubtree(document.body) as [TextRun];
    store.setRun(run, []);
    expect(store.isCurrent(run)).toBe(true);
    (run.nodes[0] as Text).appendData('AISIも。');
    expect(store.isCurrent(run)).toBe(false);
  });

  it('replacing a run removes its old findings from the counts and the marks', () => {
    const { store, added, removed } = storeOn('<p>AISIとAI基本計画。</p>');
    const [run] = indexSubtree(document.body) as [TextRun];
    store.setRun(run, mentionsOf(run, 'AISI'));
    store.setRun(run, mentionsOf(run, 'AI基本計画'));
    expect(added.map((f) => f.mention?.text)).toEqual(['AISI', 'AI基本計画']);
    expect(removed.map((f) => f.mention?.text)).toEqual(['AISI']);
    expect(store.inOrder().map((f) => f.mention?.text)).toEqual(['AI基本計画']);
  });

  it('forgets the blocks inside a hidden subtree and no others, walking whichever side is smaller', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<p>第${i}段。AISIについて。</p>`).join('');
    const { store } = storeOn(
      `<section id="s"><p>AISIは200人。</p><p>AISIの職員。</p></section>${paragraphs}`,
    );
    for (const run of indexSubtree(document.body)) store.setRun(run, mentionsOf(run, 'AISI'));
    expect(store.counts.count).toBe(32);
    // the section is smaller than the 32 blocks held: its own subtree is walked
    store.clearWithin(document.getElementById('s') as Element);
    expect(store.counts.count).toBe(30);
    // the body is larger than the blocks held: the blocks are walked
    store.clearWithin(document.body);
    expect(store.counts.count).toBe(0);
  });
});
