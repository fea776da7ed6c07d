import { describe, expect, it, vi } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { isImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import type { DetailedResult } from '../indicators/contract/indicatorResult.js';
import type { JobsProjection } from '../indicators/jobs/jobsProjection.js';
import { ImpactDatasetSchema } from '../model/impactDataset.js';
import { createGazetteer } from '../places/createGazetteer.js';
import type { DatasetValidation } from '../validation/validateDataset.js';
import { buildImpactReport } from './buildImpactReport.js';
import { ImpactReportSchema } from './impactReport.js';
import { renderJson } from './renderJson.js';

const azergold = buildImpactReport(azergoldDataset, {
  asOf: '2025-12-31',
  period: { start: '2025-01-01' },
  gazetteer: azGazetteer,
});
const year2024 = { start: '2024-01-01', end: '2024-12-31' };
const base = buildImpactReport(baseDataset(), {
  asOf: '2024-12-31',
  period: year2024,
  now: '2025-11-14',
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('buildImpactReport on the AzerGold dataset', () => {
  it('closes the period at asOf and records the company', () => {
    expect(azergold.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    // The Republic of Azerbaijan holds 100 % of the shares from 2015-02-11: exactly 100 %.
    expect(azergold.company).toEqual({
      id: 'azergold',
      name: 'AzerGold CJSC',
      stateOwned: true,
      stateShare: { exact: 100 },
      stateOwnership: 'stateOwned',
    });
    expect(azergold.localityPolicy).toBeNull();
    expect(azergold.validation.errors).toBe(0);
  });

  it('states 2,554 people with over 80 percent from the regions as a share of at least 0.80', () => {
    const headcount = azergold.facts.find((f) => f.id === 'workforce.0.headcount');
    expect(headcount?.count).toBe(2554);
    const regions = azergold.facts.find((f) => f.id === 'workforce.0.fromRegions');
    expect(regions?.count).toEqual({ min: 2044, phrase: 'over 80 percent of 2,554' });
    // 2,044 / 2,554 = 0.800313…, and no upper bound is published: the share is at most 1.
    expect(regions?.share).toEqual({ min: 2044 / 2554, max: 1 });
    expect(regions?.statement).toContain('a share of at least 0.80');
    expect(regions?.statement).toContain('"over 80 percent of 2,554"');
    expect(regions?.sourceIds).toContain('src-trend-4117320');
  });

  it('names the seven program categories in Daşkəsən and Göygöl', () => {
    const fact = azergold.facts.find((f) => f.id === 'programs.categories.AZ-DAS+AZ-GYG');
    expect(fact?.categories?.map((c) => c.key)).toEqual([
      'sportsAndHealth',
      'environment',
      'agriculture',
      'education',
      'publicAwareness',
      'entrepreneurship',
      'culturalHeritage',
    ]);
    expect(fact?.locations).toEqual([
      { id: 'AZ-DAS', label: 'Daşkəsən (Dashkasan)' },
      { id: 'AZ-GYG', label: 'Göygöl (Goygol)' },
    ]);
    expect(fact?.statement).toMatch(/^Social programs in 7 categories in Daşkəsən/);
  });

  it('states the award with the weakness of its source', () => {
    const award = azergold.facts.find((f) => f.topic === 'awards');
    expect(award?.statement).toContain('National CSR Award');
    expect(award?.statement).toContain('Not independently confirmed');
    expect(award?.reliability).toBe('unverified');
    expect(award?.sourceIds).toEqual(['src-ask-2018', 'src-azergold-csr-award-claim']);
  });

  it('lists every source with the collections citing it', () => {
    expect(azergold.sources).toHaveLength(azergoldDataset.sources.length);
    const trend = azergold.sources.find((s) => s.id === 'src-trend-4117320');
    expect(trend?.citedBy).toEqual(['workforce', 'programs']);
  });

  it('gives employment for EITI 6.3 from the published summary and the production districts', () => {
    const employment = azergold.eiti.economicContribution.employment;
    expect(employment).toMatchObject({ asOf: '2025-11-14', basis: 'summary', headcount: 2554 });
    expect(azergold.eiti.economicContribution.productionDistricts).toEqual([
      {
        locationId: 'AZ-DAS',
        label: 'Daşkəsən (Dashkasan)',
        deposits: ['Çovdar', 'Ağyoxuş', 'Mərəh'],
      },
      { locationId: 'AZ-GYG', label: 'Göygöl (Goygol)', deposits: ['Tulallar'] },
    ]);
    // No program records spend: 12 programs, none with a flow; one reports an amount committed.
    expect(azergold.eiti.socialExpenditures.rows).toEqual([]);
    expect(azergold.eiti.socialExpenditures.programsWithoutSpend).toHaveLength(11);
  });

  it('checks each GRI disclosure item by item (GRI 1, Requirement 7)', () => {
    const index = azergold.griContentIndex;
    const entry = (code: string) => index.entries.find((e) => e.disclosure === code);
    // No employee records: both items of 401-1 are omitted as information unavailable.
    expect(entry('GRI 401-1')).toMatchObject({
      status: 'omitted',
      location: ['not-reported'],
      requirementsOmitted: ['401-1-a', '401-1-b'],
    });
    // One omission per reason: both items, each cause named with its item.
    expect(entry('GRI 401-1')?.omissions).toEqual([
      {
        requirements: ['401-1-a', '401-1-b'],
        reason: 'informationUnavailableOrIncomplete',
        explanation:
          '401-1-a: New employee hire rate: The dataset has no employee records. 401-1-b: Employee turnover rate: The dataset has no employee records.',
      },
    ]);
    // Projected jobs give 203-2-a; 203-2-b (benchmarks) is not computed: partial.
    expect(entry('GRI 203-2')).toMatchObject({
      status: 'partial',
      location: ['indicator-jobs-projectEmployment'],
      requirementsOmitted: ['203-2-b'],
    });
    // Category coverage alone no longer reports 413-1 or 203-1.
    expect(entry('GRI 413-1')?.status).toBe('omitted');
    expect(entry('GRI 203-1')?.status).toBe('omitted');
    // GRI 14 topics are topics, not rows; rows keep numeric order.
    const codes = index.entries.map((e) => e.disclosure);
    expect(codes.some((code) => code.startsWith('GRI 14.'))).toBe(false);
    expect(codes.indexOf('GRI 2-25')).toBeLessThan(codes.indexOf('GRI 201-1'));
    expect(index.topics.map((t) => t.number)).toEqual([
      '14.8',
      '14.9',
      '14.10',
      '14.12',
      '14.16',
      '14.17',
      '14.21',
      '14.23',
    ]);
    // The period 2025 starts before 1 January 2026, when GRI 14 comes into effect.
    expect(index.sectorStandards[0]?.note).toContain('early adoption');
    expect(index.statementOfUse.sentence).toBe(
      'AzerGold CJSC has reported the information cited in this GRI content index for the period 2025-01-01 to 2025-12-31 with reference to the GRI Standards.',
    );
  });

  it('passes the gri option to the content index and rejects a malformed one', () => {
    const options = { asOf: '2024-12-31', period: year2024, now: '2025-11-14' };
    const report = buildImpactReport(baseDataset(), {
      ...options,
      gri: { claim: 'inAccordanceWith' },
    });
    expect(report.griContentIndex.statementOfUse.claim).toBe('inAccordanceWith');
    const error = thrown(() =>
      buildImpactReport(baseDataset(), {
        ...options,
        gri: { omissions: { '999-1': { reason: 'legalProhibitions', explanation: 'A law.' } } },
      }),
    );
    expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('is plain JSON that parses back with its schema, and does not touch its input', () => {
    expect(ImpactReportSchema.parse(JSON.parse(renderJson(azergold)))).toEqual(azergold);
    const input = baseDataset();
    const copy = structuredClone(input);
    buildImpactReport(input, { asOf: '2024-12-31', period: year2024, now: '2025-11-14' });
    expect(input).toEqual(copy);
  });
});

describe('buildImpactReport on a dataset with records and spend', () => {
  it('computes the flows of the period from the employee records', () => {
    // e-1 (employee, hired 2019) is active all year; e-2 is a contractor and does not count.
    // Hires in 2024: 0 of 1 employee at the end of the period → 0 / 1 = 0.
    const hires = base.indicators.find((r) => r.indicatorId === 'workforce.newHireRate');
    expect(hires?.ratio).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(base.coverage.find((c) => c.indicatorId === 'workforce.newHireRate')?.status).toBe(
      'reported',
    );
  });

  it('GRI 401-1 a and b: breaks the rates down by age group, gender and work region', () => {
    // e-1 (the only employee; female, born 1990, 34 at the end of 2024) works at site-hill, in
    // district XX-D1 of economic region XX-R1. Hires 0 / 1 and turnover 0 / 1, each with rows
    // ageBand 30-50, gender female and workRegion XX-R1, all 0: both items are present, so the
    // content index reports GRI 401-1 in full.
    for (const id of ['workforce.newHireRate', 'workforce.turnoverRate']) {
      const result = base.indicators.find((r) => r.indicatorId === id);
      expect(
        result?.breakdown?.map((r) => [r.keys, r.value]),
        id,
      ).toEqual(
        expect.arrayContaining([
          [{ ageBand: '30-50' }, 0],
          [{ gender: 'female' }, 0],
          [{ workRegion: 'XX-R1' }, 0],
        ]),
      );
      expect(result?.definitions.region).toBe('workLocation');
    }
    const entry = base.griContentIndex.entries.find((e) => e.disclosure === 'GRI 401-1');
    expect(entry).toMatchObject({ status: 'reported', requirementsOmitted: [] });
  });

  it('reports the progress of quantitative program results', () => {
    // (240 − 0) / (300 − 0) = 0.8.
    const progress = base.indicators.find((r) => r.indicatorId === 'community.resultProgress');
    expect(progress?.value).toBeCloseTo(0.8, 12);
  });

  it('lists the EITI 6.1 expenditures of the period, totals per currency', () => {
    const s61 = base.eiti.socialExpenditures;
    expect(s61.rows).toHaveLength(1);
    // USD 50,000.00 = 5,000,000 cents, voluntary, cash, to the implementing NGO.
    expect(s61.rows[0]).toMatchObject({
      programId: 'prog-school',
      obligation: 'voluntary',
      form: 'cash',
      beneficiaryIds: ['ngo-1'],
    });
    expect(s61.voluntary).toEqual([{ amountMinor: 5_000_000, currency: 'USD' }]);
    expect(s61.mandatory).toEqual([]);
    expect(s61.programsWithoutSpend).toEqual([]);
    expect(s61.sourceIds).toEqual(['src-report']);
  });

  it('counts employment on asOf from the records for EITI 6.3', () => {
    // On 2024-12-31 only e-1 is active (e-2 left on 2024-06-30): 1 person, female.
    expect(base.eiti.economicContribution.employment).toEqual({
      asOf: '2024-12-31',
      basis: 'records',
      headcount: 1,
      scope: 'employees',
      byGender: { female: 1 },
      sourceIds: [],
    });
  });

  it('gives construction and operations jobs of the projection', () => {
    const construction = base.indicators.find(
      (r) => r.indicatorId === 'jobs.projectEmployment' && r.keys?.phase === 'construction',
    ) as DetailedResult<JobsProjection>;
    // 300 direct jobs in 2026 and in 2027: 600 job-years.
    expect(construction.detail.headline.direct).toEqual({
      kind: 'range',
      range: { low: 600, central: 600, high: 600 },
    });
    expect(
      construction.breakdown?.find(
        (row) => row.keys.year === '2026' && row.keys.component === 'direct',
      )?.value,
    ).toBe(300);
  });

  it('states the site summary shares and the bounded regional share', () => {
    const local = base.facts.find((f) => f.id === 'workforce.0.local');
    // 60 of 100 → exactly 0.6.
    expect(local?.share).toEqual({ min: 0.6, max: 0.6 });
    expect(local?.statement).toBe(
      '60 of 100 people are local under the locality policy of the summary on 2024-12-31, a share of 0.60.',
    );
  });
});

describe('buildImpactReport options and errors', () => {
  it('rejects a dataset with errors, giving the validation as the cause', () => {
    const bad = {
      ...baseDataset(),
      sites: [{ ...baseDataset().sites?.[0], locationId: 'XX-NOPE' }],
    };
    const error = thrown(() =>
      buildImpactReport(bad, { asOf: '2024-12-31', period: year2024, now: '2025-11-14' }),
    );
    expect(isImpactError(error, 'INVALID_DATASET')).toBe(true);
    expect((error as Error).message).toContain('ref.missing');
    expect(((error as Error).cause as DatasetValidation).valid).toBe(false);
  });

  it('rejects AzerGold without the gazetteer its districts come from', () => {
    const error = thrown(() =>
      buildImpactReport(azergoldDataset, { asOf: '2025-12-31', period: { start: '2025-01-01' } }),
    );
    expect(isImpactError(error, 'INVALID_DATASET')).toBe(true);
  });

  it('checks the dates, the period, the policy, the rates and the gazetteer', () => {
    const ok = { asOf: '2024-12-31', period: year2024, now: '2025-11-14' };
    const code = (options: object) =>
      (thrown(() => buildImpactReport(baseDataset(), { ...ok, ...options })) as { code?: string })
        .code;
    expect(code({ asOf: '2024-02-30' })).toBe('INVALID_DATE');
    expect(code({ period: { start: 'x' } })).toBe('INVALID_DATE');
    expect(code({ now: 'today' })).toBe('INVALID_DATE');
    expect(code({ period: { start: '2024-12-31', end: '2024-01-01' } })).toBe('INVALID_PERIOD');
    expect(code({ period: { start: '2025-01-01', end: '2025-12-31' } })).toBe('INVALID_PERIOD');
    expect(code({ localityPolicy: { kind: 'nearby' } })).toBe('INVALID_ARGUMENT');
    expect(code({ fx: [{ from: 'USD' }] })).toBe('INVALID_ARGUMENT');
    expect(code({ gazetteer: {} })).toBe('INVALID_ARGUMENT');
  });

  it('validates against asOf when no day is given as now', () => {
    // The summary of 2024-12-31 and the source published 2025-03-01 lie after 2024-12-30.
    const error = thrown(() =>
      buildImpactReport(baseDataset(), { asOf: '2024-12-30', period: { start: '2024-01-01' } }),
    );
    expect((error as Error).message).toContain('date.in_future');
  });

  it('records the locality policy and lets dataset locations replace gazetteer ones', () => {
    const gazetteer = createGazetteer([
      { id: 'XX-D1', kind: 'district', name: 'Old name' } as never,
    ]);
    const report = buildImpactReport(baseDataset(), {
      ...{ asOf: '2024-12-31', period: year2024, now: '2025-11-14' },
      localityPolicy: { kind: 'sameDistrict' },
      gazetteer,
    });
    expect(report.localityPolicy).toEqual({ kind: 'sameDistrict' });
    const fact = report.facts.find((f) => f.topic === 'programs');
    expect(fact?.locations).toEqual([{ id: 'XX-D1', label: 'Hill District' }]);
  });
});

describe('buildImpactReport: one validation', () => {
  it('parses the dataset once, with or without asOf, and gives the same report', () => {
    const parse = vi.spyOn(ImpactDatasetSchema, 'safeParse');
    try {
      const latest = buildImpactReport(azergoldDataset, { gazetteer: azGazetteer });
      // Without asOf the latest dated fact is found on the same parse the validation uses.
      expect(parse).toHaveBeenCalledTimes(1);
      parse.mockClear();
      const given = buildImpactReport(azergoldDataset, {
        asOf: latest.asOf,
        gazetteer: azGazetteer,
      });
      expect(parse).toHaveBeenCalledTimes(1);
      expect({ ...given, asOfBasis: latest.asOfBasis }).toEqual(latest);
    } finally {
      parse.mockRestore();
    }
  });
});
