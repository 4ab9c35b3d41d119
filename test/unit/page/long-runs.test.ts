import { describe, expect, it } from 'vitest';
import { LONG_RUN, runPieces } from '../../../lib/page/long-runs';

const join = (text: string, pieces: Array<[number, number]>) =>
  pieces.map(([a, b]) => text.slice(a, b)).join('');

describe('runPieces: where a very long run is cut', () => {
  it('leaves a paragraph of ordinary length whole', () => {
    const text = '政府は23日、人工知能基本計画を閣議決定した。'.repeat(20);
    expect(runPieces(text)).toEqual([[0, text.length]]);
  });

  it('cuts a wire story run together in one block after a 。, never inside a sentence', () => {
    const sentence = '政府は23日、人工知能基本計画を閣議決定し、官民で1兆円超を投じる方針を示した。';
    const text = sentence.repeat(200);
    const pieces = runPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(join(text, pieces)).toBe(text);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(LONG_RUN);
      expect(text.slice(a, b).endsWith('。') || b === text.length).toBe(true);
    }
  });

  it('keeps a closing bracket with its sentence', () => {
    const text = '「AI基本計画は日本のAI戦略の司令塔になる。」'.repeat(200);
    for (const [a] of runPieces(text).slice(1)) expect(text[a]).toBe('「');
  });

  it('cuts 100,000 characters with no sentence end at commas, not inside 1,000', () => {
    const text = 'the plan puts 1,000 billion yen into AI, '.repeat(2_500);
    const pieces = runPieces(text);
    expect(join(text, pieces)).toBe(text);
    for (const [, b] of pieces.slice(0, -1)) {
      expect(text[b - 1]).toMatch(/[ ,]/);
      expect(text.slice(b - 2, b + 1)).not.toMatch(/\d,\d/);
    }
  });

  it('cuts English after ". " but not after "Dec. " before a day', () => {
    const text = `${'x'.repeat(LONG_RUN - 60)} on Dec. 23, 2025 the cabinet approved it. ${'y'.repeat(LONG_RUN)}`;
    const [first] = runPieces(text);
    expect(text.slice(0, first?.[1])).toMatch(/approved it\.$/);
  });

  it('cuts text with no break at all at the limit, never between a surrogate pair', () => {
    const text = `a${'𠮷'.repeat(3_000)}`;
    const pieces = runPieces(text);
    expect(join(text, pieces)).toBe(text);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(LONG_RUN);
      const last = text.charCodeAt(b - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });
});
