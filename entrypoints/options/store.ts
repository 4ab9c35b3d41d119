import { browser } from '#imports';
import type { OptionsStore } from '../../components/options/OptionsPage';
import type { Message } from '../../lib/messages';
import { defaultSiteOf, loadSettings, saveSettings, withOriginEnabled } from '../../lib/settings';

/** The options page's side of the browser: settings in storage.local, sites via the background. */
export function createOptionsStore(): OptionsStore {
  const area = browser.storage.local;
  return {
    save: (patch) => saveSettings(area, patch),
    async setSiteEnabled(origin, enabled) {
      if (enabled && !defaultSiteOf(origin)) {
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) return loadSettings(area);
      }
      const next = withOriginEnabled(await loadSettings(area), origin, enabled);
      const saved = await saveSettings(area, {
        disabledSites: next.disabledSites,
        extraOrigins: next.extraOrigins,
      });
      const message: Message = { type: 'set-site-enabled', origin, enabled };
      await browser.runtime.sendMessage(message).catch(() => undefined);
      return saved;
    },
    async shortcuts() {
      const commands = await browser.commands.getAll();
      return commands.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
    },
  };
}
