/**
 * What the page holds: the findings of each run of text, keyed by block element (for hit-testing
 * and for rescanning one block), in document order on demand (for the keyboard and the popup).
 */
import type { CheckedClaim, CheckedFindings, Mention } from '../../lib/check/types';
import type { FindingSummary } from '../../lib/messages';
import type { MarkKind } from './highlights';
import { positionAt, rangeOf, type TextRun } from './text-index';

export interface Finding {
  kind: 'mention' | 'claim';
  mark: MarkKind;
  run: TextRun;
  start: number;
  end: number;
  /** Its place in the DOM, made on first use (see PageFinding). */
  readonly range: StaticRange;
  mention: Mention | null;
  claim: CheckedClaim | null;
  /** Whether a highlight was registered for it (the cap and the marking setting may say no). */
  marked: boolean;
  /** How the popup lists it, made on first request (a page with 10,000 findings is asked often). */
  listed: Omit<FindingSummary, 'index'> | null;
}

/**
 * A finding whose StaticRange is made when something needs it: a mark drawn, a card opened, a
 * hover. Beyond the mark cap most findings of a dense page never are (13,000 on the
 * 100,000-character paragraph, 1,500 drawn), and a StaticRange costs three to four times a plain
 * object to make, and a DOM wrapper that outlives every young garbage collection.
 */
class PageFinding implements Finding {
  marked = false;
  listed: Omit<FindingSummary, 'index'> | null = null;
  private made: StaticRange | null = null;

  constructor(
    readonly kind: 'mention' | 'claim',
    readonly mark: MarkKind,
    readonly run: TextRun,
    readonly start: number,
    readonly end: number,
    readonly mention: Mention | null,
    readonly claim: CheckedClaim | null,
  ) {}

  get range(): StaticRange {
    this.made ??= rangeOf(this.run, this.start, this.end);
    return this.made;
  }
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
    out.push(new PageFinding('mention', 'mention', run, mention.start, mention.end, mention, null));
  }
  for (const claim of result.claims) {
    if (claim.end <= claim.start || claim.end > max) continue;
    out.push(new PageFinding('claim', markKindOf(claim), run, claim.start, claim.end, null, claim));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Reading order of two runs, by where each begins. Runs never overlap (a run ends at every block
 * boundary), so their findings never interleave: sorting the runs sorts the findings.
 */
function compareRuns(a: RunEntry, b: RunEntry): number {
  const at = positionAt(a.run, 0, 'start');
  const bt = positionAt(b.run, 0, 'start');
  // pieces of one long run share the node at their cut: their offsets into it give the order
  if (at.node === bt.node) return at.offset - bt.offset;
  const pos = at.node.compareDocumentPosition(bt.node);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** Whether the run's text nodes are all still in the page, with the lengths they were read at. */
function isFresh(entry: RunEntry): boolean {
  const nodes = entry.run.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    if (!node.isConnected || node.length !== entry.lengths[i]) return false;
  }
  return true;
}

export class FindingStore {
  /**
   * Every run last indexed in each block, with its findings (none, for most): a run is current
   * while it is here. Keyed by run, so replacing one run of a block with 5,000 costs one step.
   */
  private readonly byBlock = new Map<Element, Map<TextRun, RunEntry>>();
  private ordered: Finding[] | null = [];
  /** Bumped whenever the list of findings changes (the popup reads it a page at a time). */
  private changes = 0;
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

  /** Which state of the list inOrder() gives: a new number after every change. */
  get version(): number {
    return this.changes;
  }

  entriesOf(block: Element): Iterable<RunEntry> | undefined {
    return this.byBlock.get(block)?.values();
  }

  /**
   * Whether `run` is still how its block was last indexed. A run checked again later (it waited
   * for the checker) is only stored if so: once its block was cleared or indexed anew, its
   * findings would sit beside the new run's, each one twice.
   */
  isCurrent(run: TextRun): boolean {
    const entry = this.byBlock.get(run.block)?.get(run);
    return entry !== undefined && isFresh(entry);
  }

  /** Replaces what is known about a run (the same run object); the run is current from now on. */
  setRun(run: TextRun, findings: Finding[]): void {
    let entries = this.byBlock.get(run.block);
    const before = entries?.get(run);
    if (before) this.drop(before);
    if (!entries) {
      entries = new Map();
      this.byBlock.set(run.block, entries);
    }
    entries.set(run, { run, findings, lengths: run.nodes.map((n) => n.length) });
    for (const f of findings) {
      this.count(f, 1);
      this.onAdd(f);
    }
    if (findings.length > 0) this.changed();
  }

  clearBlock(block: Element): void {
    const entries = this.byBlock.get(block);
    if (!entries) return;
    for (const e of entries.values()) this.drop(e);
    this.byBlock.delete(block);
  }

  /**
   * Forgets every block at or inside `node` (it became hidden). Whichever is smaller is walked,
   * the blocks held or the subtree: a page hiding 20,000 paragraphs one by one costs each
   * paragraph's own subtree, not every block held, 20,000 times.
   */
  clearWithin(node: Node): void {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const inside = element.getElementsByTagName('*');
    if (inside.length < this.byBlock.size) {
      this.clearBlock(element);
      for (let i = 0; i < inside.length; i++) this.clearBlock(inside[i] as Element);
      return;
    }
    for (const block of [...this.byBlock.keys()]) {
      if (block === element || element.contains(block)) this.clearBlock(block);
    }
  }

  /** Drops entries whose text nodes left the page or changed length. */
  prune(): void {
    for (const [block, entries] of this.byBlock) {
      for (const [run, e] of entries) {
        if (isFresh(e)) continue;
        this.drop(e);
        entries.delete(run);
      }
      if (entries.size === 0) this.byBlock.delete(block);
    }
  }

  clear(): void {
    for (const entries of this.byBlock.values()) for (const e of entries.values()) this.drop(e);
    this.byBlock.clear();
    this.ordered = [];
    this.changes++;
  }

  /**
   * Every finding in reading order (when something changed since the last call): the runs that
   * hold findings are sorted, not the findings (each run's are in order already). A paragraph of
   * 13,000 findings in 250 pieces sorts 250 runs; sorting the findings took 100-190 ms.
   */
  inOrder(): Finding[] {
    if (this.ordered) return this.ordered;
    const held: RunEntry[] = [];
    for (const entries of this.byBlock.values())
      for (const e of entries.values()) if (e.findings.length > 0) held.push(e);
    held.sort(compareRuns);
    const all: Finding[] = [];
    for (const e of held) for (const f of e.findings) all.push(f);
    this.ordered = all;
    return all;
  }

  private drop(entry: RunEntry): void {
    if (entry.findings.length === 0) return;
    for (const f of entry.findings) {
      this.count(f, -1);
      this.onRemove(f);
    }
    this.changed();
  }

  private changed(): void {
    this.ordered = null;
    this.changes++;
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
