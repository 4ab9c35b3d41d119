/**
 * The content script's dataset: seeds/plan.page.json (generated, see page-data.ts) expanded once.
 * The full seeds/plan.json never enters the page bundle.
 */
import file from '../../seeds/plan.page.json';
import { expandPageData, type PageDataFile } from './page-data';
import type { PlanDataset } from './schema';

export const pageDataset: PlanDataset = expandPageData(file as unknown as PageDataFile);
