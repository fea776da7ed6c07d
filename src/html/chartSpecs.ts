import { type ImpactReport, isApproximateCount, isExactCount } from '../index.js';

/** A Vega-Lite specification: plain JSON with its data inline. */
export type ChartSpec = Record<string, unknown>;

/**
 * A chart of a report: a title, the Vega-Lite specification, and a caption saying what it shows.
 *
 * @internal
 */
export interface ReportChart {
  /** The chart's id in the page. */
  readonly id: string;
  /** The heading above the chart. */
  readonly title: string;
  /** What the chart shows and where the numbers come from. */
  readonly caption: string;
  /** The Vega-Lite specification. */
  readonly spec: ChartSpec;
}

/** The value of a row's first key (its only one for one-dimension rows). */
function firstKey(keys: Readonly<Record<string, string>>): string {
  return Object.values(keys)[0] ?? '';
}

const BASE = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560,
  background: 'white',
  // Labels are names of places and categories: show them whole.
  config: { axis: { labelLimit: 400 }, legend: { labelLimit: 600 } },
};

function workforceChart(report: ImpactReport): ReportChart | undefined {
  const distribution = report.indicators.find(
    (r) =>
      r.indicatorId === 'workforce.workforceOriginDistribution' &&
      r.definitions.level === 'economicRegion' &&
      (r.breakdown ?? []).some((row) => row.count !== undefined && row.count > 0),
  );
  if (distribution !== undefined) {
    // Rows known only within bounds have no count and are left out (the caption says so).
    const values = (distribution.breakdown ?? []).flatMap((row) =>
      row.count === undefined
        ? []
        : [{ origin: row.label ?? firstKey(row.keys), people: row.count }],
    );
    return {
      id: 'chart-workforce-origin',
      title: 'Workforce origin by economic region',
      caption:
        'People by economic region of origin on the report date; "unknown" counts those whose home is not placed in a region. Rows known only within bounds are not drawn.',
      spec: {
        ...BASE,
        data: { values },
        mark: 'bar',
        encoding: {
          y: { field: 'origin', type: 'nominal', sort: '-x', title: 'Region' },
          x: {
            field: 'people',
            type: 'quantitative',
            title: 'People',
            axis: { tickMinStep: 1, format: 'd' },
          },
        },
      },
    };
  }
  const bound = report.facts.find((f) => /^workforce\.\d+\.fromRegions$/.test(f.id));
  const headcount = report.facts.find(
    (f) => f.id === bound?.id.replace('fromRegions', 'headcount'),
  );
  if (bound?.count === undefined || typeof headcount?.count !== 'number') return undefined;
  // Through the root entry's exports only: the html entry may not import what it does not export.
  const count = bound.count;
  const approximate = isApproximateCount(count);
  const min = isExactCount(count) ? count : approximate ? count.approximately : (count.min ?? 0);
  const values = [
    {
      origin:
        typeof bound.count === 'number'
          ? 'From the regions'
          : approximate === true
            ? 'From the regions (about)'
            : 'From the regions (at least)',
      people: min,
    },
    { origin: 'Not stated', people: headcount.count - min },
  ];
  return {
    id: 'chart-workforce-origin',
    title: 'Workforce origin',
    caption: `No breakdown by economic region is published; the chart shows the published bound: ${bound.statement}`,
    spec: {
      ...BASE,
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'origin', type: 'nominal', sort: null, title: null },
        x: {
          field: 'people',
          type: 'quantitative',
          title: 'People',
          stack: null,
          axis: { tickMinStep: 1, format: 'd' },
        },
      },
    },
  };
}

function communityChart(report: ImpactReport): ReportChart | undefined {
  const investment = report.indicators.find(
    (r) => r.indicatorId === 'community.communityInvestment',
  );
  const rows = (investment?.breakdown ?? []).filter(
    (row) =>
      (row.keys.category !== undefined || row.keys.district !== undefined) &&
      (row.money?.length ?? 0) > 0,
  );
  if (rows.length > 0) {
    const values = rows.flatMap((row) =>
      (row.money ?? []).map((m) => ({
        dimension: row.keys.category === undefined ? 'By district' : 'By category',
        label: row.label ?? firstKey(row.keys),
        currency: m.currency,
        amountMinor: m.amountMinor,
      })),
    );
    return {
      id: 'chart-community-investment',
      title: 'Community investment by category and district',
      caption:
        'Disbursements and expenditures within the reporting period, in minor units of each currency (never added across currencies).',
      spec: {
        ...BASE,
        data: { values },
        facet: { row: { field: 'dimension', type: 'nominal', title: null } },
        spec: {
          width: 480,
          mark: 'bar',
          encoding: {
            y: { field: 'label', type: 'nominal', title: null },
            x: { field: 'amountMinor', type: 'quantitative', title: 'Amount (minor units)' },
            color: { field: 'currency', type: 'nominal', title: 'Currency' },
          },
        },
        resolve: { scale: { y: 'independent' } },
      },
    };
  }
  const values = report.facts.flatMap((fact) =>
    fact.topic !== 'programs' || fact.categories === undefined || fact.locations === undefined
      ? []
      : fact.locations.flatMap((location) =>
          (fact.categories ?? []).map((category) => ({
            district: location.label,
            category: category.label,
          })),
        ),
  );
  if (values.length === 0) return undefined;
  return {
    id: 'chart-community-investment',
    title: 'Social program categories by district',
    caption:
      'No spend is recorded, so no amounts can be charted: the chart shows where each program category is active.',
    spec: {
      ...BASE,
      data: { values },
      mark: { type: 'rect', color: '#4c78a8', stroke: 'white', strokeWidth: 2 },
      encoding: {
        x: { field: 'district', type: 'nominal', title: 'District', axis: { labelAngle: 0 } },
        y: { field: 'category', type: 'nominal', title: 'Category' },
      },
    },
  };
}

function jobsChart(report: ImpactReport): ReportChart | undefined {
  const values = report.indicators
    .filter((r) => r.indicatorId === 'jobs.projectEmployment')
    .flatMap((r) => {
      const kind = r.keys?.phase ?? 'operations';
      const series = `${String(r.definitions.scenario)}: ${kind} (${String(r.definitions.depositId)})`;
      return (r.breakdown ?? []).flatMap((row) => {
        if (row.keys.component !== 'total') return [];
        const low = row.range?.low ?? row.bounds?.min ?? row.value ?? undefined;
        if (low === undefined) return [];
        const high = row.range?.high ?? row.bounds?.max ?? low;
        const year = Number(row.keys.year);
        return [{ series, year, low, high, bounded: row.bounds !== undefined }];
      });
    });
  if (values.length === 0) return undefined;
  return {
    id: 'chart-projected-jobs',
    title: 'Projected jobs by year',
    caption:
      'Total jobs (direct, indirect and, where a Type II multiplier is given, induced) per scenario and deposit: operations jobs a year, construction job-years. Bands run from the low to the high estimate; where only a lower bound is known, the line is that bound and no maximum is invented. Multipliers are assumptions; scenarios are alternatives and are not added.',
    spec: {
      ...BASE,
      data: { values },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd' } },
        color: {
          field: 'series',
          type: 'nominal',
          title: null,
          legend: { orient: 'bottom', columns: 1, labelLimit: 600 },
        },
      },
      layer: [
        {
          mark: { type: 'area', opacity: 0.25 },
          encoding: {
            y: { field: 'low', type: 'quantitative', title: 'Jobs', stack: null },
            y2: { field: 'high' },
          },
        },
        {
          mark: { type: 'line', point: true },
          encoding: { y: { field: 'low', type: 'quantitative', stack: null } },
        },
      ],
    },
  };
}

/** The recordable injury rate by group of workers and by site, when the report has one. */
function safetyChart(report: ImpactReport): ReportChart | undefined {
  const rate = report.indicators.find((r) => r.indicatorId === 'safety.recordableInjuryRate');
  // Rows without a value (bounds, missing hours) are left out; the caption says so.
  const values = (rate?.breakdown ?? []).flatMap((row) =>
    row.value === null ? [] : [{ row: firstKey(row.keys), rate: row.value }],
  );
  if (rate === undefined || values.length === 0) return undefined;
  return {
    id: 'chart-safety',
    title: 'Recordable injury rate',
    caption: `Per ${rate.definitions.basis} hours worked (GRI 403-9), by group of workers and by site. Rows without a value are not drawn.`,
    spec: {
      ...BASE,
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'row', type: 'nominal', sort: null, title: null },
        x: { field: 'rate', type: 'quantitative', title: 'Rate' },
      },
    },
  };
}

/**
 * The charts of a report: workforce origin, community investment (or program categories by
 * district when no spend is recorded), projected jobs by year with their ranges, and the
 * recordable injury rate by group of workers and site.
 *
 * @param report - The report.
 * @returns The charts the report has data for, in that order.
 * @internal
 */
export function chartSpecs(report: ImpactReport): ReportChart[] {
  return [
    workforceChart(report),
    communityChart(report),
    jobsChart(report),
    safetyChart(report),
  ].filter((chart): chart is ReportChart => chart !== undefined);
}
