/**
 * Where each item of the plan lives in the popup: the element id of its card and the tab that
 * holds it. Shared by the search index and the views, and free of fuse.js so the views can
 * import it without loading the search engine.
 */

export type PopupTab = 'overview' | 'figures' | 'timeline' | 'checker' | 'page';

export type ItemKind =
  | 'plan'
  | 'principle'
  | 'policy'
  | 'instruction'
  | 'term'
  | 'figure'
  | 'misstatement'
  | 'chart'
  | 'milestone'
  | 'reaction';

const TAB_OF: Record<ItemKind, PopupTab> = {
  plan: 'overview',
  principle: 'overview',
  policy: 'overview',
  instruction: 'overview',
  term: 'overview',
  figure: 'figures',
  misstatement: 'figures',
  chart: 'figures',
  milestone: 'timeline',
  reaction: 'overview',
};

export function anchorId(kind: ItemKind, id: string): string {
  return `pl-${kind}-${id}`;
}

export function tabOf(kind: ItemKind): PopupTab {
  return TAB_OF[kind];
}
