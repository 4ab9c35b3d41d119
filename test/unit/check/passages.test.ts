import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { loadPassages, scorePassage, tally } from './passages';

const passages = loadPassages();
const analyze = (p: { text: string; date?: string }) =>
  analyzeText(p.text, p.date === undefined ? {} : { articleDate: p.date });

describe('passages in the styles of real coverage', () => {
  it('has at least 60 passages, in both languages, with negatives', () => {
    expect(passages.length).toBeGreaterThanOrEqual(60);
    expect(passages.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(20);
    expect(passages.filter((p) => p.negative === true).length).toBeGreaterThanOrEqual(8);
  });

  for (const p of passages) {
    it(`${p.id}: no false 不一致 / 既知の誤り`, () => {
      expect(scorePassage(p, analyze(p)).falseFlags).toEqual([]);
    });
  }

  it('gets at least 90% of the expected verdicts right, in Japanese and in English separately', () => {
    const { byLang, lines } = tally(passages, analyze);
    console.log(
      `passages: ja ${byLang.ja.right}/${byLang.ja.expected}, en ${byLang.en.right}/${byLang.en.expected}\n${lines.join('\n')}`,
    );
    for (const lang of ['ja', 'en'] as const) {
      const t = byLang[lang];
      expect(t.right / t.expected, `${lang}: ${t.right}/${t.expected}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
