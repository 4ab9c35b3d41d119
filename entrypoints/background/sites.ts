/**
 * Sites the reader turned on beyond the default news list: one dynamic content script per origin
 * (the built content script and its stylesheet, all frames, kept across sessions), registered when
 * the reader turns the site on (the popup has asked for the origin's permission) and removed when
 * it is turned off. A default news site turned off is simply left alone by its content script.
 */
import { browser } from '#imports';
import {
  canonicalOrigin,
  defaultSiteOf,
  type Settings,
  saveSettings,
  withOriginEnabled,
} from '../../lib/settings/index';
import { packagePath } from '../../lib/sites';
import { readSettings, storageArea } from './settings';

const ID_PREFIX = 'plan-lens-site:';

/** "https://news.example.org" → its match pattern (every port, every path). */
export function matchPatternFor(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/**
 * The built content script's files, as paths inside the package (Firefox's manifest names them as
 * full moz-extension:// URLs, which the scripting API refuses).
 */
export function contentScriptFiles(): { js: ScriptFiles; css: string[] } {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  const js = (script?.js ?? ['content-scripts/content.js']).map(packagePath) as ScriptFiles;
  return { js, css: (script?.css ?? []).map(packagePath) };
}

const scriptId = (origin: string) => ID_PREFIX + origin.toLowerCase();

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX)));
}

async function register(origin: string): Promise<boolean> {
  const pattern = matchPatternFor(origin);
  if (!pattern) return false;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const id = scriptId(origin);
  if ((await registeredIds()).has(id)) return true;
  const { js, css } = contentScriptFiles();
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [pattern],
      js: [...js],
      css,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return true;
}

async function unregister(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await registeredIds()).has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Start Plan Lens in tabs already open on a site just turned on. */
async function injectIntoOpenTabs(pattern: string): Promise<void> {
  const { js, css } = contentScriptFiles();
  const tabs = await browser.tabs.query({ url: pattern });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const target = { tabId: tab.id, allFrames: true };
    try {
      if (css.length > 0) await browser.scripting.insertCSS({ target, files: css });
      await browser.scripting.executeScript({ target, files: js });
    } catch {
      // A tab we may not script (an error page): it picks the site up on its next load.
    }
  }
}

/** The popup's `set-site-enabled`. Returns the settings as saved. */
export async function setSiteEnabled(
  requested: string,
  enabled: boolean,
): Promise<{ ok: boolean; settings: Settings }> {
  const current = await readSettings();
  // Only a real origin, in its one spelling: no wildcard, path, user info or hidden character.
  const origin = canonicalOrigin(requested);
  if (origin === null) return { ok: false, settings: current };
  const isDefault = defaultSiteOf(origin) !== null;
  // Turning a site on needs its permission (the popup asks for it first): no permission, no change.
  if (enabled && !isDefault && !(await register(origin))) return { ok: false, settings: current };
  const settings = await saveSettings(storageArea(), withOriginEnabled(current, origin, enabled));
  if (!enabled && !isDefault) await unregister(origin);
  const pattern = matchPatternFor(origin);
  if (enabled && !isDefault && pattern) await injectIntoOpenTabs(pattern);
  return { ok: true, settings };
}

/**
 * Registrations follow the settings: on install and start-up, origins turned on (and still
 * permitted) are registered, and registrations of origins turned off or whose permission went are
 * removed.
 */
export async function syncRegistrations(): Promise<void> {
  const settings = await readSettings();
  const wanted = new Set<string>();
  for (const origin of settings.extraOrigins) {
    if (await register(origin).catch(() => false)) wanted.add(scriptId(origin));
  }
  const stale = [...(await registeredIds())].filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
}
