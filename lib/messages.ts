/**
 * Messages between the background, the content script and the popup: one discriminated union,
 * checked at every boundary. Hand-written guards rather than zod, so the content script bundle
 * stays small. An unknown or malformed message is ignored (parseMessage returns null).
 */

import type { Verdict } from './check/types';

/** One finding as the popup lists it, in reading order. */
export interface FindingSummary {
  index: number;
  kind: 'mention' | 'claim';
  text: string;
  termId: string | null;
  figureId: string | null;
  verdict: Verdict | null;
  official: string | null;
  /** A little of the surrounding text, to recognise the place. */
  context: string;
}

export type Message =
  /** content → background: what this frame found, for the badge. */
  | { type: 'findings-changed'; count: number; problems: number }
  /** popup → content: list this page's findings. Answer: FindingsReply. */
  | { type: 'get-findings' }
  /** popup → content, background → content: scroll to a finding and open its card. */
  | { type: 'show-finding'; index: number }
  /** background → content: the keyboard command. */
  | { type: 'step-finding'; direction: 1 | -1 }
  /** background → content: the context menu's check of the selected text. */
  | { type: 'check-selection'; text: string }
  /** content → background: the reader's settings (the background validates them). */
  | { type: 'get-settings' }
  /** popup → background: turn Plan Lens on or off for an origin (permission already asked). */
  | { type: 'set-site-enabled'; origin: string; enabled: boolean };

export interface FindingsReply {
  url: string;
  findings: FindingSummary[];
  /** How many findings were found before the cap on marks. */
  total: number;
  capped: boolean;
  highlightsSupported: boolean;
}

type Guard = (raw: Record<string, unknown>) => boolean;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const GUARDS: Record<Message['type'], Guard> = {
  'findings-changed': (m) => isFiniteNumber(m.count) && isFiniteNumber(m.problems),
  'get-findings': () => true,
  'get-settings': () => true,
  'show-finding': (m) => Number.isInteger(m.index) && (m.index as number) >= 0,
  'step-finding': (m) => m.direction === 1 || m.direction === -1,
  'check-selection': (m) => typeof m.text === 'string' && m.text.length <= 10_000,
  'set-site-enabled': (m) => typeof m.origin === 'string' && typeof m.enabled === 'boolean',
};

export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(GUARDS, type)) return null;
  const guard = GUARDS[type as Message['type']];
  return guard(record) ? (record as unknown as Message) : null;
}
