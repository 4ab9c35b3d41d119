/**
 * The checker for the bundled dataset: analyzeText (the CLI, the popup checker), analyzeBlocks (the
 * content script, block by block), verdictLabel. Compiled once, on first use. See engine.ts for the
 * verdict rules and ../detect/detector.ts for the passage rule.
 */
import { defaultDetector } from '../detect';
import { findQuantities } from '../numbers';
import { dataset } from '../plan/data';
import {
  type AnalyzeOptions,
  type BlocksContext,
  type BlocksResult,
  compileEngine,
  type Engine,
} from './engine';
import { explainClaim } from './explain';
import type { CheckedFindings, Findings } from './types';

export type { AnalyzeOptions, BlocksContext, BlocksResult, Engine, EngineDeps } from './engine';
export { compileEngine } from './engine';
export { statusLabel, verdictLabel } from './explain';
export type * from './types';

let engine: Engine | undefined;

export function defaultEngine(): Engine {
  engine ??= compileEngine(dataset, { findQuantities, detector: defaultDetector() });
  return engine;
}

/** The engine's findings with every claim's explanation written out from its reason. */
function explained(found: CheckedFindings): Findings {
  return {
    mentions: found.mentions,
    claims: found.claims.map((c) => ({ ...c, explanation: explainClaim(c.text, c.reason, dataset) })),
  };
}

/**
 * Mentions and claims of a whole text, offsets (UTF-16) into `text`. The text is cut into blocks at
 * newlines. `assumeAboutPlan`: the text is about the plan by definition (a sentence the reader typed).
 */
export function analyzeText(text: string, options?: AnalyzeOptions): Findings {
  return explained(defaultEngine().analyzeText(text, options));
}

/**
 * Findings per block, offsets relative to each block. `context.aboutPlan`: earlier blocks of the same
 * document were about the plan. When the returned `aboutPlan` is true but the context's was false,
 * blocks scanned earlier may hold mentions and claims they did not get: rescan them with
 * `{ aboutPlan: true }`.
 */
export function analyzeBlocks(blocks: readonly string[], context?: BlocksContext): BlocksResult<Findings> {
  const { aboutPlan, results } = defaultEngine().analyzeBlocks(blocks, context);
  return { aboutPlan, results: results.map(explained) };
}
