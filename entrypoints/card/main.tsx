/**
 * The card page: the in-page card as an extension page, shown by the content script in an iframe
 * inside a closed shadow root. A page cannot read or rewrite a cross-origin frame, so the verdict a
 * reader sees here is the one Plan Lens gave. The frame talks only over the MessagePort the
 * content script handed it (see lib/card-frame.ts for how a port is proved to be ours), and reads
 * the dataset's texts itself: the page's bundle carries only what checking needs.
 */
import { render } from 'preact';
import { browser } from '#imports';
import { Card } from '../../components/card/Card';
import cardCss from '../../components/card/card.css?inline';
import { createTranslator } from '../../components/i18n';
import {
  FRAME_PADDING,
  type FrameVerify,
  type FromFrame,
  parseFrameConnect,
  parseToFrame,
  type ToFrame,
} from '../../lib/card-frame';
import { withDetails } from './details';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

let port: MessagePort | null = null;
/** Nonces the content script announced over runtime messaging, and ports that came with a nonce. */
const announced = new Set<string>();
const offered = new Map<string, MessagePort>();
let maxHeight: number | null = null;
let lastSeq = 0;
let lastSize = '';
let cardWidth = 0;

const host = document.getElementById('card') as HTMLElement;
const shadow = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(cardCss);
// The frame leaves FRAME_PADDING around the card: a shadow that fits in it (card.css's larger one
// would be cut square at the frame's edge).
const frameSheet = new CSSStyleSheet();
frameSheet.replaceSync(`:host {
  --shadow: 0 4px 12px light-dark(rgb(16 24 40 / 0.16), rgb(0 0 0 / 0.45)),
    0 1px 3px light-dark(rgb(16 24 40 / 0.1), rgb(0 0 0 / 0.35));
}`);
shadow.adoptedStyleSheets = [sheet, frameSheet];
const mount = document.createElement('div');
shadow.append(mount);

function send(message: FromFrame): void {
  port?.postMessage(message);
}

function card(): HTMLElement | null {
  return mount.querySelector<HTMLElement>('.card');
}

/** Reports the card's natural size (the host places the frame), then applies the host's cap. */
function measure(seq: number): void {
  const el = card();
  if (!el) return;
  el.style.setProperty('left', `${FRAME_PADDING}px`);
  el.style.setProperty('top', `${FRAME_PADDING}px`);
  // The frame's own viewport follows the host's resize a moment later: the width is the host's word.
  el.style.setProperty('width', `${cardWidth}px`);
  el.style.setProperty('max-height', 'none');
  const { width, height } = el.getBoundingClientRect();
  if (maxHeight !== null) el.style.setProperty('max-height', `${maxHeight}px`);
  const key = `${seq}:${width}x${height}`;
  if (key === lastSize) return;
  lastSize = key;
  send({ type: 'size', seq, width, height });
}

// Fonts arriving or an image of the card loading change its size: tell the host again.
const resized = new ResizeObserver(() => measure(lastSeq));

function show(message: Extract<ToFrame, { type: 'render' }>): void {
  const content = withDetails(message.content);
  const t = createTranslator(message.lang);
  document.documentElement.lang = message.lang;
  if (message.theme === 'auto') host.removeAttribute('data-theme');
  else host.setAttribute('data-theme', message.theme);
  lastSeq = message.seq;
  cardWidth = message.width;
  render(
    <Card
      content={content}
      lang={message.lang}
      t={t}
      position={message.position}
      onClose={() => send({ type: 'close' })}
    />,
    mount,
  );
  const el = card();
  resized.disconnect();
  if (el) resized.observe(el);
  measure(message.seq);
}

function handle(raw: unknown): void {
  const message = parseToFrame(raw);
  if (!message) return;
  switch (message.type) {
    case 'render':
      show(message);
      return;
    case 'max-height': {
      maxHeight = message.px;
      const el = card();
      if (el) el.style.setProperty('max-height', maxHeight === null ? 'none' : `${maxHeight}px`);
      return;
    }
    case 'focus':
      card()?.focus({ preventScroll: true });
      return;
    case 'clear':
      resized.disconnect();
      render(null, mount);
      maxHeight = null;
      lastSize = '';
      return;
  }
}

function connect(nonce: string): void {
  const offer = offered.get(nonce);
  if (port || !offer || !announced.has(nonce)) return;
  port = offer;
  offered.clear();
  announced.clear();
  port.onmessage = (event) => handle(event.data);
  send({ type: 'ready' });
}

// The port arrives by window.postMessage (from the parent, which is also where the page's own posts
// come from), so it is taken only with a nonce the runtime told us about.
window.addEventListener('message', (event) => {
  if (port || event.source !== window.parent) return;
  const data = event.data as { planLensCard?: unknown } | null;
  const nonce = typeof data?.planLensCard === 'string' ? data.planLensCard : null;
  const offer = event.ports[0];
  if (!nonce || !offer || offered.size > 8) return;
  offered.set(nonce, offer);
  connect(nonce);
  // Firefox does not deliver the content script's announcement here: ask the background, which
  // heard it (the announcement may still be on its way: ask once more a moment later).
  const verify: FrameVerify = { type: 'card-frame-verify', nonce };
  const ask = (retry: boolean) =>
    browser.runtime.sendMessage(verify).then(
      (ok: unknown) => {
        if (ok === true) {
          announced.add(nonce);
          connect(nonce);
        } else if (retry) setTimeout(() => ask(false), 150);
      },
      () => undefined,
    );
  if (!port) void ask(true);
});

browser.runtime.onMessage.addListener((raw: unknown) => {
  const connectMessage = parseFrameConnect(raw);
  if (!connectMessage || port) return undefined;
  announced.add(connectMessage.nonce);
  connect(connectMessage.nonce);
  return undefined;
});

/** Tab and Shift+Tab go round the card's controls; Esc closes it (focus goes back to the page). */
document.addEventListener(
  'keydown',
  (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      send({ type: 'close' });
      return;
    }
    if (event.key !== 'Tab') return;
    const el = card();
    if (!el) return;
    const stops = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = shadow.activeElement;
    if (!first || !last) {
      event.preventDefault();
      el.focus({ preventScroll: true });
      return;
    }
    if (event.shiftKey && (active === first || active === el || active === null)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || active === null)) {
      event.preventDefault();
      first.focus();
    }
  },
  { capture: true },
);

document.documentElement.addEventListener('pointerenter', () => send({ type: 'pointer', inside: true }));
document.documentElement.addEventListener('pointerleave', () => send({ type: 'pointer', inside: false }));
