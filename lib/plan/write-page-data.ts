/** `npm run seeds:page`: regenerate seeds/plan.page.json (the content script's dataset) from the seed. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectPageData } from './page-data';
import type { PlanDataset } from './schema';
import { assertSeedFileValid } from './validate';

/** The page dataset file's text for a validated dataset. */
export const renderPageData = (data: PlanDataset): string => `${JSON.stringify(projectPageData(data))}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = fileURLToPath(new URL('../../seeds/plan.json', import.meta.url));
  const out = fileURLToPath(new URL('../../seeds/plan.page.json', import.meta.url));
  writeFileSync(out, renderPageData(assertSeedFileValid(seed)));
  console.log(`wrote ${out}`);
}
