import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSeedFileValid, validateDataset } from '../../../lib/plan/validate';
import { indexOf, type Raw, SEED_FILE, seedCopy } from './helpers';

function errorsOf(raw: Raw): string[] {
  const result = validateDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

describe('the seed', () => {
  it('validates', () => {
    const result = validateDataset(seedCopy());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('passes assertSeedFileValid', () => {
    expect(assertSeedFileValid(SEED_FILE).figures.length).toBeGreaterThan(40);
  });
});

describe('validateDataset names the record and field of each problem', () => {
  it('a citation whose source does not exist', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'investment')].sources[0].sourceId = 'fnn-977';
    expect(errorsOf(raw)).toContain('figures[id=investment].sources[0].sourceId: unknown source "fnn-977"');
  });

  it('a figure with no sources at all', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'figures', 'investment');
    raw.figures[i].sources = [];
    expect(errorsOf(raw)).toEqual([
      expect.stringMatching(new RegExp(`^figures\\[${i}\\] \\(id=investment\\)\\.sources: Too small`)),
    ]);
  });

  it('a misstatement whose sources field is missing', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'misstatements', 'ms-seven-pillars');
    delete raw.misstatements[i].sources;
    expect(errorsOf(raw)).toEqual([
      `misstatements[${i}] (id=ms-seven-pillars).sources: Invalid input: expected array, received undefined`,
    ]);
  });

  it('a citation with a blank quote', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'aisi-goal')].sources[0].quote = '   ';
    const errors = errorsOf(raw);
    expect(errors).toContain('figures[id=aisi-goal].sources: needs at least one source with a quote');
    expect(errors).toContain('figures[id=aisi-goal].sources[0].quote: empty quote');
  });

  it('a duplicate id within a collection', () => {
    const raw = seedCopy();
    raw.figures[1].id = raw.figures[0].id;
    expect(errorsOf(raw)).toContain(
      `figures[1] (id=${raw.figures[0].id}).id: duplicate id "${raw.figures[0].id}" (also figures[0])`,
    );
  });

  it('an id shared by a figure and a term', () => {
    const raw = seedCopy();
    raw.terms[indexOf(raw, 'terms', 'gennai')].id = 'gennai-start';
    expect(errorsOf(raw)).toContain('terms[id=gennai-start].id: id "gennai-start" is also used in figures');
  });

  it('a dangling policyId', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'investment')].policyId = 'build';
    expect(errorsOf(raw)).toEqual(['figures[id=investment].policyId: unknown policy "build"']);
  });

  it('a dangling policyIds entry of an instruction', () => {
    const raw = seedCopy();
    raw.instructions[indexOf(raw, 'instructions', 'pm-aisi')].policyIds = ['trust', 'safety'];
    expect(errorsOf(raw)).toEqual(['instructions[id=pm-aisi].policyIds[1]: unknown policy "safety"']);
  });

  it('a dangling figureId of a misstatement', () => {
    const raw = seedCopy();
    raw.misstatements[indexOf(raw, 'misstatements', 'ms-seven-pillars')].figureId = 'pillars-count';
    expect(errorsOf(raw)).toEqual([
      'misstatements[id=ms-seven-pillars].figureId: unknown figure "pillars-count"',
    ]);
  });

  it('a dangling figureIds entry of a term', () => {
    const raw = seedCopy();
    raw.terms[indexOf(raw, 'terms', 'gennai')].figureIds.push('gennai-users-2027');
    expect(errorsOf(raw)).toEqual([
      expect.stringMatching(/^terms\[id=gennai\]\.figureIds\[\d+\]: unknown figure "gennai-users-2027"$/),
    ]);
  });

  it('a dangling sourceId in a later development', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'ai-summit')].later[0].sources[0].sourceId = 'reuters';
    expect(errorsOf(raw)).toEqual([
      'figures[id=ai-summit].later[0].sources[0].sourceId: unknown source "reuters"',
    ]);
  });

  it('a wrong type', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'figures', 'investment');
    raw.figures[i].value.value = '1兆円';
    expect(errorsOf(raw)).toEqual([
      `figures[${i}] (id=investment).value.value: Invalid input: expected number, received string`,
    ]);
  });

  it('an unknown field', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'terms', 'aisi');
    raw.terms[i].alias = ['AISI'];
    expect(errorsOf(raw)).toEqual([`terms[${i}] (id=aisi): unknown field "alias"`]);
  });

  it('an alias shared by two terms, compared after folding width and case', () => {
    const raw = seedCopy();
    const aliases = raw.terms[indexOf(raw, 'terms', 'aisi')].aliases.en;
    aliases.push('ｇｅｎｎａｉ');
    expect(errorsOf(raw)).toEqual([
      `terms[id=aisi].aliases.en[${aliases.length - 1}]: alias "ｇｅｎｎａｉ" also belongs to terms[id=gennai] ("Gennai")`,
    ]);
  });

  it('an invalid calendar date', () => {
    const raw = seedCopy();
    raw.plan.decidedOn = '2025-02-30';
    expect(errorsOf(raw)).toEqual(['plan.decidedOn: not a real calendar date']);
  });

  it('an invalid partial date in the timeline', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'timeline', 'tl-cabinet-decision');
    raw.timeline[i].date = '2025-13';
    expect(errorsOf(raw)).toEqual([`timeline[${i}] (id=tl-cabinet-decision).date: not a real calendar date`]);
  });

  it('a bad status', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'figures', 'investment');
    raw.figures[i].status = 'official';
    expect(errorsOf(raw)).toEqual([
      expect.stringMatching(new RegExp(`^figures\\[${i}\\] \\(id=investment\\)\\.status: Invalid option`)),
    ]);
  });

  it('a text missing its English', () => {
    const raw = seedCopy();
    const i = indexOf(raw, 'policies', 'trust');
    delete raw.policies[i].slogan.en;
    expect(errorsOf(raw)).toEqual([
      `policies[${i}] (id=trust).slogan.en: Invalid input: expected string, received undefined`,
    ]);
  });

  it('a detection pattern that does not compile, and one that can backtrack', () => {
    const raw = seedCopy();
    const m = raw.misstatements[indexOf(raw, 'misstatements', 'ms-seven-pillars')];
    m.detect.patterns = ['7(本柱', '(柱+)+'];
    const errors = errorsOf(raw);
    expect(errors[0]).toMatch(
      /^misstatements\[id=ms-seven-pillars\]\.detect\.patterns\[0\]: not a valid RegExp/,
    );
    expect(errors[1]).toBe(
      'misstatements[id=ms-seven-pillars].detect.patterns[1]: nested quantifier (risk of catastrophic backtracking)',
    );
  });

  it('a later development dated before the decision', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'aisi-goal')].later[0].date = '2025-11';
    expect(errorsOf(raw)).toEqual([
      "figures[id=aisi-goal].later[0].date: 2025-11 is before the plan's decision (2025-12-23)",
    ]);
  });

  it('reports every problem at once', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'investment')].policyId = 'build';
    raw.misstatements[0].figureId = 'nothing';
    expect(errorsOf(raw)).toHaveLength(2);
  });
});

describe('assertSeedFileValid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-seed-'));

  it('throws one message listing every problem, each line prefixed with the file name', () => {
    const raw = seedCopy();
    raw.figures[indexOf(raw, 'figures', 'investment')].policyId = 'build';
    raw.plan.decidedOn = '2025-02-30';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(raw));
    let message = '';
    try {
      assertSeedFileValid(file);
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines[0]).toMatch(/broken\.json: 1 problem/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/broken\.json: plan\.decidedOn: not a real calendar date$/),
    ]);
  });

  it('names the file when the JSON does not parse', () => {
    const file = join(dir, 'garbled.json');
    writeFileSync(file, '{"plan": ');
    expect(() => assertSeedFileValid(file)).toThrow(/garbled\.json: cannot read the dataset/);
  });
});
