/**
 * The card's texts come from the background when a card opens (`get-details`): the page bundle
 * carries only what checking needs (lib/plan/page-data.ts). Answers are kept for the next cards.
 */
import { browser } from '#imports';
import type { CardContent } from '../../components/card/Card';
import { addDetails, figureById } from '../../components/card/plan-lookup';
import type { Claim } from '../../lib/check/types';
import type { CardDetails, Message } from '../../lib/messages';
import { hasRefs } from '../../lib/plan/page-data';

const complete = new WeakMap<Claim, Claim>();

/** The claim as the card shows it: its complete explanation, the official figure as written. */
function shown(claim: Claim, explanation = claim.explanation): Claim {
  const official =
    figureById(claim.figureId)?.display.ja ??
    (claim.official && hasRefs(claim.official) ? null : claim.official);
  return { ...claim, explanation, official };
}

function claimsOf(content: CardContent): Claim[] {
  if (content.kind === 'claim') return [content.claim];
  if (content.kind === 'selection') return content.findings.claims;
  return [];
}

/** `content` with the dataset's texts at hand (asked of the background once per claim). */
export async function withDetails(content: CardContent): Promise<CardContent> {
  const claims = claimsOf(content);
  const missing = claims.filter((c) => !complete.has(c));
  const termIds =
    content.kind === 'mention'
      ? [content.mention.termId]
      : content.kind === 'selection'
        ? content.findings.mentions.map((m) => m.termId)
        : [];
  if (missing.length > 0 || termIds.length > 0) {
    try {
      const message: Message = {
        type: 'get-details',
        figureIds: [],
        termIds: [...new Set(termIds)],
        claims: missing.map(({ text, verdict, figureId, misstatementId, explanation }) => ({
          text,
          verdict,
          figureId,
          misstatementId,
          explanation,
        })),
      };
      const reply = (await browser.runtime.sendMessage(message)) as CardDetails | undefined;
      if (reply && Array.isArray(reply.explanations)) {
        addDetails(reply);
        missing.forEach((c, i) => {
          const explanation = reply.explanations[i];
          if (explanation) complete.set(c, shown(c, explanation));
        });
      }
    } catch {
      // No background (the extension was reloaded): the card shows what the page knows.
    }
  }
  const done = (c: Claim): Claim => complete.get(c) ?? shown(c);
  if (content.kind === 'claim') return { kind: 'claim', claim: done(content.claim) };
  if (content.kind === 'selection')
    return { ...content, findings: { ...content.findings, claims: content.findings.claims.map(done) } };
  return content;
}
