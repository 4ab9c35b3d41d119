/**
 * The checker of the content script: the same engine and detector as ./index.ts, compiled on the page
 * dataset (lib/plan/page-data.ts), so the page bundle carries no full dataset. Verdicts are those of
 * ./index.ts. Claims carry their reason, not prose: the card page writes the explanation from it
 * with the full dataset (./details.ts, when a card opens).
 */
import { compileDetector, type Detector } from '../detect/detector';
import { findQuantities } from '../numbers';
import { pageDataset } from '../plan/page-dataset';
import {
  type AnalyzeOptions,
  type BlocksContext,
  type BlocksResult,
  compileEngine,
  type Engine,
} from './engine';
import type { CheckedFindings } from './types';

let engine: Engine | undefined;
let detector: Detector | undefined;

/** The term detector, compiled once (its own step: see PREPARE). */
function pageDetector(): Detector {
  detector ??= compileDetector(pageDataset.terms);
  return detector;
}

export function pageEngine(): Engine {
  engine ??= compileEngine(pageDataset, { findQuantities, detector: pageDetector() });
  return engine;
}

/**
 * The checker's one-time preparation, as steps the content script runs as tasks of their own when
 * a page starts (with the first check, they took about 75 ms in one task on a freshly loaded page):
 * the term detector, then the rules.
 */
export const PREPARE: ReadonlyArray<() => void> = [() => void pageDetector(), () => void pageEngine()];

export function analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings {
  return pageEngine().analyzeText(text, options);
}

export function analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult {
  return pageEngine().analyzeBlocks(blocks, context);
}
