import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlanDataset } from '../../lib/plan/schema';
import { type Lookup, lookupOf } from './lookup';

export const DatasetContext = createContext<PlanDataset | null>(null);

/** The dataset the views show, and id lookups over it. */
export function useDataset(): { dataset: PlanDataset; lookup: Lookup } {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('DatasetContext is not provided');
  return { dataset, lookup: lookupOf(dataset) };
}
