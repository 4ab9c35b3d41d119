import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES: Record<string, Record<string, { message: string }>> = { ja, en };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = ['components', 'entrypoints'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');

/** Keys passed to t('…') directly, and keys held in tables (KEYS maps) under our prefixes. */
const usedKeys = new Set<string>([
  ...[...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string),
  ...[
    ...code.matchAll(
      /'((?:popup|options|verdict|status|policy|chart|search|checker|export|common)_[a-z0-9_]+)'/g,
    ),
  ].map((m) => m[1] as string),
]);

describe('locales', () => {
  it('every locale has every key, with a message', () => {
    const all = new Set(Object.values(LOCALES).flatMap((catalog) => Object.keys(catalog)));
    for (const [lang, catalog] of Object.entries(LOCALES)) {
      const missing = [...all].filter((key) => !catalog[key]?.message?.trim());
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  it('every key used in the code exists', () => {
    expect(usedKeys.size).toBeGreaterThan(50);
    for (const [lang, catalog] of Object.entries(LOCALES)) {
      const missing = [...usedKeys].filter((key) => !catalog[key]);
      expect(missing, `used in code but missing in ${lang}`).toEqual([]);
    }
  });

  it('keys are valid chrome.i18n names and placeholders agree across locales', () => {
    for (const key of Object.keys(ja)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const count = (s: string) => new Set(s.match(/\$\d/g) ?? []).size;
      expect(count((en as Record<string, { message: string }>)[key]?.message ?? ''), key).toBe(
        count((ja as Record<string, { message: string }>)[key]?.message ?? ''),
      );
    }
  });
});
