import type {
  Figure,
  Instruction,
  Misstatement,
  PlanDataset,
  Policy,
  Source,
  Term,
} from '../../lib/plan/schema';

/** Id → record maps over one dataset, built once per dataset object. */
export interface Lookup {
  figure(id: string | null | undefined): Figure | undefined;
  source(id: string): Source | undefined;
  policy(id: string | null | undefined): Policy | undefined;
  instruction(id: string): Instruction | undefined;
  term(id: string | null | undefined): Term | undefined;
  misstatement(id: string | null | undefined): Misstatement | undefined;
}

const cache = new WeakMap<PlanDataset, Lookup>();

function index<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function lookupOf(dataset: PlanDataset): Lookup {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const figures = index(dataset.figures);
  const sources = index(dataset.sources);
  const policies = index(dataset.policies);
  const instructions = index(dataset.instructions);
  const terms = index(dataset.terms);
  const misstatements = index(dataset.misstatements);
  const lookup: Lookup = {
    figure: (id) => (id ? figures.get(id) : undefined),
    source: (id) => sources.get(id),
    policy: (id) => (id ? policies.get(id) : undefined),
    instruction: (id) => instructions.get(id),
    term: (id) => (id ? terms.get(id) : undefined),
    misstatement: (id) => (id ? misstatements.get(id) : undefined),
  };
  cache.set(dataset, lookup);
  return lookup;
}
