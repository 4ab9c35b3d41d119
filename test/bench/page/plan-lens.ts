/**
 * Drives Plan Lens's own content script in a plain page: the very Session the content script's
 * main() starts (entrypoints/content/session.ts, with its Scanner, text index, lib/check engine,
 * finding store and CSS highlights), bundled by run.ts with esbuild into an IIFE. Only WXT's
 * `#imports` is stubbed (imports-stub.ts) and the ContentScriptContext is replaced by BenchContext,
 * which also tells when the work is done: the Session schedules its scanning through
 * ctx.requestIdleCallback and slices chained through a MessageChannel, so the scan is complete when
 * no idle callback it asked for and no chained slice is pending.
 */
import type { ContentScriptContext } from '#imports';
import { type CheckerLoader, importChecker } from '../../../entrypoints/content/checker-loader';
import { Marks } from '../../../entrypoints/content/highlights';
import { Session } from '../../../entrypoints/content/session';
import styleText from '../../../entrypoints/content/style.css?raw';
import type { PlanLensDriver, ScanResult } from './api';

/** The page's own MessageChannel, before the Session's is replaced by a counted one (below). */
const NATIVE_CHANNEL = window.MessageChannel;

import { sendToContent } from './imports-stub';

/** Gives up waiting for the page to go quiet after this long (a hang must not stall the bench). */
const QUIET_TIMEOUT_MS = 60_000;

class BenchContext {
  private readonly controller = new AbortController();
  private readonly invalidated: Array<() => void> = [];
  private pending = 0;
  private sawWork = false;
  private waiters: Array<() => void> = [];
  busyMs = 0;
  maxSliceMs = 0;
  /** Per idle callback: when it was asked for, when it ran, the idle time it was given, timed out. */
  timeline: Array<[number, number, number, number]> = [];
  slices = 0;

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get isInvalid(): boolean {
    return this.controller.signal.aborted;
  }
  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.invalidated.push(cb);
    return () => {};
  }

  requestIdleCallback(cb: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number {
    this.pending++;
    this.sawWork = true;
    const asked = performance.now();
    return window.requestIdleCallback((deadline) => {
      const t0 = performance.now();
      this.timeline.push([asked, t0, deadline.timeRemaining(), deadline.didTimeout ? 1 : 0]);
      this.timed(() => cb(deadline));
    }, options);
  }

  /**
   * The scanner chains slices through a MessageChannel (tasks of their own, outside idle
   * callbacks): each message posted is pending work, and its handler's time is busy time.
   */
  track(channel: MessageChannel): void {
    const { port1, port2 } = channel;
    const post = port2.postMessage.bind(port2);
    port2.postMessage = (message: unknown) => {
      this.pending++;
      this.sawWork = true;
      post(message);
    };
    const setter = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')?.set;
    Object.defineProperty(port1, 'onmessage', {
      set: (fn: ((e: MessageEvent) => void) | null) => {
        setter?.call(port1, (e: MessageEvent) => this.timed(() => fn?.(e)));
      },
    });
  }

  private timed(cb: () => void): void {
    const t0 = performance.now();
    try {
      if (this.isValid) cb();
    } finally {
      const spent = performance.now() - t0;
      this.busyMs += spent;
      if (spent > this.maxSliceMs) this.maxSliceMs = spent;
      this.slices++;
      this.pending--;
      if (this.pending === 0) this.wakeSoon();
    }
  }

  /**
   * Quiet is looked at in a task after the one that ended the last pending work: a promise that work
   * resolved may go on in its microtasks and ask for more (the checker compiled in a timer, then the
   * scan's next step). A native channel: a task of its own, not counted as our work.
   */
  private wakeSoon(): void {
    if (this.wakeChannel === null) {
      this.wakeChannel = new NATIVE_CHANNEL();
      this.wakeChannel.port1.onmessage = () => {
        if (this.pending === 0) this.wake();
      };
    }
    this.wakeChannel.port2.postMessage(null);
  }
  private wakeChannel: MessageChannel | null = null;

  /**
   * Loading checker.js is pending work too: the scan is not done while its numbers wait for the
   * checker (on a small page the detector's slices end before the file has arrived, and the claims
   * come after). Its wall time is not busy time; compiling it runs in a timer of its own, which is.
   * Quiet is looked at a task later (wakeSoon), when the Session has already asked for that timer.
   */
  trackLoad<T>(load: Promise<T>): Promise<T> {
    this.pending++;
    this.sawWork = true;
    const settled = () => {
      this.pending--;
      if (this.pending === 0) this.wakeSoon();
    };
    load.then(settled, settled);
    return load;
  }

  /** A frame asked for is pending work (the scan waits for one to paint the reader's marks). */
  requestAnimationFrame(cb: FrameRequestCallback): number {
    this.pending++;
    this.sawWork = true;
    return window.requestAnimationFrame((t) => this.timed(() => cb(t)));
  }

  /**
   * Timers are our work too: their time is busy time. A zero-delay timer is the next step of work
   * under way (the scan's first steps, a slice that waits behind the page's timers), so it is
   * pending work as well; a delayed one (the badge report, hover) is not waited for.
   */
  setTimeout(cb: () => void, ms?: number): number {
    const next = !ms;
    if (next) {
      this.pending++;
      this.sawWork = true;
    }
    return window.setTimeout(() => {
      if (!next) {
        if (this.isValid) cb();
        return;
      }
      this.timed(cb);
    }, ms);
  }

  setInterval(cb: () => void, ms?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) cb();
    }, ms);
    this.signal.addEventListener('abort', () => clearInterval(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener, { ...options, signal: this.signal });
  }

  /** Starts counting: the next quiet() waits for work scheduled from now on. */
  arm(): void {
    this.sawWork = false;
    this.busyMs = 0;
    this.maxSliceMs = 0;
    this.slices = 0;
    this.timeline = [];
  }

  /** Resolves once work was scheduled and every idle callback asked for has run. */
  quiet(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error('Plan Lens did not finish')), QUIET_TIMEOUT_MS);
      const check = () => {
        if (this.sawWork && this.pending === 0) {
          clearTimeout(timer);
          resolve();
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  /** Called by the MutationObserver path too: nothing to wait for yet means "not yet". */
  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  invalidate(): void {
    this.controller.abort();
    for (const cb of this.invalidated) cb();
  }
}

/** Reads layout-dependent values: pending style recalculation (after the highlights) happens now. */
function forceStyleAndLayout(): void {
  document.body.getBoundingClientRect();
  getComputedStyle(document.body).color;
}

function registeredRanges(): Record<string, number> {
  const out: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('plan-lens-')) out[name.slice('plan-lens-'.length)] = highlight.size;
  });
  return out;
}

function findingsTotal(): number {
  const reply = sendToContent({ type: 'get-findings' }) as { total?: number } | undefined;
  return reply?.total ?? -1;
}

const ctx = new BenchContext();

/** Whether any of our marks is in the viewport now (its text's element box intersects it). */
function markInViewport(): boolean {
  const height = window.innerHeight;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('plan-lens-') || name === 'plan-lens-active') continue;
    for (const range of highlight) {
      const rect = range.startContainer.parentElement?.getBoundingClientRect();
      if (rect && rect.bottom > 0 && rect.top < height && rect.height > 0) return true;
    }
  }
  return false;
}

/**
 * Each batch of Highlight changes: its time is busy time, the last one ends the marking, and the
 * first that puts a mark in the viewport (after `watchFrom`) is when the reader sees one.
 */
const flushes = {
  ms: 0,
  count: 0,
  last: 0,
  watchFrom: Number.POSITIVE_INFINITY,
  firstVisible: 0,
  /** The frame that paints the first visible mark: asked for by the flush that registered it. */
  visiblePaint: null as Promise<number> | null,
  reset() {
    this.ms = 0;
    this.count = 0;
    this.last = 0;
    this.watchFrom = Number.POSITIVE_INFINITY;
    this.firstVisible = 0;
    this.visiblePaint = null;
  },
};
/** The Session's Marks (the one that last took a mark): its changes may wait for a throttled flush. */
let liveMarks: Marks | null = null;
const originalAdd = Marks.prototype.add;
Marks.prototype.add = function (this: Marks, ...args: Parameters<Marks['add']>) {
  liveMarks = this;
  return originalAdd.apply(this, args);
};

/**
 * Marks still waiting to be registered when the work went quiet (changes are batched, at most one
 * registration every 250 ms): all marks are painted only after that registration, so the time to
 * all marks waits for it.
 */
async function marksRegistered(): Promise<void> {
  const end = performance.now() + QUIET_TIMEOUT_MS;
  while (liveMarks?.pending && performance.now() < end) await new Promise((r) => setTimeout(r, 2));
}

const originalFlush = Marks.prototype.flush;
Marks.prototype.flush = function (this: Marks) {
  const before = this.flushes;
  const t0 = performance.now();
  originalFlush.call(this);
  const t1 = performance.now();
  flushes.ms += t1 - t0;
  if (this.flushes === before) return;
  flushes.count++;
  flushes.last = t1;
  if (!flushes.firstVisible && t1 >= flushes.watchFrom && markInViewport()) {
    flushes.firstVisible = t1;
    flushes.visiblePaint = nextPaint();
  }
};

/**
 * The end of the next painted frame: a task posted from requestAnimationFrame runs after that
 * frame's paint. It is posted at user-blocking priority, so it runs before the scan's own chained
 * slices (messages, normal priority) already queued: as a message it waited behind one of them,
 * which counted a slice of the scan after the paint as time to the paint.
 */
function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const done = () => resolve(performance.now());
      const scheduler = (window as { scheduler?: { postTask?: (cb: () => void, o: object) => unknown } })
        .scheduler;
      if (scheduler?.postTask) {
        void scheduler.postTask(done, { priority: 'user-blocking' });
        return;
      }
      const channel = new NativeChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    }),
  );
}

/** Waits until the first visible mark was registered, then for the frame that paints it. */
async function firstVisiblePaint(timeoutMs: number): Promise<number> {
  const end = performance.now() + timeoutMs;
  while (!flushes.visiblePaint && performance.now() < end) await new Promise((r) => setTimeout(r, 4));
  return flushes.visiblePaint ?? Number.NaN;
}
const NativeChannel = window.MessageChannel;
window.MessageChannel = class extends NativeChannel {
  constructor() {
    super();
    ctx.track(this);
  }
};

/** A checker.js that fails to load: the Session keeps its mentions and checks no number. */
const noChecker: CheckerLoader = () => Promise.reject(new Error('mentions only'));
/** The content script's own loader, its load counted as pending work (BenchContext.trackLoad). */
const trackedChecker: CheckerLoader = () => ctx.trackLoad(importChecker());

function result(t0: number, startMs: number, painted: number, marksBefore = 0): ScanResult {
  const styleStart = performance.now();
  forceStyleAndLayout();
  const end = performance.now();
  const ranges = registeredRanges();
  const marks = Object.entries(ranges).reduce((sum, [k, n]) => (k === 'active' ? sum : sum + n), 0);
  return {
    ms: painted - t0,
    startMs,
    busyMs: startMs + ctx.busyMs + flushes.ms,
    registrations: flushes.count,
    lastRegistrationMs: flushes.last ? flushes.last - t0 : 0,
    marksAdded: marks - marksBefore,
    maxSliceMs: ctx.maxSliceMs,
    idleWaitMs: ctx.timeline.reduce((sum, [asked, ran]) => sum + (ran - asked), 0),
    styleMs: end - styleStart,
    slices: ctx.slices,
    // asked for separately (driver.findings): listing every finding is the popup's request, a
    // task of its own after the scan, not part of it
    findings: -1,
    ranges,
  };
}

/** The ::highlight() rules, adopted as the manifest-declared stylesheet would be (not timed). */
function adoptStyle(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styleText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const driver: PlanLensDriver = {
  prepare() {
    // The manifest's stylesheet is there before the content script runs: adopting it restyles the
    // whole document, which is not the scan's doing, so it is done before the clock starts.
    adoptStyle();
    forceStyleAndLayout();
  },
  findings() {
    return findingsTotal();
  },
  async scan(mentionsOnly = false) {
    ctx.arm();
    flushes.reset();
    const t0 = performance.now();
    await new Session(
      ctx as unknown as ContentScriptContext,
      mentionsOnly ? noChecker : trackedChecker,
    ).start();
    const startMs = performance.now() - t0;
    await ctx.quiet();
    await marksRegistered();
    const painted = await nextPaint();
    return result(t0, startMs, painted);
  },
  async firstMark(fraction, scrollAfterMs) {
    const y = () => fraction * (document.documentElement.scrollHeight - window.innerHeight);
    if (scrollAfterMs < 0) window.scrollTo(0, y());
    ctx.arm();
    flushes.reset();
    const t0 = performance.now();
    let scrolledAt = t0;
    if (scrollAfterMs < 0) flushes.watchFrom = t0;
    else
      setTimeout(() => {
        window.scrollTo(0, y());
        scrolledAt = performance.now();
        flushes.watchFrom = scrolledAt;
      }, scrollAfterMs);
    await new Session(ctx as unknown as ContentScriptContext, trackedChecker).start();
    const painted = await firstVisiblePaint(30_000);
    await ctx.quiet();
    return { ms: painted - scrolledAt, scrolledAtMs: scrolledAt - t0 };
  },
  async append(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const main = document.querySelector('main') ?? document.body;
    const before = Object.entries(registeredRanges()).reduce(
      (sum, [k, n]) => (k === 'active' ? sum : sum + n),
      0,
    );
    ctx.arm();
    flushes.reset();
    const t0 = performance.now();
    main.append(template.content);
    await ctx.quiet();
    await marksRegistered();
    const painted = await nextPaint();
    return result(t0, 0, painted, before);
  },
};

(window as unknown as { __planLens: PlanLensDriver }).__planLens = driver;
