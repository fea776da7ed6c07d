import { type ImpactReport, isApproximateCount, isExactCount, toDecimalString } from '../index.js';
import { chartMoney, chartNumber, wrapLabel, wrappedLabelExpr } from './chartText.js';

/** A Vega-Lite specification: plain JSON with its data inline. */
export type ChartSpec = Record<string, unknown>;

/**
 * A chart of a report: a title, the Vega-Lite specification, a caption saying what it shows, and
 * a description of its figures for readers who cannot see it.
 *
 * @internal
 */
export interface ReportChart {
  /** The chart's id in the page. */
  readonly id: string;
  /** The heading above the chart, also the SVG's `<title>`. */
  readonly title: string;
  /** What the chart shows and where the numbers come from. */
  readonly caption: string;
  /** The figures the chart draws, in words: the SVG's `<desc>`, read by screen readers. */
  readonly description: string;
  /** The Vega-Lite specification. */
  readonly spec: ChartSpec;
}

/** The value of a row's first key (its only one for one-dimension rows). */
function firstKey(keys: Readonly<Record<string, string>>): string {
  return Object.values(keys)[0] ?? '';
}

/**
 * What every chart shares: a plot 300 px wide (the SVG scales down to the page from there), text
 * of 12 px, labels of places and categories shown whole, no ARIA attributes on the marks (the
 * whole SVG is one image with a title and a description).
 */
const BASE = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 300,
  background: 'white',
  config: {
    aria: false,
    axis: { labelLimit: 400, labelFontSize: 12, titleFontSize: 12 },
    legend: { labelLimit: 0, labelFontSize: 12, titleFontSize: 12 },
    header: { labelFontSize: 12 },
  },
};

/** The layer that prints each bar's value (the datum's `text`) just past its end. */
const BAR_VALUES = {
  mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 12, color: '#1a1a1a' },
  encoding: { text: { field: 'text', type: 'nominal' }, color: { value: '#1a1a1a' } },
};

/** The longest line of a bar's label, in characters, before it wraps onto the next. */
const BAR_LABEL_WIDTH = 20;

/**
 * The y axis and the row height of a bar chart: long labels on several lines (so the labels take
 * less width, and the chart shrinks less on a narrow screen), rows tall enough for them.
 */
function barRows(labels: readonly string[]): {
  axis: { labelExpr: string };
  height: { step: number };
} {
  const lines = labels.reduce(
    (most, label) => Math.max(most, wrapLabel(label, BAR_LABEL_WIDTH).length),
    1,
  );
  // 14 px a line of 12 px text, and 8 px between rows (Vega-Lite's default step is 20).
  return {
    axis: { labelExpr: wrappedLabelExpr(labels, BAR_LABEL_WIDTH) },
    height: { step: Math.max(20, 14 * lines + 8) },
  };
}

/** `label value; label value` for a description. */
function listed(rows: readonly { readonly label: string; readonly text: string }[]): string {
  return rows.map((row) => `${row.label} ${row.text}`).join('; ');
}

/** The bar chart of people by origin: the values with their text, sorted as given or by size. */
function originSpec(
  values: readonly { readonly origin: string; readonly people: number }[],
  sortBySize: boolean,
  locale: string,
): ChartSpec {
  const rows = barRows(values.map((v) => v.origin));
  return {
    ...BASE,
    height: rows.height,
    data: { values: values.map((v) => ({ ...v, text: chartNumber(v.people, locale) })) },
    encoding: {
      y: {
        field: 'origin',
        type: 'nominal',
        sort: sortBySize ? { field: 'people', order: 'descending' } : null,
        title: sortBySize ? 'Region' : null,
        axis: rows.axis,
      },
      x: {
        field: 'people',
        type: 'quantitative',
        title: 'People',
        stack: null,
        axis: { tickMinStep: 1, format: ',d' },
      },
    },
    layer: [{ mark: 'bar' }, BAR_VALUES],
  };
}

function workforceChart(report: ImpactReport, locale: string): ReportChart | undefined {
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
    const sorted = [...values].sort((a, b) => b.people - a.people);
    return {
      id: 'chart-workforce-origin',
      title: 'Workforce origin by economic region',
      caption:
        'People by economic region of origin on the report date; "unknown" counts those whose home is not placed in a region. Rows known only within bounds are not drawn.',
      description: `Bar chart of people by economic region of origin: ${listed(
        sorted.map((v) => ({ label: v.origin, text: chartNumber(v.people, locale) })),
      )}.`,
      spec: originSpec(values, true, locale),
    };
  }
  return boundChart(report, locale);
}

/** The workforce chart without a regional breakdown: the published regional bound. */
function boundChart(report: ImpactReport, locale: string): ReportChart | undefined {
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
    description: `Bar chart of the workforce of ${chartNumber(headcount.count, locale)} people by origin: ${listed(
      values.map((v) => ({ label: v.origin, text: chartNumber(v.people, locale) })),
    )}.`,
    spec: originSpec(values, false, locale),
  };
}

/** One bar of the community chart: a category or district, in one currency. */
interface InvestmentBar {
  readonly dimension: 'By category' | 'By district';
  readonly label: string;
  readonly currency: string;
  readonly amountMinor: number;
  /** The amount in the currency's major unit, exact to its minor unit (the bar's length). */
  readonly amount: number;
  /** The amount as printed on the bar. */
  readonly text: string;
}

/** The bars of community investment: one per category or district and currency. */
function investmentBars(report: ImpactReport, locale: string): InvestmentBar[] {
  const investment = report.indicators.find(
    (r) => r.indicatorId === 'community.communityInvestment',
  );
  return (investment?.breakdown ?? []).flatMap((row) =>
    row.keys.category === undefined && row.keys.district === undefined
      ? []
      : (row.money ?? []).map((m) => ({
          dimension: row.keys.category === undefined ? 'By district' : 'By category',
          label: row.label ?? firstKey(row.keys),
          currency: m.currency,
          amountMinor: m.amountMinor,
          amount: Number(toDecimalString(m)),
          text: chartMoney(m, locale),
        })),
  );
}

/** The two dimensions of the community chart, in order. */
const DIMENSIONS: readonly InvestmentBar['dimension'][] = ['By category', 'By district'];

/**
 * The community investment specification: a bar chart per dimension (by category, by district)
 * one above the other, one bar per currency (grouped, never stacked), amounts on a shared axis.
 */
function communitySpec(values: readonly InvestmentBar[]): ChartSpec {
  const currencies = [...new Set(values.map((v) => v.currency))];
  const dimensions = DIMENSIONS.filter((d) => values.some((v) => v.dimension === d));
  return {
    ...BASE,
    data: { values },
    vconcat: dimensions.map((dimension) => {
      const rows = barRows(values.filter((v) => v.dimension === dimension).map((v) => v.label));
      return {
        title: { text: dimension, anchor: 'start', fontSize: 12 },
        width: BASE.width,
        height: rows.height,
        transform: [{ filter: { field: 'dimension', equal: dimension } }],
        encoding: {
          y: { field: 'label', type: 'nominal', title: null, axis: rows.axis },
          yOffset: { field: 'currency', type: 'nominal' },
          x: {
            field: 'amount',
            type: 'quantitative',
            stack: null,
            title:
              currencies.length === 1 ? `Amount (${currencies[0]})` : 'Amount (in its currency)',
          },
          color: {
            field: 'currency',
            type: 'nominal',
            title: 'Currency',
            legend: currencies.length === 1 ? null : { orient: 'bottom' },
          },
        },
        layer: [{ mark: 'bar' }, BAR_VALUES],
      };
    }),
    resolve: { scale: { x: 'shared', y: 'independent', color: 'shared' } },
  };
}

/** The community investment chart: bars per category and per district, one bar per currency. */
function communityChart(report: ImpactReport, locale: string): ReportChart | undefined {
  // Without spend there is nothing to draw: the report lists the program categories by district.
  const values = investmentBars(report, locale);
  if (values.length === 0) return undefined;
  const parts = DIMENSIONS.flatMap((dimension) => {
    const bars = values.filter((v) => v.dimension === dimension);
    return bars.length === 0 ? [] : [`${dimension.toLowerCase()}: ${listed(bars)}`];
  });
  return {
    id: 'chart-community-investment',
    title: 'Community investment by category and district',
    caption:
      'Disbursements and expenditures within the reporting period, in each currency (amounts in different currencies are never added).',
    description: `Bar charts of community investment ${parts.join('; ')}.`,
    spec: communitySpec(values),
  };
}

/** One point of the projected jobs chart. */
interface JobsPoint {
  readonly series: string;
  readonly year: number;
  readonly low: number;
  readonly high: number;
  readonly bounded: boolean;
  /** The figure printed at the point: where it changes, and at each series' ends; else empty. */
  readonly text: string;
}

/** The points of the jobs chart, without their text: the total rows of every projection. */
function jobsPoints(report: ImpactReport): Omit<JobsPoint, 'text'>[] {
  return report.indicators
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
}

/** A point's figure: the value, or `low–high` for a band. */
function jobsFigure(point: Readonly<Omit<JobsPoint, 'text'>>, locale: string): string {
  return point.low === point.high
    ? chartNumber(point.low, locale)
    : `${chartNumber(point.low, locale)}–${chartNumber(point.high, locale)}`;
}

/**
 * The points with the figure printed where the series starts, changes or ends (a flat series of
 * fifty years gets two labels, not fifty).
 */
function labelledJobs(points: readonly Omit<JobsPoint, 'text'>[], locale: string): JobsPoint[] {
  return points.map((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    const figure = jobsFigure(point, locale);
    const starts = before?.series !== point.series || jobsFigure(before, locale) !== figure;
    const ends = after?.series !== point.series || jobsFigure(after, locale) !== figure;
    return { ...point, text: starts || ends ? figure : '' };
  });
}

/** Each series in words: its figures by year, runs of the same figure as one span of years. */
function jobsDescription(values: readonly JobsPoint[], locale: string): string {
  const series = [...new Set(values.map((v) => v.series))];
  const parts = series.map((name) => {
    const spans: string[] = [];
    let first: JobsPoint | undefined;
    const points = values.filter((v) => v.series === name);
    points.forEach((point, i) => {
      first ??= point;
      const next = points[i + 1];
      if (next !== undefined && jobsFigure(next, locale) === jobsFigure(point, locale)) return;
      const years = first.year === point.year ? `${point.year}` : `${first.year} to ${point.year}`;
      spans.push(`${jobsFigure(point, locale)} in ${years}`);
      first = undefined;
    });
    return `${name}: ${spans.join(', ')}`;
  });
  return `Line chart of projected total jobs by year, one line per scenario and deposit: ${parts.join('; ')}.`;
}

function jobsChart(report: ImpactReport, locale: string): ReportChart | undefined {
  const values = labelledJobs(jobsPoints(report), locale);
  if (values.length === 0) return undefined;
  const series = [...new Set(values.map((v) => v.series))];
  return {
    id: 'chart-projected-jobs',
    title: 'Projected jobs by year',
    caption:
      'Total jobs (direct, indirect and, where a Type II multiplier is given, induced) per scenario and deposit: operations jobs a year, construction job-years. Bands run from the low to the high estimate; where only a lower bound is known, the line is that bound and no maximum is invented. Multipliers are assumptions; scenarios are alternatives and are not added.',
    description: jobsDescription(values, locale),
    spec: {
      ...BASE,
      height: 220,
      data: { values },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd' } },
        color: {
          field: 'series',
          type: 'nominal',
          title: null,
          // Below the plot, one label a row, long labels on several lines: every label whole.
          legend: {
            orient: 'bottom',
            direction: 'vertical',
            labelExpr: wrappedLabelExpr(series, 40),
          },
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
        {
          // Left-aligned from the point, so the first label clears the axis's own labels.
          mark: { type: 'text', align: 'left', dx: 2, dy: -10, fontSize: 12 },
          encoding: {
            y: { field: 'low', type: 'quantitative', stack: null },
            text: { field: 'text', type: 'nominal' },
            color: { value: '#1a1a1a' },
          },
        },
      ],
    },
  };
}

/** The recordable injury rate by group of workers and by site, when the report has one. */
function safetyChart(report: ImpactReport, locale: string): ReportChart | undefined {
  const rate = report.indicators.find((r) => r.indicatorId === 'safety.recordableInjuryRate');
  // Rows without a value (bounds, missing hours) are left out; the caption says so.
  const values = (rate?.breakdown ?? []).flatMap((row) =>
    row.value === null
      ? []
      : [{ row: firstKey(row.keys), rate: row.value, text: chartNumber(row.value, locale) }],
  );
  if (rate === undefined || values.length === 0) return undefined;
  const rows = barRows(values.map((v) => v.row));
  const basis = rate.definitions.basis;
  const per = typeof basis === 'number' ? chartNumber(basis, locale) : String(basis);
  return {
    id: 'chart-safety',
    title: 'Recordable injury rate',
    caption: `Per ${per} hours worked (GRI 403-9), by group of workers and by site. Rows without a value are not drawn.`,
    description: `Bar chart of the recordable injury rate per ${per} hours worked: ${listed(
      values.map((v) => ({ label: v.row, text: v.text })),
    )}.`,
    spec: {
      ...BASE,
      height: rows.height,
      data: { values },
      encoding: {
        y: { field: 'row', type: 'nominal', sort: null, title: null, axis: rows.axis },
        x: { field: 'rate', type: 'quantitative', title: `Rate per ${per} hours` },
      },
      layer: [{ mark: 'bar' }, BAR_VALUES],
    },
  };
}

/**
 * The charts of a report: workforce origin, community investment by category and district,
 * projected jobs by year with their ranges, and the recordable injury rate by group of workers
 * and site.
 *
 * @remarks
 * Bars carry their values (text marks in the chart's unit: people, the amount in its currency,
 * jobs, the rate). Without recorded spend there is no community investment chart; the report
 * lists the program categories by district as a table instead.
 *
 * @param report - The report.
 * @param locale - The locale of the numbers on the bars and in the descriptions (BCP 47), `'en'`
 * by default; the words stay English.
 * @returns The charts the report has data for, in that order.
 * @internal
 */
export function chartSpecs(report: ImpactReport, locale = 'en'): ReportChart[] {
  return [
    workforceChart(report, locale),
    communityChart(report, locale),
    jobsChart(report, locale),
    safetyChart(report, locale),
  ].filter((chart): chart is ReportChart => chart !== undefined);
}
