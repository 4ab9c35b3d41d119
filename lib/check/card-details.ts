/** The card's texts, from the full dataset: the page bundle carries only what checking needs. */

import type { CardDetails, Message } from '../messages';
import { dataset, getFigure, getMisstatement, getPolicy, getSource, getTerm } from '../plan/index';
import type { Citation, Figure, Misstatement, Policy, Source, Term } from '../plan/schema';
import { completeExplanation } from './details';

const defined = <T>(x: T | undefined): x is T => x !== undefined;

export function cardDetails(message: Extract<Message, { type: 'get-details' }>): CardDetails {
  const terms = [...new Set(message.termIds)].map(getTerm).filter(defined);
  const figureIds = new Set(message.figureIds);
  for (const t of terms) for (const id of t.figureIds) figureIds.add(id);
  const misstatements: Misstatement[] = [];
  for (const { reason } of message.claims) {
    if (reason.verdict !== 'not-in-plan' && reason.figureId) figureIds.add(reason.figureId);
    const m = reason.verdict === 'misstatement' ? getMisstatement(reason.misstatementId) : undefined;
    if (m && !misstatements.includes(m)) misstatements.push(m);
  }
  const figures: Figure[] = [...figureIds].map(getFigure).filter(defined);
  const policies: Policy[] = [
    ...new Set(terms.map((t) => t.policyId).filter((id): id is string => id !== null)),
  ]
    .map(getPolicy)
    .filter(defined);
  // A 計画に記載なし card cites the plan document itself: it has no figure to cite.
  const planCitation = message.claims.some((c) => c.reason.verdict === 'not-in-plan')
    ? dataset.plan.sources[0]
    : undefined;
  const citations: Citation[] = [...figures, ...terms, ...misstatements].flatMap((r) => r.sources);
  if (planCitation) citations.push(planCitation);
  const sources: Source[] = [...new Set(citations.map((c) => c.sourceId))].map(getSource).filter(defined);
  return {
    figures,
    terms: terms as Term[],
    policies,
    misstatements,
    sources,
    ...(planCitation ? { planCitation } : {}),
    explanations: message.claims.map((c) => completeExplanation(c, dataset)),
  };
}
