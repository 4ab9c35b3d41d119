import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import {
  evidenceLabel,
  explainClaim,
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

describe('explanations written from a claim’s reason', () => {
  it('a mismatch names the figure it was weighed against and the related figures, in both languages', () => {
    const { claims } = analyzeText('AI基本計画では、AISIの人員を300人に増やす。');
    const claim = claims.find((c) => c.text === '300人');
    expect(claim?.reason).toEqual({
      verdict: 'mismatch',
      figureId: 'aisi-goal',
      otherFigureIds: ['aisi-now', 'aisi-double', 'aisi-100'],
    });
    const ja = claim?.explanation.ja ?? '';
    expect(ja).toContain(`「${figure('aisi-goal').display.ja}」`);
    expect(ja).toContain('関連する他の数値：');
    for (const id of ['aisi-now', 'aisi-double', 'aisi-100']) {
      expect(ja).toContain(`${figure(id).label.ja}「${figure(id).display.ja}」`);
      expect(claim?.explanation.en).toContain(`${figure(id).label.en}: ${figure(id).display.en}`);
    }
  });

  it('a not-in-plan claim names the topic it carries', () => {
    const topic = { ja: 'AI人材の数', en: 'AI talent numbers' };
    const text = explainClaim('5万人', { verdict: 'not-in-plan', topic }, dataset);
    expect(text.ja).toContain('「5万人」（AI人材の数）');
    expect(text.en).toContain('"5万人" (AI talent numbers)');
  });

  it('a reason naming a record the dataset lacks gets no explanation rather than a wrong one', () => {
    expect(explainClaim('1兆円', { verdict: 'match', figureId: 'no-such-figure' }, dataset)).toEqual({
      ja: '',
      en: '',
    });
    const m = { verdict: 'misstatement', misstatementId: 'no-such', figureId: null } as const;
    expect(explainClaim('1兆円', m, dataset)).toEqual({ ja: '', en: '' });
  });
});
