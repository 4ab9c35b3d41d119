/**
 * The card's texts, looked up in the full dataset by the card page itself (an extension page may
 * carry it; the content script carries only what checking needs). Same look-up as the background's
 * answer to `get-details`, without the round trip.
 */
import type { CardContent } from '../../components/card/Card';
import { addDetails, figureById } from '../../components/card/plan-lookup';
import { cardDetails } from '../../lib/check/card-details';
import type { Claim } from '../../lib/check/types';
import { hasRefs } from '../../lib/plan/page-data';

function claimsOf(content: CardContent): Claim[] {
  if (content.kind === 'claim') return [content.claim];
  if (content.kind === 'selection') return content.findings.claims;
  return [];
}

function termIdsOf(content: CardContent): string[] {
  if (content.kind === 'mention') return [content.mention.termId];
  if (content.kind === 'selection') return [...new Set(content.findings.mentions.map((m) => m.termId))];
  return [];
}

/** `content` with the dataset's texts at hand: complete explanations, the official figure as written. */
export function withDetails(content: CardContent): CardContent {
  const claims = claimsOf(content);
  const details = cardDetails({
    type: 'get-details',
    figureIds: [],
    termIds: termIdsOf(content),
    claims: claims.map(({ text, verdict, figureId, misstatementId, explanation }) => ({
      text,
      verdict,
      figureId,
      misstatementId,
      explanation,
    })),
  });
  addDetails(details);
  const done = new Map<Claim, Claim>();
  claims.forEach((claim, i) => {
    const official =
      figureById(claim.figureId)?.display.ja ??
      (claim.official && hasRefs(claim.official) ? null : claim.official);
    done.set(claim, { ...claim, explanation: details.explanations[i] ?? claim.explanation, official });
  });
  const shown = (c: Claim): Claim => done.get(c) ?? c;
  if (content.kind === 'claim') return { kind: 'claim', claim: shown(content.claim) };
  if (content.kind === 'selection')
    return { ...content, findings: { ...content.findings, claims: content.findings.claims.map(shown) } };
  return content;
}
