import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bytesByArea,
  bytesByModule,
  bytesBySource,
  checkerAreas,
  decodeMappings,
  decodeVlq,
  FORBIDDEN_IN_CONTENT,
  forbiddenPackages,
  importGraph,
  runtimeImports,
  UNMAPPED,
  withoutMapComment,
} from '../../../test/tools/size-checks';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('reading a source map', () => {
  it('decodes Base64 VLQ numbers, signs and continuations', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CACD')).toEqual([1, 0, 1, -1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2H')).toEqual([123]);
    expect(decodeVlq('3H')).toEqual([-123]);
    expect(() => decodeVlq('A!')).toThrow();
  });

  it('carries the source index from segment to segment and line to line', () => {
    // line 1: col 0 → source 0, col 4 → source 1; line 2: col 2 → source 1 (relative 0), col 3 no source
    expect(decodeMappings('AAAA,ICAA;EAAA,C')).toEqual([
      [
        { column: 0, source: 0 },
        { column: 4, source: 1 },
      ],
      [
        { column: 2, source: 1 },
        { column: 3, source: -1 },
      ],
    ]);
  });

  it('gives every byte of the file to one source, multi-byte text counted in bytes', () => {
    const code = 'var a=1;var 計="x";\n()=>{}';
    const map = { sources: ['a.ts', 'node_modules/zod/v4/x.js'], mappings: 'AAAA,QCAA;EAAA' };
    const bytes = bytesBySource(code, map);
    expect(bytes.get('a.ts')).toBe(8);
    // 'var 計="x";' is 12 bytes in UTF-8 (計 takes 3), then 4 more on line 2 (col 2 on)
    expect(bytes.get('node_modules/zod/v4/x.js')).toBe(12 + 4);
    // the newline and the first two characters of line 2 belong to no source
    expect(bytes.get(UNMAPPED)).toBe(3);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(Buffer.byteLength(code));
    expect(bytesByModule(bytes).get('zod (package)')).toBe(16);
  });

  it('sums bytes by part of the code base: a folder of lib/, an entrypoint, a package', () => {
    const bySource = new Map([
      ['lib/numbers/find.ts', 100],
      ['lib/numbers/words.ts', 20],
      ['lib/sites.ts', 5],
      ['entrypoints/content/session.ts', 50],
      ['node_modules/wxt/dist/browser.mjs', 7],
      ['node_modules/@wxt-dev/browser/src/index.mjs', 3],
      [UNMAPPED, 11],
    ]);
    expect(Object.fromEntries(bytesByArea(bySource))).toEqual({
      'lib/numbers/': 120,
      'lib/sites.ts': 5,
      'entrypoints/content/': 50,
      'wxt (package)': 7,
      '@wxt-dev/browser (package)': 3,
      [UNMAPPED]: 11,
    });
  });

  it('names the forbidden packages a bundle comes from', () => {
    expect(
      forbiddenPackages(['lib/a.ts', 'node_modules/preact/dist/preact.mjs', 'node_modules/wxt/x.mjs']),
    ).toEqual(['preact']);
    expect(forbiddenPackages(['lib/a.ts', 'node_modules/fuse.js/dist/fuse.mjs'])).toEqual(['fuse.js']);
    expect(forbiddenPackages(['lib/zod-free.ts'])).toEqual([]);
  });

  it('strips the map comment a map build adds, and nothing else', () => {
    expect(withoutMapComment('a();\n//# sourceMappingURL=content.js.map')).toBe('a();');
    expect(withoutMapComment('a();')).toBe('a();');
  });
});

describe('what the content script loads', () => {
  it('reads run-time imports and leaves type-only ones out', () => {
    const src = [
      "import type { A } from './types';",
      "import { type B, type C } from './types2';",
      "import { d, type E } from './mixed';",
      "import './style.css';",
      "export { f } from './re-export';",
      "export type { G } from './types3';",
      "import z from 'zod';",
    ].join('\n');
    expect(runtimeImports(src)).toEqual(['./mixed', './style.css', './re-export', 'zod']);
  });

  const read = (file: string): string | undefined => {
    const full = path.join(ROOT, file);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  };
  const join = (from: string, spec: string) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const graph = importGraph('entrypoints/content/index.ts', read, join);

  it('carries no zod, preact or fuse.js, and not the full dataset', () => {
    expect(graph.files).toContain('lib/check/page-detector.ts');
    expect(graph.files).toContain('seeds/plan.page-terms.json');
    expect(graph.packages.filter((p) => (FORBIDDEN_IN_CONTENT as readonly string[]).includes(p))).toEqual([]);
    expect(graph.files).not.toContain('seeds/plan.json');
    expect(graph.files).not.toContain('lib/plan/data.ts');
    expect(graph.files.filter((f) => f.startsWith('components/') && f.endsWith('.tsx'))).toEqual([]);
  });

  it('carries none of the checker it loads on pages about the plan (entrypoints/checker.ts)', () => {
    expect(checkerAreas(graph.files)).toEqual([]);
    expect(graph.files).not.toContain('seeds/plan.page.json');
    // and the checker's own entry does carry it: the check above looks at the right files
    const checker = importGraph('entrypoints/checker.ts', read, join);
    expect(checkerAreas(checker.files)).toEqual(
      expect.arrayContaining(['lib/check/rules.ts', 'lib/numbers/find.ts', 'lib/plan/page-dataset.ts']),
    );
    expect(checker.files).toContain('seeds/plan.page.json');
  });

  it('would see zod if a module of the content script imported it', () => {
    const files: Record<string, string> = {
      'entry.ts': "import { a } from './lib/a';",
      'lib/a.ts': "import { b } from './b';\nexport const a = b;",
      'lib/b.ts': "import { z } from 'zod';\nexport const b = z;",
    };
    const g = importGraph('entry.ts', (f) => files[f], join);
    expect(g.files).toEqual(['entry.ts', 'lib/a.ts', 'lib/b.ts']);
    expect(g.packages).toEqual(['zod']);
  });
});
