import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_NEWS_MATCHES } from '../../lib/sites';

// Least privilege, read off the production manifests that `npm test` builds before this runs.
// These are the manifests that ship: the test build (with loopback origins) lives elsewhere.

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
}

async function readManifest(build: string): Promise<{ manifest: Manifest; raw: string }> {
  const raw = await readFile(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8');
  return { manifest: JSON.parse(raw) as Manifest, raw };
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test.describe(`${build} manifest`, () => {
    test('asks only for the permissions the features use', async () => {
      const { manifest } = await readManifest(build);
      expect(manifest.manifest_version).toBe(3);
      // storage: settings; contextMenus: the selection check; activeTab + scripting: checking a
      // selection on a site that is not enabled, and registering the sites a reader turns on.
      expect([...(manifest.permissions ?? [])].sort()).toEqual(
        ['activeTab', 'contextMenus', 'scripting', 'storage'].sort(),
      );
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      // Only the card page may be framed by web pages (the content script shows it in an iframe on
      // any site the reader turned on), and only checker.js may be loaded (the content script
      // imports it on pages about the plan); no other script and no data file is exposed.
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['card.html', 'checker.js'], matches: ['<all_urls>'] },
      ]);
    });

    test('runs by default only on the news-site list; other sites are optional', async () => {
      const { manifest, raw } = await readManifest(build);
      expect(manifest.content_scripts).toHaveLength(1);
      const [script] = manifest.content_scripts ?? [];
      expect([...(script?.matches ?? [])].sort()).toEqual([...DEFAULT_NEWS_MATCHES].sort());
      expect(script?.all_frames).toBe(true);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      // <all_urls> appears only where web pages may frame the card page, never as a host permission.
      const { web_accessible_resources: _framing, ...rest } = manifest;
      expect(JSON.stringify(rest)).not.toContain('<all_urls>');
      expect(raw).not.toContain('*://*/*');
      expect(raw).not.toContain('127.0.0.1');
      expect(raw).not.toContain('localhost');
    });

    test('has icons at every size the stores ask for', async () => {
      const { manifest } = await readManifest(build);
      expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
      for (const file of Object.values(manifest.icons ?? {})) {
        const png = await readFile(path.join(ROOT, '.output', build, file));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    });
  });
}

test('the Firefox build declares its id and that it collects no data', async () => {
  const { manifest } = await readManifest('firefox-mv3');
  expect(manifest.browser_specific_settings?.gecko?.id).toBe('plan-lens@plan-lens.dev');
  expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
});
