import { pure } from '../core/pure.js';
import type { IndicatorCatalogEntry } from '../indicators/contract/indicatorCatalogEntry.js';
import { indicatorCatalog } from '../indicators/indicatorCatalog.js';
import { compareDisclosureCodes } from './compareDisclosureCodes.js';
import type { GriContentIndexEntry, GriIndicatorStatus } from './griContentIndexEntry.js';
import type { IndicatorCoverage } from './indicatorCoverage.js';

/** The titles of the GRI disclosures the catalog may name (GRI Standards 2016-2024). */
const GRI_TITLES: Readonly<Record<string, string>> = pure(() =>
  Object.freeze({
    'GRI 2-6': 'Activities, value chain and other business relationships',
    'GRI 2-7': 'Employees',
    'GRI 2-8': 'Workers who are not employees',
    'GRI 2-25': 'Processes to remediate negative impacts',
    'GRI 14.8': 'Closure and rehabilitation (mining sector)',
    'GRI 14.9': 'Economic impacts (mining sector)',
    'GRI 14.10': 'Local communities (mining sector)',
    'GRI 14.12': 'Land and resource rights (mining sector)',
    'GRI 14.16': 'Occupational health and safety (mining sector)',
    'GRI 201-1': 'Direct economic value generated and distributed',
    'GRI 202-1': 'Ratios of standard entry level wage by gender compared to local minimum wage',
    'GRI 202-2': 'Proportion of senior management hired from the local community',
    'GRI 203-1': 'Infrastructure investments and services supported',
    'GRI 203-2': 'Significant indirect economic impacts',
    'GRI 204-1': 'Proportion of spending on local suppliers',
    'GRI 207-4': 'Country-by-country reporting',
    'GRI 401-1': 'New employee hires and employee turnover',
    'GRI 403-9': 'Work-related injuries',
    'GRI 405-1': 'Diversity of governance bodies and employees',
    'GRI 413-1':
      'Operations with local community engagement, impact assessments, and development programs',
  }),
);

/**
 * Builds the GRI content index of a report from the catalog and the coverage of each indicator.
 *
 * @remarks
 * One entry per GRI disclosure named by a catalog entry, in numeric order (`GRI 2-8` before
 * `GRI 14.10` before `GRI 201-1`). A disclosure is reported when one of its indicators is;
 * otherwise the reason is `dataAbsent` when one of them lacks data (or is not computed),
 * `computationFailed` when one failed, else `notApplicable`.
 *
 * @param coverage - The coverage of every catalog indicator.
 * @param catalog - The catalog; by default {@link indicatorCatalog}.
 * @returns The index entries.
 * @internal
 */
export function griContentIndex(
  coverage: readonly IndicatorCoverage[],
  catalog: readonly IndicatorCatalogEntry[] = indicatorCatalog,
): GriContentIndexEntry[] {
  const statusOf = new Map(coverage.map((c) => [c.indicatorId, c.status]));
  const disclosures = new Map<string, GriIndicatorStatus[]>();
  for (const entry of catalog) {
    for (const standard of entry.standards) {
      if (!standard.startsWith('GRI ')) continue;
      const list = disclosures.get(standard) ?? [];
      list.push({
        indicatorId: entry.id,
        title: entry.title,
        status: statusOf.get(entry.id) ?? 'notComputed',
      });
      disclosures.set(standard, list);
    }
  }
  const sorted = [...disclosures].sort(([a], [b]) => compareDisclosureCodes(a, b));
  return sorted.map(([disclosure, indicators]) => {
    const statuses = new Set(indicators.map((i) => i.status));
    const title = GRI_TITLES[disclosure];
    const base = { disclosure, ...(title === undefined ? {} : { title }) };
    if (statuses.has('reported')) return { ...base, status: 'reported', indicators };
    const reason =
      statuses.has('dataAbsent') || statuses.has('notComputed')
        ? 'dataAbsent'
        : statuses.has('failed')
          ? 'computationFailed'
          : 'notApplicable';
    return { ...base, status: 'notReported', reason, indicators };
  });
}
