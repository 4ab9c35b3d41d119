/**
 * Mentions of the plan and its entities (see detector.ts for the passage rule).
 *
 * The matcher is compiled once, on first use, from the bundled dataset's terms.
 */
import type { Mention } from '../check/types';
import { dataset } from '../plan/data';
import { type BlockScan, compileDetector, type Detector, publicMention } from './detector';

export type { Span } from './blocks';
export { splitBlocks } from './blocks';
export type { BlockScan, DetectedMention, Detector } from './detector';
export { compileDetector, publicMention } from './detector';
export { foldWidth, normalizeKey } from './fold';
export { aliasPattern, compileTermMatcher } from './matcher';
export { namesOtherPlan } from './other-plan';

let detector: Detector | undefined;

/** The detector for the bundled dataset, compiled once. */
export function defaultDetector(): Detector {
  detector ??= compileDetector(dataset.terms);
  return detector;
}

export interface MentionOptions {
  /** Count mentions of non-anchor terms even when `text` itself does not name the plan. */
  aboutPlan?: boolean;
}

/**
 * Mentions in a whole text, offsets into `text`. Anchor mentions (the plan, its headquarters) are
 * always returned; mentions of other terms only when the text is about the plan.
 */
export function findMentions(text: string, options: MentionOptions = {}): Mention[] {
  const blocks = defaultDetector().scanText(text);
  const about = options.aboutPlan === true || blocks.some((b) => b.anchored);
  if (!about) return [];
  const out: Mention[] = [];
  for (const b of blocks) for (const m of b.mentions) out.push(publicMention(m, b.start));
  return out;
}

/** What detection says about one block (offsets relative to it), before the document-level rule. */
export function scanBlock(block: string): BlockScan {
  return defaultDetector().scanBlock(block);
}
