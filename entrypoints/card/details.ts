/**
 * The card's texts, looked up in the full dataset by the card page itself (an extension page may
 * carry it; the content script carries only what checking needs): the explanation of each claim,
 * written from its reason, and the official figure as written.
 */
import type { CardContent } from '../../components/card/Card';
import { addDetails, figureById } from '../../components/card/plan-lookup';
import type { FrameContent } from '../../lib/card-frame';
import { cardDetails } from '../../lib/check/card-details';
import type { CheckedClaim, Claim } from '../../lib/check/types';
import { hasRefs } from '../../lib/plan/page-data';

function claimsOf(content: FrameContent): CheckedClaim[] {
  if (content.kind === 'claim') return [content.claim];
  if (content.kind === 'selection') return content.findings.claims;
  return [];
}

function termIdsOf(content: FrameContent): string[] {
  if (content.kind === 'mention') return [content.mention.termId];
  if (content.kind === 'selection') return [...new Set(content.findings.mentions.map((m) => m.termId))];
  return [];
}

/** What the content script sent, with the dataset's texts: explanations, the official figure as written. */
export function withDetails(content: FrameContent): CardContent {
  const claims = claimsOf(content);
  const details = cardDetails({
    type: 'get-details',
    figureIds: [],
    termIds: termIdsOf(content),
    claims: claims.map(({ text, reason }) => ({ text, reason })),
  });
  addDetails(details);
  const done = new Map<CheckedClaim, Claim>();
  claims.forEach((claim, i) => {
    const official =
      figureById(claim.figureId)?.display.ja ??
      (claim.official && hasRefs(claim.official) ? null : claim.official);
    done.set(claim, { ...claim, explanation: details.explanations[i] ?? { ja: '', en: '' }, official });
  });
  const shown = (c: CheckedClaim): Claim => done.get(c) as Claim;
  if (content.kind === 'claim') return { kind: 'claim', claim: shown(content.claim) };
  if (content.kind === 'selection')
    return { ...content, findings: { ...content.findings, claims: content.findings.claims.map(shown) } };
  return content;
}
