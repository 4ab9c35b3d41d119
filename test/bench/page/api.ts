/** What the in-page Plan Lens driver (plan-lens.ts) returns to the benchmark. */
export interface ScanResult {
  /** Wall time from the call to the first painted frame after the last Highlight registration. */
  ms: number;
  /** Time in the synchronous start (the Session's constructor and start(): engine compiled, first job queued). */
  startMs: number;
  /** Plan Lens's own time within `ms`: the synchronous start, every slice, every batch of Highlight changes. */
  busyMs: number;
  /** Batches of Highlight changes (each costs the page a PrePaint in the next frame). */
  registrations: number;
  /** When the last batch was applied, from the start. */
  lastRegistrationMs: number;
  /** Ranges in our highlights after the work minus before (append: marks the new text got). */
  marksAdded: number;
  /** Time between asking for an idle callback and getting it, summed (rendering, or idle periods not yet due). */
  idleWaitMs: number;
  /** The forced style recalculation and layout at the end (the highlights' share of rendering). */
  styleMs: number;
  /** The longest idle slice (the scanner aims at about 8 ms). */
  maxSliceMs: number;
  /** Idle slices run. */
  slices: number;
  /** Findings (mentions + claims) the page holds, as the popup would list them. */
  /** Filled in by the runner from driver.findings(), after the scan's long tasks are read. */
  findings: number;
  /** Ranges registered in CSS.highlights by kind (mention, match, problem, not-in-plan). */
  ranges: Record<string, number>;
}

export interface PlanLensDriver {
  /** Adopts the content script's stylesheet (declared by the manifest, so present before the scan). */
  prepare(): void;
  /**
   * The full scan of the page, as the content script does it on load. With `mentionsOnly` the
   * number checker is never loaded (as when checker.js fails to load): the detector and the marks
   * alone, so the report can say what the checker costs on the clock.
   */
  scan(mentionsOnly?: boolean): Promise<ScanResult>;
  /** How many findings the page's list holds (asked as the popup asks, in a task of its own). */
  findings(): number;
  /** Appends the paragraphs to <main> and waits for the incremental path to update the findings. */
  append(html: string): Promise<ScanResult>;
  /**
   * The full scan, timing the first mark the reader sees at `fraction` of the page: scrolled there
   * before the scan (scrollAfterMs < 0), or scrolled there that long after the scan started.
   * `ms` runs from the scroll (or the start) to the painted frame.
   */
  firstMark(fraction: number, scrollAfterMs: number): Promise<{ ms: number; scrolledAtMs: number }>;
}
