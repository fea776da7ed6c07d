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
      { origin: 'Hill Region', people: 60 },
    ]);
  });

  it('charts the distribution the report computes from employee records', () => {
    // On 2024-12-31 the one active employee (e-1) comes from Hill Village, in Hill Region.
    expect(values(rich, 'chart-workforce-origin')).toEqual([
      { origin: 'Hill Region', people: 1 },
      { origin: 'unknown', people: 0 },
    ]);
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
      { origin: 'From the regions (at least)', people: 81 },
      { origin: 'Not stated', people: 19 },
    ]);
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
    expect(values(report, 'chart-community-investment')).toEqual([
      { dimension: 'By category', label: 'education', currency: 'USD', amountMinor: 500 },
      { dimension: 'By district', label: 'XX-D1', currency: 'USD', amountMinor: 500 },
      { dimension: 'By district', label: 'XX-D1', currency: 'AZN', amountMinor: 70 },
    ]);
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
      { row: 'employees', rate: 0.41379310344827586 },
      { row: 'mine-a', rate: 0.4 },
    ]);
    expect(chartSpecs(report).find((c) => c.id === 'chart-safety')?.caption).toMatch(
      /^Per 200000 hours worked/,
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
      { series: 'Plan: operations (dep-1)', year: 2030, low: 1, high: 3, bounded: false },
      { series: 'Plan: operations (dep-1)', year: 2031, low: 4, high: 6, bounded: true },
      { series: 'Plan: operations (dep-1)', year: 2033, low: 5, high: 5, bounded: false },
      { series: 'Plan: construction (dep-1)', year: 2028, low: 300, high: 300, bounded: false },
    ]);
    expect(chartSpecs(minimal)).toEqual([]);
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
