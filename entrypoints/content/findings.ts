/**
 * What the page holds: the findings of each run of text, keyed by block element (for hit-testing
 * and for rescanning one block), in document order on demand (for the keyboard and the popup).
 */
import type { CheckedClaim, CheckedFindings, Mention } from '../../lib/check/types';
import type { FindingSummary } from '../../lib/messages';
import type { MarkKind } from './highlights';
import { rangeOf, type TextRun } from './text-index';

export interface Finding {
  kind: 'mention' | 'claim';
  mark: MarkKind;
  run: TextRun;
  start: number;
  end: number;
  range: StaticRange;
  mention: Mention | null;
  claim: CheckedClaim | null;
  /** Whether a highlight was registered for it (the cap and the marking setting may say no). */
  marked: boolean;
  /** How the popup lists it, made on first request (a page with 10,000 findings is asked often). */
  listed: Omit<FindingSummary, 'index'> | null;
}

export interface RunEntry {
  run: TextRun;
  findings: Finding[];
  /** data.length of each node when indexed: a change means the entry is stale. */
  lengths: number[];
}

export function markKindOf(claim: CheckedClaim): MarkKind {
  switch (claim.verdict) {
    case 'match':
      return 'match';
    case 'mismatch':
    case 'misstatement':
      return 'problem';
    default:
      return 'not-in-plan';
  }
}

export const isProblem = (f: Finding): boolean => f.mark === 'problem';

/** Findings for one run, with ranges into its text nodes. Empty ranges are dropped. */
export function findingsOf(run: TextRun, result: CheckedFindings): Finding[] {
  const out: Finding[] = [];
  const max = run.text.length;
  for (const mention of result.mentions) {
    if (mention.end <= mention.start || mention.end > max) continue;
    out.push({
      kind: 'mention',
      mark: 'mention',
      run,
      start: mention.start,
      end: mention.end,
      range: rangeOf(run, mention.start, mention.end),
      mention,
      claim: null,
      marked: false,
      listed: null,
    });
  }
  for (const claim of result.claims) {
    if (claim.end <= claim.start || claim.end > max) continue;
    out.push({
      kind: 'claim',
      mark: markKindOf(claim),
      run,
      start: claim.start,
      end: claim.end,
      range: rangeOf(run, claim.start, claim.end),
      mention: null,
      claim,
      marked: false,
      listed: null,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.run === b.run) return a.start - b.start || a.end - b.end;
  const an = a.range.startContainer;
  const bn = b.range.startContainer;
  if (an === bn) return a.range.startOffset - b.range.startOffset;
  const pos = an.compareDocumentPosition(bn);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export class FindingStore {
  private readonly byBlock = new Map<Element, RunEntry[]>();
  private ordered: Finding[] | null = [];
  private mentions = 0;
  private claims = 0;
  private problems = 0;

  constructor(
    private readonly onAdd: (f: Finding) => void,
    private readonly onRemove: (f: Finding) => void,
  ) {}

  get counts(): { count: number; problems: number; mentions: number; claims: number } {
    return {
      count: this.mentions + this.claims,
      problems: this.problems,
      mentions: this.mentions,
      claims: this.claims,
    };
  }

  entriesOf(block: Element): readonly RunEntry[] | undefined {
    return this.byBlock.get(block);
  }

  /** Replaces what is known about a run (the same run object, or its block's earlier runs). */
  setRun(run: TextRun, findings: Finding[]): void {
    const entries = this.byBlock.get(run.block);
    const at = entries ? entries.findIndex((e) => e.run === run) : -1;
    if (entries && at !== -1) {
      this.drop(entries[at] as RunEntry);
      entries.splice(at, 1);
      if (entries.length === 0) this.byBlock.delete(run.block);
    }
    if (findings.length === 0) return;
    const entry: RunEntry = { run, findings, lengths: run.nodes.map((n) => n.length) };
    const list = this.byBlock.get(run.block);
    if (list) list.push(entry);
    else this.byBlock.set(run.block, [entry]);
    for (const f of findings) {
      this.count(f, 1);
      this.onAdd(f);
    }
    this.ordered = null;
  }

  clearBlock(block: Element): void {
    const entries = this.byBlock.get(block);
    if (!entries) return;
    for (const e of entries) this.drop(e);
    this.byBlock.delete(block);
  }

  /** Forgets every block at or inside `node` (it became hidden). */
  clearWithin(node: Node): void {
    for (const block of [...this.byBlock.keys()]) {
      if (block === node || node.contains(block)) this.clearBlock(block);
    }
  }

  /** Drops entries whose text nodes left the page or changed length. */
  prune(): void {
    for (const [block, entries] of this.byBlock) {
      const kept = entries.filter((e) => {
        const fresh = e.run.nodes.every((n, i) => n.isConnected && n.length === e.lengths[i]);
        if (!fresh) this.drop(e);
        return fresh;
      });
      if (kept.length === 0) this.byBlock.delete(block);
      else if (kept.length !== entries.length) this.byBlock.set(block, kept);
    }
  }

  clear(): void {
    for (const entries of this.byBlock.values()) for (const e of entries) this.drop(e);
    this.byBlock.clear();
    this.ordered = [];
  }

  forEach(fn: (f: Finding) => void): void {
    for (const entries of this.byBlock.values()) for (const e of entries) for (const f of e.findings) fn(f);
  }

  /** Every finding in reading order (sorted when something changed since the last call). */
  inOrder(): Finding[] {
    if (this.ordered) return this.ordered;
    const all: Finding[] = [];
    this.forEach((f) => {
      all.push(f);
    });
    this.ordered = all.sort(compareFindings);
    return this.ordered;
  }

  private drop(entry: RunEntry): void {
    for (const f of entry.findings) {
      this.count(f, -1);
      this.onRemove(f);
    }
    this.ordered = null;
  }

  private count(f: Finding, delta: 1 | -1): void {
    if (f.kind === 'mention') this.mentions += delta;
    else this.claims += delta;
    if (isProblem(f)) this.problems += delta;
  }
}

const CONTEXT_CHARS = 28;

/** A finding as the popup lists it. */
export function summarize(f: Finding, index: number): FindingSummary {
  f.listed ??= listing(f);
  return { index, ...f.listed };
}

function listing(f: Finding): Omit<FindingSummary, 'index'> {
  const text = f.run.text;
  const from = Math.max(0, f.start - CONTEXT_CHARS);
  const to = Math.min(text.length, f.end + CONTEXT_CHARS);
  const context = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
  return {
    kind: f.kind,
    text: text.slice(f.start, f.end),
    termId: f.mention?.termId ?? null,
    figureId: f.claim?.figureId ?? null,
    verdict: f.claim?.verdict ?? null,
    official: f.claim?.official ?? null,
    context,
  };
}
