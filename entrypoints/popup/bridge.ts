import { browser } from '#imports';
import type { PageState, PopupBridge } from '../../components/popup/bridge';
import { allFindings, type FindingsReply, type Message } from '../../lib/messages';
import {
  defaultSiteOf,
  isOriginEnabled,
  loadSettings,
  originOf,
  type Settings,
  saveSettings,
  withOriginEnabled,
} from '../../lib/settings';

/** Pages no extension may script, even with permission. */
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

const GET_FINDINGS_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The popup's side of the browser. `tabId` comes from `?tab=ID` (tests open the popup as a tab,
 * where "the active tab" would be the popup itself); otherwise the active tab is used.
 */
export function createPopupBridge(tabId: number | null): PopupBridge {
  const area = browser.storage.local;
  let targetTab: number | undefined;

  const findTab = async () => {
    if (tabId !== null) return browser.tabs.get(tabId).catch(() => undefined);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  };

  const send = (message: Message) => {
    if (targetTab === undefined) return Promise.reject(new Error('no tab'));
    return browser.tabs.sendMessage(targetTab, message);
  };

  return {
    async loadPage(): Promise<PageState> {
      const tab = await findTab();
      if (tab?.id === undefined) return { kind: 'no-tab' };
      targetTab = tab.id;
      // Without host permission the tab's URL is hidden; a content script that answers tells it.
      const tabUrl = tab.url ?? tab.pendingUrl ?? null;
      if (tabUrl && !originOf(tabUrl)) return { kind: 'restricted', url: tabUrl };
      let reply: FindingsReply | null = null;
      try {
        reply = await allFindings((from) =>
          withTimeout(send({ type: 'get-findings', from }), GET_FINDINGS_TIMEOUT_MS),
        );
      } catch {
        reply = null;
      }
      const url = tabUrl ?? reply?.url ?? null;
      const origin = url ? originOf(url) : null;
      if (!url || !origin || RESTRICTED_HOSTS.includes(new URL(origin).hostname)) {
        return { kind: 'restricted', url };
      }
      const settings = await loadSettings(area);
      // An origin the manifest matches outside the news list (loopback in test builds) is on
      // whenever its content script answers.
      const enabled = isOriginEnabled(settings, origin) || (reply !== null && !defaultSiteOf(origin));
      if (!reply) return { kind: 'unavailable', url, origin, enabled };
      return { kind: 'ready', url, origin, enabled, reply };
    },

    async showFinding(index) {
      await send({ type: 'show-finding', index }).catch(() => undefined);
    },

    async setSiteEnabled(origin, enabled) {
      if (enabled && !defaultSiteOf(origin)) {
        // First call of the click handler's chain: the browser still sees the user gesture.
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) return false;
      }
      const next = withOriginEnabled(await loadSettings(area), origin, enabled);
      await saveSettings(area, { disabledSites: next.disabledSites, extraOrigins: next.extraOrigins });
      const message: Message = { type: 'set-site-enabled', origin, enabled };
      await browser.runtime.sendMessage(message).catch(() => undefined);
      return true;
    },

    saveSettings: (patch: Partial<Settings>) => saveSettings(area, patch),

    openOptions() {
      void browser.runtime.openOptionsPage();
    },

    copy: (text) => navigator.clipboard.writeText(text),
  };
}
