/**
 * The card's home: the element <plan-lens-ui>, the only node Plan Lens adds to a page, created
 * when a card is first needed and appended to <html> (not <body>, which frameworks own). The card
 * renders with Preact inside its open shadow root, with its styles in an adopted stylesheet there
 * (no <style> in the page, and constructed sheets are not subject to the page's CSP).
 */
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { Card, type CardContent } from '../../components/card/Card';
import cardCss from '../../components/card/card.css?inline';
import type { Lang, Translate } from '../../components/i18n';
import { UI_HOST_TAG } from './text-index';

export type Theme = 'auto' | 'light' | 'dark';

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
/** Below this height a card is too cramped to read: it may then overlap its range. */
const MIN_HEIGHT = 180;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private returnFocus: Element | null = null;
  private lang: Lang = 'ja';
  private t: Translate = (key) => key;
  private theme: Theme = 'auto';
  private repositionQueued = false;
  pinned = false;
  /** Called after the card closes (to clear the active mark). */
  onClose: () => void = () => {};

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.destroy());
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  setPreferences(lang: Lang, t: Translate, theme: Theme): void {
    this.lang = lang;
    this.t = t;
    this.theme = theme;
    if (this.host) this.applyTheme(this.host);
  }

  /** Whether an event came from inside the card. */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  show(content: CardContent, options: ShowOptions): void {
    const mount = this.ensureHost();
    const wasOpen = this.isOpen;
    this.anchor = options.anchor;
    this.pinned = options.pinned;
    if (options.focus && !wasOpen) {
      const active = document.activeElement;
      this.returnFocus = active && active !== document.body ? active : null;
    }
    render(
      <Card
        content={content}
        lang={this.lang}
        t={this.t}
        position={options.position}
        onClose={() => this.hide()}
      />,
      mount,
    );
    this.place();
    if (options.focus) this.card()?.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.isOpen) return;
    const hadFocus = this.host !== null && document.activeElement === this.host;
    this.anchor = null;
    this.pinned = false;
    if (this.mount) render(null, this.mount);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
    else if (hadFocus) (document.activeElement as HTMLElement | null)?.blur();
    this.onClose();
  }

  /** Keeps the card beside its range while the page scrolls or resizes, once per frame. */
  reposition(): void {
    if (!this.isOpen || this.repositionQueued) return;
    this.repositionQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.place();
    });
  }

  private card(): HTMLElement | null {
    return this.mount?.querySelector<HTMLElement>('.card') ?? null;
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.mount) {
      if (!this.host.isConnected) this.attach(this.host);
      return this.mount;
    }
    const host = document.createElement(UI_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.textContent = cardCss;
      shadow.append(style);
    }
    const mount = document.createElement('div');
    shadow.append(mount);
    this.applyTheme(host);
    this.host = host;
    this.mount = mount;
    this.attach(host);
    this.listen();
    return mount;
  }

  /** In fullscreen only the fullscreen element's subtree is drawn, so the host moves there. */
  private attach(host: HTMLElement): void {
    const fullscreen = document.fullscreenElement;
    const parent = fullscreen && !isVoid(fullscreen) ? fullscreen : document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  private applyTheme(host: HTMLElement): void {
    if (this.theme === 'auto') host.removeAttribute('data-theme');
    else host.setAttribute('data-theme', this.theme);
  }

  private listen(): void {
    const { ctx } = this;
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !this.isOpen) return;
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
        if (this.isOpen && !this.contains(event)) this.hide();
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
    const card = this.card();
    const rect = this.anchor?.();
    if (!card || !rect) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    card.style.removeProperty('max-height');
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
    const roomBelow = vh - MARGIN - (rect.bottom + GAP);
    const roomAbove = rect.top - GAP - MARGIN;
    let top: number;
    if (height <= roomBelow) top = rect.bottom + GAP;
    else if (height <= roomAbove) top = rect.top - GAP - height;
    else if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) {
      const below = roomBelow >= roomAbove;
      const room = below ? roomBelow : roomAbove;
      card.style.setProperty('max-height', `${Math.floor(room)}px`);
      top = below ? rect.bottom + GAP : rect.top - GAP - room;
    } else top = Math.max(MARGIN, vh - height - MARGIN);
    card.style.setProperty('left', `${Math.round(left)}px`);
    card.style.setProperty('top', `${Math.round(top)}px`);
  }

  private destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.anchor = null;
  }
}

function isVoid(el: Element): boolean {
  return el instanceof HTMLVideoElement || el instanceof HTMLImageElement || el instanceof HTMLCanvasElement;
}
