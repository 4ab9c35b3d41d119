/**
 * Settings as the background serves them: validated by lib/settings (zod lives here, never in the
 * page), resolved for one frame's origin, and announced to every tab when they change.
 */
import { browser } from '#imports';
import type { Message, PageSettings } from '../../lib/messages';
import {
  defaultSiteOf,
  isOriginEnabled,
  loadSettings,
  originOf,
  type Settings,
  STORAGE_KEY,
} from '../../lib/settings/index';
import { TEST_MATCHES } from '../../lib/sites';

export const storageArea = () => browser.storage.local;

export function readSettings(): Promise<Settings> {
  return loadSettings(storageArea());
}

/** Whether this build is a test build: its static content script also matches loopback. */
export function isTestBuild(): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((s) => TEST_MATCHES.every((m) => s.matches?.includes(m)));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Whether Plan Lens scans a page at `url`: a default news site the reader has not turned off, an
 * origin the reader turned on, or (test builds only) a loopback page. A page the script was
 * injected into only for the context menu answers false, and only checks selections.
 */
export function siteEnabledFor(settings: Settings, url: string | undefined, testBuild: boolean): boolean {
  const origin = url ? originOf(url) : null;
  if (!origin) return false;
  if (testBuild && !defaultSiteOf(origin)) {
    const host = new URL(origin).hostname;
    if (LOOPBACK.has(host)) return true;
  }
  return isOriginEnabled(settings, origin);
}

export async function pageSettingsFor(url: string | undefined): Promise<PageSettings> {
  const settings = await readSettings();
  return {
    siteEnabled: siteEnabledFor(settings, url, isTestBuild()),
    mark: settings.mark,
    lang: settings.lang,
    theme: settings.theme,
  };
}

/** Tell every tab's frames to ask for their settings again. */
export async function announceSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    browser.tabs.sendMessage(tab.id, { type: 'settings-changed' } satisfies Message).catch(() => undefined);
  }
}

export function watchSettings(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_KEY in changes) onChange();
  });
}
