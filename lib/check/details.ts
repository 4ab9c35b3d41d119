/**
 * Completing a claim the page checker made (./page.ts) with the full dataset: the explanation the
 * full checker (./index.ts) gives for the same claim, word for word.
 */
import { hasRefs, resolveRefs } from '../plan/page-data';
import type { PlanDataset, Text } from '../plan/schema';
import { explainMatch, explainMisstatement, laterText } from './explain';
import type { Claim } from './types';

/** What a claim says about itself, enough to complete its explanation. */
export type ClaimRef = Pick<Claim, 'text' | 'verdict' | 'figureId' | 'misstatementId' | 'explanation'>;

export function completeExplanation(claim: ClaimRef, data: PlanDataset): Text {
  const figure = claim.figureId ? data.figures.find((f) => f.id === claim.figureId) : undefined;
  if (claim.verdict === 'match' && figure) {
    // explainMatch reads only the quantity's text
    return explainMatch({ text: claim.text } as Parameters<typeof explainMatch>[0], figure);
  }
  if (claim.verdict === 'misstatement') {
    const m = data.misstatements.find((x) => x.id === claim.misstatementId);
    if (m) return explainMisstatement(claim.text, m, figure);
  }
  const resolved = {
    ja: resolveRefs(claim.explanation.ja, data),
    en: resolveRefs(claim.explanation.en, data),
  };
  // A mismatch says what came later last; the page dataset has no later developments.
  if (claim.verdict === 'mismatch' && figure && hasRefs(claim.explanation.ja)) {
    const later = laterText(figure);
    if (later) return { ja: resolved.ja + later.ja, en: `${resolved.en} ${later.en}` };
  }
  return resolved;
}
