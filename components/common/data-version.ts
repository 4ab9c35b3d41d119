import type { PlanDataset } from '../../lib/plan/schema';

export interface DataVersionInfo {
  version: string;
  asOf: string;
  /** The newest dated source ('' when no source has a date). */
  newestSource: string;
}

/** How current the bundled data is: its version, its as-of date, and its newest source's date. */
export function dataVersion(dataset: PlanDataset): DataVersionInfo {
  const newestSource = dataset.sources.reduce((best, s) => (s.date && s.date > best ? s.date : best), '');
  return { version: dataset.plan.datasetVersion, asOf: dataset.plan.asOf, newestSource };
}
