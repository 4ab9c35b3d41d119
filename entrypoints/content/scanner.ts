/**
 * Indexing work in idle slices: the first scan of the page, rescans after client-side navigation,
 * and the blocks a MutationObserver reports as changed. No slice runs longer than about 8 ms, so
 * a 1 MB page never causes a long task, and a change costs time in proportion to the changed
 * text, never the page.
 */
import type { ContentScriptContext } from '#imports';
import { blockOf, isBlockElement, isInSkippedRegion, type TextRun, TextWalker } from './text-index';

const SLICE_MS = 8;
/** Hand runs to the checker at least this often, so one slice stays one slice. */
const MAX_PENDING_CHARS = 24_000;
const IDLE_TIMEOUT_MS = 200;
/** A walk whose next node left the page restarts; past this it stops and leaves it to mutations. */
const MAX_RESTARTS = 3;

export interface ScanSink {
  /** Runs of text found, in document order within one job. */
  analyze(runs: TextRun[]): void;
  /** A block is about to be indexed again: forget what it held. */
  clearBlock(block: Element): void;
  /** A subtree became hidden: forget every block inside it. */
  clearWithin(node: Node): void;
  /** Text nodes may have left the page: drop findings that point at them. */
  prune(): void;
  /** Nothing more is queued. */
  settled(): void;
}

interface Job {
  root: Node;
  walker: TextWalker;
  /** Blocks this job has cleared (on the first run it found in each). */
  cleared: Set<Element>;
  runs: TextRun[];
  chars: number;
  restarts: number;
}

export class Scanner {
  private jobs: Job[] = [];
  private readonly dirty = new Set<Node>();
  private needsPrune = false;
  private scheduled = false;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly sink: ScanSink,
    /** Nodes of our own UI, whose mutations are ignored. */
    private readonly isOwn: (node: Node) => boolean,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  get busy(): boolean {
    return this.jobs.length > 0 || this.dirty.size > 0;
  }

  /** Index the whole page again (first scan, or after client-side navigation). */
  scanAll(): void {
    this.jobs = [];
    this.dirty.clear();
    const root = document.body ?? document.documentElement;
    this.jobs.push(this.createJob(root));
    this.schedule();
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
    this.observer?.disconnect();
    this.observer = null;
    this.jobs = [];
    this.dirty.clear();
  }

  private intake(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (this.isOwn(target)) continue;
      if (record.type === 'characterData') {
        this.queueBlockOf(target, null);
        continue;
      }
      if (record.type === 'attributes') {
        if (target.nodeType === 1 && isBlockElement(target as Element)) this.queue(target);
        else this.queueBlockOf(target, target);
        continue;
      }
      let inline = false;
      for (const node of record.addedNodes) {
        if (this.isOwn(node)) continue;
        if (node.nodeType === 1 && isBlockElement(node as Element)) this.queue(node);
        else if (node.nodeType === 1 || node.nodeType === 3) {
          inline = true;
          this.queueBlockOf(target, node);
        }
      }
      if (record.removedNodes.length > 0) {
        this.needsPrune = true;
        for (const node of record.removedNodes) {
          if (!(node.nodeType === 1 && isBlockElement(node as Element)) && !inline && !this.isOwn(node)) {
            inline = true;
            this.queueBlockOf(target, null);
          }
        }
      }
    }
    if (this.dirty.size > 0 || this.needsPrune) this.schedule();
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

  private createJob(root: Node): Job {
    const job: Job = {
      root,
      cleared: new Set(),
      runs: [],
      chars: 0,
      restarts: 0,
      walker: null as unknown as TextWalker,
    };
    job.walker = this.walkerFor(job);
    if (root.nodeType === 1 && isBlockElement(root as Element)) {
      job.cleared.add(root as Element);
      this.sink.clearBlock(root as Element);
    }
    return job;
  }

  private walkerFor(job: Job): TextWalker {
    return new TextWalker(job.root, (run) => {
      job.runs.push(run);
      job.chars += run.text.length;
    });
  }

  /** Changed nodes become jobs; a node inside another changed node is covered by its job. */
  private takeDirty(): void {
    if (this.dirty.size === 0) return;
    const nodes = new Set(this.dirty);
    this.dirty.clear();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      let covered = false;
      for (let up = node.parentNode; up && !covered; up = up.parentNode) covered = nodes.has(up);
      if (covered) continue;
      // Hidden now (hidden, aria-hidden, contenteditable): what it held goes, nothing is indexed.
      if (isInSkippedRegion(node)) this.sink.clearWithin(node);
      else this.jobs.push(this.createJob(node));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.ctx.isInvalid) return;
    this.scheduled = true;
    this.ctx.requestIdleCallback((deadline) => this.slice(deadline), { timeout: IDLE_TIMEOUT_MS });
  }

  private slice(deadline: IdleDeadline): void {
    this.scheduled = false;
    const budget = deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(2, deadline.timeRemaining()));
    const end = performance.now() + budget;
    this.takeDirty();
    while (this.jobs.length > 0 && performance.now() < end) {
      const job = this.jobs[0] as Job;
      const next = job.walker.position;
      if (next && !next.isConnected) {
        if (job.restarts >= MAX_RESTARTS || !job.root.isConnected) {
          this.flush(job);
          this.jobs.shift();
          continue;
        }
        job.restarts++;
        job.runs = [];
        job.chars = 0;
        job.walker = this.walkerFor(job);
      }
      const done = job.walker.step(() => performance.now() >= end || job.chars >= MAX_PENDING_CHARS);
      this.flush(job);
      if (done) this.jobs.shift();
    }
    if (this.needsPrune && this.jobs.length === 0) {
      this.needsPrune = false;
      this.sink.prune();
    }
    if (this.busy || this.needsPrune) this.schedule();
    else this.sink.settled();
  }

  private flush(job: Job): void {
    if (job.runs.length === 0) return;
    const runs = job.runs;
    job.runs = [];
    job.chars = 0;
    for (const run of runs) {
      if (!job.cleared.has(run.block)) {
        job.cleared.add(run.block);
        this.sink.clearBlock(run.block);
      }
    }
    this.sink.analyze(runs);
  }
}
