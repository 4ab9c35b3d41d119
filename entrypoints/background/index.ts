import { browser, defineBackground } from '#imports';
import { AnnouncedNonces, parseFrameConnect, parseFrameVerify } from '../../lib/card-frame';
import { cardDetails } from '../../lib/check/card-details';
import { type ExtensionIdentity, parseMessage, senderKinds, senderMaySend } from '../../lib/messages';
import { clearTab, updateFrame } from './badge';
import { listenForCommands, runCommand } from './commands';
import { checkSelection, createMenu, listenForMenu } from './context-menu';
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

  const cardNonces = new AnnouncedNonces();
  const self: ExtensionIdentity = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // The card frame takes its connection only with a nonce its content script announced over
    // runtime messaging, which the page cannot reach. Firefox does not deliver that announcement to
    // the frame, so the frame asks here (lib/card-frame.ts).
    const announce = parseFrameConnect(raw);
    if (announce) {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && senderKinds(sender, self).has('content-script'))
        cardNonces.announce(announce.nonce, tabId, Date.now());
      return undefined;
    }
    const verify = parseFrameVerify(raw);
    if (verify) {
      const ok =
        (sender.url ?? '').startsWith(self.baseUrl) &&
        cardNonces.take(verify.nonce, sender.tab?.id, Date.now());
      sendResponse(ok);
      return undefined;
    }
    const message = parseMessage(raw);
    // Each message only from the senders that may send it (lib/messages.ts, ALLOWED_SENDERS).
    if (!message || !senderMaySend(message.type, sender, self)) return undefined;
    switch (message.type) {
      case 'findings-changed': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined && sender.frameId !== undefined)
          void updateFrame(tabId, sender.frameId, message);
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

  // Test builds only: handlers no test can trigger for real, reachable from the tests through the
  // background (Chromium's service worker, Firefox's background page): the context menu's click
  // (contextMenus.onClicked cannot be dispatched), a keyboard command (shortcuts cannot be pressed
  // headless) and the start-up resync of site registrations.
  if (isTestBuild()) {
    Object.assign(globalThis, { planLensTest: { checkSelection, runCommand, syncRegistrations } });
  }
});
