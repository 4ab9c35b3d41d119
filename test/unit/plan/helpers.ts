import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// (A string path: under happy-dom the global URL is the DOM's, which fileURLToPath rejects.)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const ROOT_DIR = ROOT;
export const SEED_FILE = resolve(ROOT, 'seeds/plan.json');
export const SCHEMA_FILE = resolve(ROOT, 'seeds/plan.schema.json');

// biome-ignore lint/suspicious/noExplicitAny: tests mutate the raw JSON freely
export type Raw = any;

/** A fresh deep copy of the real seed, to mutate. */
export function seedCopy(): Raw {
  return JSON.parse(readFileSync(SEED_FILE, 'utf8'));
}

/** Index of the record with this id in a collection of the raw seed. */
export function indexOf(raw: Raw, collection: string, id: string): number {
  const i = (raw[collection] as { id: string }[]).findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`${collection} has no record ${id}`);
  return i;
}
