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

export function listenForCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = DIRECTIONS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await stepFinding(tabId, direction);
  });
}
