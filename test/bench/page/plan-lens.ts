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
import { Session } from '../../../entrypoints/content/session';
import styleText from '../../../entrypoints/content/style.css?raw';
import type { PlanLensDriver, ScanResult } from './api';
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
      if (this.pending === 0) this.wake();
    }
  }

  requestAnimationFrame(cb: FrameRequestCallback): number {
    return window.requestAnimationFrame((t) => {
      if (this.isValid) cb(t);
    });
  }

  setTimeout(cb: () => void, ms?: number): number {
    return window.setTimeout(() => {
      if (this.isValid) cb();
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
const NativeChannel = window.MessageChannel;
window.MessageChannel = class extends NativeChannel {
  constructor() {
    super();
    ctx.track(this);
  }
};

function result(t0: number, startMs: number): ScanResult {
  const styleStart = performance.now();
  forceStyleAndLayout();
  const end = performance.now();
  return {
    ms: end - t0,
    startMs,
    busyMs: ctx.busyMs,
    maxSliceMs: ctx.maxSliceMs,
    idleWaitMs: ctx.timeline.reduce((sum, [asked, ran]) => sum + (ran - asked), 0),
    styleMs: end - styleStart,
    slices: ctx.slices,
    findings: findingsTotal(),
    ranges: registeredRanges(),
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
  async scan() {
    ctx.arm();
    const t0 = performance.now();
    await new Session(ctx as unknown as ContentScriptContext).start();
    const startMs = performance.now() - t0;
    await ctx.quiet();
    return result(t0, startMs);
  },
  async append(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const main = document.querySelector('main') ?? document.body;
    ctx.arm();
    const t0 = performance.now();
    main.append(template.content);
    await ctx.quiet();
    return result(t0, 0);
  },
};

(window as unknown as { __planLens: PlanLensDriver }).__planLens = driver;
