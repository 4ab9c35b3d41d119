import { browser, defineBackground } from '#imports';
import { parseMessage } from '../../lib/messages';

// Wiring only: each concern lives in a module beside this file.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message || message.type !== 'findings-changed') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    return undefined;
  });
});
