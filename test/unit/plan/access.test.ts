import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allAliases,
  allCues,
  dataset,
  figuresByCue,
  figuresByInstruction,
  figuresByPolicy,
  figuresForSentence,
  getFigure,
  getInstruction,
  getMisstatement,
  getPolicy,
  getSource,
  getTerm,
  misstatementPatterns,
  termByAlias,
  timeline,
} from '../../../lib/plan';
import { ROOT_DIR } from './helpers';

describe('typed access', () => {
  it('looks records up by id', () => {
    expect(getFigure('investment')?.display.ja).toBe('当面1兆円超');
    expect(getTerm('gennai')?.name.en).toContain('Gennai');
    expect(getPolicy('create')?.slogan.ja).toBe('「AIを創る」');
    expect(getInstruction('pm-aisi')?.number).toBe(2);
    expect(getSource('fnn-977467')?.url).toBe('https://www.fnn.jp/articles/-/977467');
    expect(getMisstatement('ms-seven-pillars')?.figureId).toBe('policies-count');
    expect(getFigure('nope')).toBeUndefined();
  });

  it('finds terms by alias, folding full-width ASCII', () => {
    expect(termByAlias('源内')?.id).toBe('gennai');
    expect(termByAlias('ＡＩ基本計画')?.id).toBe('plan');
    expect(termByAlias('AI基本計画')?.id).toBe('plan');
    expect(termByAlias('ＡＩＳＩ')?.id).toBe('aisi');
    expect(termByAlias('ai basic plan')?.id).toBe('plan');
    expect(termByAlias('平賀源内')).toBeUndefined();
  });

  it('files figures under policies and instructions', () => {
    expect(figuresByPolicy('create').map((f) => f.id)).toContain('investment');
    expect(figuresByPolicy('use').map((f) => f.id)).toEqual(
      expect.arrayContaining(['gennai-users', 'genai-use-future']),
    );
    expect(figuresByInstruction('pm-aisi').map((f) => f.id)).toEqual([
      'aisi-now',
      'aisi-double',
      'aisi-goal',
    ]);
  });

  it('lists aliases longest first, each owned by one term', () => {
    const aliases = allAliases();
    for (let i = 1; i < aliases.length; i++) {
      expect((aliases[i - 1]?.alias.length ?? 0) >= (aliases[i]?.alias.length ?? 0)).toBe(true);
    }
    const owners = new Map<string, string>();
    for (const a of aliases) {
      expect(owners.get(a.alias) ?? a.termId).toBe(a.termId);
      owners.set(a.alias, a.termId);
    }
    expect(aliases.find((a) => a.alias === 'AI基本計画')?.termId).toBe('plan');
    // Folded: the full-width form collapses into the half-width one.
    expect(aliases.some((a) => a.alias === 'ＡＩ基本計画')).toBe(false);
  });

  it('indexes figures by cue', () => {
    expect(figuresByCue('利用率').map((f) => f.id)).toEqual(
      expect.arrayContaining(['genai-use-2024', 'genai-use-first', 'genai-use-future', 'genai-use-us']),
    );
    expect(allCues().length).toBeGreaterThan(20);
  });

  it('picks the figures a sentence is about, honouring qualifiers', () => {
    const ids = (s: string) => figuresForSentence(s).map((f) => f.id);
    expect(ids('生成AIの利用率を将来的に8割へ')).toEqual(
      expect.arrayContaining(['genai-use-first', 'genai-use-future']),
    );
    expect(ids('生成AIの利用率を将来的に8割へ')).not.toContain('genai-use-us');
    expect(ids('米国の利用率は68.8%')).toContain('genai-use-us');
    expect(ids('トヨタの株価は3000円')).toEqual([]);
  });

  it('compiles the misstatement patterns once', () => {
    expect(misstatementPatterns()).toBe(misstatementPatterns());
    expect(misstatementPatterns().length).toBeGreaterThanOrEqual(11);
  });

  it('sorts the timeline', () => {
    const dates = timeline().map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(dataset.timeline.length).toBe(dates.length);
  });
});

describe('the run-time modules carry no zod', () => {
  const files = ['lib/plan/data.ts', 'lib/plan/index.ts', 'lib/plan/fold.ts'];

  it.each(files)('%s imports zod and the schema for types only', (file) => {
    const src = readFileSync(resolve(ROOT_DIR, file), 'utf8');
    const imports = src.match(/^\s*(import|export)\s[^;]*?from\s+'[^']+'/gms) ?? [];
    for (const stmt of imports) {
      if (/from\s+'(zod|zod\/[^']*|\.\/schema|\.\/validate|\.\/json-schema)'/.test(stmt)) {
        expect(stmt, `${file}: ${stmt}`).toMatch(/^\s*(import|export)\s+type\b/);
      }
    }
    expect(src).not.toMatch(/require\(\s*'zod'|import\(\s*'zod'/);
  });
});
