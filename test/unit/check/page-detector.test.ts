import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyzeBlocks, analyzeText } from '../../../lib/check/page';
import { createPageChecker } from '../../../lib/check/page-checker';
import { detectBlocks, detectText, pageDetector } from '../../../lib/check/page-detector';
import { textToCheck } from '../../../lib/cli/input';

// content.js decides with the detector alone whether a page is about the plan, and marks its
// mentions before checker.js arrives: those answers must be the checker's own, or a page would
// load the checker when the checker would say nothing (or never load it when it would speak).

const dirs = ['../../fixtures/articles', '../../fixtures/pages', '../../fixtures'];
const files = dirs.flatMap((d) =>
  readdirSync(join(__dirname, d))
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((f) => join(__dirname, d, f)),
);

describe("the content script's detector (no checker loaded)", () => {
  it('says a text about the plan is about it and marks the same mentions, with no claims', () => {
    const blocks = ['官民で1兆円超を投じる。', 'AI基本計画では源内を政府職員10万人以上が使う。'];
    const detected = detectBlocks(blocks);
    const checked = analyzeBlocks(blocks);
    expect(detected.aboutPlan).toBe(true);
    expect(detected.results.map((r) => r.mentions.map((m) => m.text))).toEqual([[], ['AI基本計画', '源内']]);
    expect(detected.results.map((r) => r.mentions)).toEqual(checked.results.map((r) => r.mentions));
    expect(detected.results.flatMap((r) => r.claims)).toEqual([]);
    expect(checked.results.flatMap((r) => r.claims).length).toBeGreaterThan(0);
  });

  it('says a page about another plan is not about this one (the checker would not load)', () => {
    const blocks = ['宇宙基本計画では1兆円の基金を設ける。', '平賀源内の展示が始まった。'];
    const { aboutPlan, results } = detectBlocks(blocks);
    expect({ aboutPlan, results }).toEqual({
      aboutPlan: false,
      results: [
        { mentions: [], claims: [] },
        { mentions: [], claims: [] },
      ],
    });
    expect(analyzeBlocks(blocks).aboutPlan).toBe(false);
  });

  for (const file of files) {
    it(`decides and marks as the checker does on ${file.split('/fixtures/')[1]}`, () => {
      const { text } = textToCheck(readFileSync(file, 'utf8'));
      const blocks = text.split('\n').filter((b) => b.trim().length > 0);
      for (const context of [{}, { aboutPlan: true }, { assumeAboutPlan: true }]) {
        const detected = detectBlocks(blocks, context);
        const checked = analyzeBlocks(blocks, context);
        expect(detected.aboutPlan).toBe(checked.aboutPlan);
        expect(detected.results.map((r) => r.mentions)).toEqual(checked.results.map((r) => r.mentions));
        // block by block too, as the scanner hands runs over before the page is known to be about it
        blocks.forEach((block, i) => {
          const one = detectBlocks([block], context);
          expect(one.aboutPlan, `block ${i}`).toBe(analyzeBlocks([block], context).aboutPlan);
        });
      }
      for (const assumeAboutPlan of [false, true]) {
        expect(detectText(text, { assumeAboutPlan }).mentions).toEqual(
          analyzeText(text, { assumeAboutPlan }).mentions,
        );
      }
    });
  }
});

describe('runs scanned before the checker arrived are checked without scanning them again', () => {
  it('the checker takes the detector’s scans, and gives what it gives when it scans itself', () => {
    const detector = pageDetector();
    const checker = createPageChecker(detector);
    const blocks = [
      '政府は12月23日、AI基本計画を閣議決定した。',
      'ガバメントAI「源内」は2026年5月から10万人以上の政府職員が使う。',
      '今日の天気は晴れ。',
    ];
    const detected = detectBlocks(blocks);
    expect(detected.scans).toHaveLength(3);
    const fresh = checker.analyzeBlocks(blocks, { aboutPlan: true });
    const spy = vi.spyOn(detector, 'scanBlock');
    try {
      const handed = checker.analyzeBlocks(blocks, { aboutPlan: true, scans: detected.scans });
      expect(spy).not.toHaveBeenCalled();
      expect(handed.results).toEqual(fresh.results);
      expect(handed.results[1]?.claims.map((c) => c.verdict)).toEqual(['match', 'match']);
    } finally {
      spy.mockRestore();
    }
  });
});
