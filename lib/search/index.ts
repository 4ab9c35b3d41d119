import Fuse from 'fuse.js';
import type { PlanDataset, Text } from '../plan/schema';
import { anchorId, type ItemKind, type PopupTab, tabOf } from './anchors';
import { normalizeForSearch } from './normalize';

export { anchorId, type ItemKind, type PopupTab, tabOf } from './anchors';
export { normalizeForSearch } from './normalize';

/**
 * Search over the plan as the popup shows it: principles, policies, instructions, terms, figures,
 * misstatements, charts, milestones and reactions, in Japanese and English at once. Pure: the index is built
 * from the dataset passed in, once, by `createSearch`.
 */

export interface SearchDoc {
  kind: ItemKind;
  id: string;
  /** The element id of the item's card in the popup. */
  anchor: string;
  tab: PopupTab;
  title: Text;
  detail: Text;
  /** Names the item is known by (title, aliases, display value), folded by normalizeForSearch. */
  names: string[];
  /** Everything else worth finding it by, folded. */
  body: string;
}

export interface SearchResult {
  doc: SearchDoc;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

const fold = (...parts: (string | undefined)[]): string =>
  parts
    .filter((p): p is string => Boolean(p))
    .map(normalizeForSearch)
    .join(' ');

const both = (text: Text | undefined): string[] => (text ? [text.ja, text.en] : []);

function doc(
  kind: ItemKind,
  id: string,
  title: Text,
  detail: Text,
  names: string[],
  body: string[],
): SearchDoc {
  return {
    kind,
    id,
    anchor: anchorId(kind, id),
    tab: tabOf(kind),
    title,
    detail,
    names: [...new Set([...both(title), ...names].map(normalizeForSearch).filter(Boolean))],
    body: fold(...body),
  };
}

/** One document per item the popup shows. */
export function buildSearchDocs(dataset: PlanDataset): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const { plan } = dataset;
  docs.push(
    doc(
      'plan',
      'plan',
      plan.title,
      plan.subtitle,
      [...both(plan.shortTitle)],
      [...both(plan.legalBasis), ...plan.vision.flatMap(both)],
    ),
  );
  for (const p of dataset.principles)
    docs.push(doc('principle', p.id, p.title, p.summary, [], both(p.summary)));
  for (const p of dataset.policies) {
    docs.push(
      doc('policy', p.id, p.title, p.slogan, both(p.slogan), [...both(p.summary), ...p.topics.flatMap(both)]),
    );
  }
  for (const i of dataset.instructions) {
    docs.push(doc('instruction', i.id, i.title, i.summary, [], both(i.summary)));
  }
  for (const term of dataset.terms) {
    docs.push(
      doc(
        'term',
        term.id,
        term.name,
        term.summary,
        [...term.aliases.ja, ...term.aliases.en],
        both(term.summary),
      ),
    );
  }
  for (const f of dataset.figures) {
    docs.push(
      doc('figure', f.id, f.label, f.display, both(f.display), [
        ...both(f.note),
        ...both(f.when),
        ...f.cues.ja,
        ...f.cues.en,
        ...f.later.flatMap((l) => both(l.text)),
      ]),
    );
  }
  for (const m of dataset.misstatements) {
    docs.push(
      doc(
        'misstatement',
        m.id,
        m.claim,
        m.correction,
        [],
        [...both(m.correction), ...m.detect.cues.ja, ...m.detect.cues.en],
      ),
    );
  }
  for (const m of dataset.timeline) {
    docs.push(doc('milestone', m.id, m.label, { ja: m.date, en: m.date }, [], [m.date]));
  }
  for (const r of dataset.reactions) {
    docs.push(doc('reaction', r.id, r.text, r.who, [], both(r.who)));
  }
  return docs;
}

export interface PlanSearch {
  search(query: string, limit?: number): SearchResult[];
  docs: readonly SearchDoc[];
}

/** Builds the index once; call it on the first keystroke, not at start-up. */
export function createSearch(dataset: PlanDataset, extraDocs: SearchDoc[] = []): PlanSearch {
  const docs = [...buildSearchDocs(dataset), ...extraDocs];
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'body', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 1,
  });
  return {
    docs,
    search(query, limit = 12) {
      const q = normalizeForSearch(query);
      if (!q) return [];
      const scored = new Map<SearchDoc, number>();
      // A name that contains the query outright ranks above any fuzzy match; an exact name first.
      for (const d of docs) {
        if (d.names.includes(q)) scored.set(d, 0);
        else if (d.names.some((n) => n.includes(q))) scored.set(d, 0.01);
        else if (d.body.includes(q)) scored.set(d, 0.05);
      }
      // A term's alias (げんない, Gennai) also finds what is written under its other names (源内).
      for (const term of docs.filter((d) => d.kind === 'term' && scored.get(d) === 0)) {
        for (const name of term.names) {
          if (name === q || name.length < 2) continue;
          for (const d of docs) {
            if (scored.has(d)) continue;
            if (d.names.some((n) => n.includes(name)) || d.body.includes(name)) scored.set(d, 0.15);
          }
        }
      }
      for (const r of fuse.search(q)) {
        const score = 0.1 + (r.score ?? 1) * 0.9;
        const before = scored.get(r.item);
        if (before === undefined || score < before) scored.set(r.item, score);
      }
      return [...scored.entries()]
        .map(([d, score]) => ({ doc: d, score }))
        .sort((a, b) => a.score - b.score || KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind])
        .slice(0, limit);
    },
  };
}

/** Between equally good matches: the thing itself before the figures and dates about it. */
const KIND_ORDER: Record<ItemKind, number> = {
  policy: 0,
  principle: 1,
  plan: 2,
  term: 3,
  instruction: 4,
  figure: 5,
  chart: 6,
  misstatement: 7,
  milestone: 8,
  reaction: 9,
};
