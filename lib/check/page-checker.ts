/**
 * The checker of the content script: the same engine as ./index.ts (the popup, the CLI), compiled
 * on the page dataset (lib/plan/page-data.ts), so neither page bundle carries the full dataset.
 * Verdicts are those of ./index.ts. Claims carry their reason, not prose: the card page writes the
 * explanation from it with the full dataset (./details.ts, when a card opens).
 *
 * This is what entrypoints/checker.ts ships in checker.js, the file the content script loads only
 * when a page turns out to be about the plan. It takes the content script's detector
 * (./page-detector.ts) rather than compiling a second one: one set of terms, compiled once.
 */
import { type ArticleDateCandidate, articleDateFromMetadata } from '../dates/article-date';
import type { Detector } from '../detect/detector';
import { findQuantities } from '../numbers';
import { pageDataset } from '../plan/page-dataset';
import { type AnalyzeOptions, type BlocksContext, type BlocksResult, compileEngine } from './engine';
import type { CheckedFindings } from './types';

/** What the content script asks of the loaded checker. */
export interface PageChecker {
  analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings;
  analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult;
  /**
   * The article's date (YYYY-MM-DD) from its metadata candidates, or null: here, since a dateline
   * is read with lib/numbers, which content.js does not carry.
   */
  articleDate(candidates: readonly ArticleDateCandidate[]): string | null;
}

/** Compiles the rules on the page dataset (tens of milliseconds: call it in a task of its own). */
export function createPageChecker(detector: Detector): PageChecker {
  const engine = compileEngine(pageDataset, { findQuantities, detector });
  return {
    analyzeText: engine.analyzeText,
    analyzeBlocks: engine.analyzeBlocks,
    articleDate: articleDateFromMetadata,
  };
}

/** What checker.js hands the content script (its module's default export). */
export interface CheckerModule {
  createPageChecker: typeof createPageChecker;
}
