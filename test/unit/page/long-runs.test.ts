import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../lib/check/page';
import { LONG_RUN, mayNameOtherPlan, PIECE, runPieces } from '../../../lib/page/long-runs';

const join = (text: string, pieces: Array<[number, number]>) =>
  pieces.map(([a, b]) => text.slice(a, b)).join('');

describe('runPieces: where a very long run is cut', () => {
  it('leaves a paragraph of ordinary length whole, and cuts only runs longer than LONG_RUN', () => {
    const text = '政府は23日、人工知能基本計画を閣議決定した。'.repeat(30);
    expect(text.length).toBeGreaterThan(PIECE);
    expect(text.length).toBeLessThan(LONG_RUN);
    expect(runPieces(text, LONG_RUN)).toEqual([[0, text.length]]);
    expect(runPieces(text).length).toBeGreaterThan(1);
  });

  it('cuts a wire story run together in one block after a 。, never inside a sentence', () => {
    const sentence = '政府は23日、人工知能基本計画を閣議決定し、官民で1兆円超を投じる方針を示した。';
    const text = sentence.repeat(200);
    const pieces = runPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(join(text, pieces)).toBe(text);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(PIECE);
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
    const text = `${'x'.repeat(PIECE - 60)} on Dec. 23, 2025 the cabinet approved it. ${'y'.repeat(PIECE)}`;
    const [first] = runPieces(text);
    expect(text.slice(0, first?.[1])).toMatch(/approved it\.$/);
  });

  it('cuts text with no break at all at the limit, never between a surrogate pair', () => {
    const text = `a${'𠮷'.repeat(3_000)}`;
    const pieces = runPieces(text);
    expect(join(text, pieces)).toBe(text);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(PIECE);
      const last = text.charCodeAt(b - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });
});

describe('a long paragraph checked in pieces keeps the paragraph rule on other plans', () => {
  const filler = '関係者は今後の進め方について意見を交わし、各省の担当者が説明を続けた。'.repeat(30);
  const claim = '政府はAI関連施策に当面1兆円超を投資する方針を示した。';

  it('says when a paragraph may name another 基本計画', () => {
    expect(mayNameOtherPlan(`第7次エネルギー基本計画では${filler}`)).toBe(true);
    expect(mayNameOtherPlan('Japan’s Basic Energy Plan sets targets.')).toBe(true);
    // the plan's own names are not another plan
    expect(mayNameOtherPlan('人工知能基本計画と人工知能（AI）基本計画は')).toBe(false);
    expect(mayNameOtherPlan('人工知能基本計画と宇宙基本計画は')).toBe(true);
    expect(mayNameOtherPlan(`AI基本計画で${filler}`)).toBe(false);
    // deictics and single characters before 基本計画 name no plan
    expect(mayNameOtherPlan(`政府基本計画と次期基本計画、本基本計画で${filler}`)).toBe(false);
    expect(mayNameOtherPlan(`ＡＩ（人工知能）基本計画と生成AI基本計画で${filler}`)).toBe(false);
  });

  it('answers for a paragraph of 100,000 characters naming the plan thousands of times', () => {
    const repeated = 'AI基本計画は1兆円超、'.repeat(8_000);
    expect(mayNameOtherPlan(repeated)).toBe(false);
    expect(mayNameOtherPlan(`${repeated}宇宙基本計画も改定された。`)).toBe(true);
    expect(mayNameOtherPlan(`${repeated}The Basic Space Plan was revised.`)).toBe(true);
  });

  it('checks no number in a piece of a paragraph about another plan, as for the paragraph whole', () => {
    const paragraph = `第7次エネルギー基本計画について、${filler}${claim}`;
    expect(paragraph.length).toBeGreaterThan(LONG_RUN);
    const whole = analyzeBlocks([paragraph], { aboutPlan: true });
    expect(whole.results[0]?.claims).toEqual([]);
    const pieces = runPieces(paragraph).map(([a, b]) => paragraph.slice(a, b));
    expect(pieces.length).toBeGreaterThan(1);
    const gated = analyzeBlocks(pieces, { aboutPlan: true, anchoredOnly: pieces.map(() => true) });
    expect(gated.results.flatMap((r) => r.claims)).toEqual([]);
    // without the rule, the last piece's number would be checked: the gate is what keeps it silent
    const ungated = analyzeBlocks(pieces, { aboutPlan: true });
    expect(ungated.results.flatMap((r) => r.claims).map((c) => c.text)).toContain('1兆円超');
  });

  it('still checks a piece that names the AI plan itself', () => {
    const paragraph = `第7次エネルギー基本計画について、${filler}AI基本計画で、${claim}`;
    const pieces = runPieces(paragraph).map(([a, b]) => paragraph.slice(a, b));
    const gated = analyzeBlocks(pieces, { aboutPlan: true, anchoredOnly: pieces.map(() => true) });
    expect(gated.results.flatMap((r) => r.claims).map((c) => c.text)).toContain('1兆円超');
  });
});
