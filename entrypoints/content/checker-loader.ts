/**
 * The number checker, loaded when a page first needs it: a page about the plan, or the reader's
 * check of a selection. content.js carries the term detector only; checker.js (the rules,
 * lib/numbers, the figures: entrypoints/checker.ts) is imported from the extension's own files.
 *
 * Fail safe: when checker.js cannot be loaded, the page keeps its mentions and gets no verdicts,
 * never wrong ones.
 */
import { browser } from '#imports';
import type { CheckerModule, PageChecker } from '../../lib/check/page-checker';
import type { Detector } from '../../lib/detect/detector';

/** Gives the checker's module. */
export type CheckerLoader = () => Promise<CheckerModule>;

/**
 * checker.js from the extension (a web-accessible file, never a remote one). The module runs in
 * the content script's isolated world, not the page's, and its instance is ours even when the page
 * imported the same URL first (each world has its own module map: tried in Chromium and Firefox).
 */
export const importChecker: CheckerLoader = async () => {
  const url = browser.runtime.getURL('/checker.js');
  const loaded = (await import(/* @vite-ignore */ url)) as { default?: Partial<CheckerModule> };
  const api = loaded.default;
  if (typeof api?.createPageChecker !== 'function') throw new Error('checker.js gave no checker');
  return api as CheckerModule;
};

/** The checker of one content script: loaded once, on first need, and compiled in a task of its own. */
export class LazyChecker {
  /** The compiled checker once it has arrived; null before (and for good if it failed to load). */
  current: PageChecker | null = null;
  private loading: Promise<PageChecker | null> | null = null;

  constructor(
    private readonly load: CheckerLoader,
    private readonly detector: () => Detector,
    /** Resolves in a later task: compiling the rules is kept out of the task that loaded the file. */
    private readonly nextTask: () => Promise<void>,
  ) {}

  /** Whether the load has started (a page that never needs the checker never starts it). */
  get requested(): boolean {
    return this.loading !== null;
  }

  /** Starts the load if it has not started; resolves with the checker, or null when it failed. */
  get(): Promise<PageChecker | null> {
    this.loading ??= this.load()
      .then(async (module) => {
        await this.nextTask();
        this.current = module.createPageChecker(this.detector());
        return this.current;
      })
      .catch(() => null);
    return this.loading;
  }
}
