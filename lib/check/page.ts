/**
 * The checker of the content script: the same engine and detector as ./index.ts, compiled on the page
 * dataset (lib/plan/page-data.ts), so the page bundle carries no full dataset. Verdicts are those of
 * ./index.ts. Claims carry their reason, not prose: the card page writes the explanation from it
 * with the full dataset (./details.ts, when a card opens).
 */
import { compileDetector } from '../detect/detector';
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

export function pageEngine(): Engine {
  engine ??= compileEngine(pageDataset, { findQuantities, detector: compileDetector(pageDataset.terms) });
  return engine;
}

export function analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings {
  return pageEngine().analyzeText(text, options);
}

export function analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult {
  return pageEngine().analyzeBlocks(blocks, context);
}
