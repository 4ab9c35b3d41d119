/**
 * The content script's own part of the checker: the term detector on the page dataset's terms.
 * It decides what a page that never mentions the plan needs decided (is this text about the plan?
 * which mentions?) without the checker's code (lib/numbers, the rules) or its figures, which the
 * content script loads only once a page is about the plan (./page-checker.ts, entrypoints/checker.ts).
 *
 * Its answers are the engine's (./engine.ts analyzeBlocks, analyzeText) without the claims: the
 * same document rule and the same mentions (test/unit/check/page-detector.test.ts holds them equal).
 */
import { compileDetector, type Detector, publicMention } from '../detect/detector';
import { pageTerms } from '../plan/page-terms';
import type { AnalyzeOptions, BlocksContext, BlocksResult } from './engine';
import type { CheckedFindings, Mention } from './types';

let detector: Detector | undefined;

/** The term detector, compiled once (the content script runs it as a start step of its own). */
export function pageDetector(): Detector {
  detector ??= compileDetector(pageTerms);
  return detector;
}

/**
 * Per block, the mentions the engine would give, and no claims; `aboutPlan` as the engine decides
 * it (context.aboutPlan, assumeAboutPlan, or a block that anchors the document).
 */
export function detectBlocks(blocks: readonly string[], context: BlocksContext = {}): BlocksResult {
  const scans = blocks.map((b) => pageDetector().scanBlock(b));
  const aboutPlan =
    context.aboutPlan === true || context.assumeAboutPlan === true || scans.some((s) => s.anchored);
  const results = scans.map(
    (s): CheckedFindings => ({
      mentions: aboutPlan ? s.mentions.map((m) => publicMention(m)) : [],
      claims: [],
    }),
  );
  return { aboutPlan, results, scans };
}

/** A whole text's mentions as the engine's analyzeText gives them, and no claims. */
export function detectText(text: string, options: AnalyzeOptions = {}): CheckedFindings {
  const blocks = pageDetector().scanText(text);
  if (options.assumeAboutPlan !== true && !blocks.some((b) => b.anchored))
    return { mentions: [], claims: [] };
  const mentions: Mention[] = [];
  for (const b of blocks) for (const m of b.mentions) mentions.push(publicMention(m, b.start));
  return { mentions, claims: [] };
}
