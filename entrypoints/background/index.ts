import { browser, defineBackground } from '#imports';
import { parseMessage } from '../../lib/messages';
import { clearTab, updateFrame } from './badge';
import { listenForCommands } from './commands';
import { checkSelection, createMenu, listenForMenu } from './context-menu';
import { cardDetails } from './details';
import { listenForFirstRun } from './first-run';
import { announceSettingsChanged, isTestBuild, pageSettingsFor, watchSettings } from './settings';
import { setSiteEnabled, syncRegistrations } from './sites';
import { cardStrings } from './strings';

// Wiring only: each concern lives in a module beside this file.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createMenu();
    void syncRegistrations();
  });
  browser.runtime.onStartup.addListener(() => void syncRegistrations());
  listenForFirstRun();
  listenForMenu();
  listenForCommands();
  watchSettings(() => void announceSettingsChanged());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());

  // A new page in the tab: the badge starts from nothing; its frames report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`badge:${tabId}`));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'findings-changed': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) void updateFrame(tabId, sender.frameId ?? 0, message);
        return undefined;
      }
      case 'get-settings':
        void pageSettingsFor(sender.url).then(sendResponse, () => sendResponse(null));
        return true;
      case 'get-strings':
        sendResponse(cardStrings(message.lang));
        return undefined;
      case 'get-details':
        sendResponse(cardDetails(message));
        return undefined;
      case 'set-site-enabled':
        void setSiteEnabled(message.origin, message.enabled).then(
          ({ ok }) => sendResponse({ ok }),
          () => sendResponse({ ok: false }),
        );
        return true;
      default:
        return undefined;
    }
  });

  // Test builds only: the context menu's handler, which no test can click (contextMenus.onClicked
  // cannot be dispatched), reachable from Playwright through the service worker.
  if (isTestBuild()) {
    Object.assign(globalThis, { planLensTest: { checkSelection } });
  }
});
