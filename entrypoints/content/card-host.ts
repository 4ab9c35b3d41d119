/**
 * The card's home in the page. The card itself is an extension page (entrypoints/card/, card.html)
 * in an iframe: the page cannot read or rewrite a cross-origin frame, so it cannot fake a verdict
 * in the card or read what the card says. The iframe sits in a CLOSED shadow root on a host
 * element whose custom-element name is drawn at random, so a page can neither reach inside nor
 * define the element before us. The host is the only node Plan Lens adds to a page: created when
 * a card is first needed, appended to <html> (not <body>, which frameworks own), hidden and reused
 * after that (showing and hiding happen inside the shadow root, which the page does not observe).
 *
 * The host's look is ours: !important rules on :host inside the shadow root win over any page rule
 * or inline style (for important declarations the inner context wins), and an attribute observer
 * takes away anything a page sets on the host (style, hidden, inert…). Only trusted pointer and
 * key events (a person's, not a script's) close the card.
 *
 * The frame and this host talk over a MessagePort (lib/card-frame.ts); the frame reports its size
 * and the host places it beside the finding, kept inside the viewport.
 */
import { browser, type ContentScriptContext } from '#imports';
import {
  FRAME_PADDING,
  type FrameConnect,
  type FrameContent,
  type FrameTheme,
  type FromFrame,
  parseFromFrame,
  type ToFrame,
} from '../../lib/card-frame';

export type Theme = FrameTheme;
export type CardContent = FrameContent;

export interface ShowOptions {
  /** Where the finding is on screen now; called again when the page scrolls. */
  anchor: () => DOMRect | null;
  /** Move focus into the card (keyboard and menu use), and return it on close. */
  focus: boolean;
  /** A pinned card stays until Esc or a click outside; a hover card goes when the pointer leaves. */
  pinned: boolean;
  position: { index: number; total: number } | null;
}

const GAP = 8;
const MARGIN = 8;
/** The card's width (components/card/card.css), before the viewport narrows it. */
const CARD_WIDTH = 360;
/** Below this height a card is too cramped to read: it may then overlap its range. */
const MIN_HEIGHT = 180;
/** A frame that has not answered by then is given up (show reports failure). */
const CONNECT_TIMEOUT_MS = 5_000;
const RENDER_TIMEOUT_MS = 3_000;

/** Every property a page could use to hide, move or clip the host, pinned. */
const HOST_DECLARATIONS = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'opacity: 1',
  'visibility: visible',
  'clip-path: none',
  'clip: auto',
  'mask: none',
  'filter: none',
  'transform: none',
  'translate: none',
  'scale: none',
  'rotate: none',
  'contain: none',
  'content-visibility: visible',
  'pointer-events: auto',
  'animation: none',
  'transition: none',
  'color-scheme: normal',
];
const HOST_STYLE = HOST_DECLARATIONS.map((d) => `${d} !important;`).join(' ');

const SHADOW_CSS = `
:host { ${HOST_STYLE} }
iframe {
  position: absolute; left: 0; top: 0; width: 0; height: 0;
  border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal;
  visibility: hidden; pointer-events: none;
}
iframe.open { visibility: visible; pointer-events: auto; }
`;

/** A valid custom-element name nobody can guess: lowercase letters around one hyphen. */
function randomElementName(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(14))]
    .map((b) => String.fromCharCode(97 + (b % 26)))
    .join('');
  return `${letters.slice(0, 6)}-${letters.slice(6)}`;
}

function randomNonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface Frame {
  iframe: HTMLIFrameElement;
  port: MessagePort;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private frame: Frame | null = null;
  private connecting: Promise<Frame | null> | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private returnFocus: Element | null = null;
  private lang: 'ja' | 'en' = 'ja';
  private theme: Theme = 'auto';
  private repositionQueued = false;
  private reattachQueued = false;
  /** Bumped by every show and hide: a slower earlier show must not open over a later decision. */
  private token = 0;
  private seq = 0;
  private size: { seq: number; width: number; height: number } | null = null;
  private sizeWaiters: Array<() => void> = [];
  private sentMaxHeight: number | null = null;
  private visible = false;
  pinned = false;
  /** Called after the card closes (to clear the active mark). */
  onClose: () => void = () => {};
  /** The pointer entered (true) or left (false) the card: the page sees no pointer events there. */
  onPointer: (inside: boolean) => void = () => {};

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.destroy());
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  setPreferences(lang: 'ja' | 'en', theme: Theme): void {
    this.lang = lang;
    this.theme = theme;
  }

  /** Whether an event came from inside the card (its host, as the page's document sees it). */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /**
   * Starts loading the card frame ahead of a first card (the pointer came to rest on a mark: a
   * card is likely within the hover delay). Adds the host, as the card itself would.
   */
  prepare(): void {
    if (!this.frame && this.ctx.isValid) void this.ensureFrame();
  }

  /**
   * Shows `content` beside the finding. Resolves true once the card is on screen, false when it
   * could not be shown (the frame did not load or answer, or a later show or hide came first).
   */
  async show(content: CardContent, options: ShowOptions): Promise<boolean> {
    const token = ++this.token;
    const frame = await this.ensureFrame();
    if (!frame || token !== this.token || !this.ctx.isValid) return false;
    const wasOpen = this.isOpen;
    this.anchor = options.anchor;
    this.pinned = options.pinned;
    if (options.focus && !wasOpen) {
      const active = document.activeElement;
      this.returnFocus = active && active !== document.body && active !== this.host ? active : null;
    }
    const seq = ++this.seq;
    const width = this.cardWidth();
    frame.iframe.style.setProperty('width', `${width + 2 * FRAME_PADDING}px`);
    this.post({
      type: 'render',
      seq,
      content,
      lang: this.lang,
      theme: this.theme,
      position: options.position,
      width,
    });
    const rendered = await this.sizeFor(seq);
    if (!rendered || token !== this.token || this.frame !== frame) return false;
    this.keepHost();
    this.place();
    frame.iframe.classList.add('open');
    this.visible = true;
    if (options.focus) {
      frame.iframe.focus({ preventScroll: true });
      this.post({ type: 'focus' });
    }
    return true;
  }

  hide(): void {
    this.token++;
    if (!this.isOpen) return;
    const hadFocus = this.host !== null && document.activeElement === this.host;
    this.anchor = null;
    this.pinned = false;
    this.visible = false;
    this.frame?.iframe.classList.remove('open');
    this.post({ type: 'clear' });
    this.sentMaxHeight = null;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
    else if (hadFocus) this.host?.blur();
    this.onClose();
  }

  /** Keeps the card beside its range while the page scrolls or resizes, once per frame. */
  reposition(): void {
    if (!this.visible || this.repositionQueued) return;
    this.repositionQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.place();
    });
  }

  private post(message: ToFrame): void {
    this.frame?.port.postMessage(message);
  }

  private cardWidth(): number {
    const vw = document.documentElement.clientWidth || window.innerWidth;
    return Math.max(0, Math.min(CARD_WIDTH, vw - 2 * MARGIN));
  }

  /** Waits for the frame's size report of render `seq`. */
  private sizeFor(seq: number): Promise<boolean> {
    if (this.size?.seq === seq) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = this.ctx.setTimeout(() => finish(false), RENDER_TIMEOUT_MS);
      const waiter = () => {
        if (this.size?.seq === seq) finish(true);
      };
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.sizeWaiters = this.sizeWaiters.filter((w) => w !== waiter);
        resolve(ok);
      };
      this.sizeWaiters.push(waiter);
    });
  }

  private receive(raw: unknown): void {
    const message = parseFromFrame(raw);
    if (!message) return;
    this.handle(message);
  }

  private handle(message: FromFrame): void {
    switch (message.type) {
      case 'size':
        if (message.seq !== this.seq) return;
        this.size = message;
        for (const waiter of [...this.sizeWaiters]) waiter();
        if (this.visible) this.place();
        return;
      case 'close':
        this.hide();
        return;
      case 'pointer':
        if (this.visible) this.onPointer(message.inside);
        return;
      case 'ready':
        return;
    }
  }

  // The host and its frame ---------------------------------------------------------------------

  private ensureHost(): ShadowRoot {
    if (this.host && this.shadow) {
      this.keepHost();
      return this.shadow;
    }
    const host = document.createElement(randomElementName());
    host.setAttribute('style', HOST_STYLE);
    // Closed: the page's scripts get null from host.shadowRoot and cannot reach the frame element.
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.host = host;
    this.shadow = shadow;
    this.guardHost(host);
    this.attach(host);
    this.listen();
    return shadow;
  }

  /** The frame, loaded and connected; null when it cannot be (the caller reports failure). */
  private ensureFrame(): Promise<Frame | null> {
    if (this.frame) {
      this.keepHost();
      return Promise.resolve(this.frame);
    }
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private connect(): Promise<Frame | null> {
    const shadow = this.ensureHost();
    const iframe = document.createElement('iframe');
    iframe.setAttribute('title', 'Plan Lens');
    iframe.setAttribute('tabindex', '-1');
    iframe.src = browser.runtime.getURL('/card.html');
    const origin = new URL(browser.runtime.getURL('/')).origin;
    return new Promise<Frame | null>((resolve) => {
      let loads = 0;
      let settled = false;
      const done = (frame: Frame | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (!frame) iframe.remove();
        resolve(frame);
      };
      const timer = this.ctx.setTimeout(() => done(null), CONNECT_TIMEOUT_MS);
      iframe.addEventListener('load', () => {
        loads++;
        if (loads > 1) {
          // Navigated after its first load (a page holding the frame's window can set its
          // location): whatever it shows now is not ours. Drop it; the next card gets a new one.
          this.dropFrame(iframe);
          done(null);
          return;
        }
        const nonce = randomNonce();
        const channel = new MessageChannel();
        const frame: Frame = { iframe, port: channel.port1 };
        channel.port1.onmessage = (event) => {
          const message = parseFromFrame(event.data);
          if (message?.type === 'ready' && !settled) {
            this.frame = frame;
            done(frame);
            return;
          }
          if (this.frame === frame) this.receive(event.data);
        };
        const announce: FrameConnect = { type: 'card-frame-connect', nonce };
        browser.runtime.sendMessage(announce).catch(() => undefined);
        iframe.contentWindow?.postMessage({ planLensCard: nonce }, origin, [channel.port2]);
      });
      shadow.append(iframe);
    });
  }

  private dropFrame(iframe: HTMLIFrameElement): void {
    if (this.frame?.iframe === iframe) {
      const wasOpen = this.isOpen;
      this.frame.port.close();
      this.frame = null;
      if (wasOpen) this.hide();
    }
    iframe.remove();
  }

  /** The host is where it belongs and looks as it should (a page may have moved or restyled it). */
  private keepHost(): void {
    const host = this.host;
    if (!host) return;
    this.attach(host);
    this.restyle(host);
  }

  /** In fullscreen only the fullscreen element's subtree is drawn, so the host moves there. */
  private attach(host: HTMLElement): void {
    const fullscreen = document.fullscreenElement;
    const parent = fullscreen && !isVoid(fullscreen) ? fullscreen : document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  /** Only our style attribute stays on the host: a page's style, hidden, inert… are taken off. */
  private restyle(host: HTMLElement): void {
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  }

  private guardHost(host: HTMLElement): void {
    const attributes = new MutationObserver(() => this.restyle(host));
    attributes.observe(host, { attributes: true });
    // A page that removes or moves the host gets it back while a card is open (once per frame,
    // so a page fighting back cannot turn this into a loop).
    const placement = new MutationObserver(() => {
      if (!this.visible || this.reattachQueued || host.parentNode === this.parentFor()) return;
      this.reattachQueued = true;
      this.ctx.requestAnimationFrame(() => {
        this.reattachQueued = false;
        if (this.visible) this.keepHost();
      });
    });
    placement.observe(document.documentElement, { childList: true });
    this.ctx.onInvalidated(() => {
      attributes.disconnect();
      placement.disconnect();
    });
  }

  private parentFor(): Element {
    const fullscreen = document.fullscreenElement;
    return fullscreen && !isVoid(fullscreen) ? fullscreen : document.documentElement;
  }

  private listen(): void {
    const { ctx } = this;
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        // A script's synthetic Esc does not close the card; a person's does.
        if (event.key !== 'Escape' || !this.isOpen || !event.isTrusted) return;
        // Esc is ours only while the card is open; a page's own Esc handling goes on otherwise.
        if (this.contains(event)) event.stopPropagation();
        this.hide();
      },
      { capture: true },
    );
    ctx.addEventListener(
      document,
      'pointerdown',
      (event: PointerEvent) => {
        if (this.isOpen && event.isTrusted && !this.contains(event)) this.hide();
      },
      { capture: true, passive: true },
    );
    ctx.addEventListener(window, 'scroll', () => this.reposition(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.reposition(), { passive: true });
    ctx.addEventListener(document, 'fullscreenchange', () => {
      if (this.host) this.attach(this.host);
      this.reposition();
    });
  }

  /**
   * Beside the range: below it when the card fits there, else above; when it fits neither, on the
   * roomier side with its height capped to the room (it scrolls inside), so it never covers the
   * words it explains. Always inside the viewport.
   */
  private place(): void {
    const iframe = this.frame?.iframe;
    const size = this.size;
    const rect = this.anchor?.();
    if (!iframe || !size || !rect) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const { width, height } = size;
    const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
    const roomBelow = vh - MARGIN - (rect.bottom + GAP);
    const roomAbove = rect.top - GAP - MARGIN;
    let top: number;
    let cap: number | null = null;
    if (height <= roomBelow) top = rect.bottom + GAP;
    else if (height <= roomAbove) top = rect.top - GAP - height;
    else if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) {
      const below = roomBelow >= roomAbove;
      cap = Math.floor(below ? roomBelow : roomAbove);
      top = below ? rect.bottom + GAP : rect.top - GAP - cap;
    } else {
      cap = height > vh - 2 * MARGIN ? Math.floor(vh - 2 * MARGIN) : null;
      top = Math.max(MARGIN, vh - (cap ?? height) - MARGIN);
    }
    if (cap !== this.sentMaxHeight) {
      this.sentMaxHeight = cap;
      this.post({ type: 'max-height', px: cap });
    }
    const shown = cap ?? height;
    iframe.style.setProperty('left', `${Math.round(left) - FRAME_PADDING}px`);
    iframe.style.setProperty('top', `${Math.round(top) - FRAME_PADDING}px`);
    iframe.style.setProperty('width', `${Math.ceil(width) + 2 * FRAME_PADDING}px`);
    iframe.style.setProperty('height', `${Math.ceil(shown) + 2 * FRAME_PADDING}px`);
  }

  private destroy(): void {
    this.frame?.port.close();
    this.frame = null;
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.anchor = null;
    this.visible = false;
  }
}

function isVoid(el: Element): boolean {
  return el instanceof HTMLVideoElement || el instanceof HTMLImageElement || el instanceof HTMLCanvasElement;
}
