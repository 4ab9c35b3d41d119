/**
 * `npm run seeds:page`: regenerate the page dataset from the seed: seeds/plan.page-terms.json (the
 * detector's terms, in content.js) and seeds/plan.page.json (the checker's figures, in checker.js).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectPageData } from './page-data';
import type { PlanDataset } from './schema';
import { assertSeedFileValid } from './validate';

/** The page dataset files' texts for a validated dataset, by path from the project root. */
export function renderPageData(data: PlanDataset): Record<string, string> {
  const { terms, checks } = projectPageData(data);
  return {
    'seeds/plan.page-terms.json': `${JSON.stringify(terms)}\n`,
    'seeds/plan.page.json': `${JSON.stringify(checks)}\n`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = fileURLToPath(new URL('../../seeds/plan.json', import.meta.url));
  for (const [file, text] of Object.entries(renderPageData(assertSeedFileValid(seed)))) {
    const out = fileURLToPath(new URL(`../../${file}`, import.meta.url));
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
