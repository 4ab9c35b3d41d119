/**
 * One page's Plan Lens: settings, the text index and its findings, marks, the card, hover, the
 * keyboard path and the messages. Everything it starts is owned by WXT's ctx and ends with it.
 */
import { browser, type ContentScriptContext } from '#imports';
import { type Lang, resolveLang } from '../../components/i18n';
import type { BlocksContext } from '../../lib/check/engine';
import { detectBlocks, detectText, pageDetector } from '../../lib/check/page-detector';
import type { ArticleDateCandidate } from '../../lib/dates/article-date-candidates';
import type { BlockScan } from '../../lib/detect/detector';
import {
  FINDINGS_PAGE,
  type FindingsReply,
  type Message,
  type PageSettings,
  parseMessage,
  parsePageSettings,
} from '../../lib/messages';
import { PageLayout, readJsonLd } from './article';
import { articleDateCandidates } from './article-date';
import { type CardContent, CardHost } from './card-host';
import { type CheckerLoader, importChecker, LazyChecker } from './checker-loader';
import { headingOfItem, isListItem, type RowCells, rowAround } from './fact-box';
import { type Finding, FindingStore, findingsOf, summarize } from './findings';
import { Marks } from './highlights';
import { boundsOf, type HoverTarget, HoverTracker } from './hit-test';
import { nextHandover, Scanner, SLICE_MS } from './scanner';
import type { TextRun } from './text-index';

const DEFAULT_SETTINGS: PageSettings = { siteEnabled: true, mark: 'all', lang: 'auto', theme: 'auto' };
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;
const REPORT_EVERY_MS = 400;
/** While the reader scrolls, marks beyond the cap and the scan's order follow at most this often. */
const SCROLL_CHECK_MS = 50;

const isTopFrame = window === window.top;

/** The card's language: the reader's choice, else the page's, else the browser's. */
function cardLang(choice: PageSettings['lang']): Lang {
  if (choice !== 'auto') return choice;
  const pageLang = document.documentElement.lang.toLowerCase();
  if (pageLang.startsWith('ja')) return 'ja';
  if (pageLang.startsWith('en')) return 'en';
  return resolveLang('auto', navigator.languages ?? [navigator.language]);
}

async function fetchSettings(): Promise<PageSettings> {
  try {
    const reply = await browser.runtime.sendMessage({ type: 'get-settings' } satisfies Message);
    return parsePageSettings(reply) ?? DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** A digit or a kanji numeral: a run without one holds no number to check. */
const HAS_NUMERAL = /[0-9０-９〇一二三四五六七八九十百千万億兆]/;

export class Session {
  private settings: PageSettings = DEFAULT_SETTINGS;
  private readonly marks = new Marks();
  private readonly store: FindingStore;
  private readonly card: CardHost;
  private readonly scanner: Scanner;
  private hover: HoverTracker | null = null;
  private aboutPlan = false;
  /** Where the article is: only its blocks are checked (all blocks when none is found). */
  private layout: PageLayout | null = null;
  /**
   * What the page's metadata says of its date; read into `articleDate` by the checker (reading a
   * dateline takes lib/numbers, which only checker.js carries), the first time it checks a run.
   */
  private dateCandidates: ArticleDateCandidate[] = [];
  private articleDate: string | null | undefined;
  private scrollTimer = 0;
  private lastScrollCheck = Number.NEGATIVE_INFINITY;
  /**
   * Runs checked before the page was known to be about the plan, or before the checker arrived:
   * checked again once both are so.
   */
  private unanchored: TextRun[] = [];
  /**
   * The detector's scan of each run waiting to be checked: the checker takes it rather than scanning
   * the run again (it uses the same detector).
   */
  private readonly scanOf = new WeakMap<TextRun, BlockScan>();
  private recheck: TextRun[] = [];
  /** Characters per batch of rechecks, sized from what the last batch cost (nextHandover). */
  private recheckChars = 400;
  private active: Finding | null = null;
  private hoverTimer = 0;
  private lastReport = '';
  private reportTimer = 0;
  private scanning = false;
  /** The first scan of the page (or of a client-side navigation) has settled. */
  private firstScanDone = false;
  /**
   * Runs of text the page added after its first scan settled (appended paragraphs, a live blog's
   * entries): their marks are drawn beyond the cap. Not the first scan's own runs checked late
   * (rechecked when the checker arrived): those spent the allowance before anything was appended.
   */
  private lateRuns = new WeakSet<TextRun>();
  /** Text the reader sees was checked in this slice: its marks are registered when it ends. */
  private drawAtSliceEnd = false;
  /** Bumped by every (re)start of a page scan: a step of an earlier start does nothing. */
  private startGeneration = 0;
  /** Carries the start's steps as tasks (a message, not a timer: no 4 ms clamp, no timer queue). */
  private startChannel: MessageChannel | null = null;
  /** Carries the rechecks of runs that waited for the checker, slice by slice (recheckSlice). */
  private recheckChannel: MessageChannel | null = null;
  /** Settings and strings have arrived (a menu check may come in before). */
  private ready: Promise<void> = Promise.resolve();
  /**
   * The number checker, loaded once the page is about the plan (or a selection is checked). Until
   * it arrives, runs are only detected (mentions) and wait in `unanchored` to be checked.
   */
  private readonly checker: LazyChecker;

  constructor(
    private readonly ctx: ContentScriptContext,
    loadChecker: CheckerLoader = importChecker,
  ) {
    this.checker = new LazyChecker(
      loadChecker,
      pageDetector,
      () => new Promise((done) => ctx.setTimeout(done, 0)),
    );
    this.store = new FindingStore(
      (f) => this.mark(f),
      (f) => this.unmark(f),
    );
    this.card = new CardHost(ctx);
    // Over the card (an iframe) the page gets no pointer events: the card page tells us.
    this.card.onPointer = (inside) => this.onHover(inside ? { kind: 'card' } : { kind: 'none' });
    this.card.onClose = () => {
      this.active = null;
      this.marks.setActive(null);
    };
    this.scanner = new Scanner(
      ctx,
      {
        analyze: (runs, urgent) => this.analyze(runs, urgent),
        clearBlock: (block) => this.store.clearBlock(block),
        clearWithin: (node) => this.store.clearWithin(node),
        prune: () => this.store.prune(),
        settled: () => this.settled(),
        sliceEnd: (urgentLeft, end) => this.sliceEnd(urgentLeft, end),
      },
      (node) => {
        const host = this.card.element;
        return host !== null && (node === host || host.contains(node));
      },
    );
    ctx.onInvalidated(() => this.marks.dispose());
  }

  async start(): Promise<void> {
    this.listen();
    this.ready = fetchSettings().then((settings) => this.applySettings(settings));
    await this.ready;
  }

  private async applySettings(next: PageSettings): Promise<void> {
    const before = this.settings;
    const wasRunning = this.scanning;
    this.settings = next;
    this.card.setPreferences(cardLang(next.lang), next.theme);
    if (!next.siteEnabled) {
      if (wasRunning) this.stopScanning();
      return;
    }
    if (!wasRunning) {
      this.startScanning();
      return;
    }
    if (before.mark !== next.mark) this.remark();
  }

  private startScanning(): void {
    this.scanning = true;
    this.hover ??= new HoverTracker(
      this.ctx,
      this.store,
      (event) => this.card.contains(event),
      (f) => f.marked && this.marks.isDrawn(f),
      (target) => this.onHover(target),
    );
    this.rescanPage();
    // Marks follow the reader: the scan takes the viewport next, and beyond the cap the marks
    // drawn are those nearest it.
    this.ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (this.scrollTimer) return;
        this.marks.readerMoved();
        const follow = () => {
          // blocks under the viewport go first; their marks and those waiting are registered
          // together when they are done (one repaint, not two)
          const queued = this.scanner.prioritizeViewport();
          if (queued) this.scanner.sliceNow();
          // marks found and waiting for their batch: the reader may be looking at them now
          if (!this.marks.rebalance() && !queued && this.marks.pending) this.marks.flush();
        };
        // the first scroll event is followed at once, the rest at most every SCROLL_CHECK_MS
        if (performance.now() - this.lastScrollCheck >= SCROLL_CHECK_MS) {
          this.lastScrollCheck = performance.now();
          follow();
          return;
        }
        this.scrollTimer = this.ctx.setTimeout(() => {
          this.scrollTimer = 0;
          this.lastScrollCheck = performance.now();
          follow();
        }, SCROLL_CHECK_MS);
      },
      { passive: true },
    );
    // Client-side navigation (pushState, replaceState, popstate): the article changed.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!this.scanning) return;
      this.card.hide();
      this.lastReport = '';
      this.ctx.setTimeout(() => this.rescanPage(), 0);
    });
  }

  private stopScanning(): void {
    this.scanning = false;
    this.startGeneration++;
    this.scanner.stop();
    this.card.hide();
    this.store.clear();
    this.marks.clear();
    this.unanchored = [];
    this.report(true);
  }

  /**
   * Checks the page from the start, in short tasks: where the article is and its date, the term
   * detector, the headline (one that names the plan loads the checker, and the scan waits for it),
   * then the scan's slices.
   */
  private rescanPage(): void {
    this.scanner.stop();
    this.store.clear();
    this.marks.clear();
    this.hover?.reset();
    this.unanchored = [];
    this.recheck = [];
    this.firstScanDone = false;
    this.lateRuns = new WeakSet();
    const generation = ++this.startGeneration;
    const steps: Array<() => Promise<unknown> | undefined> = [
      () => {
        const jsonLd = readJsonLd(document);
        this.layout = new PageLayout(document, jsonLd);
        this.dateCandidates = articleDateCandidates(document, this.layout.articleElement, jsonLd);
        this.articleDate = undefined;
      },
      () => void pageDetector(),
      () => {
        // A headline that names the plan makes the whole page about it: every run will be checked,
        // so the scan starts once the checker is here (else all of them would be checked twice).
        this.aboutPlan = document.title ? detectBlocks([document.title]).aboutPlan : false;
        if (this.aboutPlan) return this.checker.get();
      },
      () => {
        this.marks.beginScan();
        this.scanner.scanAll();
        this.scanner.observe();
      },
    ];
    const next = () => {
      if (generation !== this.startGeneration || this.ctx.isInvalid) return;
      const waitFor = steps.shift()?.();
      if (steps.length === 0) return;
      if (waitFor) {
        // the step's promise never rejects (a failed load gives null): the chain goes on either way
        void waitFor.then(next);
        return;
      }
      if (!this.startChannel) {
        this.startChannel = new MessageChannel();
        this.ctx.onInvalidated(() => this.startChannel?.port1.close());
      }
      this.startChannel.port1.onmessage = next;
      this.startChannel.port2.postMessage(null);
    };
    next();
  }

  private context(aboutPlan: boolean, runs: readonly TextRun[]): BlocksContext {
    const context: BlocksContext = { aboutPlan };
    // the detector alone has no use for the date; the checker reads it once, when it first checks
    const checker = this.checker.current;
    if (checker && this.articleDate === undefined)
      this.articleDate = checker.articleDate(this.dateCandidates);
    if (this.articleDate) context.articleDate = this.articleDate;
    if (runs.some((r) => r.anchoredOnly)) context.anchoredOnly = runs.map((r) => r.anchoredOnly === true);
    // a fact box's items take what its heading says (lib/check/fact-box.ts); the heading is read
    // off the page, since it may have been checked in an earlier batch (the detector alone has no
    // use for either)
    if (checker) {
      const items = runs.map((r) => isListItem(r.block));
      if (items.includes(true)) {
        context.listItems = items;
        const lists = new Map<Element, string | null>();
        context.headings = runs.map((r, i) => (items[i] ? headingOfItem(r.block, lists) : null));
        // a table cell is checked as its row reads (「閣議決定：2025年12月23日」)
        // only for a cell with a number of its own: the row's claims are kept in the cell's text
        // alone, so a label cell (「閣議決定」) has none to get from it
        const rowTexts = new Map<Element, RowCells | null>();
        const rows = runs.map((r, i) =>
          items[i] && HAS_NUMERAL.test(r.text) ? rowAround(r.block, rowTexts) : null,
        );
        if (rows.some((x) => x !== null)) context.rows = rows;
      }
    }
    return context;
  }

  /** The runs whose text is checked: the article's, when the page has one. */
  private checked(runs: TextRun[]): TextRun[] {
    const layout = this.layout;
    return layout ? runs.filter((run) => layout.checks(run.block)) : runs;
  }

  private analyze(all: TextRun[], urgent = false): void {
    const runs = this.checked(all);
    if (runs.length === 0) return;
    if (this.firstScanDone) for (const run of runs) this.lateRuns.add(run);
    if (urgent) this.drawAtSliceEnd = true;
    const wasAbout = this.aboutPlan;
    // Before the checker is here, the detector alone: the same mentions, no claims yet.
    const checker = this.checker.current;
    const { aboutPlan, results, scans } = (checker?.analyzeBlocks ?? detectBlocks)(
      runs.map((r) => r.text),
      this.context(wasAbout, runs),
    );
    runs.forEach((run, i) => {
      const result = results[i];
      this.store.setRun(run, result ? findingsOf(run, result) : []);
    });
    if (!aboutPlan || !checker) {
      runs.forEach((run, i) => {
        this.unanchored.push(run);
        const scan = scans?.[i];
        if (scan !== undefined) this.scanOf.set(run, scan);
      });
      if (aboutPlan) {
        // the first mention of the plan: its numbers (and those before) are checked on arrival
        this.aboutPlan = true;
        const generation = this.startGeneration;
        if (!wasAbout) void this.checker.get().then(() => this.checkerArrived(generation));
      }
      this.scheduleReport();
      return;
    }
    this.aboutPlan = true;
    if (this.unanchored.length > 0) this.recheckUnanchored();
    this.scheduleReport();
  }

  /** The checker has loaded (or failed to) for the scan started as `generation`. */
  private checkerArrived(generation: number): void {
    if (generation !== this.startGeneration || this.ctx.isInvalid || !this.checker.current) return;
    this.scanner.checkingChanged();
    if (this.aboutPlan && this.unanchored.length > 0) this.recheckUnanchored();
  }

  /** Runs met before the page was known to be about the plan (or before the checker came), checked now. */
  private recheckUnanchored(): void {
    const first = this.recheck.length === 0;
    for (const run of this.unanchored) this.recheck.push(run);
    this.unanchored = [];
    if (!first) return; // the tasks below are already asked for
    // The first few in a task of their own, next (they are often the viewport's, checked first):
    // the task that brought the checker has just compiled it, and a first batch run on cold code
    // beside that made it a long task.
    this.ctx.setTimeout(() => this.recheckSlice(performance.now() + 4), 0);
  }

  /**
   * Rechecks until `end`; what is left goes on in short tasks of its own, chained as the first
   * scan's slices are. These runs are the first scan's, waiting only for their verdicts: idle
   * callbacks came late on a page still painting (on the 1 MB bench page they waited about 290 ms
   * in all), and the reader's first marks are often among them.
   */
  private recheckSlice(end: number): void {
    this.recheckSome(end);
    if (this.recheck.length > 0) {
      this.nextRecheckTask();
    } else {
      // the last of the page's numbers are checked: their marks now, not after the batching interval
      // (a page whose checker came late would otherwise show its last verdicts 250 ms after they
      // were known)
      if (this.firstScanDone) this.marks.flush();
      this.hover?.reset();
      this.report(false);
    }
  }

  /** Posts the next recheck slice as a task of its own (a message: no timer clamp, no idle wait). */
  private nextRecheckTask(): void {
    if (!this.recheckChannel) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => this.recheckSlice(performance.now() + SLICE_MS);
      this.ctx.onInvalidated(() => channel.port1.close());
      this.recheckChannel = channel;
    }
    this.recheckChannel.port2.postMessage(null);
  }

  private recheckSome(end: number): void {
    const checker = this.checker.current;
    if (!checker) return;
    while (this.recheck.length > 0 && performance.now() < end) {
      const batch: TextRun[] = [];
      let chars = 0;
      // sized as the scanner's hand-overs are (a few ms each): with the checker just loaded and
      // its code still cold, a fixed 8,000 characters made idle tasks of 30–50 ms
      while (this.recheck.length > 0 && chars < this.recheckChars) {
        const run = this.recheck.shift() as TextRun;
        // its block was indexed again (or its text changed) since: the newer run is what counts
        if (!this.store.isCurrent(run)) continue;
        batch.push(run);
        chars += run.text.length;
      }
      const started = performance.now();
      const context = this.context(true, batch);
      context.scans = batch.map((r) => this.scanOf.get(r) ?? null);
      const { results } = checker.analyzeBlocks(
        batch.map((r) => r.text),
        context,
      );
      this.recheckChars = nextHandover(this.recheckChars, chars, performance.now() - started);
      batch.forEach((run, i) => {
        const result = results[i];
        if (result) this.store.setRun(run, findingsOf(run, result));
      });
    }
  }

  private sliceEnd(urgentLeft: boolean, end: number): boolean {
    // Runs that waited for the checker are rechecked a little at the end of each of the scan's
    // slices too: while the scan runs the page has no idle time, so idle callbacks alone would
    // leave them until the scan ends (or their 200 ms timeout). Only in time the slice has left:
    // a slice whose hand-over ran long (code just loaded, cold) adds no batch to it.
    const now = performance.now();
    if (this.recheck.length > 0 && !urgentLeft && now < end) this.recheckSome(Math.min(end, now + 3));
    // one registration for all the blocks under the viewport: each costs a full-page repaint
    if (!this.drawAtSliceEnd || urgentLeft) return false;
    this.drawAtSliceEnd = false;
    if (!this.marks.pending) return false;
    this.marks.flush();
    return true;
  }

  private settled(): void {
    this.firstScanDone = true;
    this.marks.endScan();
    this.marks.flush();
    this.hover?.reset();
    this.report(false);
  }

  // Marks ------------------------------------------------------------------------------------

  private shouldMark(f: Finding): boolean {
    const mode = this.settings.mark;
    if (mode === 'none') return false;
    return mode === 'all' || f.mark === 'problem';
  }

  private mark(f: Finding): void {
    // marked: wanted on the page; whether it is drawn now is the Marks' call (cap, viewport)
    f.marked = this.shouldMark(f) && this.marks.supported;
    // text added after the first scan (appended paragraphs) is drawn even beyond the cap
    if (f.marked) this.marks.add(f.mark, f, f.run.block, this.lateRuns.has(f.run));
  }

  private unmark(f: Finding): void {
    this.marks.remove(f.mark, f);
    f.marked = false;
    if (this.active === f) this.card.hide();
  }

  private remark(): void {
    this.marks.clear();
    for (const f of this.store.inOrder()) this.mark(f);
    this.marks.rebalance();
    this.marks.flush();
    this.hover?.reset();
  }

  // Badge ------------------------------------------------------------------------------------

  private scheduleReport(): void {
    if (this.reportTimer) return;
    this.reportTimer = this.ctx.setTimeout(() => {
      this.reportTimer = 0;
      this.report(false);
    }, REPORT_EVERY_MS);
  }

  /** Tells the background this frame's counts for the badge, when they changed. */
  private report(force: boolean): void {
    const { count, problems } = this.store.counts;
    const key = `${count}/${problems}`;
    if (!force && key === this.lastReport) return;
    this.lastReport = key;
    browser.runtime
      .sendMessage({ type: 'findings-changed', count, problems } satisfies Message)
      .catch(() => undefined);
  }

  // Card -------------------------------------------------------------------------------------

  private contentOf(f: Finding): CardContent {
    if (f.claim) return { kind: 'claim', claim: f.claim };
    return { kind: 'mention', mention: f.mention as NonNullable<Finding['mention']> };
  }

  /** Opens `f`'s card; resolves whether it is on screen (the card page answered). */
  private open(f: Finding, how: { focus: boolean; pinned: boolean }): Promise<boolean> {
    this.active = f;
    this.marks.setActive(f.range);
    // The reader is looking: whatever a page script did to our highlights is put right first.
    this.marks.reassert();
    const ordered = this.store.inOrder();
    const index = ordered.indexOf(f);
    // The card page looks up the dataset's texts itself: the raw finding is all it needs.
    return this.card.show(this.contentOf(f), {
      anchor: () => boundsOf(f),
      focus: how.focus,
      pinned: how.pinned,
      position: how.focus && index !== -1 ? { index, total: ordered.length } : null,
    });
  }

  private onHover(target: HoverTarget): void {
    if (target.kind === 'card') {
      clearTimeout(this.hoverTimer);
      return;
    }
    if (target.kind === 'finding') {
      if (this.active === target.finding && this.card.isOpen) {
        clearTimeout(this.hoverTimer);
        return;
      }
      clearTimeout(this.hoverTimer);
      // The first card loads its frame: start now, during the hover delay.
      this.card.prepare();
      const finding = target.finding;
      this.hoverTimer = this.ctx.setTimeout(
        () => void this.open(finding, { focus: false, pinned: false }),
        HOVER_OPEN_MS,
      );
      return;
    }
    clearTimeout(this.hoverTimer);
    if (this.card.isOpen && !this.card.pinned) {
      this.hoverTimer = this.ctx.setTimeout(() => {
        if (!this.card.pinned) this.card.hide();
      }, HOVER_CLOSE_MS);
    }
  }

  /** Scrolls a finding into view and opens its card with focus (keyboard, popup). */
  private reveal(f: Finding): Promise<boolean> {
    const start = f.range.startContainer.parentElement;
    start?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    return this.open(f, { focus: true, pinned: true });
  }

  private step(direction: 1 | -1): boolean {
    const ordered = this.store.inOrder();
    if (ordered.length === 0) return false;
    let index = this.active ? ordered.indexOf(this.active) : -1;
    if (index === -1) {
      // From where the reader is: the first finding below the top of the viewport, or the last above it.
      const firstBelow = ordered.findIndex((f) => (boundsOf(f)?.top ?? -1) >= 0);
      index = direction === 1 ? firstBelow : (firstBelow === -1 ? ordered.length : firstBelow) - 1;
      if (index < 0) index = direction === 1 ? 0 : ordered.length - 1;
    } else {
      index = (index + direction + ordered.length) % ordered.length;
    }
    const target = ordered[index === -1 ? 0 : index];
    if (!target) return false;
    void this.reveal(target);
    return true;
  }

  /**
   * The context menu's check of a selection, even on a page Plan Lens does not scan. The checker is
   * loaded first, if it is not yet: the card shows when it is here (without it: mentions only).
   */
  private async checkSelection(text: string): Promise<boolean> {
    const selection = window.getSelection();
    const selected = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const passage = text.trim() || selection?.toString().trim() || '';
    if (!passage) return false;
    // where the selection is now: the reader may select something else while the checker loads
    const rect = selected ? selected.getBoundingClientRect() : null;
    const checker = await this.checker.get();
    const findings = (checker?.analyzeText ?? detectText)(passage, { assumeAboutPlan: true });
    const anchor = () =>
      rect && (rect.width > 0 || rect.height > 0) ? rect : new DOMRect(window.innerWidth / 2 - 180, 24, 0, 0);
    this.active = null;
    this.marks.setActive(null);
    void this.card.show(
      { kind: 'selection', text: passage, findings },
      { anchor, focus: true, pinned: true, position: null },
    );
    return true;
  }

  /** The findings from `from` on, one page of them: every finding is listed, drawn or not. */
  private findingsReply(from: number): FindingsReply {
    const ordered = this.store.inOrder();
    const page = ordered.slice(from, from + FINDINGS_PAGE);
    return {
      url: location.href,
      findings: page.map((f, i) => summarize(f, from + i)),
      from,
      version: this.store.version,
      total: ordered.length,
      capped: this.marks.capped,
      highlightsSupported: this.marks.supported,
    };
  }

  // Messages ---------------------------------------------------------------------------------

  private listen(): void {
    const handler = (
      raw: unknown,
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ): boolean | undefined => {
      const message = parseMessage(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'get-findings':
          if (!isTopFrame) return undefined;
          sendResponse(this.findingsReply(message.from ?? 0));
          return undefined;
        case 'show-finding': {
          if (!isTopFrame) return undefined;
          const f = this.store.inOrder()[message.index];
          if (!f) {
            sendResponse({ ok: false });
            return undefined;
          }
          // Answered once the card is on screen, or not: a card that cannot show says so.
          void this.reveal(f).then((ok) => sendResponse({ ok }));
          return true;
        }
        case 'step-finding':
          if (!isTopFrame) return undefined;
          sendResponse({ ok: this.step(message.direction) });
          return undefined;
        case 'check-selection':
          void this.ready.then(() => this.checkSelection(message.text)).then((ok) => sendResponse({ ok }));
          return true;
        case 'settings-changed':
          void fetchSettings().then((s) => this.applySettings(s));
          return undefined;
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(handler);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(handler));
  }
}
