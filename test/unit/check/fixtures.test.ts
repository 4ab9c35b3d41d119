import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/check';
import { textToCheck } from '../../../lib/cli/input';

interface Expected {
  claims: Array<{ text: string; verdict: string; figureId?: string; misstatementId?: string }>;
  mentions: string[];
  exact?: boolean;
  assumeAboutPlan?: boolean;
}

const DIR = join(__dirname, '../../fixtures/articles');
const articles = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f));

describe('article fixtures', () => {
  it('has fixtures', () => expect(articles.length).toBeGreaterThanOrEqual(8));
  for (const file of articles) {
    it(file, () => {
      const expected = JSON.parse(
        readFileSync(join(DIR, file.replace(/\.(txt|html)$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const { text } = textToCheck(readFileSync(join(DIR, file), 'utf8'));
      const found = analyzeText(text, { assumeAboutPlan: expected.assumeAboutPlan === true });
      const got = found.claims.map((c) => {
        const e: Record<string, string> = { text: c.text, verdict: c.verdict };
        return e;
      });
      const want = expected.claims.map((c) => ({ text: c.text, verdict: c.verdict }));
      if (expected.exact !== false) expect(got).toEqual(want);
      expected.claims.forEach((c, i) => {
        const claim = found.claims[i];
        if (c.figureId !== undefined) expect(claim?.figureId, c.text).toBe(c.figureId);
        if (c.misstatementId !== undefined) expect(claim?.misstatementId, c.text).toBe(c.misstatementId);
      });
      const termIds = new Set(found.mentions.map((m) => m.termId));
      if (expected.mentions.length === 0) expect(found.mentions).toEqual([]);
      for (const id of expected.mentions) expect(termIds, id).toContain(id);
      for (const c of found.claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.explanation.ja.length).toBeGreaterThan(0);
        expect(c.explanation.en.length).toBeGreaterThan(0);
      }
    });
  }
});
