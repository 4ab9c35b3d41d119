/**
 * What the card page and the background need of a claim the page checker made (./page.ts) to write
 * its explanation with the full dataset: the quoted text and the reason. The explanation is the
 * full checker's (./index.ts) for the same claim, word for word.
 */
import type { PlanDataset, Text } from '../plan/schema';
import { explainClaim } from './explain';
import type { CheckedClaim } from './types';

/** What a claim says about itself, enough to write its explanation. */
export type ClaimRef = Pick<CheckedClaim, 'text' | 'reason'>;

export function completeExplanation(claim: ClaimRef, data: PlanDataset): Text {
  return explainClaim(claim.text, claim.reason, data);
}
