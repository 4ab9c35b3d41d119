/** What the in-page Plan Lens driver (plan-lens.ts) returns to the benchmark. */
export interface ScanResult {
  /** Wall time from the call to the findings being complete, highlights registered, style recalculated. */
  ms: number;
  /** Time in the synchronous start (the Session's constructor and start(): engine compiled, first job queued). */
  startMs: number;
  /** The part of `ms` spent inside Plan Lens's idle slices. */
  busyMs: number;
  /** Time between asking for an idle callback and getting it, summed (rendering, or idle periods not yet due). */
  idleWaitMs: number;
  /** The forced style recalculation and layout at the end (the highlights' share of rendering). */
  styleMs: number;
  /** The longest idle slice (the scanner aims at about 8 ms). */
  maxSliceMs: number;
  /** Idle slices run. */
  slices: number;
  /** Findings (mentions + claims) the page holds, as the popup would list them. */
  findings: number;
  /** Ranges registered in CSS.highlights by kind (mention, match, problem, not-in-plan). */
  ranges: Record<string, number>;
}

export interface PlanLensDriver {
  /** Adopts the content script's stylesheet (declared by the manifest, so present before the scan). */
  prepare(): void;
  /** The full scan of the page, as the content script does it on load. */
  scan(): Promise<ScanResult>;
  /** Appends the paragraphs to <main> and waits for the incremental path to update the findings. */
  append(html: string): Promise<ScanResult>;
}
