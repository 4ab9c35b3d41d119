/**
 * The bundled, pre-validated dataset. The JSON is checked by the tests and by the build
 * (assertSeedFileValid in wxt.config.ts), so run-time code takes it as is: no zod here, only the
 * schema's types.
 */
import seed from '../../seeds/plan.json';
import type { PlanDataset } from './schema';

export const dataset: PlanDataset = seed as unknown as PlanDataset;
