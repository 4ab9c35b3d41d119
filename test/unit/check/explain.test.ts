import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import {
  evidenceLabel,
  explainMatch,
  explainMismatch,
  explainMisstatement,
} from '../../../lib/check/explain';
import { dataset } from '../../../lib/plan/data';

const figure = (id: string) => {
  const f = dataset.figures.find((x) => x.id === id);
  if (f === undefined) throw new Error(id);
  return f;
};
const q = { text: 'x' } as Parameters<typeof explainMatch>[0];

describe('the wording of evidence', () => {
  it('says 公式 / Official only for the plan’s text and the PM’s statement', () => {
    expect(evidenceLabel(figure('decision-date'), 'ja')).toBe('公式');
    expect(evidenceLabel(figure('investment'), 'en')).toBe('Official');
    expect(evidenceLabel(figure('gennai-trial'), 'ja')).toBe('報道');
    expect(evidenceLabel(figure('gennai-trial'), 'en')).toBe('Reported');
    expect(evidenceLabel(figure('genai-use-us'), 'ja')).toBe('参考値');
    expect(evidenceLabel(figure('genai-use-us'), 'en')).toBe('For comparison');
    expect(evidenceLabel(figure('meti-foundation-model'), 'ja')).toBe('報道');
  });
  it('a match with a reported or comparison figure never calls it official', () => {
    for (const f of dataset.figures) {
      const text = explainMatch(q, f);
      const official = evidenceLabel(f, 'ja') === '公式';
      expect(text.ja.includes('公式'), f.id).toBe(official);
      expect(/official/i.test(text.en), f.id).toBe(official);
    }
    const found = analyzeText('AI基本計画に関連し、米国の生成AI利用率は68.8%だった。').claims[0];
    expect(found?.explanation.ja).toContain('参考値');
    expect(found?.explanation.ja).not.toContain('公式');
  });
  it('no note meant for maintainers (a missing address) reaches a reader', () => {
    const texts: string[] = [];
    for (const f of dataset.figures) {
      const t = explainMatch(q, f);
      const w = explainMismatch(q, f, []);
      texts.push(t.ja, t.en, w.ja, w.en);
    }
    for (const m of dataset.misstatements) {
      const f = dataset.figures.find((x) => x.id === m.figureId);
      const t = explainMisstatement('x', m, f);
      texts.push(t.ja, t.en);
    }
    for (const t of texts) expect(t).not.toMatch(/住所|no address|URL不明|TODO|FIXME/i);
  });
});
