import { getFigure, getMisstatement, getPolicy, getSource, getTerm } from '../../lib/plan/index';
import type { Figure, Misstatement, Policy, Source, Term } from '../../lib/plan/schema';

/** Look-ups that accept the nulls findings carry (a claim with no figure, a term with no policy). */
export const figureById = (id: string | null | undefined): Figure | undefined =>
  id ? getFigure(id) : undefined;
export const termById = (id: string | null | undefined): Term | undefined => (id ? getTerm(id) : undefined);
export const policyById = (id: string | null | undefined): Policy | undefined =>
  id ? getPolicy(id) : undefined;
export const sourceById = (id: string | null | undefined): Source | undefined =>
  id ? getSource(id) : undefined;
export const misstatementById = (id: string | null | undefined): Misstatement | undefined =>
  id ? getMisstatement(id) : undefined;
