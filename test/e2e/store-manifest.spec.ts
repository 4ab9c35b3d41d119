import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Store listings and the browsers' add-on pages show these: both production manifests carry them.
const ROOT = path.resolve(import.meta.dirname, '../..');

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build}: the manifest names the add-on's homepage and author`, async () => {
    const manifest = JSON.parse(
      await readFile(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'),
    ) as {
      homepage_url?: string;
      author?: string;
    };
    expect(new URL(manifest.homepage_url ?? '').protocol).toBe('https:');
    expect(manifest.author).toBe('Plan Lens contributors');
  });
}
