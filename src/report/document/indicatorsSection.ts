import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { indicatorPart } from './indicatorPart.js';
import type { ReportBlock, ReportSection } from './reportDocument.js';

/** A family of indicators: its id prefix, heading, anchor and the chart drawn in it. */
interface Family {
  readonly prefix: string;
  readonly id: string;
  readonly title: string;
  readonly chartId?: string;
}

const FAMILIES: readonly Family[] = [
  {
    prefix: 'workforce.',
    id: 'indicators-workforce',
    title: 'Workforce',
    chartId: 'chart-workforce-origin',
  },
  {
    prefix: 'community.',
    id: 'indicators-community',
    title: 'Community',
    chartId: 'chart-community-investment',
  },
  { prefix: 'deposits.', id: 'indicators-deposits', title: 'Deposits and production' },
  {
    prefix: 'jobs.',
    id: 'indicators-jobs',
    title: 'Projected jobs',
    chartId: 'chart-projected-jobs',
  },
  {
    prefix: 'safety.',
    id: 'indicators-safety',
    title: 'Safety, land and closure',
    chartId: 'chart-safety',
  },
  { prefix: 'economic.', id: 'indicators-economic', title: 'Economic contribution' },
];

/** The results of the reported indicators, grouped by indicator id in report order. */
function reportedGroups(report: Readonly<ImpactReport>): Map<string, IndicatorResult[]> {
  const reported = new Set(
    report.coverage.filter((c) => c.status === 'reported').map((c) => c.indicatorId),
  );
  const groups = new Map<string, IndicatorResult[]>();
  for (const result of report.indicators) {
    if (!reported.has(result.indicatorId)) continue;
    const group = groups.get(result.indicatorId) ?? [];
    group.push(result);
    groups.set(result.indicatorId, group);
  }
  return groups;
}

/**
 * The Indicators section of a report document: one subsection per family (workforce,
 * community, deposits and production, projected jobs, safety, economic contribution), each
 * with the place of its chart and one part per indicator that gives a figure. Indicators
 * without a figure are left to the Not reported section, so each appears once.
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers.
 * @param extras - Sections to add to a family, by family id (e.g. the money of the programs
 * under `indicators-community`).
 * @returns The section.
 *
 * @example
 * ```ts
 * indicatorsSection(report, numberFormatter('en')).id;
 * //=> 'indicators'
 * ```
 *
 * @internal
 */
export function indicatorsSection(
  report: Readonly<ImpactReport>,
  fmt: NumberFormatter,
  extras: ReadonlyMap<string, readonly ReportSection[]> = new Map(),
): ReportSection {
  const groups = reportedGroups(report);
  const sections: ReportSection[] = [];
  const placed = new Set<string>();
  for (const family of [...FAMILIES, { prefix: '', id: 'indicators-other', title: 'Other' }]) {
    const parts: ReportSection[] = [];
    for (const [id, results] of groups) {
      if (placed.has(id) || !id.startsWith(family.prefix)) continue;
      placed.add(id);
      parts.push(indicatorPart(results, fmt));
    }
    for (const extra of extras.get(family.id) ?? []) parts.push(extra);
    const chartId = 'chartId' in family ? family.chartId : undefined;
    // A family with a chart keeps its place even without a figure: the chart may draw what the
    // facts state (the published regional bound, the program categories by district).
    if (parts.length === 0 && chartId === undefined) continue;
    const blocks: ReportBlock[] = chartId === undefined ? [] : [{ kind: 'chart', chartId }];
    if (parts.length === 0)
      blocks.push({
        kind: 'paragraph',
        text: ['No indicator of this family gives a figure for this dataset; see Not reported.'],
      });
    sections.push({ id: family.id, title: family.title, blocks, sections: parts });
  }
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: [
        placed.size === 0
          ? 'No indicator gives a figure for this dataset; see Not reported.'
          : 'Each indicator that gives a figure, with every row of its breakdown, its standards, sources and notes. Indicators without a figure are listed under Not reported.',
      ],
    },
  ];
  return { id: 'indicators', title: 'Indicators', blocks, sections };
}
