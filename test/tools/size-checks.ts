/**
 * What makes up a built bundle, read from the build's own source map: the bytes of the minified
 * file each source module is responsible for. Pure functions; test/tools/size.ts runs them on the
 * production build's content script (`npm run size`).
 */
import { gzipSync } from 'node:zlib';
import { packageOfSource } from './supply-chain-checks';

/** design.md's budget for the content script, minified: under 100 KB (taken as 100,000 bytes). */
export const CONTENT_BUDGET = 100_000;

/** Packages the content script must never carry (design.md: no zod; the card's UI is its own page). */
export const FORBIDDEN_IN_CONTENT = ['zod', 'preact', 'fuse.js'] as const;

export interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

/** The numbers of one mapping segment (Base64 VLQ, as the source map format writes them). */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`not a Base64 VLQ digit: ${ch}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return out;
}

/** One mapped stretch of a generated line: from `column` (UTF-16 units) on, the code of `source`. */
export interface Segment {
  column: number;
  /** Index into the map's sources, or -1 for a segment that names no source. */
  source: number;
}

/** The segments of every generated line, in order. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const raw of line.split(',')) {
      if (raw === '') continue;
      const fields = decodeVlq(raw);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push({ column, source });
      } else segments.push({ column, source: -1 });
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Where the bytes no source claims are counted: the bundler's glue, and JSON modules (Vite maps no
 * JSON, so seeds/plan.page.json is counted here; test/tools/size.ts says how much of it).
 */
export const UNMAPPED = '(unmapped: JSON data and bundler glue)';

/**
 * UTF-8 bytes of `code` per source: each segment owns the text up to the next segment of its line.
 * The total is exactly the file's size in bytes.
 */
export function bytesBySource(code: string, map: SourceMap): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, text: string) => {
    if (text.length === 0) return;
    out.set(name, (out.get(name) ?? 0) + Buffer.byteLength(text, 'utf8'));
  };
  const lines = decodeMappings(map.mappings);
  const codeLines = code.split('\n');
  codeLines.forEach((text, i) => {
    const segments = lines[i] ?? [];
    const newline = i < codeLines.length - 1 ? '\n' : '';
    add(UNMAPPED, text.slice(0, segments[0]?.column ?? text.length) + newline);
    segments.forEach((s, j) => {
      const end = segments[j + 1]?.column ?? text.length;
      add(s.source >= 0 ? (map.sources[s.source] ?? UNMAPPED) : UNMAPPED, text.slice(s.column, end));
    });
  });
  return out;
}

/** Bytes per project file, or per package for third-party code (node_modules/<package>/…). */
export function bytesByModule(bySource: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const pkg = source === UNMAPPED ? null : packageOfSource(source);
    const name = pkg === null ? source : `${pkg} (package)`;
    out.set(name, (out.get(name) ?? 0) + bytes);
  }
  return out;
}

/**
 * Bytes per part of the code base, so a maintainer sees whose bytes they are: a folder of lib/
 * (lib/numbers, lib/check…), an entrypoint's folder, a third-party package, the unmapped rest.
 */
export function bytesByArea(bySource: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const pkg = source === UNMAPPED ? null : packageOfSource(source);
    const parts = source.split('/');
    const area =
      source === UNMAPPED
        ? source
        : pkg !== null
          ? `${pkg} (package)`
          : parts.length > 2
            ? `${parts[0]}/${parts[1]}/`
            : source;
    out.set(area, (out.get(area) ?? 0) + bytes);
  }
  return out;
}

/** The forbidden packages a bundle's sources come from. */
export function forbiddenPackages(sources: readonly string[]): string[] {
  const found = new Set<string>();
  for (const s of sources) {
    const pkg = packageOfSource(s);
    if (pkg !== null && (FORBIDDEN_IN_CONTENT as readonly string[]).includes(pkg)) found.add(pkg);
  }
  return [...found].sort();
}

export interface SizeFigures {
  /** The file as it ships (without the source map comment, which the production build has not). */
  minified: number;
  gzip: number;
}

/** Minified and gzip (level 9) bytes of a built file. */
export function sizeOf(code: string): SizeFigures {
  const bytes = Buffer.from(code, 'utf8');
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The source map comment a bundler appends when asked for maps; the shipped build has none. */
export function withoutMapComment(code: string): string {
  return code.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '');
}

/**
 * Sources that belong to the lazily loaded checker (entrypoints/checker.ts), never to the content
 * script: the number reader, the date resolution, the rules and the checker's half of the dataset
 * code. The content script keeps lib/check/page-detector.ts and lib/check's types.
 */
export const CHECKER_SOURCES: readonly RegExp[] = [
  /^lib\/numbers\//,
  /^lib\/dates\/(resolve|article-date)\.ts$/,
  /^lib\/check\/(?!page-detector\.ts$|types\.ts$)/,
  /^lib\/plan\/page-dataset\.ts$/,
];

/** The sources of a bundle that only the checker should carry. */
export function checkerAreas(sources: readonly string[]): string[] {
  return sources.filter((s) => CHECKER_SOURCES.some((re) => re.test(s))).sort();
}

/** Module specifiers a TypeScript file loads at run time (type-only imports and exports left out). */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (const m of source.matchAll(statement)) {
    if (m[5] !== undefined) out.push(m[5]);
    else if (m[2] === undefined && m[4] !== undefined && !/^\{\s*(type\s+[^,}]+,?\s*)*\}$/.test(m[3] ?? ''))
      out.push(m[4]);
  }
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) if (m[1]) out.push(m[1]);
  return out;
}

export interface ImportGraph {
  /** Project files reached, relative to the root. */
  files: string[];
  /** Packages reached (bare specifiers, by package name). */
  packages: string[];
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/**
 * Every project file and package an entry loads at run time, following relative imports. A static
 * reading of the sources: it sees what a bundle would hold before any tree shaking.
 */
export function importGraph(
  entry: string,
  read: (file: string) => string | undefined,
  join: (from: string, specifier: string) => string,
): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.tsx?$/.test(file)) return;
    for (const spec of runtimeImports(read(file) ?? '')) {
      if (spec.startsWith('.')) {
        const base = join(file, spec);
        const found = EXTENSIONS.map((ext) => base + ext).find((f) => read(f) !== undefined);
        visit(found ?? base);
      } else {
        const parts = spec.split('/');
        packages.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string));
      }
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}
