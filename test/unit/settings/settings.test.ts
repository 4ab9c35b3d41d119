import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSiteOf,
  isOriginEnabled,
  loadSettings,
  originOf,
  parseSettings,
  STORAGE_KEY,
  type StorageAreaLike,
  saveSettings,
  withOriginEnabled,
} from '../../../lib/settings';

function memoryArea(
  initial: Record<string, unknown> = {},
): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('parseSettings', () => {
  it('gives the defaults for nothing, garbage and the wrong types', () => {
    for (const raw of [undefined, null, 42, 'settings', [], [1, 2], true]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps the good fields and drops the corrupt ones, field by field', () => {
    const settings = parseSettings({
      mark: 'problems',
      lang: 'fr',
      theme: { dark: true },
      disabledSites: 'nikkei.com',
      extraOrigins: ['https://example.org', 12, 'javascript:alert(1)', 'https://example.org'],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      mark: 'problems',
      extraOrigins: ['https://example.org'],
    });
  });

  it('keeps a partial object and fills in the rest', () => {
    expect(parseSettings({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('reads the old field names', () => {
    const settings = parseSettings({
      language: 'en',
      colorScheme: 'light',
      enabledOrigins: ['https://Example.org'],
      markMode: 'none',
    });
    expect(settings).toMatchObject({
      lang: 'en',
      theme: 'light',
      extraOrigins: ['https://example.org'],
      mark: 'none',
    });
  });

  it('keeps only default news sites in the disabled list', () => {
    expect(
      parseSettings({ disabledSites: ['nikkei.com', 'example.org', 'NHK.OR.JP'] }).disabledSites,
    ).toEqual(['nikkei.com', 'nhk.or.jp']);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(() => parseSettings({ mark: Symbol('x'), lang: 1n })).not.toThrow();
    expect(() => parseSettings(Object.create(null))).not.toThrow();
    // A proxy that throws on every read still must not crash the popup.
    expect(() => {
      try {
        parseSettings(hostile);
      } catch (error) {
        throw new Error(`threw: ${String(error)}`);
      }
    }).not.toThrow();
  });
});

describe('loadSettings / saveSettings', () => {
  it('loads defaults from empty or corrupt storage', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [STORAGE_KEY]: '{not json' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('loads defaults when the storage area itself fails', async () => {
    const broken: StorageAreaLike = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.resolve(),
    };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch merged into what is stored, validated', async () => {
    const area = memoryArea({ [STORAGE_KEY]: { mark: 'problems', lang: 'xx' } });
    const saved = await saveSettings(area, { theme: 'dark' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, mark: 'problems', theme: 'dark' });
    expect(area.data[STORAGE_KEY]).toEqual(saved);
    // A bad patch value falls back instead of being written.
    const again = await saveSettings(area, { lang: 'de' as never });
    expect(again.lang).toBe('auto');
  });
});

describe('sites', () => {
  it('knows the default news site of an origin', () => {
    expect(defaultSiteOf('https://www.nikkei.com')).toBe('nikkei.com');
    expect(defaultSiteOf('https://japannews.yomiuri.co.jp')).toBe('yomiuri.co.jp');
    expect(defaultSiteOf('https://nikkei.com.evil.example')).toBeNull();
    expect(defaultSiteOf('http://www.nikkei.com')).toBeNull();
    expect(defaultSiteOf('not a url')).toBeNull();
  });

  it('reads the origin of web pages only', () => {
    expect(originOf('https://www.Example.org/a/b?c#d')).toBe('https://www.example.org');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });

  it('turns a default site off by listing it, and another site on by adding its origin', () => {
    const off = withOriginEnabled(DEFAULT_SETTINGS, 'https://www.nikkei.com', false);
    expect(off.disabledSites).toEqual(['nikkei.com']);
    expect(isOriginEnabled(off, 'https://www.nikkei.com')).toBe(false);
    const on = withOriginEnabled(off, 'https://www.nikkei.com', true);
    expect(on.disabledSites).toEqual([]);

    expect(isOriginEnabled(DEFAULT_SETTINGS, 'https://example.org')).toBe(false);
    const extra = withOriginEnabled(DEFAULT_SETTINGS, 'https://Example.org', true);
    expect(extra.extraOrigins).toEqual(['https://example.org']);
    expect(isOriginEnabled(extra, 'https://example.org')).toBe(true);
    expect(withOriginEnabled(extra, 'https://example.org', false).extraOrigins).toEqual([]);
  });
});
