/**
 * The content script's terms: seeds/plan.page-terms.json (generated, see page-data.ts) expanded
 * once. This is all of the dataset a page that never mentions the plan loads.
 */
import file from '../../seeds/plan.page-terms.json';
import { expandPageTerms, type PageTermsFile } from './page-data';
import type { Term } from './schema';

export const pageTerms: readonly Term[] = expandPageTerms(file as unknown as PageTermsFile);
