/**
 * Every hook the Firefox tests take on the extension's own UI, in one place: the in-page card is
 * being rebuilt and the popup restyled on other branches, so when a surface moves, only this file
 * changes. The tests otherwise judge from what does not depend on our markup: the page's
 * CSS.highlights, the toolbar badge, and the content script's own answers.
 */
import type { Frame, Page } from 'puppeteer-core';

export const POPUP = {
  /** The popup's tabs are role=tab buttons; "このページ" is found by its visible name. */
  tab: '[role="tab"]',
  pageTabName: 'このページ',
  /** The overview's section of the four basic policies. */
  overviewPolicies: '#pl-h-policies',
  /** One finding in the "このページ" list, and its verdict pill. */
  finding: '.pl-finding',
  findingVerdict: '.pl-finding .pl-verdict',
  siteSwitch: '[role="switch"]',
} as const;

export const OPTIONS = {
  title: 'h1',
  siteCheckbox: '.pl-options__sites input[type="checkbox"]',
  markChoice: (mode: string) => `input[name="mark"][value="${mode}"]`,
} as const;

export interface CardState {
  /** The card is open and has a size on screen. */
  open: boolean;
  /** data-verdict of the claim the card shows ("mismatch", "match"…), null for a mention card. */
  verdict: string | null;
  /** The card's text, to check the official figure and the article's number appear. */
  text: string;
}

/**
 * The in-page card as the reader sees it: an extension page (card.html) in a frame that the content
 * script keeps in a closed shadow root. The page cannot reach it; the browser lists it among the
 * tab's frames, so it is read there: its role=dialog and its [data-verdict].
 */
export async function readCard(page: Page): Promise<CardState> {
  // Over BiDi the frame's URL may still read about:blank after card.html loads: ask each child frame.
  let frame: Frame | undefined;
  let inside: { verdict: string | null; text: string } | null = null;
  for (const candidate of page.frames()) {
    if (candidate === page.mainFrame()) continue;
    const found = await candidate
      .evaluate(() => {
        if (!/^moz-extension:\/\/[^/]+\/card\.html/.test(location.href)) return undefined;
        const dialog = document.getElementById('card')?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        return {
          verdict: dialog.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
          text: dialog.textContent ?? '',
        };
      })
      .catch(() => undefined);
    if (found === undefined) continue;
    frame = candidate;
    inside = found;
    break;
  }
  if (!frame || !inside) return { open: false, verdict: null, text: '' };
  // Open means the frame has a size on the page (a closed card's frame is hidden and kept).
  const handle = await frame.frameElement();
  const box = handle ? await handle.boundingBox() : null;
  return { open: box !== null && box.width > 0 && box.height > 0, ...inside };
}

/** Clicks the popup's tab with this visible name. */
export async function openPopupTab(popup: Page, name: string): Promise<void> {
  const clicked = await popup.evaluate(
    (selector, name) => {
      const tab = [...document.querySelectorAll<HTMLElement>(selector)].find(
        (t) => t.textContent?.trim() === name,
      );
      tab?.click();
      return tab !== undefined;
    },
    POPUP.tab,
    name,
  );
  if (!clicked) throw new Error(`the popup has no tab named ${name}`);
}
