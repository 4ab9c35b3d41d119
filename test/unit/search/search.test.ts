import { describe, expect, it } from 'vitest';
import { dataset } from '../../../lib/plan/index';
import { anchorId, buildSearchDocs, createSearch, normalizeForSearch } from '../../../lib/search/index';

const search = createSearch(dataset);
const top = (query: string) => search.search(query)[0]?.doc;

describe('normalizeForSearch', () => {
  it('folds width, case, kana and separators', () => {
    expect(normalizeForSearch('ＡＩセーフティ・インスティテュート')).toBe(
      normalizeForSearch('aiせーふてぃいんすてぃてゅーと'),
    );
    expect(normalizeForSearch('ゲンナイ')).toBe('げんない');
    expect(normalizeForSearch('GENNAI')).toBe('gennai');
  });
});

describe('plan search', () => {
  it('has one document per item, each with a place in the popup', () => {
    const docs = buildSearchDocs(dataset);
    expect(docs.length).toBe(
      1 +
        dataset.principles.length +
        dataset.policies.length +
        dataset.instructions.length +
        dataset.terms.length +
        dataset.figures.length +
        dataset.misstatements.length +
        dataset.timeline.length +
        dataset.reactions.length,
    );
    expect(new Set(docs.map((d) => d.anchor)).size).toBe(docs.length);
  });

  it.each(['源内', 'げんない', 'ゲンナイ', 'Gennai', 'gennai', 'ｇｅｎｎａｉ'])(
    'finds 源内 by %s',
    (query) => {
      const doc = top(query);
      expect(doc?.kind).toBe('term');
      expect(doc?.id).toBe('gennai');
      expect(doc?.anchor).toBe(anchorId('term', 'gennai'));
      expect(doc?.tab).toBe('overview');
      // The figures about 源内 come with it.
      const ids = search.search(query).map((r) => r.doc.id);
      expect(ids).toEqual(expect.arrayContaining(['gennai-users']));
    },
  );

  it.each([
    'AISI',
    'aisi',
    'AIセーフティ・インスティテュート',
    'AIセーフティインスティテュート',
    'AI Safety Institute',
  ])('finds AISI by %s', (query) => {
    expect(top(query)?.id).toBe('aisi');
  });

  it('finds figures by their value as written and tolerates a typo', () => {
    expect(search.search('1兆円超').map((r) => r.doc.id)).toContain('investment');
    expect(search.search('利用率').some((r) => r.doc.id === 'genai-use-first')).toBe(true);
    expect(search.search('Gennia').some((r) => r.doc.id === 'gennai')).toBe(true);
  });

  it('finds policies, instructions and milestones in both languages', () => {
    expect(top('AIを使う')?.id).toBe('use');
    expect(search.search('Use AI').some((r) => r.doc.kind === 'policy' && r.doc.id === 'use')).toBe(true);
    expect(search.search('閣議決定').some((r) => r.doc.kind === 'milestone')).toBe(true);
  });

  it('finds reactions (評価) in both languages, on the overview tab', () => {
    for (const query of ['日本新聞協会', 'Newspaper Publishers', '空想的', 'fantastical']) {
      const hit = search.search(query).find((r) => r.doc.kind === 'reaction');
      expect(hit, query).toBeTruthy();
      expect(hit?.doc.tab).toBe('overview');
    }
    expect(search.search('日本新聞協会')[0]?.doc.anchor).toBe(anchorId('reaction', 'newspaper-association'));
    expect(search.search('fantastical').some((r) => r.doc.id === 'nri-kiuchi')).toBe(true);
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});
