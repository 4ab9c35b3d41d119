/**
 * The conversation between the content script and the card page (entrypoints/card/, an extension
 * page shown in an iframe). It runs over a MessagePort the page cannot see: the content script
 * posts the port to the frame with the extension's origin as targetOrigin, and proves the post is
 * its own with a nonce it also sends over the extension's runtime messaging, which the page cannot
 * reach. Hand-written guards: the frame checks everything it is told, and so does the host.
 */

import type { CheckedClaim, CheckedFindings, Mention } from './check/types';

/**
 * What a card shows, as the page checker found it: claims carry their reason, and the card page
 * writes the explanations (components/card/Card's CardContent is this with explanations).
 */
export type FrameContent =
  | { kind: 'mention'; mention: Mention }
  | { kind: 'claim'; claim: CheckedClaim }
  | { kind: 'selection'; text: string; findings: CheckedFindings };

export type FrameTheme = 'auto' | 'light' | 'dark';

/** content script → runtime (every extension page hears it; only our card frame keeps it). */
export interface FrameConnect {
  type: 'card-frame-connect';
  nonce: string;
}

/** content script → card frame, over the port. */
export type ToFrame =
  | {
      type: 'render';
      seq: number;
      content: FrameContent;
      lang: 'ja' | 'en';
      theme: FrameTheme;
      position: { index: number; total: number } | null;
      /** The card's width in CSS pixels (the host knows the page's viewport; the frame does not yet). */
      width: number;
    }
  /** The room the card may take; null lifts the cap. */
  | { type: 'max-height'; px: number | null }
  | { type: 'focus' }
  | { type: 'clear' };

/** card frame → content script, over the port. */
export type FromFrame =
  | { type: 'ready' }
  /** The card's natural size after render `seq` (or after its content changed size). */
  | { type: 'size'; seq: number; width: number; height: number }
  /** Esc or the close button inside the card. */
  | { type: 'close' }
  /** The pointer entered or left the card. */
  | { type: 'pointer'; inside: boolean };

/** The frame keeps a margin around the card so its shadow is drawn. */
export const FRAME_PADDING = 16;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e5;

export function parseFromFrame(raw: unknown): FromFrame | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'ready':
    case 'close':
      return { type: raw.type };
    case 'pointer':
      return typeof raw.inside === 'boolean' ? { type: 'pointer', inside: raw.inside } : null;
    case 'size':
      return Number.isInteger(raw.seq) && isSize(raw.width) && isSize(raw.height)
        ? { type: 'size', seq: raw.seq as number, width: raw.width, height: raw.height }
        : null;
    default:
      return null;
  }
}

const isContent = (v: unknown): v is FrameContent => {
  if (!isRecord(v)) return false;
  if (v.kind === 'mention') return isRecord(v.mention) && typeof v.mention.termId === 'string';
  if (v.kind === 'claim') return isRecord(v.claim) && typeof v.claim.verdict === 'string';
  if (v.kind === 'selection')
    return (
      typeof v.text === 'string' &&
      isRecord(v.findings) &&
      Array.isArray(v.findings.claims) &&
      Array.isArray(v.findings.mentions)
    );
  return false;
};

const isPosition = (v: unknown): v is { index: number; total: number } | null =>
  v === null || (isRecord(v) && Number.isInteger(v.index) && Number.isInteger(v.total));

export function parseToFrame(raw: unknown): ToFrame | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'render':
      return Number.isInteger(raw.seq) &&
        isContent(raw.content) &&
        (raw.lang === 'ja' || raw.lang === 'en') &&
        (raw.theme === 'auto' || raw.theme === 'light' || raw.theme === 'dark') &&
        isPosition(raw.position) &&
        isSize(raw.width)
        ? (raw as unknown as ToFrame)
        : null;
    case 'max-height':
      return raw.px === null || isSize(raw.px) ? { type: 'max-height', px: raw.px as number | null } : null;
    case 'focus':
    case 'clear':
      return { type: raw.type };
    default:
      return null;
  }
}

export function parseFrameConnect(raw: unknown): FrameConnect | null {
  return isRecord(raw) &&
    raw.type === 'card-frame-connect' &&
    typeof raw.nonce === 'string' &&
    /^[0-9a-f]{32}$/.test(raw.nonce)
    ? { type: 'card-frame-connect', nonce: raw.nonce }
    : null;
}

/**
 * card frame → background: was this nonce announced by a content script of my tab? Firefox does
 * not deliver a content script's runtime message to an extension frame, so the frame asks the
 * background, which heard the announcement. Answer: `true` once, then the nonce is spent.
 */
export interface FrameVerify {
  type: 'card-frame-verify';
  nonce: string;
}

export function parseFrameVerify(raw: unknown): FrameVerify | null {
  return isRecord(raw) &&
    raw.type === 'card-frame-verify' &&
    typeof raw.nonce === 'string' &&
    /^[0-9a-f]{32}$/.test(raw.nonce)
    ? { type: 'card-frame-verify', nonce: raw.nonce }
    : null;
}

/** Nonces a background remembers, with the tab that announced each (a few seconds at most). */
export class AnnouncedNonces {
  private readonly byNonce = new Map<string, { tabId: number; at: number }>();
  constructor(private readonly lifetimeMs = 10_000) {}

  announce(nonce: string, tabId: number, now: number): void {
    this.prune(now);
    // A frame connects once per page load: a tab announcing thousands is misbehaving.
    if (this.byNonce.size >= 256) return;
    this.byNonce.set(nonce, { tabId, at: now });
  }

  /** True when `nonce` was announced from `tabId` (or the frame's tab is unknown) and not spent. */
  take(nonce: string, tabId: number | undefined, now: number): boolean {
    this.prune(now);
    const entry = this.byNonce.get(nonce);
    if (!entry || (tabId !== undefined && entry.tabId !== tabId)) return false;
    this.byNonce.delete(nonce);
    return true;
  }

  private prune(now: number): void {
    for (const [nonce, { at }] of this.byNonce) if (now - at > this.lifetimeMs) this.byNonce.delete(nonce);
  }
}
