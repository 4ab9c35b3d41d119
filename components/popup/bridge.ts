import type { Findings } from '../../lib/check/types';
import type { FindingsReply } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/** What the popup knows about the tab it was opened on. */
export type PageState =
  /** No tab to look at (the popup opened without one). */
  | { kind: 'no-tab' }
  /** A browser page, the web store, a file…: no extension may run there. */
  | { kind: 'restricted'; url: string | null }
  /** A web page where no content script answered (Plan Lens off, or the page still loading). */
  | { kind: 'unavailable'; url: string; origin: string; enabled: boolean }
  | { kind: 'ready'; url: string; origin: string; enabled: boolean; reply: FindingsReply };

/**
 * Everything the popup asks of the browser, in one interface: main.tsx implements it with
 * `browser`, tests with plain functions.
 */
export interface PopupBridge {
  loadPage(): Promise<PageState>;
  showFinding(index: number): Promise<void>;
  /**
   * Turns Plan Lens on or off for an origin. Turning on asks for the origin's permission, so it
   * must be called straight from the click. Resolves false when the reader declined.
   */
  setSiteEnabled(origin: string, enabled: boolean): Promise<boolean>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  openOptions(): void;
  copy(text: string): Promise<void>;
}

/** The checker: lib/check's analyzeText, loaded when the checker tab is first used. */
export type CheckText = (text: string) => Promise<Findings>;

export const loadChecker: CheckText = async (text) => {
  const { analyzeText } = await import('../../lib/check/index');
  return analyzeText(text, { assumeAboutPlan: true });
};
