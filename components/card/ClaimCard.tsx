import type { Claim } from '../../lib/check/types';
import { ClaimSummary } from '../common/ClaimSummary';
import { figureById, misstatementById, planCitationOf, sourceById } from './plan-lookup';

/** A number checked against the plan, as the popup's checker shows it too (../common/ClaimSummary). */
export function ClaimBody({ claim, compact = false }: { claim: Claim; compact?: boolean }) {
  return (
    <ClaimSummary
      claim={claim}
      figure={figureById(claim.figureId)}
      misstatement={misstatementById(claim.misstatementId)}
      sourceOf={sourceById}
      planCitation={planCitationOf()}
      titleTag={compact ? 'h3' : 'h2'}
      titleId={compact ? undefined : 'plan-lens-card-title'}
    />
  );
}
