import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/check/sentences';
import { findQuantities } from '../../../lib/numbers';

/** The sentences of `text` as strings (quantities protected, as the engine cuts a block). */
function sentences(text: string): string[] {
  return splitSentences(text, findQuantities(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('cuts after 。！？ and keeps a closing bracket with its sentence', () => {
    expect(sentences('計画を決めた。「実行する。」次に進む！本当か？ はい')).toEqual([
      '計画を決めた。',
      '「実行する。」',
      '次に進む！',
      '本当か？',
      'はい',
    ]);
  });

  it('does not cut inside a number or after an abbreviation', () => {
    expect(sentences('総額は3.5兆円。The U.S. plan was set on Dec. 23, 2025. Mr. Ishiba spoke.')).toEqual([
      '総額は3.5兆円。',
      'The U.S. plan was set on Dec. 23, 2025.',
      'Mr. Ishiba spoke.',
    ]);
  });

  it('cuts at newlines and at a full-width period after Japanese text', () => {
    expect(sentences('一行目\n二行目．三つ目')).toEqual(['一行目', '二行目．', '三つ目']);
  });

  it('finds a sentence end after a long run with none', () => {
    const long = 'あ'.repeat(5000);
    expect(sentences(`${long}。終わり。`)).toEqual([`${long}。`, '終わり。']);
  });
});

describe('an English sentence run straight into a Japanese one', () => {
  it('ends at its period, and an abbreviation still ends nothing', () => {
    const text = 'The plan targets 80 percent usage.宇宙基本計画では、1兆円規模の基金を活用する。';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The plan targets 80 percent usage.',
      '宇宙基本計画では、1兆円規模の基金を活用する。',
    ]);
    const us = 'Investment by the U.S.日本企業も追随する。';
    expect(splitSentences(us)).toHaveLength(1);
  });
});
