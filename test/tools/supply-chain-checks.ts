/**
 * Offline supply-chain checks (npm audit needs the registry's advisory endpoint, which is not
 * reachable here, and `npm audit --omit=dev` would skip wxt, zod and @wxt-dev/browser, which are
 * devDependencies whose code ships in the bundles). Pure functions over package.json, the lock
 * file and the source maps of an analysis build; test/tools/supply-chain.ts runs them.
 */

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface LockFile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
  dev?: boolean;
  license?: string;
}

/** An exact version: 1.2.3 or 1.2.3-beta.4, no range, tag, URL or git reference. */
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Direct dependencies whose version in package.json is not an exact pin. */
export function unpinnedDependencies(pkg: PackageJson): string[] {
  const out: string[] = [];
  for (const [group, deps] of [
    ['dependencies', pkg.dependencies],
    ['devDependencies', pkg.devDependencies],
  ] as const) {
    for (const [name, version] of Object.entries(deps ?? {})) {
      if (!EXACT.test(version)) out.push(`${group}.${name}: "${version}" is not an exact version`);
    }
  }
  return out;
}

/** A strong Subresource Integrity hash, as npm writes it. */
const INTEGRITY = /^sha512-[A-Za-z0-9+/]{86}==$/;

/**
 * Problems with the lock file: an entry without a sha512 integrity hash (a workspace link or a
 * package bundled inside another has none, by design), a tarball from elsewhere than the npm
 * registry, and direct
 * dependencies locked at another version than package.json pins.
 */
export function lockProblems(pkg: PackageJson, lock: LockFile): string[] {
  const out: string[] = [];
  if (lock.lockfileVersion !== 3 && lock.lockfileVersion !== 2) {
    out.push(`lockfileVersion ${lock.lockfileVersion}: expected 2 or 3 (with a "packages" map)`);
  }
  const packages = lock.packages ?? {};
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.link || entry.inBundle) continue;
    if (!entry.integrity) out.push(`${key}: no integrity hash`);
    else if (!INTEGRITY.test(entry.integrity))
      out.push(`${key}: integrity "${entry.integrity}" is not sha512`);
    // This lock file names no tarball URLs (npm then fetches name@version from the configured
    // registry and checks the hash); one that does must point at the npm registry, not a git
    // repository or another host.
    if (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')) {
      out.push(`${key}: resolved from ${entry.resolved}, not the npm registry`);
    }
  }
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const [name, version] of Object.entries(deps ?? {})) {
      const locked = packages[`node_modules/${name}`];
      if (!locked) out.push(`${name}: in package.json, not in the lock file`);
      else if (locked.version !== version)
        out.push(`${name}: package.json pins ${version}, lock has ${locked.version}`);
    }
  }
  return out;
}

/** "…/node_modules/@preact/signals/dist/x.js" → "@preact/signals"; null for the project's own. */
export function packageOfSource(source: string): string | null {
  const at = source.lastIndexOf('node_modules/');
  if (at === -1) return null;
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return name || null;
}

export interface BundleContents {
  /** Third-party package → the files of it that are bundled. */
  packages: Map<string, string[]>;
  /** The project's own files. */
  project: string[];
}

/** Sorts source-map sources into third-party packages and the project's own files. */
export function bundleContents(sources: Iterable<string>): BundleContents {
  const packages = new Map<string, string[]>();
  const project = new Set<string>();
  for (const raw of sources) {
    // Rollup writes sources relative to the map; keep what follows the last ../ run.
    const source = raw.replace(/^(?:\.\.\/)+/, '');
    const name = packageOfSource(source);
    if (name === null) {
      project.add(source);
      continue;
    }
    const file = source.slice(source.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
    const files = packages.get(name) ?? [];
    if (!files.includes(file)) files.push(file);
    packages.set(name, files);
  }
  return { packages, project: [...project].sort() };
}

/** The chunk files a built file loads: static imports, dynamic imports, HTML scripts and preloads. */
export function referencedChunks(code: string): string[] {
  const out = new Set<string>();
  const patterns = [
    /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g,
    /\bfrom\s*["'`]([^"'`]+\.js)["'`]/g,
    /\bimport\s*["'`]([^"'`]+\.js)["'`]/g,
    /<script[^>]*\ssrc="([^"]+\.js)"/g,
    /<link[^>]*\shref="([^"]+\.js)"/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) if (m[1]) out.add(m[1]);
  return [...out];
}
