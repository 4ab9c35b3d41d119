/**
 * Indexing work in idle slices: the first scan of the page, rescans after client-side navigation,
 * and the blocks a MutationObserver reports as changed. No slice runs longer than about 8 ms, so
 * a 1 MB page never causes a long task, and a change costs time in proportion to the changed
 * text, never the page.
 *
 * An idle period lasts up to 50 ms, and an idle callback asked for inside one only runs in the
 * next. So a slice that ends with idle time left chains the next slice through a MessageChannel
 * task (a task of its own: no slice gets longer) for as long as the idle period lasts, and keeps
 * one idle callback asked for meanwhile, which carries the work into the next idle period.
 */
import type { ContentScriptContext } from '#imports';
import {
  blockOf,
  isBlockElement,
  isInSkippedRegion,
  isSkippedElement,
  type TextRun,
  TextWalker,
} from './text-index';

export const SLICE_MS = 8;
/**
 * How much text is handed to the checker at once is sized from what the last hand-overs cost, so
 * one hand-over takes about HANDOVER_MS: the time is checked between hand-overs, and the cost per
 * character varies tenfold (prose against a page of nothing but numbers, code the browser has just
 * started to run against code it has optimised). It starts small and stays within these bounds.
 */
const HANDOVER_MS = 4;
const MIN_HANDOVER_CHARS = 200;
const MAX_HANDOVER_CHARS = 4_000;
/** A chained slice starts only while at least this much of the idle period is left. */
const MIN_IDLE_LEFT_MS = 2;
const IDLE_TIMEOUT_MS = 200;
/** New inline nodes of one block beyond which the block is indexed again instead of by spans. */
const MAX_SPAN_NODES = 2_000;
/** A walk whose next node left the page restarts; past this it stops and leaves it to mutations. */
const MAX_RESTARTS = 3;
/** Points probed down the middle of the viewport to find the blocks the reader sees. */
const VIEWPORT_PROBES = 6;
/** A probed paragraph's parent is indexed with it when it has at most this many children. */
const MAX_SECTION_CHILDREN = 40;

export interface ScanSink {
  /** Runs of text found, in document order within one job; `urgent` when the reader sees them. */
  analyze(runs: TextRun[], urgent: boolean): void;
  /** A block is about to be indexed again: forget what it held. */
  clearBlock(block: Element): void;
  /** A subtree became hidden: forget every block inside it. */
  clearWithin(node: Node): void;
  /** Text nodes may have left the page: drop findings that point at them. */
  prune(): void;
  /** Nothing more is queued. */
  settled(): void;
  /**
   * A slice ended (the end of a task of ours): what the reader must see now is drawn now, once
   * the blocks under the viewport are all done (`urgentLeft` false). `end` is when the slice's
   * time is up (performance.now() time): what the sink still does in it must fit. Returns whether
   * marks were registered, so the next slice waits for the frame that paints them.
   */
  sliceEnd(urgentLeft: boolean, end: number): boolean;
}

interface Job {
  root: Node;
  /** Only these children of root (a run of inline nodes added to a block that holds blocks). */
  span?: { first: Node; last: Node };
  walker: TextWalker;
  /** Blocks this job has cleared (on the first run it found in each). */
  cleared: Set<Element>;
  runs: TextRun[];
  chars: number;
  restarts: number;
  /** Blocks under the viewport, indexed ahead of the first scan: their marks show at once. */
  urgent: boolean;
}

export class Scanner {
  private jobs: Job[] = [];
  private readonly dirty = new Set<Node>();
  private needsPrune = false;
  private scheduled = false;
  private observer: MutationObserver | null = null;
  /** Inline runs to index without clearing their block (all their nodes are new). */
  private readonly spans: Array<{ block: Element; first: Node; last: Node }> = [];
  /** The first node of each queued span, so a span is queued once. */
  private readonly spanStarts = new Set<Node>();
  /** Blocks indexed ahead of the first scan's walk, which skips them. */
  private readonly early = new Set<Element>();
  /** The first scan is running: slices are chained tasks, not idle callbacks. */
  private firstScan = false;
  /** Where the current idle period ends (performance.now() time); 0 outside one. */
  private idleEnd = 0;
  private chained = false;
  private channel: MessageChannel | null = null;
  /** Characters handed to the checker at once (see HANDOVER_MS). */
  private handover = MIN_HANDOVER_CHARS;
  /** Bumped by stop(): a frame asked for before it starts no slice. */
  private generation = 0;
  /** Mutation records kept by the observer, read in our own slices (readRecords). */
  private records: MutationRecord[][] = [];
  /** How far into records[0] reading has got. */
  private recordAt = 0;
  /** Inline nodes added, by the node they were added to, from the records read so far. */
  private inlineByTarget = new Map<Node, Node[]>();
  /** Work was done since the sink was last told that everything is settled. */
  private unsettled = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly sink: ScanSink,
    /** Nodes of our own UI, whose mutations are ignored. */
    private readonly isOwn: (node: Node) => boolean,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  get busy(): boolean {
    return (
      this.jobs.length > 0 ||
      this.dirty.size > 0 ||
      this.spans.length > 0 ||
      this.records.length > 0 ||
      this.inlineByTarget.size > 0
    );
  }

  /**
   * Index the whole page again (first scan, or after client-side navigation): the blocks in the
   * viewport first, then the rest, as a chain of short tasks rather than idle callbacks (a page
   * that keeps its main thread busy would otherwise wait seconds for its marks).
   */
  scanAll(): void {
    // changes so far are covered by the scan of the whole page
    this.clearQueues();
    this.early.clear();
    this.unsettled = true;
    this.firstScan = true;
    const root = document.body ?? document.documentElement;
    this.jobs.push(this.createJob(root));
    this.prioritizeViewport();
    this.schedule();
  }

  /**
   * Moves the blocks under the viewport to the front of the first scan, if the walk has not
   * reached them yet (the reader scrolled during the scan, or the page opened mid-way down).
   * Returns whether any were moved (their marks are registered when they are done).
   */
  prioritizeViewport(): boolean {
    const main = this.jobs[this.jobs.length - 1];
    if (!this.firstScan || !main || main.span) return false;
    const position = main.walker.position;
    if (!position) return false;
    const height = window.innerHeight;
    const x = window.innerWidth / 2;
    const found: Element[] = [];
    for (let i = 0; i < VIEWPORT_PROBES; i++) {
      const hit = document.elementFromPoint(x, ((i + 0.5) * height) / VIEWPORT_PROBES);
      let block = hit ? blockOf(hit) : null;
      if (!block || this.isOwn(block)) continue;
      // the probe's paragraph and, when it is small, the section around it
      const parent = block.parentElement;
      if (parent && isBlockElement(parent) && parent.childElementCount <= MAX_SECTION_CHILDREN)
        block = parent;
      const name = block.localName;
      if (name === 'body' || name === 'html' || block.childElementCount > MAX_SECTION_CHILDREN) continue;
      if (found.some((f) => f.contains(block as Element))) continue;
      for (let j = found.length - 1; j >= 0; j--) if (block.contains(found[j] as Element)) found.splice(j, 1);
      found.push(block);
    }
    const jobs: Job[] = [];
    for (const block of found) {
      // only blocks the walk has not entered or passed
      if (block.contains(position) || this.early.has(block)) continue;
      if (!(block.compareDocumentPosition(position) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
      if (isInSkippedRegion(block)) continue;
      this.early.add(block);
      const job = this.createJob(block);
      job.urgent = true;
      jobs.push(job);
    }
    if (jobs.length > 0) this.jobs.unshift(...jobs);
    return jobs.length > 0;
  }

  /**
   * One slice now, inside the caller's task: the reader scrolled and the blocks now under the
   * viewport were just put first. Run from the scroll event, their marks are registered before
   * that frame is painted, instead of a frame or two later.
   */
  sliceNow(): void {
    if (this.ctx.isInvalid) return;
    this.work(performance.now() + SLICE_MS);
  }

  /** One MutationObserver for the page, feeding the queue of changed blocks. */
  observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.intake(records));
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
    });
  }

  stop(): void {
    this.generation++;
    this.firstScan = false;
    this.early.clear();
    this.observer?.disconnect();
    this.observer = null;
    this.clearQueues();
    this.channel?.port1.close();
    this.channel = null;
    this.chained = false;
  }

  /** Forgets every queued piece of work: jobs, changed nodes and spans, unread mutation records. */
  private clearQueues(): void {
    this.jobs = [];
    this.dirty.clear();
    this.spans.length = 0;
    this.spanStarts.clear();
    this.records = [];
    this.recordAt = 0;
    this.inlineByTarget.clear();
  }

  /**
   * The observer's callback runs inside the page's own task (at its microtask checkpoint), so it
   * only keeps the records: reading 20,000 of them is work for a slice of our own, not the page's.
   */
  private intake(records: MutationRecord[]): void {
    this.records.push(records);
    this.unsettled = true;
    this.schedule();
  }

  /**
   * Turns kept mutation records into queued blocks, until `end`. Inline nodes added are grouped by
   * the node they were added to, across every record kept: each group is handled once, so a batch
   * of 20,000 appended spans costs 20,000 steps, not 20,000 walks of their siblings.
   */
  private readRecords(end: number): boolean {
    while (this.records.length > 0) {
      const batch = this.records[0] as MutationRecord[];
      while (this.recordAt < batch.length) {
        this.readRecord(batch[this.recordAt] as MutationRecord);
        this.recordAt++;
        if ((this.recordAt & 255) === 0 && performance.now() >= end) return false;
      }
      this.records.shift();
      this.recordAt = 0;
    }
    const inline = this.inlineByTarget;
    if (inline.size > 0) {
      this.inlineByTarget = new Map();
      for (const [target, nodes] of inline) this.queueInline(target, nodes);
    }
    return true;
  }

  private readRecord(record: MutationRecord): void {
    const target = record.target;
    if (this.isOwn(target)) return;
    if (record.type === 'characterData') {
      this.queueBlockOf(target, null);
      return;
    }
    if (record.type === 'attributes') {
      if (target.nodeType === 1 && isBlockElement(target as Element)) this.queue(target);
      else this.queueBlockOf(target, target);
      return;
    }
    // A block already getting thousands of new inline nodes is indexed again whole (queueInline):
    // its later records need no reading, not even their node lists (20,000 records of one append
    // made slices of 10-29 ms, mostly in making and collecting those lists).
    const pending = this.inlineByTarget.get(target);
    if (pending !== undefined && pending.length > MAX_SPAN_NODES) {
      this.needsPrune = true; // a node it lost may have held findings
      return;
    }
    let inline = false;
    const addedNodes = record.addedNodes;
    // indexed, not for…of: 20,000 records must not mean 20,000 iterators
    for (let i = 0; i < addedNodes.length; i++) {
      const node = addedNodes[i] as Node;
      if (node.nodeType === 1 && isBlockElement(node as Element)) {
        if (!this.isOwn(node)) this.queue(node);
      } else if (node.nodeType === 3 && isBlankBetweenBlocks(node as Text)) {
        // 「\n」 between appended paragraphs: it joins no text, so it changes no finding
      } else if (node.nodeType === 1 || node.nodeType === 3) {
        if (node.nodeType === 1 && this.isOwn(node)) continue;
        inline = true;
        const list = this.inlineByTarget.get(target);
        if (list) list.push(node);
        else this.inlineByTarget.set(target, [node]);
      }
    }
    const removedNodes = record.removedNodes;
    if (removedNodes.length > 0) {
      this.needsPrune = true;
      for (let i = 0; i < removedNodes.length; i++) {
        const node = removedNodes[i] as Node;
        if (!(node.nodeType === 1 && isBlockElement(node as Element)) && !inline && !this.isOwn(node)) {
          inline = true;
          this.queueBlockOf(target, null);
        }
      }
    }
  }

  /**
   * Inline nodes were added under `target`. Where a run of inline siblings is bounded by blocks
   * and holds nothing but new nodes and white space, no finding points into it: only that run is
   * indexed, not its whole block (a <main> of 1,000 articles). Otherwise the block is rescanned.
   * Each sibling is looked at once per batch: a run, once walked, covers every added node in it.
   */
  private queueInline(target: Node, nodes: readonly Node[]): void {
    const block = blockOf(target);
    if (!block) return;
    const name = block.localName;
    if (name === 'body' || name === 'html' || target !== block) {
      if (target !== block || name === 'html')
        this.queueBlockOf(target, nodes.length === 1 ? (nodes[0] as Node) : null);
      else for (const node of nodes) this.queue(node);
      return;
    }
    // Thousands of new nodes in one block: the block is indexed again, which the walk does in
    // slices, rather than its spans worked out here in one go (20,000 spans took 13-27 ms).
    if (nodes.length > MAX_SPAN_NODES) {
      this.queue(block);
      return;
    }
    // The block's new inline nodes are this list (new blocks end a run anyway, and new blank
    // text is blank): so the list is all a sibling needs to be checked against.
    const added = new Set(nodes);
    const seen = new Set<Node>();
    for (const node of nodes) {
      if (seen.has(node)) continue;
      if (node.parentNode !== block) {
        if (node.isConnected) this.queueBlockOf(node, null);
        continue;
      }
      seen.add(node);
      let first = node;
      let last = node;
      let bounded = false;
      let fresh = true;
      for (let n = node.previousSibling; n; n = n.previousSibling) {
        if (n.nodeType === 1 && isBlockElement(n as Element)) {
          bounded = true;
          break;
        }
        if (!isFreshOrBlank(n, added)) {
          fresh = false;
          break;
        }
        seen.add(n);
        first = n;
      }
      for (let n = node.nextSibling; n && fresh; n = n.nextSibling) {
        if (n.nodeType === 1 && isBlockElement(n as Element)) {
          bounded = true;
          break;
        }
        if (!isFreshOrBlank(n, added)) {
          fresh = false;
          break;
        }
        seen.add(n);
        last = n;
      }
      if (!fresh || !bounded) {
        // text next to old text: the block's runs change, so the block is indexed again (once)
        this.queue(block);
        return;
      }
      if (this.spanStarts.has(first)) continue;
      this.spanStarts.add(first);
      this.spans.push({ block, first, last });
    }
  }

  /**
   * Queue the block holding `node`. Text straight under <body> has <body> as its block; rather than
   * rescan the page for it, only the added node is indexed.
   */
  private queueBlockOf(node: Node, added: Node | null): void {
    const block = blockOf(node);
    if (!block) return;
    const name = block.localName;
    if (name === 'body' || name === 'html') {
      if (added) this.queue(added);
      return;
    }
    this.queue(block);
  }

  private queue(node: Node): void {
    this.dirty.add(node);
  }

  private createJob(root: Node, span?: { first: Node; last: Node }): Job {
    const job: Job = {
      root,
      span,
      cleared: new Set(),
      runs: [],
      chars: 0,
      restarts: 0,
      urgent: false,
      walker: null as unknown as TextWalker,
    };
    job.walker = this.walkerFor(job);
    if (span) {
      // every node of the span is new: the block's other runs keep their findings
      job.cleared.add(root as Element);
    } else if (root.nodeType === 1 && isBlockElement(root as Element)) {
      // Forgotten now (its text may be gone) and again when its first runs are handed over: a
      // walk ahead of this job in the queue (the first scan's) may index the block meanwhile,
      // and the newest reading must replace it, not sit beside it.
      this.sink.clearBlock(root as Element);
    }
    return job;
  }

  /** The roots of the queued walks over whole subtrees (not spans). */
  private queuedRoots(): Set<Node> {
    const roots = new Set<Node>();
    for (const job of this.jobs) if (!job.span) roots.add(job.root);
    return roots;
  }

  private walkerFor(job: Job): TextWalker {
    return new TextWalker(
      job.root,
      (run) => {
        job.runs.push(run);
        job.chars += run.text.length;
      },
      job.span,
      job.span ? undefined : this.early,
    );
  }

  /** Changed nodes become jobs; a node inside another changed node is covered by its job. */
  private takeDirty(): void {
    if (this.dirty.size === 0 && this.spans.length === 0) return;
    const nodes = new Set(this.dirty);
    this.dirty.clear();
    const spans = this.spans.splice(0);
    this.spanStarts.clear();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      if (inOrUnder(node.parentNode, nodes)) continue;
      // Hidden now (hidden, aria-hidden, contenteditable): what it held goes, nothing is indexed.
      if (isInSkippedRegion(node)) this.sink.clearWithin(node);
      else this.jobs.push(this.createJob(node));
    }
    let queued: Set<Node> | undefined;
    const spanBlocks = new Set<Element>();
    for (const { block, first, last } of spans) {
      if (
        !first.isConnected ||
        !last.isConnected ||
        first.parentNode !== block ||
        last.parentNode !== block
      ) {
        // moved again since: index its block the ordinary way, next time round
        if (block.isConnected) this.dirty.add(block);
        continue;
      }
      if (inOrUnder(block, nodes) || isInSkippedRegion(block)) continue;
      // A queued walk over the block (the first scan's, say) reads the span's nodes too, unless it
      // has passed them: the block is indexed whole after it, and that reading replaces the
      // walk's. A span alone would sit beside the walk's run, its findings listed twice.
      queued ??= this.queuedRoots();
      if (inOrUnder(block, queued)) {
        if (!spanBlocks.has(block)) this.jobs.push(this.createJob(block));
        spanBlocks.add(block);
      } else this.jobs.push(this.createJob(block, { first, last }));
    }
  }

  private schedule(): void {
    if (this.ctx.isInvalid) return;
    if (this.firstScan) {
      if (!this.chained) this.chain();
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    this.ctx.requestIdleCallback((deadline) => this.slice(deadline), { timeout: IDLE_TIMEOUT_MS });
  }

  private slice(deadline: IdleDeadline): void {
    this.scheduled = false;
    const now = performance.now();
    // a callback run because it timed out has no idle period to chain slices in
    this.idleEnd = deadline.didTimeout ? 0 : now + deadline.timeRemaining();
    this.work(now + idleSliceMs(deadline));
  }

  /** A slice as a task of its own: the first scan's next step, or more of this idle period. */
  private continueSlice(): void {
    this.chained = false;
    if (this.ctx.isInvalid) return;
    const now = performance.now();
    if (this.firstScan) {
      this.work(now + SLICE_MS);
      return;
    }
    if (now > this.idleEnd - MIN_IDLE_LEFT_MS) return; // the idle callback asked for takes over
    this.work(now + Math.min(SLICE_MS, this.idleEnd - now));
  }

  /**
   * The checking got dearer per character (the number checker arrived: until then runs were only
   * searched for the plan's names, ten times cheaper): hand-overs start small again and grow from
   * what they cost, instead of one hand-over sized for the detector alone taking 15–25 ms.
   */
  checkingChanged(): void {
    this.handover = MIN_HANDOVER_CHARS;
  }

  private work(end: number): void {
    if (!this.readRecords(end)) {
      this.continueLater();
      return;
    }
    this.takeDirty();
    while (this.jobs.length > 0 && performance.now() < end) {
      const job = this.jobs[0] as Job;
      // runs found and not yet checked (a long run's pieces) are checked before walking on
      if (job.chars >= this.handover || (job.walker.done && job.runs.length > 0)) {
        this.flush(job);
        continue;
      }
      if (job.walker.done) {
        this.jobs.shift();
        continue;
      }
      const next = job.walker.position;
      if (next && !next.isConnected) {
        if (job.restarts >= MAX_RESTARTS || !job.root.isConnected || job.span) {
          while (job.runs.length > 0) this.flush(job);
          this.jobs.shift();
          // a span whose nodes moved: its block is indexed the ordinary way instead
          if (job.span && job.root.isConnected) this.dirty.add(job.root);
          continue;
        }
        job.restarts++;
        // the new walk reads again blocks whose runs were handed over: they are cleared again
        job.cleared.clear();
        job.runs = [];
        job.chars = 0;
        job.walker = this.walkerFor(job);
      }
      const done = job.walker.step(() => performance.now() >= end || job.chars >= this.handover);
      // a walk that used up the slice (a paragraph of 100,000 characters cut into pieces) leaves
      // its runs to the next slice rather than adding a check to it
      if (performance.now() < end) this.flush(job);
      if (done && job.runs.length === 0) this.jobs.shift();
    }
    if (this.needsPrune && this.jobs.length === 0) {
      this.needsPrune = false;
      this.sink.prune();
    }
    if (this.firstScan && this.jobs.length === 0) {
      this.firstScan = false;
      this.early.clear();
    }
    const drew = this.sink.sliceEnd(this.jobs[0]?.urgent === true, end);
    if (this.busy || this.needsPrune) {
      if (drew && this.firstScan && !this.chained) {
        // the reader's marks were just registered: let the browser paint them before going on
        this.chained = true;
        const generation = this.generation;
        this.ctx.requestAnimationFrame(() => {
          if (generation === this.generation) this.chain();
        });
        return;
      }
      this.continueLater();
    } else if (this.unsettled) {
      this.unsettled = false;
      this.sink.settled();
    }
  }

  /** More work is queued: the next slice, and another within this idle period if it lasts. */
  private continueLater(): void {
    this.schedule();
    if (!this.chained && performance.now() < this.idleEnd - MIN_IDLE_LEFT_MS) this.chain();
  }

  private chain(): void {
    if (!this.channel) {
      this.channel = new MessageChannel();
      this.channel.port1.onmessage = () => this.continueSlice();
    }
    this.chained = true;
    this.channel.port2.postMessage(null);
  }

  /**
   * Hands the job's runs to the checker, at most `handover` characters of them at a time (at least
   * one run): the rest wait for the next step, so one call stays within a slice.
   */
  private flush(job: Job): void {
    if (job.runs.length === 0) return;
    let taken = 0;
    let chars = 0;
    while (taken < job.runs.length && (taken === 0 || chars < this.handover)) {
      chars += (job.runs[taken] as TextRun).text.length;
      taken++;
    }
    const runs = taken === job.runs.length ? job.runs : job.runs.slice(0, taken);
    job.runs = taken === job.runs.length ? [] : job.runs.slice(taken);
    job.chars -= chars;
    for (const run of runs) {
      if (!job.cleared.has(run.block)) {
        job.cleared.add(run.block);
        this.sink.clearBlock(run.block);
      }
    }
    const started = performance.now();
    this.sink.analyze(runs, job.urgent);
    this.handover = nextHandover(this.handover, chars, performance.now() - started);
  }
}

/**
 * How long a slice run from an idle callback may take: what the idle period has left, within 2 ms
 * and SLICE_MS, or SLICE_MS when the callback ran because it timed out (there is no idle period).
 */
export function idleSliceMs(deadline: IdleDeadline): number {
  return deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(2, deadline.timeRemaining()));
}

/** Whether `node` or one of its ancestors is in `set`. */
function inOrUnder(node: Node | null, set: ReadonlySet<Node>): boolean {
  for (let up = node; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}

/**
 * The next hand-over's size: what fits in HANDOVER_MS at the cost per character just measured.
 * Down at once, up by a quarter at most: a hand-over that ran long is what makes a long task in
 * the reader's page (a dense paragraph costs ten times what prose does, and code just loaded
 * runs slower than code the browser has optimised), while one that was quick may have been luck.
 */
export function nextHandover(current: number, chars: number, ms: number): number {
  if (chars < MIN_HANDOVER_CHARS / 2) return current;
  const fits = ms > 0 ? (HANDOVER_MS * chars) / ms : MAX_HANDOVER_CHARS;
  const next = fits < current ? fits : Math.min(fits, current * 1.25);
  return Math.max(MIN_HANDOVER_CHARS, Math.min(MAX_HANDOVER_CHARS, Math.round(next)));
}

const BLANK = /^\s*$/;

/** White space with a block (or nothing) on one side: it ends a run at most, joining no words. */
function isBlankBetweenBlocks(text: Text): boolean {
  if (!BLANK.test(text.data)) return false;
  const edge = (n: Node | null) => n === null || (n.nodeType === 1 && isBlockElement(n as Element));
  return edge(text.previousSibling) || edge(text.nextSibling);
}

/** A node added in this batch of mutations, or white space (which no finding points into). */
function isFreshOrBlank(node: Node, added: ReadonlySet<Node>): boolean {
  if (added.has(node)) return true;
  if (node.nodeType === 3) return BLANK.test((node as Text).data);
  if (node.nodeType === 1 && isSkippedElement(node as Element)) return true;
  return node.nodeType === 8; // a comment
}
