// @vitest-environment happy-dom
/**
 * Property tests of the text index over random DOM trees (happy-dom): it never throws, every run's
 * text is exactly its nodes' text (plus the line breaks <br> adds), offsets map back into range,
 * and indexing twice gives the same runs. fast-check's own time limit bounds each property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexSubtree,
  nodeIndexAt,
  offsetOf,
  positionAt,
  type TextRun,
  TextWalker,
} from '../../../entrypoints/content/text-index';

const TAGS = [
  'p',
  'div',
  'span',
  'em',
  'b',
  'a',
  'ruby',
  'rt',
  'li',
  'ul',
  'section',
  'br',
  'script',
  'style',
  'td',
  'button',
  'textarea',
  'plan-lens-ui',
  'svg',
  'h2',
  'pre',
  'template',
];
const ATTRS: [string, string][] = [
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['class', 'x'],
];

type Tree = { tag: string; attr: [string, string] | null; children: Tree[] } | { text: string };

const textArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('AI基本計画', '1兆円', '10万人', ' ', '\n', '🇯🇵', '\u{20BB7}', '\u202E', '٣', '１２３'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const treeArb = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((text) => ({ text })),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attr: fc.option(fc.constantFrom(...ATTRS), { nil: null }),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

function build(tree: Tree, parent: Node): void {
  if ('text' in tree) {
    parent.appendChild(document.createTextNode(tree.text));
    return;
  }
  const el = document.createElement(tree.tag);
  if (tree.attr) el.setAttribute(tree.attr[0], tree.attr[1]);
  if (tree.tag !== 'br') for (const child of tree.children) build(child, el);
  parent.appendChild(el);
}

function mount(trees: Tree[]): HTMLElement {
  const root = document.createElement('div');
  for (const t of trees) build(t, root);
  document.body.replaceChildren(root);
  return root;
}

function snapshot(runs: TextRun[]) {
  return runs.map((r) => ({ text: r.text, starts: [...r.starts], n: r.nodes.length, block: r.block }));
}

const PARAMS = { numRuns: 300, interruptAfterTimeLimit: 60_000 };

function checkRun(run: TextRun): void {
  expect(run.nodes.length).toBe(run.starts.length);
  expect(run.nodes.length).toBeGreaterThan(0);
  expect(/\S/.test(run.text)).toBe(true);
  // The text is the nodes' data in order; the only characters in between are <br>'s '\n'.
  for (let i = 0; i < run.nodes.length; i++) {
    const node = run.nodes[i] as Text;
    const start = run.starts[i] as number;
    if (i > 0) expect(start).toBeGreaterThan(run.starts[i - 1] as number);
    expect(run.text.slice(start, start + node.data.length)).toBe(node.data);
    const next = i + 1 < run.nodes.length ? (run.starts[i + 1] as number) : run.text.length;
    expect(/^\n*$/.test(run.text.slice(start + node.data.length, next))).toBe(true);
    expect(node.isConnected).toBe(true);
  }
  expect(run.starts[0]).toBe(0);
  // Every offset maps back to a node, in range, and round-trips through offsetOf.
  for (let offset = 0; offset <= run.text.length; offset++) {
    for (const edge of ['start', 'end'] as const) {
      const pos = positionAt(run, offset, edge);
      expect(run.nodes).toContain(pos.node);
      expect(pos.offset).toBeGreaterThanOrEqual(0);
      expect(pos.offset).toBeLessThanOrEqual(pos.node.data.length);
      const back = offsetOf(run, pos.node, pos.offset);
      expect(back).toBeGreaterThanOrEqual(0);
      expect(back).toBeLessThanOrEqual(run.text.length);
    }
    const i = nodeIndexAt(run.starts, offset);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(run.nodes.length);
  }
}

describe('text index (fuzz)', () => {
  it('never throws, and each run is exactly its nodes’ text', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 6 }), (trees) => {
        const root = mount(trees);
        const runs = indexSubtree(root);
        for (const run of runs) checkRun(run);
        // Nothing from skipped regions or our own UI.
        for (const run of runs)
          for (const node of run.nodes) {
            expect(
              node.parentElement?.closest('script,style,textarea,rt,[hidden],[aria-hidden="true"]'),
            ).toBeNull();
          }
      }),
      PARAMS,
    );
  });

  it('gives the same runs twice, and the same runs when walked in slices', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (trees, every) => {
        const root = mount(trees);
        const once = snapshot(indexSubtree(root));
        const twice = snapshot(indexSubtree(root));
        expect(twice).toEqual(once);
        const sliced: TextRun[] = [];
        const walker = new TextWalker(root, (r) => sliced.push(r));
        let calls = 0;
        let guard = 0;
        while (!walker.step(() => ++calls % every === 0)) {
          if (++guard > 100_000) throw new Error('the walk does not end');
        }
        expect(snapshot(sliced)).toEqual(once);
      }),
      PARAMS,
    );
  });

  it('never changes the DOM it reads', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 6 }), (trees) => {
        const root = mount(trees);
        const before = root.outerHTML;
        indexSubtree(root);
        expect(root.outerHTML).toBe(before);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 30_000 },
    );
  });
});
