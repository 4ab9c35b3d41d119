/**
 * The page checker in one piece, for Node (tests, scripts): the content script's detector
 * (./page-detector.ts) and the checker it loads on pages about the plan (./page-checker.ts),
 * compiled together on first use. The content script itself never imports this module: it would
 * put the checker back into content.js.
 */
import type { AnalyzeOptions, BlocksContext, BlocksResult } from './engine';
import { createPageChecker, type PageChecker } from './page-checker';
import { pageDetector } from './page-detector';
import type { CheckedFindings } from './types';

let checker: PageChecker | undefined;

function pageChecker(): PageChecker {
  checker ??= createPageChecker(pageDetector());
  return checker;
}

export function analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings {
  return pageChecker().analyzeText(text, options);
}

export function analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult {
  return pageChecker().analyzeBlocks(blocks, context);
}
