/** `npm run seeds:report`: print the state of the dataset's evidence (`--json` for the raw numbers). */
import { fileURLToPath } from 'node:url';
import { evidenceReport, renderReport } from './report';
import { assertSeedFileValid } from './validate';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = fileURLToPath(new URL('../../seeds/plan.json', import.meta.url));
  const report = evidenceReport(assertSeedFileValid(seed));
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report),
  );
}
