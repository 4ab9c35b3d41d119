import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeExplanation } from '../../../lib/check/details';
import { analyzeText as fullAnalyze } from '../../../lib/check/index';
import { analyzeText as pageAnalyze } from '../../../lib/check/page';
import type { Findings } from '../../../lib/check/types';
import { textToCheck } from '../../../lib/cli/input';
import { dataset } from '../../../lib/plan/data';
import { hasRefs } from '../../../lib/plan/page-data';
import { renderPageData } from '../../../lib/plan/write-page-data';
import { ROOT_DIR } from './helpers';

const PAGE_FILE = resolve(ROOT_DIR, 'seeds/plan.page.json');

describe('seeds/plan.page.json', () => {
  it('is up to date with seeds/plan.json (else run `npm run seeds:page`)', () => {
    expect(readFileSync(PAGE_FILE, 'utf8')).toBe(renderPageData(dataset));
  });
});

/** The page checker, completed as the card page completes it, is the full checker. */
function expectSame(text: string, assumeAboutPlan: boolean): Findings {
  const full = fullAnalyze(text, { assumeAboutPlan });
  const page = pageAnalyze(text, { assumeAboutPlan });
  expect(page.mentions).toEqual(full.mentions);
  expect(page.claims.length, text.slice(0, 80)).toBe(full.claims.length);
  page.claims.forEach((claim, i) => {
    const want = full.claims[i];
    if (!want) throw new Error(`the full checker has no claim #${i} for ${claim.text}`);
    const { official, ...rest } = claim;
    // Everything but the official figure as written (a reference the card page resolves) and the
    // explanation (written from the reason) is the full checker's, field by field, reason included.
    const { explanation: wantExplanation, official: wantOfficial, ...wantRest } = want;
    expect(rest).toEqual(wantRest);
    expect(Object.keys(rest).sort()).toEqual(Object.keys(wantRest).sort());
    expect({ ...rest, explanation: wantExplanation, official: wantOfficial }).toEqual(want);
    // Only what the card page is sent: the quoted text and the reason.
    const completed = completeExplanation({ text: claim.text, reason: claim.reason }, dataset);
    expect(completed, claim.text).toEqual(want.explanation);
    expect(completed.ja.length, claim.text).toBeGreaterThan(0);
    expect(completed.en.length, claim.text).toBeGreaterThan(0);
    if (official !== null) expect(hasRefs(official)).toBe(true);
    else expect(want.official).toBeNull();
  });
  return full;
}

describe('the page checker on one known sentence', () => {
  it('gives the verdicts, figures and values a reader would see, and the full checker agrees', () => {
    const text = 'AI基本計画によると、源内は2026年5月から20万人以上の政府職員が使う。';
    const { claims } = expectSame(text, false);
    expect(claims.map((c) => [c.text, c.verdict, c.figureId, c.status])).toEqual([
      ['2026年5月', 'match', 'gennai-start', 'pm-statement'],
      ['20万人以上', 'mismatch', 'gennai-users', 'pm-statement'],
    ]);
    expect(claims[1]?.official).toBe('10万人以上');
    expect(claims[1]?.explanation.ja).toContain('公式の数値と一致しません');
  });
});

describe('the page checker', () => {
  const dirs = ['../../fixtures/articles', '../../fixtures/pages', '../../fixtures'];
  const files = dirs.flatMap((d) =>
    readdirSync(join(__dirname, d))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(__dirname, d, f)),
  );
  for (const file of files) {
    it(`gives the full checker's findings on ${file.split('/fixtures/')[1]}`, () => {
      const { text } = textToCheck(readFileSync(file, 'utf8'));
      expectSame(text, false);
      expectSame(text, true);
    });
  }

  it("gives the full checker's verdicts for every figure, right and wrong", () => {
    let claims = 0;
    for (const f of dataset.figures) {
      const cue = f.cues.ja[0] ?? f.cues.en[0] ?? '';
      for (const sentence of [
        `AI基本計画の${cue}は${f.display.ja}。`,
        `AI基本計画によると${cue}は3倍の${f.display.ja}ではなく17。`,
        `The AI Basic Plan: ${f.cues.en[0] ?? cue} is ${f.display.en}.`,
      ]) {
        claims += expectSame(sentence, false).claims.length;
        claims += expectSame(sentence, true).claims.length;
      }
    }
    for (const m of dataset.misstatements) {
      claims += expectSame(`AI基本計画について、${m.claim.ja}。`, true).claims.length;
      claims += expectSame(`AI Basic Plan: ${m.claim.en}.`, true).claims.length;
    }
    expect(claims).toBeGreaterThan(100);
  });
});
