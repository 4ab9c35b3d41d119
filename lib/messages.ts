/**
 * Messages between the background, the content script and the popup: one discriminated union,
 * checked at every boundary. Hand-written guards rather than zod, so the content script bundle
 * stays small. An unknown or malformed message is ignored (parseMessage returns null).
 */

import type { ClaimRef } from './check/details';
import type { Verdict } from './check/types';
import type { Citation, Figure, Misstatement, Policy, Source, Term, Text } from './plan/schema';

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
  /**
   * popup → content: list this page's findings, FINDINGS_PAGE of them from `from` (0 if absent).
   * Answer: FindingsReply. Read every page with allFindings.
   */
  | { type: 'get-findings'; from?: number }
  /** popup → content, background → content: scroll to a finding and open its card. */
  | { type: 'show-finding'; index: number }
  /** background → content: the keyboard command. */
  | { type: 'step-finding'; direction: 1 | -1 }
  /** background → content: the context menu's check of the selected text. */
  | { type: 'check-selection'; text: string }
  /** content → background: the reader's settings (the background validates them). */
  | { type: 'get-settings' }
  /** popup → background: turn Plan Lens on or off for an origin (permission already asked). */
  | { type: 'set-site-enabled'; origin: string; enabled: boolean }
  /** background → content: the reader changed a setting; ask for PageSettings again. */
  | { type: 'settings-changed' }
  /**
   * content → background: the card's strings (card_* keys) in one language. Answer:
   * Record<string, string>. The page bundle stays small: the catalogs stay in the background.
   */
  | { type: 'get-strings'; lang: 'ja' | 'en' }
  /**
   * content → background, when a card opens: the dataset's texts the card shows (the page bundle
   * carries only what checking needs), and the complete explanations of its claims. Answer:
   * CardDetails.
   */
  | { type: 'get-details'; figureIds: string[]; termIds: string[]; claims: ClaimRef[] };

/** The background's answer to `get-details`. */
export interface CardDetails {
  figures: Figure[];
  terms: Term[];
  policies: Policy[];
  misstatements: Misstatement[];
  sources: Source[];
  /**
   * The plan document's own citation, for a 計画に記載なし card (no figure to cite: the plan itself
   * is the evidence). Absent when no claim asked about is not-in-plan.
   */
  planCitation?: Citation;
  /** The explanation of each claim asked about, in the same order. */
  explanations: Text[];
}

/**
 * The background's answer to `get-settings`: what one frame needs, already validated and resolved
 * for the frame's origin (the content script carries no zod and no site list logic).
 */
export interface PageSettings {
  /** Plan Lens scans and marks this page (the site is on). False: it only answers the menu. */
  siteEnabled: boolean;
  mark: 'all' | 'problems' | 'none';
  lang: 'auto' | 'ja' | 'en';
  theme: 'auto' | 'light' | 'dark';
}

const MARKS: readonly string[] = ['all', 'problems', 'none'];
const LANGS: readonly string[] = ['auto', 'ja', 'en'];
const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/** A PageSettings reply, or null when it is malformed. */
export function parsePageSettings(raw: unknown): PageSettings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.siteEnabled !== 'boolean') return null;
  if (typeof r.mark !== 'string' || !MARKS.includes(r.mark)) return null;
  if (typeof r.lang !== 'string' || !LANGS.includes(r.lang)) return null;
  if (typeof r.theme !== 'string' || !THEMES.includes(r.theme)) return null;
  return { siteEnabled: r.siteEnabled, mark: r.mark, lang: r.lang, theme: r.theme } as PageSettings;
}

/**
 * The most findings one get-findings answer lists. Chrome turns a message's objects into its own
 * values one property at a time, inside the page's task: 13,000 findings in one answer took
 * 124-128 ms of the reader's page; 1,000 take about a tenth of that.
 */
export const FINDINGS_PAGE = 1_000;

export interface FindingsReply {
  url: string;
  /** The findings from index `from` on, at most FINDINGS_PAGE of them (all of them, from allFindings). */
  findings: FindingSummary[];
  from: number;
  /** Bumped by every change to the list: pages read under one version belong together. */
  version: number;
  /** How many findings were found before the cap on marks. */
  total: number;
  capped: boolean;
  highlightsSupported: boolean;
}

/** A get-findings answer, or null when it is malformed. */
export function parseFindingsReply(raw: unknown): FindingsReply | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<FindingsReply>;
  if (!Array.isArray(r.findings) || typeof r.capped !== 'boolean' || typeof r.total !== 'number') return null;
  return { ...r, from: r.from ?? 0, version: r.version ?? 0 } as FindingsReply;
}

/** How often allFindings reads the list again from the start when it changed between pages. */
const LIST_RESTARTS = 3;

/**
 * Every finding of a page, a page of FINDINGS_PAGE at a time: `ask(from)` sends get-findings and
 * resolves to the raw answer. A list that changes between pages (the scan is still running) is
 * read again from the start, a few times; then what was read of the newest is kept. Null when
 * the first answer is missing or malformed.
 */
export async function allFindings(ask: (from: number) => Promise<unknown>): Promise<FindingsReply | null> {
  for (let attempt = 0; ; attempt++) {
    const first = parseFindingsReply(await ask(0));
    if (!first) return null;
    const findings = [...first.findings];
    let changed = false;
    while (findings.length < first.total) {
      const next = parseFindingsReply(await ask(findings.length));
      if (
        !next ||
        next.version !== first.version ||
        next.from !== findings.length ||
        next.findings.length === 0
      ) {
        changed = true;
        break;
      }
      for (const f of next.findings) findings.push(f);
    }
    if (!changed || attempt >= LIST_RESTARTS) return { ...first, findings };
  }
}

type Guard = (raw: Record<string, unknown>) => boolean;

const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === 'string' && x.length <= 100);

const isText = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>).ja === 'string' &&
  typeof (v as Record<string, unknown>).en === 'string';

const isId = (v: unknown): boolean => typeof v === 'string' && v.length <= 100;

/** A claim's Reason (lib/check/types.ts), verdict by verdict. */
function isReason(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  switch (r.verdict) {
    case 'match':
      return isId(r.figureId);
    case 'mismatch':
      return isId(r.figureId) && isIdList(r.otherFigureIds);
    case 'misstatement':
      return isId(r.misstatementId) && (r.figureId === null || isId(r.figureId));
    case 'not-in-plan':
      return isText(r.topic);
    default:
      return false;
  }
}

const isClaimList = (v: unknown): v is ClaimRef[] =>
  Array.isArray(v) &&
  v.length <= 200 &&
  v.every((c) => {
    if (typeof c !== 'object' || c === null) return false;
    const r = c as Record<string, unknown>;
    return typeof r.text === 'string' && isReason(r.reason);
  });

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const GUARDS: Record<Message['type'], Guard> = {
  'findings-changed': (m) => isFiniteNumber(m.count) && isFiniteNumber(m.problems),
  'get-findings': (m) => m.from === undefined || (Number.isInteger(m.from) && (m.from as number) >= 0),
  'get-settings': () => true,
  'show-finding': (m) => Number.isInteger(m.index) && (m.index as number) >= 0,
  'step-finding': (m) => m.direction === 1 || m.direction === -1,
  'check-selection': (m) => typeof m.text === 'string' && m.text.length <= 10_000,
  'set-site-enabled': (m) => typeof m.origin === 'string' && typeof m.enabled === 'boolean',
  'settings-changed': () => true,
  'get-strings': (m) => m.lang === 'ja' || m.lang === 'en',
  'get-details': (m) => isIdList(m.figureIds) && isIdList(m.termIds) && isClaimList(m.claims),
};

export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(GUARDS, type)) return null;
  const guard = GUARDS[type as Message['type']];
  return guard(record) ? (record as unknown as Message) : null;
}

// Who may send what ----------------------------------------------------------------------------

/** What the background knows of a message's sender (the browser fills it in; a page cannot). */
export interface SenderInfo {
  /** The extension the sender belongs to. */
  id?: string;
  /** The sending document: the web page for a content script, the extension page otherwise. */
  url?: string;
  /** The tab of a content script (or of an extension page opened in a tab or an iframe). */
  tab?: { id?: number };
  frameId?: number;
}

/** This extension, as the background sees itself: runtime.id and runtime.getURL('/'). */
export interface ExtensionIdentity {
  id: string;
  /** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

/**
 * Kinds of sender:
 * - `content-script`: our script in a web page (a tab, a frame, the page's URL);
 * - `extension-page`: any of our pages, wherever it is shown (the popup, the options page, or a
 *   page of ours framed inside a tab);
 * - `settings-page`: the popup or the options page, the only places a reader changes settings.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'settings-page';

/** The pages where a reader turns sites on and off. */
const SETTINGS_PAGES: readonly string[] = ['/popup.html', '/options.html'];

export function senderKinds(sender: SenderInfo, extension: ExtensionIdentity): Set<SenderKind> {
  const kinds = new Set<SenderKind>();
  if (sender.id !== extension.id || typeof sender.url !== 'string') return kinds;
  let url: URL;
  let base: URL;
  try {
    url = new URL(sender.url);
    base = new URL(extension.baseUrl);
  } catch {
    return kinds;
  }
  // Compared by scheme and host: URL.origin is "null" for chrome-extension:// and moz-extension://.
  if (url.protocol === base.protocol && url.host === base.host && base.host !== '') {
    kinds.add('extension-page');
    // The popup and options pages have no tab, except when opened as a tab (tests do).
    if (sender.tab === undefined || SETTINGS_PAGES.includes(url.pathname)) kinds.add('settings-page');
    return kinds;
  }
  const tabId = sender.tab?.id;
  const isWebPage = url.protocol === 'https:' || url.protocol === 'http:';
  if (isWebPage && Number.isInteger(tabId) && (tabId as number) >= 0 && Number.isInteger(sender.frameId)) {
    kinds.add('content-script');
  }
  return kinds;
}

/**
 * The senders each message may come from, at the background. Messages the background sends to
 * content scripts (get-findings, show-finding…) are never accepted there.
 */
export const ALLOWED_SENDERS: Readonly<Record<Message['type'], readonly SenderKind[]>> = {
  // The badge counts what a tab's own frames found.
  'findings-changed': ['content-script'],
  // Read-only: the dataset's texts and the reader's display settings.
  'get-settings': ['content-script', 'extension-page'],
  'get-strings': ['content-script', 'extension-page'],
  'get-details': ['content-script', 'extension-page'],
  // Only the reader, in the popup or the options page, turns a site on or off.
  'set-site-enabled': ['settings-page'],
  'get-findings': [],
  'show-finding': [],
  'step-finding': [],
  'check-selection': [],
  'settings-changed': [],
};

/** Whether the background accepts this message from this sender. */
export function senderMaySend(
  type: Message['type'],
  sender: SenderInfo,
  extension: ExtensionIdentity,
): boolean {
  const kinds = senderKinds(sender, extension);
  return ALLOWED_SENDERS[type].some((kind) => kinds.has(kind));
}
