import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { richDataset } from '../../test/fixtures/reportDatasets.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { buildImpactReport } from '../report/buildImpactReport.js';
import type { ImpactReport } from '../report/impactReport.js';
import { chartSpecs } from './chartSpecs.js';
import { renderHtml } from './renderHtml.js';

const rich = buildImpactReport(richDataset(), {
  asOf: '2024-12-31',
  period: { start: '2024-01-01' },
  now: '2025-11-14',
});
const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});

function result(indicatorId: string, fields: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicatorId,
    title: indicatorId,
    unit: 'count',
    value: null,
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
    ...fields,
  };
}
const op = { series: 'Plan: operations (dep-1)' };
const build = { series: 'Plan: construction (dep-1)' };
const description = (report: ImpactReport, id: string) =>
  chartSpecs(report).find((c) => c.id === id)?.description;
const values = (report: ImpactReport, id: string) =>
  (chartSpecs(report).find((c) => c.id === id)?.spec.data as { values: unknown[] } | undefined)
    ?.values;

describe('chartSpecs', () => {
  it('charts an origin distribution by economic region when the report has one', () => {
    const report: ImpactReport = {
      ...rich,
      indicators: [
        result('workforce.workforceOriginDistribution', {
          definitions: { level: 'economicRegion' },
          breakdown: [
            { keys: { region: 'XX-R1' }, label: 'Hill Region', value: 0.6, count: 60 },
            {
              keys: { region: 'unknown' },
              value: null,
              reason: 'BOUNDED',
              bounds: { min: 0.3, max: 0.4 },
            },
          ],
        }),
      ],
    };
    expect(values(report, 'chart-workforce-origin')).toEqual([
      { origin: 'Hill Region', people: 60, text: '60' },
    ]);
    expect(description(report, 'chart-workforce-origin')).toBe(
      'Bar chart of people by economic region of origin: Hill Region 60.',
    );
  });

  it('charts the distribution the report computes from employee records', () => {
    // On 2024-12-31 the one active employee (e-1) comes from Hill Village, in Hill Region.
    expect(values(rich, 'chart-workforce-origin')).toEqual([
      { origin: 'Hill Region', people: 1, text: '1' },
      { origin: 'unknown', people: 0, text: '0' },
    ]);
    // Largest first, as the bars are sorted.
    expect(description(rich, 'chart-workforce-origin')).toBe(
      'Bar chart of people by economic region of origin: Hill Region 1; unknown 0.',
    );
  });

  it('charts the published regional bound otherwise', () => {
    // Without records the site summary is used: it has no breakdown by economic region, but at
    // least 81 of 100 people come from the regions ("over 80 percent"); 19 are not stated.
    const { employees: _records, ...published } = richDataset();
    const report = buildImpactReport(published, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: '2025-11-14',
    });
    expect(values(report, 'chart-workforce-origin')).toEqual([
      { origin: 'From the regions (at least)', people: 81, text: '81' },
      { origin: 'Not stated', people: 19, text: '19' },
    ]);
    expect(description(report, 'chart-workforce-origin')).toBe(
      'Bar chart of the workforce of 100 people by origin: From the regions (at least) 81; Not stated 19.',
    );
    // 'From the regions (at least)' (27 characters) wraps at 20: 'From the regions (at' and
    // 'least)'; two lines of 14 px and 8 px between rows make rows 36 px tall.
    const spec = chartSpecs(report)[0]?.spec as {
      height: unknown;
      encoding: { y: { axis: unknown } };
    };
    expect(spec.height).toEqual({ step: 36 });
    expect(spec.encoding.y.axis).toEqual({
      labelExpr:
        '[["From the regions (at","least)"],["Not stated"]][indexof(["From the regions (at least)","Not stated"], datum.label)] || datum.label',
    });
  });

  it('charts community investment by category and district, per currency', () => {
    const report: ImpactReport = {
      ...rich,
      indicators: [
        result('community.communityInvestment', {
          unit: 'money',
          breakdown: [
            {
              keys: { category: 'education' },
              label: 'education',
              value: 500,
              money: [{ amountMinor: 500, currency: 'USD' }],
            },
            {
              keys: { district: 'XX-D1' },
              value: null,
              reason: 'MULTIPLE_CURRENCIES',
              money: [
                { amountMinor: 500, currency: 'USD' },
                { amountMinor: 70, currency: 'AZN' },
              ],
            },
            {
              keys: { year: '2024' },
              value: 500,
              money: [{ amountMinor: 500, currency: 'USD' }],
            },
            { keys: { category: 'other' }, value: null, reason: 'MISSING_DATA' },
          ],
        }),
      ],
    };
    // Major units from the ISO 4217 minor unit (2 for USD and AZN): 500 cents = 5.00 USD,
    // 70 qəpik = 0.70 AZN; one bar per currency, never added.
    const bar = { dimension: 'By category', label: 'education', currency: 'USD', amountMinor: 500 };
    expect(values(report, 'chart-community-investment')).toEqual([
      { ...bar, amount: 5, text: 'USD 5.00' },
      { ...bar, dimension: 'By district', label: 'XX-D1', amount: 5, text: 'USD 5.00' },
      {
        ...bar,
        dimension: 'By district',
        label: 'XX-D1',
        currency: 'AZN',
        amountMinor: 70,
        amount: 0.7,
        text: 'AZN 0.70',
      },
    ]);
    expect(description(report, 'chart-community-investment')).toBe(
      'Bar charts of community investment by category: education USD 5.00; by district: XX-D1 USD 5.00; XX-D1 AZN 0.70.',
    );
    // Two currencies: grouped bars (yOffset), not stacked, with a legend.
    const spec = chartSpecs(report).find((c) => c.id === 'chart-community-investment')?.spec;
    const charts = spec?.vconcat as {
      title: { text: string };
      transform: unknown;
      encoding: Record<string, Record<string, unknown>>;
    }[];
    // One chart per dimension, one above the other, each with its own rows.
    expect(charts.map((c) => c.title.text)).toEqual(['By category', 'By district']);
    expect(charts[1]?.transform).toEqual([
      { filter: { field: 'dimension', equal: 'By district' } },
    ]);
    const inner = charts[0] as (typeof charts)[number];
    expect(inner.encoding.yOffset).toEqual({ field: 'currency', type: 'nominal' });
    expect(inner.encoding.x).toMatchObject({ stack: null, title: 'Amount (in its currency)' });
    expect(inner.encoding.color?.legend).toEqual({ orient: 'bottom' });
    // Spend by category only: one chart, one currency, no legend, the currency in the axis title.
    const byCategory: ImpactReport = {
      ...rich,
      indicators: [
        result('community.communityInvestment', {
          unit: 'money',
          breakdown: [
            {
              keys: { category: 'education' },
              label: 'education',
              value: 500,
              money: [{ amountMinor: 500, currency: 'USD' }],
            },
          ],
        }),
      ],
    };
    expect(description(byCategory, 'chart-community-investment')).toBe(
      'Bar charts of community investment by category: education USD 5.00.',
    );
    const single = chartSpecs(byCategory).find((c) => c.id === 'chart-community-investment')?.spec
      .vconcat as typeof charts;
    expect(single).toHaveLength(1);
    expect(single[0]?.encoding.x).toMatchObject({ title: 'Amount (USD)' });
    expect(single[0]?.encoding.color?.legend).toBeNull();
  });

  it('draws no community chart without recorded spend (the report lists the categories)', () => {
    // The rich dataset's programs have categories and districts; without the indicator's
    // breakdown there is no amount to draw, and no yes/no grid stands in for it.
    expect(rich.facts.some((f) => f.topic === 'programs' && f.categories !== undefined)).toBe(true);
    const report: ImpactReport = {
      ...rich,
      indicators: rich.indicators.filter((r) => r.indicatorId !== 'community.communityInvestment'),
    };
    expect(values(report, 'chart-community-investment')).toBeUndefined();
  });

  it('charts the recordable injury rate by group of workers and site, values only (GRI 403-9)', () => {
    const rate = result('safety.recordableInjuryRate', {
      unit: 'ratio',
      value: 0.4,
      definitions: { basis: 200_000 },
      breakdown: [
        { keys: { workers: 'employees' }, value: 0.41379310344827586 },
        { keys: { workers: 'nonEmployees' }, value: null, reason: 'BOUNDED', bounds: { min: 0 } },
        { keys: { site: 'mine-a' }, value: 0.4 },
      ],
    });
    const report: ImpactReport = { ...minimal, indicators: [rate] };
    expect(values(report, 'chart-safety')).toEqual([
      // 0.41379… shown with two decimals: 0.41.
      { row: 'employees', rate: 0.41379310344827586, text: '0.41' },
      { row: 'mine-a', rate: 0.4, text: '0.4' },
    ]);
    expect(chartSpecs(report).find((c) => c.id === 'chart-safety')?.caption).toMatch(
      /^Per 200,000 hours worked/,
    );
    expect(description(report, 'chart-safety')).toBe(
      'Bar chart of the recordable injury rate per 200,000 hours worked: employees 0.41; mine-a 0.4.',
    );
    // A basis given as text is printed as given.
    const stated = { ...rate, definitions: { basis: '200000' } };
    expect(description({ ...minimal, indicators: [stated] }, 'chart-safety')).toMatch(
      /^Bar chart of the recordable injury rate per 200000 hours worked: /,
    );
    const none = result('safety.recordableInjuryRate', { breakdown: [] });
    expect(values({ ...minimal, indicators: [none] }, 'chart-safety')).toBeUndefined();
  });

  it('charts jobs with ranges, bounds and central estimates', () => {
    const report: ImpactReport = {
      ...minimal,
      indicators: [
        result('jobs.projectEmployment', {
          title: 'Projected jobs',
          unit: 'count',
          keys: { projection: 'proj-1', phase: 'operations' },
          definitions: { scenario: 'Plan', depositId: 'dep-1' },
          breakdown: [
            {
              keys: { year: '2030', component: 'total' },
              value: 2,
              range: { low: 1, central: 2, high: 3 },
            },
            { keys: { year: '2030', component: 'direct' }, value: 1 },
            {
              keys: { year: '2031', component: 'total' },
              value: null,
              reason: 'BOUNDED',
              bounds: { min: 4, max: 6 },
            },
            {
              keys: { year: '2032', component: 'total' },
              value: null,
              reason: 'BOUNDED',
              bounds: { max: 9 },
            },
            { keys: { year: '2033', component: 'total' }, value: 5 },
          ],
        }),
        result('jobs.projectEmployment', {
          title: 'Projected jobs',
          unit: 'count',
          keys: { projection: 'proj-1', phase: 'construction' },
          definitions: { scenario: 'Plan', depositId: 'dep-1' },
          breakdown: [{ keys: { year: '2028', component: 'total' }, value: 300 }],
        }),
      ],
    };
    expect(values(report, 'chart-projected-jobs')).toEqual([
      // Total rows only; a row with no lower figure (at most 9) is not drawn; an exact figure
      // is a band of no width.
      // Every figure differs from the one before, so each point carries its figure.
      { ...op, year: 2030, low: 1, high: 3, bounded: false, text: '1–3' },
      { ...op, year: 2031, low: 4, high: 6, bounded: true, text: '4–6' },
      { ...op, year: 2033, low: 5, high: 5, bounded: false, text: '5' },
      { ...build, year: 2028, low: 300, high: 300, bounded: false, text: '300' },
    ]);
    expect(description(report, 'chart-projected-jobs')).toBe(
      'Line chart of projected total jobs by year, one line per scenario and deposit: Plan: operations (dep-1): 1–3 in 2030, 4–6 in 2031, 5 in 2033; Plan: construction (dep-1): 300 in 2028.',
    );
    expect(chartSpecs(minimal)).toEqual([]);
  });

  it('labels a flat run of jobs at its ends only, and wraps the legend labels', () => {
    const years = ['2025', '2026', '2027', '2028'];
    const report: ImpactReport = {
      ...minimal,
      indicators: [
        result('jobs.projectEmployment', {
          keys: { projection: 'proj-1', phase: 'operations' },
          definitions: {
            scenario: 'Company figure for a deposit with employment multipliers',
            depositId: 'dep-1',
          },
          breakdown: years.map((year, i) => ({
            keys: { year, component: 'total' },
            value: i === 3 ? 2500 : 3003,
          })),
        }),
      ],
    };
    // 3,003 from 2025 to 2027, then 2,500: labels at 2025 (start), 2027 (last of the run) and
    // 2028 (a change, and the end); 2026 repeats its neighbours and is left blank.
    expect(
      (values(report, 'chart-projected-jobs') as { text: string }[]).map((v) => v.text),
    ).toEqual(['3,003', '', '3,003', '2,500']);
    const series = 'Company figure for a deposit with employment multipliers: operations (dep-1)';
    expect(description(report, 'chart-projected-jobs')).toBe(
      `Line chart of projected total jobs by year, one line per scenario and deposit: ${series}: 3,003 in 2025 to 2027, 2,500 in 2028.`,
    );
    const spec = chartSpecs(report)[0]?.spec as {
      encoding: { color: { legend: Record<string, unknown> } };
      layer: { mark: { type: string }; encoding: Record<string, unknown> }[];
    };
    // The 76-character label on three lines of at most 40 characters (33, 34 and 7: adding the
    // next word would make 44 and 42), none cut.
    expect(spec.encoding.color.legend).toEqual({
      orient: 'bottom',
      direction: 'vertical',
      labelExpr: `[["Company figure for a deposit with","employment multipliers: operations","(dep-1)"]][indexof(["${series}"], datum.label)] || datum.label`,
    });
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['area', 'line', 'text']);
    expect(spec.layer[2]?.encoding.text).toEqual({ field: 'text', type: 'nominal' });
  });

  it('layers the values on the bars of every bar chart', () => {
    const rate = result('safety.recordableInjuryRate', {
      definitions: { basis: 200_000 },
      breakdown: [{ keys: { workers: 'employees' }, value: 0.5 }],
    });
    const report: ImpactReport = { ...rich, indicators: [...rich.indicators, rate] };
    const bars = chartSpecs(report).filter((c) => c.id !== 'chart-projected-jobs');
    expect(bars.map((c) => c.id)).toEqual([
      'chart-workforce-origin',
      'chart-community-investment',
      'chart-safety',
    ]);
    for (const chart of bars) {
      const layered = (chart.spec.layer ??
        (chart.spec.vconcat as { layer: unknown }[])[0]?.layer) as {
        mark: string | { type: string };
        encoding?: { text?: unknown };
      }[];
      expect(layered[0]?.mark).toBe('bar');
      expect(layered[1]?.mark).toMatchObject({ type: 'text', align: 'left', dx: 4 });
      expect(layered[1]?.encoding?.text).toEqual({ field: 'text', type: 'nominal' });
    }
  });
});

describe('renderHtml without charts', () => {
  it('says so, and writes missing parts in words', async () => {
    const report: ImpactReport = {
      ...minimal,
      localityPolicy: { kind: 'sameDistrict' },
      coverage: [{ indicatorId: 'x.y', title: 'X', status: 'dataAbsent', results: 0 }],
      griContentIndex: {
        ...minimal.griContentIndex,
        entries: [
          {
            disclosure: 'GRI 2-6',
            title: 'Activities, value chain and other business relationships',
            standard: 'GRI 2: General Disclosures 2021',
            status: 'omitted',
            location: ['not-reported'],
            requirements: [{ id: '2-6-a', text: 'Sectors', present: false }],
            requirementsOmitted: ['2-6-a'],
            omissions: [
              {
                requirements: ['2-6-a'],
                reason: 'confidentialityConstraints',
                explanation: 'Sensitive <data>',
              },
            ],
            indicators: [],
          },
        ],
      },
      eiti: {
        ...minimal.eiti,
        economicContribution: {
          ...minimal.eiti.economicContribution,
          employment: {
            asOf: '2025-01-01',
            basis: 'summary',
            headcount: { min: 200, phrase: 'hundreds' },
            scope: 'unknown',
            sourceIds: [],
          },
        },
      },
    };
    const html = await renderHtml(report);
    // No chart has data: no figure is drawn, and the chart places stay empty.
    expect(html).not.toContain('<figure');
    expect(html).toContain(
      'home in the same district (or first-level city) as the site (the report&#39;s locality policy)',
    );
    expect(html).toContain('<td>X (<code>x.y</code>)</td><td>data absent</td><td></td>');
    expect(html).toContain('<td>Confidentiality constraints</td><td>Sensitive &#60;data&#62;</td>');
    expect(html).toContain('(published summary, scope: unknown): at least 200 (“hundreds”).');
    expect(html).not.toContain(', state-owned');
  });

  it('shows expenditures and sources with and without links', async () => {
    const html = await renderHtml(rich);
    expect(html).toContain(
      '<td>mandatory</td><td>inKind</td><td class="num">AZN 10,000.00 (deemed value)</td>',
    );
    expect(html).toContain(
      '<li id="source-src-census"><code>src-census</code>: Census 2024. Statistics Office; reliability: not stated; cited by locations.</li>',
    );
    expect(html).toContain(
      '<a href="https://example.com/reports/2024.pdf" rel="noreferrer noopener">Annual report 2024</a>',
    );
  });
});
