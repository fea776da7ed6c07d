import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  employedOn,
  FOLD_PERIOD,
  missingCases,
  streamedWorkforce,
} from '../../../test/fixtures/streamedWorkforce.js';
import { workforce2024 } from '../../../test/fixtures/workforce2024.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { ratio } from '../../core/ratio.js';
import * as workforce from '../../index.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import {
  contractorShare,
  contractorShareFold,
  contractorShareIndicator,
} from './contractorShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: [],
    ...fields,
  });
}

describe('contractorShare of records', () => {
  it('counts contractors among active records', () => {
    // Active on 2024-12-31: 5 employees + e10 (contractor) = 6; 1 / 6.
    const result = contractorShare(workforce2024, { asOf: '2024-12-31' });
    expect(result.value).toBeCloseTo(1 / 6, 12);
    expect(result.unit).toBe('share');
    expect(result.definitions).toEqual({ asOf: '2024-12-31', basis: 'records' });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('gives ZERO_DENOMINATOR for empty records', () => {
    expect(contractorShare([], { asOf: '2024-12-31' }).reason).toBe('ZERO_DENOMINATOR');
  });
  it('throws INVALID_ARGUMENT for records without asOf', () => {
    expect(() => contractorShare(workforce2024)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
  it('throws INVALID_DATE when asOf is not a calendar date (regression)', () => {
    expect(() => contractorShare(workforce2024, { asOf: '2024-02-30' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-02-30"',
    );
  });
});

describe('contractorShare of a summary', () => {
  it('reads a summary breakdown', () => {
    const summary = published({
      headcount: 2128,
      byEngagement: { employee: 812, contractor: 1316 },
      sourceIds: ['src-1'],
    });
    // 1316 / (812 + 1316) = 1316 / 2128 = 0.618421…
    const result = contractorShare(summary);
    expect(result.value).toBeCloseTo(1316 / 2128, 12);
    expect(result.sourceIds).toEqual(['src-1']);
  });
  it('bounds the share when counts are bounds', () => {
    const summary = published({
      headcount: { min: 2000 },
      byEngagement: { employee: { min: 800, max: 820 }, contractor: 1316 },
    });
    const result = contractorShare(summary);
    // Lowest: 1316 / (1316 + 820) = 0.616105…; highest: 1316 / (1316 + 800) = 0.621928…
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds?.min).toBeCloseTo(1316 / 2136, 12);
    expect(result.bounds?.max).toBeCloseTo(1316 / 2116, 12);
  });
  it('leaves an unbounded side open to 0 or 1', () => {
    const summary = published({
      headcount: 10,
      byEngagement: { employee: { min: 5 }, contractor: { min: 1 } },
    });
    expect(contractorShare(summary).bounds).toEqual({ min: 0, max: 1 });
  });
  it('is MISSING_DATA without an engagement breakdown', () => {
    expect(contractorShare(published({ headcount: 10 })).reason).toBe('MISSING_DATA');
  });
  it('names the summary basis and leaves out the reason of an exact share', () => {
    // 1 / (3 + 1) = 0.25: a value, so no reason at all (not even an undefined one).
    const result = contractorShare(
      published({ headcount: 4, byEngagement: { employee: 3, contractor: 1 } }),
    );
    expect(result.value).toBe(0.25);
    expect(result.definitions).toEqual({ asOf: '2025-06-30', basis: 'summary' });
    expect('reason' in result).toBe(false);
  });
  it('is MISSING_DATA when the breakdown lacks employees or contractors', () => {
    for (const byEngagement of [{ contractor: 5 }, { employee: 5 }]) {
      const result = contractorShare(published({ headcount: 5, byEngagement }));
      expect(result.value).toBeNull();
      expect(result.reason).toBe('MISSING_DATA');
      expect(result.notes).toEqual([
        'The summary does not break the workforce down into employees and contractors, nor publish their share.',
      ]);
    }
  });
  it('returns a published share: exact with exact counts, else its interval narrowed', () => {
    // 1,316 of 812 + 1,316 = 2,128: 0.61842…, in "62 %" = [0.615, 0.625).
    const exact = contractorShare(
      published({
        headcount: 2128,
        byEngagement: { employee: 812, contractor: 1316 },
        shares: { contractors: { value: 0.62, phrase: '62 %' } },
      }),
    );
    expect(exact.ratio).toEqual({ numerator: 1316, denominator: 2128, value: 1316 / 2128 });
    expect(exact.notes).toEqual([
      'The share of contractors is published as "62 %", which stands for [0.615, 0.625); the counts give it exactly: 1316 / 2128.',
    ]);
    // "62 %" alone: [0.615, 0.625).
    const alone = contractorShare(
      published({ headcount: 2128, shares: { contractors: { value: 0.62, phrase: '62 %' } } }),
    );
    expect([alone.value, alone.reason, alone.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.615, max: 0.625, phrase: '62 %' },
    ]);
    // At least 1,300 contractors' workers and 812 employees: at least 1,300 / (1,300 + 812) =
    // 0.61553…, at most 1 (no upper bound on contractors): [0.61553…, 0.625).
    const narrowed = contractorShare(
      published({
        headcount: { min: 2112 },
        byEngagement: { employee: 812, contractor: { min: 1300 } },
        shares: { contractors: { value: 0.62, phrase: '62 %' } },
      }),
    );
    expect(narrowed.bounds).toEqual({ min: 1300 / 2112, max: 0.625, phrase: '62 %' });
    // 30 of 100 is not "62 %".
    expect(() =>
      contractorShare(
        published({
          headcount: 100,
          byEngagement: { employee: 70, contractor: 30 },
          shares: { contractors: { value: 0.62, phrase: '62 %' } },
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
  it('gives ZERO_DENOMINATOR for an empty engagement breakdown', () => {
    const summary = published({ headcount: 0, byEngagement: { employee: 0, contractor: 0 } });
    expect(contractorShare(summary).reason).toBe('ZERO_DENOMINATOR');
  });
  it('refuses a summary that does not match the schema', () => {
    const raw = { ...published({ headcount: 4 }), byEngagement: { contractor: -1, employee: 3 } };
    expect(() => contractorShare(raw as unknown as WorkforceSummary)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('contractorShare from records and from the summary of the same records', () => {
  const options = {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: { kind: 'sameDistrict' },
    companyId: 'miner',
    includeContractors: true,
  } as const;

  it('agree on the fixture', () => {
    const summary = summarizeWorkforce(origins2025, options);
    // 1 contractor (a11) of 13 active people.
    const fromSummary = contractorShare(summary);
    expect(fromSummary.ratio).toEqual(ratio(1, 13));
    expect(fromSummary.ratio).toEqual(contractorShare(origins2025, { asOf: asOf2025 }).ratio);
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 })])(
    'agree on random records',
    (records) => {
      const summary = summarizeWorkforce(records, options);
      expect(contractorShare(summary).ratio).toEqual(
        contractorShare(records, { asOf: asOf2025 }).ratio,
      );
    },
  );
});

describe('contractorShareIndicator', () => {
  it('is catalogued as workforce.contractorShare, a share under SASB (not GRI 2-8, which asks for a number)', () => {
    const { entry } = contractorShareIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.contractorShare',
      functionName: 'contractorShare',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      standards: ['SASB EM-MM-000.B'],
    });
    expect(contractorShareIndicator.compute).toBe(workforce.contractorShare);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the records when there are any', () => {
    // On 2024-06-01 e-1 (an employee) and e-2 (a contractor, until 2024-06-30) are active: 1 / 2.
    const outcome = contractorShareIndicator.fromDataset(
      indicatorContextOf(baseDataset(), { asOf: '2024-06-01' }),
    );
    expect(outcome).toEqual([
      expect.objectContaining({
        value: 0.5,
        definitions: { asOf: '2024-06-01', basis: 'records' },
      }),
    ]);
  });

  it('reads the latest published summary without records', () => {
    const base = baseDataset();
    const summary = {
      companyId: 'miner',
      asOf: '2024-12-31',
      headcount: 125,
      byEngagement: { employee: 100, contractor: 25 },
      sourceIds: ['src-report'],
    };
    const dataset = { ...base, employees: [], workforce: [...(base.workforce ?? []), summary] };
    const outcome = contractorShareIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2025-06-30' }),
    );
    // 25 / (100 + 25) = 0.2.
    expect(outcome).toEqual([
      expect.objectContaining({
        value: 0.2,
        definitions: { asOf: '2024-12-31', basis: 'summary' },
      }),
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(contractorShareIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});

describe('contractorShareFold', () => {
  it.each([2024, 11])(
    'adds seeded records one at a time as contractorShare reads them (seed %i)',
    (seed) => {
      const records = streamedWorkforce(seed);
      expect(missingCases(records)).toEqual([]);
      // Days before every hire, within the records and after them.
      for (const asOf of ['2017-12-31', FOLD_PERIOD.start, FOLD_PERIOD.end, '2026-01-01']) {
        expect(foldOneByOne(contractorShareFold({ asOf }), records)).toEqual(
          contractorShare(records, { asOf }),
        );
      }
      // SASB EM-MM-000.B, counted again: contractors' workers over everyone employed on the day.
      const active = records.filter((e) => employedOn(e, FOLD_PERIOD.end));
      const contractors = active.filter((e) => e.engagement === 'contractor').length;
      const result = foldOneByOne(contractorShareFold({ asOf: FOLD_PERIOD.end }), records);
      expect(result.ratio).toEqual({
        numerator: contractors,
        denominator: active.length,
        value: contractors / active.length,
      });
    },
  );
  it('counts the people on asOf record by record', () => {
    const records = [
      // On 2024-12-31: a an employee, b a contractor's worker, e an employee: 3 people.
      makeEmployee({ id: 'a' }),
      makeEmployee({ id: 'b', engagement: 'contractor' }),
      // c: a contractor's worker leaving that day; d: hired in 2025. Neither counts.
      makeEmployee({ id: 'c', engagement: 'contractor', terminationDate: '2024-12-31' }),
      makeEmployee({ id: 'd', hireDate: '2025-01-01' }),
      makeEmployee({ id: 'e', gender: 'female' }),
    ];
    const result = foldOneByOne(contractorShareFold({ asOf: '2024-12-31' }), records);
    // 1 contractor's worker (b) of 3 people: 1 / 3.
    expect(result.ratio).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(result.definitions).toEqual({ asOf: '2024-12-31', basis: 'records' });
  });
  it('refuses its options when it is made, before any record', () => {
    expect(() => contractorShareFold({})).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => contractorShareFold({ asOf: '2024-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
