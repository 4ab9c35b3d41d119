/**
 * 「AI基本計画と照合」 on selected text: shows the card for the selection's claims on any page, even
 * one where Plan Lens is off. With activeTab the click grants access to the tab; the content script
 * is injected into the clicked frame only when it is not already there.
 */
import { type Browser, browser } from '#imports';
import type { Message } from '../../lib/messages';
import { contentScriptFiles } from './sites';

export const MENU_ID = 'plan-lens-check-selection';

export function createMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menu_check') || 'AI基本計画と照合',
      contexts: ['selection'],
    });
  });
}

async function send(tabId: number, frameId: number, message: Message): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message, { frameId })) as
      | { ok?: boolean }
      | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/**
 * The menu's click. Sends the selection to the frame's content script, injecting the script first
 * when the frame has none (the site is not on). Returns whether a card was shown.
 */
export async function checkSelection(
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'frameId' | 'menuItemId'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<boolean> {
  const tabId = tab?.id;
  const text = info.selectionText?.slice(0, 10_000) ?? '';
  if (tabId === undefined || tabId < 0 || !text.trim()) return false;
  const frameId = info.frameId ?? 0;
  const message: Message = { type: 'check-selection', text };
  if (await send(tabId, frameId, message)) return true;
  const { js, css } = contentScriptFiles();
  try {
    const target = { tabId, frameIds: [frameId] };
    if (css.length > 0) await browser.scripting.insertCSS({ target, files: css });
    await browser.scripting.executeScript({ target, files: js });
  } catch {
    return false;
  }
  // The injected script registers its listener once its settings arrive: try for a moment.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await send(tabId, frameId, message)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

export function listenForMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void checkSelection(info, tab);
  });
}
