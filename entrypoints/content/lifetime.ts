/**
 * The content script's lifetime, in our hands. WXT's ContentScriptContext ends itself when the
 * document receives `<extension id>:content:wxt:content-script-started`, and reports client-side
 * navigations as a `…:wxt:locationchange` event on window: both are plain DOM events, and a page
 * can dispatch them (the extension id of a store build is public). This context keeps WXT's
 * helpers (timers, listeners, onInvalidated) and drops both DOM paths:
 * - it ends only when the extension itself is gone (browser.runtime.id disappears: reloaded,
 *   updated or removed), checked on every timer and every few seconds;
 * - it learns of navigations from the browser's own trusted `navigate` events (Navigation API),
 *   or by comparing location.href once a second where that API is missing, and calls the
 *   listener directly: no event on window carries it.
 */
import { ContentScriptContext, type WxtWindowEventMap } from '#imports';

/** How often an otherwise idle page checks that the extension is still there. */
const ALIVE_CHECK_MS = 5_000;
const POLL_LOCATION_MS = 1_000;

type NavigationLike = EventTarget;

export class PlanLensContext extends ContentScriptContext {
  private watchingLocation = false;
  private readonly locationListeners: Array<() => void> = [];

  constructor(name: string) {
    super(name);
    this.setInterval(() => undefined, ALIVE_CHECK_MS);
  }

  /** No announcement on the page's document: nothing there may end us (see the file comment). */
  override stopOldScripts(): void {}

  /** WXT listens here for a DOM event any page can dispatch; we do not. */
  override listenForNewerScripts(): void {}

  override addEventListener<TType extends keyof WxtWindowEventMap>(
    target: Window,
    type: TType,
    handler: (event: WxtWindowEventMap[TType]) => void,
    options?: AddEventListenerOptions,
  ): void;
  override addEventListener<TType extends keyof DocumentEventMap>(
    target: Document,
    type: TType,
    handler: (event: DocumentEventMap[TType]) => void,
    options?: AddEventListenerOptions,
  ): void;
  override addEventListener<TTarget extends EventTarget>(
    target: TTarget,
    ...params: Parameters<TTarget['addEventListener']>
  ): void;
  override addEventListener(target: EventTarget, type: string, handler: unknown, options?: unknown): void {
    if (type === 'wxt:locationchange') {
      this.onLocationChange(handler as () => void);
      return;
    }
    target.addEventListener(type, handler as EventListener, {
      ...(typeof options === 'object' ? options : {}),
      signal: this.signal,
    });
  }

  /** Calls `listener` after each change of the page's URL (pushState, replaceState, popstate, hash). */
  onLocationChange(listener: () => void): void {
    this.locationListeners.push(listener);
    if (this.watchingLocation || !this.isValid) return;
    this.watchingLocation = true;
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      for (const l of this.locationListeners) l();
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      // `navigate` fires before the URL changes, so look just after it. A page can dispatch a
      // synthetic one: only the browser's own (isTrusted) count, and the URL must really differ.
      navigation.addEventListener(
        'navigate',
        (event) => {
          if (event.isTrusted) this.setTimeout(check, 0);
        },
        { signal: this.signal },
      );
    }
    // Where the Navigation API is missing, and for what it does not report: a cheap comparison.
    this.setInterval(check, POLL_LOCATION_MS);
  }
}
