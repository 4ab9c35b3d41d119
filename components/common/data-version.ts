import type { PlanDataset } from '../../lib/plan/schema';

/** How current the bundled data is: its version, its as-of date, and its newest source's date. */
export function dataVersion(dataset: PlanDataset): { version: string; asOf: string; newestSource: string } {
  const dates = dataset.sources.map((s) => s.date).filter((d): d is string => typeof d === 'string');
  const newestSource = dates.reduce((best, d) => (d > best ? d : best), dataset.plan.asOf.slice(0, 0));
  return { version: dataset.plan.datasetVersion, asOf: dataset.plan.asOf, newestSource };
}
