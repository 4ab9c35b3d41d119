import { z } from 'zod';
import { PlanDataset } from './schema';

/**
 * The JSON Schema of seeds/plan.json, for editors. It describes the *input* side of the zod
 * schema: fields with a default (later, exclusions, patterns) may be left out of the file, as zod
 * accepts. Checks JSON Schema cannot express (real calendar dates, cross-record references) are
 * left to validateDataset.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanDataset, {
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Plan Lens dataset',
    description:
      'Generated from lib/plan/schema.ts by `npm run seeds:schema`. Do not edit by hand: change the zod schema and regenerate.',
  };
}

/** The file's exact text: pretty-printed, two spaces, trailing newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
