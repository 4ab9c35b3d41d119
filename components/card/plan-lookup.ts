/**
 * What the card knows of the dataset: the records the background sent with `get-details` (the page
 * bundle carries no dataset texts). Look-ups accept the nulls findings carry (a claim with no
 * figure, a term with no policy).
 */
import type { CardDetails } from '../../lib/messages';
import type { Citation, Figure, Misstatement, Policy, Source, Term } from '../../lib/plan/schema';

const figures = new Map<string, Figure>();
const terms = new Map<string, Term>();
const policies = new Map<string, Policy>();
const sources = new Map<string, Source>();
const misstatements = new Map<string, Misstatement>();
let planCitation: Citation | undefined;

/** Keeps the records of a `get-details` answer for the cards to come. */
export function addDetails(details: Omit<CardDetails, 'explanations'>): void {
  for (const f of details.figures) figures.set(f.id, f);
  for (const t of details.terms) terms.set(t.id, t);
  for (const p of details.policies) policies.set(p.id, p);
  for (const s of details.sources) sources.set(s.id, s);
  for (const m of details.misstatements) misstatements.set(m.id, m);
  if (details.planCitation) planCitation = details.planCitation;
}

/** The plan document's citation, once a card with a 計画に記載なし claim asked for it. */
export function planCitationOf(): Citation | undefined {
  return planCitation;
}

const lookup =
  <T>(map: Map<string, T>) =>
  (id: string | null | undefined): T | undefined =>
    id ? map.get(id) : undefined;

export const figureById = lookup(figures);
export const termById = lookup(terms);
export const policyById = lookup(policies);
export const sourceById = lookup(sources);
export const misstatementById = lookup(misstatements);
