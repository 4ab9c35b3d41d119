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
 * a page starts (together they took about 75 ms in one task on a freshly loaded page): the term
 * detector, the rules, then a first run (warmUp).
 */
export const PREPARE: ReadonlyArray<() => void> = [
  () => void pageDetector(),
  () => void pageEngine(),
  () => warmUp(),
];

/**
 * A paragraph of every kind the checker reads (mentions, amounts, counts of people, dates, English),
 * checked once before the page's own text: the first run of freshly loaded code is many times
 * slower than the next, and it is better paid in a task of its own than in the first slice.
 */
const WARM_UP = [
  '政府は2025年12月23日、人工知能基本計画を閣議決定した。官民で1兆円超を投資し、源内は10万人以上の政府職員が使う。',
  'Japan’s AI Basic Plan, approved on Dec. 23, 2025, puts more than 1 trillion yen into AI; about 30% of people use it.',
];

export function warmUp(): void {
  pageEngine().analyzeBlocks(WARM_UP, { aboutPlan: true, articleDate: '2025-12-24' });
}

export function analyzeText(text: string, options?: AnalyzeOptions): CheckedFindings {
  return pageEngine().analyzeText(text, options);
}

export function analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult {
  return pageEngine().analyzeBlocks(blocks, context);
}
