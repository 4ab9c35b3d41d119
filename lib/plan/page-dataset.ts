/**
 * The checker's dataset: both parts of the page dataset (generated, see page-data.ts) expanded
 * once. Only the lazily loaded checker (entrypoints/checker.ts) and tests import it; the content
 * script itself carries the terms alone (./page-terms.ts). The full seeds/plan.json never enters
 * either bundle.
 */
import checks from '../../seeds/plan.page.json';
import terms from '../../seeds/plan.page-terms.json';
import { expandPageData, type PageDataFile, type PageTermsFile } from './page-data';
import type { PlanDataset } from './schema';

export const pageDataset: PlanDataset = expandPageData(
  terms as unknown as PageTermsFile,
  checks as unknown as PageDataFile,
);
