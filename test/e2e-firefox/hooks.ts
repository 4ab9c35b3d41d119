/**
 * Every hook the Firefox tests take on the extension's own UI, in one place: the in-page card is
 * being rebuilt and the popup restyled on other branches, so when a surface moves, only this file
 * changes. The tests otherwise judge from what does not depend on our markup: the page's
 * CSS.highlights, the toolbar badge, and the content script's own answers.
 */
import type { Page } from 'puppeteer-core';

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
 * The in-page card as the reader sees it. Today: the open shadow root of <plan-lens-ui>, its
 * role=dialog and its [data-verdict]. If the card moves to a closed shadow root or an extension
 * page in an iframe, read it here (for an iframe: find the frame by its moz-extension:// URL with
 * page.frames() and read the same hooks inside it).
 */
export function readCard(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const dialog = document.querySelector('plan-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return { open: false, verdict: null, text: '' };
    const box = dialog.getBoundingClientRect();
    return {
      open: box.width > 0 && box.height > 0,
      verdict: dialog.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
      text: dialog.textContent ?? '',
    };
  });
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
