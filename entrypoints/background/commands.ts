/** The keyboard commands (Alt+Shift+N / Alt+Shift+P): step through the page's findings. */
import { browser } from '#imports';
import type { Message } from '../../lib/messages';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-finding': 1, 'previous-finding': -1 };

export async function stepFinding(tabId: number, direction: 1 | -1): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(
      tabId,
      { type: 'step-finding', direction } satisfies Message,
      {
        frameId: 0,
      },
    )) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/**
 * One command, for the tab it was given in (or the active tab). The listener's whole body, named
 * so that tests can run it: no browser lets a test press an extension shortcut headless.
 */
export async function runCommand(command: string, tab: { id?: number } | undefined): Promise<boolean> {
  const direction = DIRECTIONS[command];
  if (!direction) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return tabId === undefined ? false : stepFinding(tabId, direction);
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
}
