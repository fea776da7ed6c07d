import type { ImpactDataset } from '../model/impactDataset.js';
import type { ReportSource } from './reportSource.js';

/** Adds every source id cited anywhere under `value` to `into`. */
function collectCitations(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectCitations(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sourceId' && typeof child === 'string') into.add(child);
    else if (key === 'sourceIds' && Array.isArray(child)) {
      for (const id of child) into.add(String(id));
    } else collectCitations(child, into);
  }
}

/**
 * Lists the sources of a dataset with the collections whose records cite them.
 *
 * @remarks
 * A record cites a source through a `sourceId` or `sourceIds` key at any depth. `citedBy` names
 * the dataset's top-level keys (`company`, `workforce`, `programs`, …) in dataset order; a source
 * no record cites has an empty `citedBy`.
 *
 * @param data - The validated dataset.
 * @returns The sources in dataset order.
 * @internal
 */
export function reportSources(data: Readonly<ImpactDataset>): ReportSource[] {
  const citing: [string, Set<string>][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'sources') continue;
    const ids = new Set<string>();
    collectCitations(value, ids);
    citing.push([key, ids]);
  }
  return data.sources.map((source) => ({
    ...source,
    citedBy: citing.filter(([, ids]) => ids.has(source.id)).map(([key]) => key),
  }));
}
