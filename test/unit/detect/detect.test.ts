import { describe, expect, it } from 'vitest';
import { findMentions, foldWidth, scanBlock, splitBlocks } from '../../../lib/detect';
import { aliasPattern } from '../../../lib/detect/matcher';
import { namesOtherPlan } from '../../../lib/detect/other-plan';

const ids = (text: string) => findMentions(text).map((m) => m.termId);

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space one unit for one unit', () => {
    expect(foldWidth('ＡＩ　基本計画１０万人')).toBe('AI 基本計画10万人');
    expect(foldWidth('ＡＩ　基本計画１０万人')).toHaveLength('ＡＩ　基本計画１０万人'.length);
  });
  it('leaves text without full-width characters as it is', () => {
    const s = 'AI基本計画';
    expect(foldWidth(s)).toBe(s);
  });
});

describe('findMentions', () => {
  it('finds the plan in its written forms with offsets into the input', () => {
    const text = '政府はＡＩ基本計画と人工知能基本計画、AI 基本計画、ＡＩ　基本計画を並べた。';
    const found = findMentions(text);
    expect(found.map((m) => m.termId)).toEqual(['plan', 'plan', 'plan', 'plan']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]?.text).toBe('ＡＩ基本計画');
  });

  it('prefers the longest alias (ガバメントAI「源内」 over 源内)', () => {
    const found = findMentions('AI基本計画のガバメントAI「源内」');
    expect(found[1]).toMatchObject({ text: 'ガバメントAI「源内」', termId: 'gennai' });
  });

  it('matches English aliases on word boundaries, case-insensitively', () => {
    expect(ids('Japan adopted the AI Basic Plan. The ai basic plan matters.')).toEqual(['plan', 'plan']);
    expect(ids('The AI Basic Planner (a product) is unrelated.')).toEqual([]);
  });

  it('does not find AISI inside a longer Latin word', () => {
    expect(ids('AI基本計画: XAISIY and AISIs')).toEqual(['plan']);
  });

  it('drops matches inside exclusions: 平賀源内, 英国AISI, EU AI Act, other 基本計画', () => {
    expect(ids('AI基本計画の話と平賀源内の話')).toEqual(['plan']);
    expect(ids('AI基本計画では英国AISIに倣いAISIを強化する')).toEqual(['plan', 'aisi']);
    expect(ids('AI基本計画とEU AI Act、そしてAI法')).toEqual(['plan', 'ai-act']);
    expect(ids('エネルギー基本計画と宇宙基本計画')).toEqual([]);
  });

  it('reports entities only in a text about the plan', () => {
    expect(ids('源内の記念館')).toEqual([]);
    expect(ids('AISIが発足した')).toEqual([]);
    expect(findMentions('AISIが発足した', { aboutPlan: true }).map((m) => m.termId)).toEqual(['aisi']);
  });

  it('never crosses a newline', () => {
    expect(ids('AI\n基本計画')).toEqual([]);
  });
});

describe('blocks and other plans', () => {
  it('cuts plain text into trimmed non-empty lines', () => {
    const text = ' 一行目 \n\n二行目\r\n';
    expect(splitBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(['一行目', '二行目']);
  });
  it('knows when a block names another 基本計画', () => {
    expect(scanBlock('宇宙基本計画の1兆円').otherPlan).toBe(true);
    expect(scanBlock('第6期科学技術・イノベーション基本計画').otherPlan).toBe(true);
    expect(scanBlock('AI基本計画の1兆円').otherPlan).toBe(false);
    expect(scanBlock('同基本計画によると').otherPlan).toBe(false);
    expect(namesOtherPlan("Japan's Basic Energy Plan", [])).toBe(true);
  });
  it('compiles aliases with space tolerance between Latin and Japanese', () => {
    expect(new RegExp(aliasPattern('AI基本計画')).test('AI  基本計画')).toBe(true);
  });
});
