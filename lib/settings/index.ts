// zod/mini: the same checks as zod, tree-shaken to a few kB, so the popup opens fast.
import * as z from 'zod/mini';
import { DEFAULT_NEWS_SITES } from '../sites';
import { canonicalOrigin } from './origin';

export { canonicalOrigin } from './origin';

/**
 * The reader's settings: one zod schema, read field by field so that one corrupt or outdated
 * field never costs the reader the others. Pure: the storage area is passed in, so the module
 * runs in Node tests and in the extension alike. The content script does not import this module
 * (no zod in the page bundle): it asks the background with `get-settings`.
 */

export const STORAGE_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const MARK_MODES = ['all', 'problems', 'none'] as const;
export const LANG_CHOICES = ['auto', 'ja', 'en'] as const;
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;

export type MarkMode = (typeof MARK_MODES)[number];
export type LangChoice = (typeof LANG_CHOICES)[number];
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A bare host name from the default news list, as in lib/sites.ts: "nikkei.com". */
const Site = z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/));

/**
 * An origin turned on by the reader, exactly as `new URL(x).origin` writes it:
 * "https://example.org" (lib/settings/origin.ts says what is refused). Stored values in another
 * spelling ("https://Example.org/") are read as their canonical form.
 */
const Origin = z.string().check(z.refine((s) => canonicalOrigin(s) === s));

const FIELDS = {
  version: z.literal(SETTINGS_VERSION),
  /** Default news sites the reader turned off. */
  disabledSites: z.array(Site),
  /** Origins beyond the default list that the reader turned on (permission granted). */
  extraOrigins: z.array(Origin),
  /** What the content script marks: every finding, only problems, or nothing until asked. */
  mark: z.enum(MARK_MODES),
  lang: z.enum(LANG_CHOICES),
  theme: z.enum(THEME_CHOICES),
};

export const SettingsSchema = z.object(FIELDS);
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledSites: [],
  extraOrigins: [],
  mark: 'all',
  lang: 'auto',
  theme: 'auto',
});

type Field = keyof Settings;

/** Old names of fields, from before version 1, read once and then written back under the new name. */
const RENAMED: Partial<Record<string, Field>> = {
  language: 'lang',
  colorScheme: 'theme',
  enabledOrigins: 'extraOrigins',
  markMode: 'mark',
};

/**
 * The good entries of a stored list, each once, in their first order: a list with a few bad
 * entries keeps the rest. Linear in the list's length (a Set remembers what was kept), so a
 * bloated storage value costs a reader milliseconds, not seconds, on every page.
 */
function parseList<T>(read: (item: unknown) => T | null, raw: unknown): T[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const seen = new Set<T>();
  for (const item of raw) {
    const value = read(item);
    if (value !== null) seen.add(value);
  }
  return [...seen];
}

const DEFAULT_SITE_SET: ReadonlySet<string> = new Set(DEFAULT_NEWS_SITES);

/** A default news site from storage ("NHK.OR.JP" → "nhk.or.jp"), or null. */
function readSite(item: unknown): string | null {
  const parsed = Site.safeParse(item);
  return parsed.success && DEFAULT_SITE_SET.has(parsed.data) ? parsed.data : null;
}

/**
 * Settings from whatever storage holds: missing, corrupt or old fields fall back to their
 * defaults one by one. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  try {
    return readFields(raw);
  } catch {
    // A storage value with throwing getters (or worse) is as good as none.
    return { ...DEFAULT_SETTINGS, disabledSites: [], extraOrigins: [] };
  }
}

function readFields(raw: unknown): Settings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    extraOrigins: [],
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const record: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [oldName, newName] of Object.entries(RENAMED)) {
    if (newName && record[newName] === undefined && record[oldName] !== undefined) {
      record[newName] = record[oldName];
    }
  }
  const disabledSites = parseList(readSite, record.disabledSites);
  if (disabledSites) settings.disabledSites = disabledSites;
  const extraOrigins = parseList(canonicalOrigin, record.extraOrigins);
  if (extraOrigins) settings.extraOrigins = extraOrigins;
  const mark = FIELDS.mark.safeParse(record.mark);
  if (mark.success) settings.mark = mark.data;
  const lang = FIELDS.lang.safeParse(record.lang);
  if (lang.success) settings.lang = lang.data;
  const theme = FIELDS.theme.safeParse(record.theme);
  if (theme.success) settings.theme = theme.data;
  return settings;
}

/** The part of browser.storage.local (or any area) this module needs. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    const stored = await area.get(STORAGE_KEY);
    return parseSettings(stored?.[STORAGE_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Merges a patch into the stored settings, validates the result and writes it back. */
export async function saveSettings(area: StorageAreaLike, patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings(area);
  const next = parseSettings({ ...current, ...patch });
  await area.set({ [STORAGE_KEY]: next });
  return next;
}

/** The default news site an origin belongs to ("https://www.nikkei.com" → "nikkei.com"), if any. */
export function defaultSiteOf(origin: string): string | null {
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:') return null;
    host = url.hostname.toLowerCase();
  } catch {
    return null;
  }
  // The longest match wins: japannews.yomiuri.co.jp belongs to yomiuri.co.jp only if listed so.
  let best: string | null = null;
  for (const site of DEFAULT_NEWS_SITES) {
    if ((host === site || host.endsWith(`.${site}`)) && (!best || site.length > best.length)) best = site;
  }
  return best;
}

/** "https://www.example.org/a/b?c" → "https://www.example.org"; null for non-web pages. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.origin.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether Plan Lens runs on this origin, as far as the settings say (permissions aside). */
export function isOriginEnabled(settings: Settings, origin: string): boolean {
  const site = defaultSiteOf(origin);
  if (site) return !settings.disabledSites.includes(site);
  const canonical = canonicalOrigin(origin);
  return canonical !== null && settings.extraOrigins.includes(canonical);
}

/**
 * The settings after turning an origin on or off. A default news site is turned off by adding it
 * to the disabled list; any other origin is turned on by adding it to the extra origins.
 */
export function withOriginEnabled(settings: Settings, origin: string, enabled: boolean): Settings {
  const site = defaultSiteOf(origin);
  if (site) {
    const others = settings.disabledSites.filter((s) => s !== site);
    return { ...settings, disabledSites: enabled ? others : [...others, site] };
  }
  // Not an origin (a wildcard, a path, an invisible character…): nothing changes.
  const canonical = canonicalOrigin(origin);
  if (canonical === null) return settings;
  const others = settings.extraOrigins.filter((o) => o !== canonical);
  return { ...settings, extraOrigins: enabled ? [...others, canonical] : others };
}
