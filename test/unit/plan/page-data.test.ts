import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeExplanation } from '../../../lib/check/details';
import { analyzeText as fullAnalyze } from '../../../lib/check/index';
import { analyzeText as pageAnalyze } from '../../../lib/check/page';
import type { Findings } from '../../../lib/check/types';
import { textToCheck } from '../../../lib/cli/input';
import { dataset } from '../../../lib/plan/data';
import {
  cueKey,
  expandPageData,
  expandPageTerms,
  hasRefs,
  projectPageData,
  ref,
} from '../../../lib/plan/page-data';
import { pageDataset } from '../../../lib/plan/page-dataset';
import { pageTerms } from '../../../lib/plan/page-terms';
import { renderPageData } from '../../../lib/plan/write-page-data';
import { ROOT_DIR } from './helpers';

describe('the page dataset files', () => {
  const files = renderPageData(dataset);
  it("are two: the detector's terms (content.js) and the checker's figures (checker.js)", () => {
    expect(Object.keys(files).sort()).toEqual(['seeds/plan.page-terms.json', 'seeds/plan.page.json']);
  });
  for (const [file, text] of Object.entries(files)) {
    it(`${file} is up to date with seeds/plan.json (else run \`npm run seeds:page\`)`, () => {
      expect(readFileSync(resolve(ROOT_DIR, file), 'utf8')).toBe(text);
    });
  }

  it('split the data: figures, cue words and misstatements are not in the terms file', () => {
    const terms = JSON.parse(files['seeds/plan.page-terms.json'] ?? '{}');
    const checks = JSON.parse(files['seeds/plan.page.json'] ?? '{}');
    expect(Object.keys(terms).sort()).toEqual(['terms', 'version']);
    expect(checks.terms).toBeUndefined();
    expect(checks.termFigures).toHaveLength(dataset.terms.length);
  });

  it('refuse to be joined across versions (terms linked to the wrong figures)', () => {
    const { terms, checks } = projectPageData(dataset);
    expect(() => expandPageData({ ...terms, version: 'other' }, checks)).toThrow(/differ/);
  });
});

describe("the detector's terms, as the content script expands them", () => {
  it("are the checker's terms, without the links to figures (which the checker holds)", () => {
    expect(pageTerms.map((t) => ({ ...t, figureIds: [] }))).toEqual(
      pageDataset.terms.map((t) => ({ ...t, figureIds: [] })),
    );
    expect(pageTerms.every((t) => t.figureIds.length === 0)).toBe(true);
    expect(expandPageTerms(projectPageData(dataset).terms)).toEqual(pageTerms);
  });
});

describe('the page dataset, expanded', () => {
  const { terms: termsFile, checks: checksFile } = projectPageData(dataset);
  const page = expandPageData(termsFile, checksFile);
  /** Words as the checker compares them, in their order, each once. */
  const keys = (words: readonly string[]) => [...new Set(words.map(cueKey))];

  it('keeps every field of every figure the checker reads', () => {
    expect(page.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
    page.figures.forEach((f, i) => {
      const want = dataset.figures[i];
      if (!want) throw new Error(f.id);
      expect([f.status, f.scope, f.value, f.subject, f.asOf], f.id).toEqual([
        want.status,
        want.scope,
        want.value,
        want.subject,
        want.asOf,
      ]);
      expect(keys(f.cues.ja), f.id).toEqual(keys(want.cues.ja));
      expect(keys(f.cues.en), f.id).toEqual(keys(want.cues.en));
      expect(f.qualifiers && [keys(f.qualifiers.ja), keys(f.qualifiers.en)], f.id).toEqual(
        want.qualifiers && [keys(want.qualifiers.ja), keys(want.qualifiers.en)],
      );
    });
  });

  it('keeps every term and misstatement field the detector and the rules read', () => {
    page.terms.forEach((t, i) => {
      const want = dataset.terms[i];
      if (!want) throw new Error(t.id);
      expect([t.id, t.kind, t.anchorsPlan, t.exclusions, t.figureIds]).toEqual([
        want.id,
        want.kind,
        want.anchorsPlan,
        want.exclusions,
        want.figureIds,
      ]);
      // The matcher is case-insensitive over width-folded text: a variant in case or width adds nothing.
      const aliases = (a: readonly string[]) => [...new Set(a.map((x) => cueKey(x)))];
      expect(aliases([...t.aliases.ja, ...t.aliases.en]), t.id).toEqual(
        aliases([...want.aliases.ja, ...want.aliases.en]),
      );
    });
    expect(page.terms.length).toBe(dataset.terms.length);
    page.misstatements.forEach((m, i) => {
      const want = dataset.misstatements[i];
      if (!want) throw new Error(m.id);
      expect([m.id, m.figureId, m.detect.value, m.detect.patterns]).toEqual([
        want.id,
        want.figureId,
        want.detect.value,
        want.detect.patterns,
      ]);
      expect(keys(m.detect.cues.ja), m.id).toEqual(keys(want.detect.cues.ja));
      expect(keys(m.detect.cues.en), m.id).toEqual(keys(want.detect.cues.en));
    });
    expect(page.misstatements.length).toBe(dataset.misstatements.length);
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
    // the official figure: a reference to the display of the very figure the full checker quotes
    if (wantOfficial === null) expect(official).toBeNull();
    else {
      const figure = dataset.figures.find((f) => f.id === want.figureId);
      expect(figure?.display.ja, claim.text).toBe(wantOfficial);
      expect(official).toBe(ref('f', want.figureId as string, 'display', 'ja'));
    }
    expect(wantExplanation.ja.length, claim.text).toBeGreaterThan(0);
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
