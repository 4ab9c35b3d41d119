/**
 * A Chromium trace of a page while some work runs, for the e2e tests and the benchmark alike
 * (CDP Tracing, events reported as they are collected).
 */
import type { CDPSession } from '@playwright/test';

/** The fields of a trace event the tests and the benchmark read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time over the event (thread ticks), when the trace records it. */
  tdur?: number;
  args?: { data?: { url?: string }; name?: string };
}

/** Traces the given categories while `work` runs and returns every event collected. */
export async function recordTrace(
  cdp: CDPSession,
  categories: string,
  work: () => Promise<unknown>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
