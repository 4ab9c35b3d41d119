/** `npm run seeds:schema`: regenerate seeds/plan.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from './json-schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../../seeds/plan.schema.json', import.meta.url));

writeFileSync(SCHEMA_FILE, renderJsonSchema());
console.log(`wrote ${SCHEMA_FILE}`);
