/** On install (not on update or a browser update), opens the first-run page once. */
import { browser } from '#imports';

export function listenForFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
}
