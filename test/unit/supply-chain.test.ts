import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleContents,
  type LockFile,
  lockProblems,
  type PackageJson,
  packageOfSource,
  referencedChunks,
  unpinnedDependencies,
} from '../../test/tools/supply-chain-checks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as LockFile;

const HASH = `sha512-${'A'.repeat(86)}==`;
const entry = (name: string, version: string) => ({
  version,
  resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
  integrity: HASH,
});

describe('the project’s own package.json and lock file', () => {
  it('pins every dependency to an exact version', () => {
    expect(unpinnedDependencies(pkg)).toEqual([]);
  });

  it('has a sha512 integrity hash for every locked package, at the pinned versions', () => {
    expect(Object.keys(lock.packages ?? {}).length).toBeGreaterThan(100);
    expect(lockProblems(pkg, lock)).toEqual([]);
  });
});

describe('the checks find what they look for', () => {
  it('ranges, tags and URLs are not pins', () => {
    const loose: PackageJson = {
      dependencies: { a: '^1.2.3', b: '~1.2.3', c: 'latest', d: '1.2.3', e: '>=1', f: '*' },
      devDependencies: { g: 'github:x/y', h: 'https://x.example/h.tgz', i: '1.2.3-beta.1', j: '1.x' },
    };
    expect(unpinnedDependencies(loose).map((p) => p.split(':')[0])).toEqual([
      'dependencies.a',
      'dependencies.b',
      'dependencies.c',
      'dependencies.e',
      'dependencies.f',
      'devDependencies.g',
      'devDependencies.h',
      'devDependencies.j',
    ]);
  });

  it('a missing or weak hash, a foreign source, a drifted version', () => {
    const manifest: PackageJson = { dependencies: { a: '1.0.0', gone: '2.0.0' } };
    const bad: LockFile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': { ...entry('a', '1.0.1') },
        'node_modules/b': { ...entry('b', '1.0.0'), integrity: undefined },
        'node_modules/c': { ...entry('c', '1.0.0'), integrity: 'sha1-abc=' },
        'node_modules/d': { ...entry('d', '1.0.0'), resolved: 'https://evil.example/d.tgz' },
        'node_modules/e': { link: true },
        'node_modules/f/node_modules/g': { inBundle: true, version: '1.0.0' },
      },
    };
    expect(lockProblems(manifest, bad)).toEqual([
      'node_modules/b: no integrity hash',
      'node_modules/c: integrity "sha1-abc=" is not sha512',
      'node_modules/d: resolved from https://evil.example/d.tgz, not the npm registry',
      'a: package.json pins 1.0.0, lock has 1.0.1',
      'gone: in package.json, not in the lock file',
    ]);
  });
});

describe('what ships', () => {
  it('sorts a source map’s sources into packages and the project’s files', () => {
    const contents = bundleContents([
      '../../lib/check/engine.ts',
      '../../node_modules/preact/dist/preact.mjs',
      '../../node_modules/preact/hooks/dist/hooks.mjs',
      '../../node_modules/@wxt-dev/browser/src/index.mjs',
      '../../node_modules/x/node_modules/zod/v4/core/core.js',
    ]);
    expect(Object.fromEntries(contents.packages)).toEqual({
      preact: ['dist/preact.mjs', 'hooks/dist/hooks.mjs'],
      '@wxt-dev/browser': ['src/index.mjs'],
      zod: ['v4/core/core.js'],
    });
    expect(contents.project).toEqual(['lib/check/engine.ts']);
    expect(packageOfSource('entrypoints/popup/main.tsx')).toBeNull();
  });

  it('follows static and dynamic imports and the HTML’s scripts', () => {
    const js = 'import{a as b}from"./jsxRuntime-X.js";import"./side.js";D(()=>import(`./search-Y.js`))';
    expect(referencedChunks(js).sort()).toEqual(['./jsxRuntime-X.js', './search-Y.js', './side.js']);
    const html =
      '<script type="module" crossorigin src="/chunks/popup-A.js"></script><link rel="modulepreload" crossorigin href="/chunks/jsxRuntime-B.js">';
    expect(referencedChunks(html).sort()).toEqual(['/chunks/jsxRuntime-B.js', '/chunks/popup-A.js']);
  });
});
