import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { ratio } from '../../core/ratio.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import type { ImpactDatasetInput } from '../../model/impactDataset.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { classifyLocality } from '../../places/classifyLocality.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { isActiveOn } from './isActiveOn.js';
import { localEmploymentShare, localEmploymentShareIndicator } from './localEmploymentShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

/** The summary of the fixture's records under the same-district policy. */
function fixtureSummary(): WorkforceSummary {
  return summarizeWorkforce(origins2025, {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: { kind: 'sameDistrict' },
  });
}

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: ['src-b', 'src-a', 'src-b'],
    ...fields,
  });
}

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('localEmploymentShare', () => {
  it('divides the local people by everyone counted', () => {
    const result = localEmploymentShare(fixtureSummary());
    // local 5 of 12 (5 local + 3 non-local + 4 unknown) = 0.41666…
    expect(result.ratio).toEqual({ numerator: 5, denominator: 12, value: 5 / 12 });
    expect(result.value).toBe(5 / 12);
    expect(result.indicatorId).toBe('workforce.localEmploymentShare');
    expect(result.unit).toBe('share');
    expect(result.definitions).toMatchObject({
      asOf: '2025-06-30',
      basis: 'summary',
      denominator: 'headcount',
      scope: 'employees',
      localityPolicy: { kind: 'sameDistrict' },
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps unknown locality in its own row, never in the non-local one', () => {
    const result = localEmploymentShare(fixtureSummary());
    // 5/12, 3/12 = 0.25, 4/12 = 0.333…: the rows add up to 1.
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ locality: 'local' }, 5, 5 / 12],
      [{ locality: 'nonLocal' }, 3, 0.25],
      [{ locality: 'unknown' }, 4, 4 / 12],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/^4 person\(s\) have unknown locality/)]);
  });
});

describe('localEmploymentShare of bounds', () => {
  it('bounds the share when the headcount is bounds', () => {
    // local 2,000 of 2,500..2,600 people: at least 2000/2600 = 0.769…, at most 2000/2500 = 0.8.
    const result = localEmploymentShare(
      published({ headcount: { min: 2500, max: 2600 }, local: 2000 }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 2000 / 2600, max: 0.8 });
    expect(result.ratio).toBeUndefined();
  });

  it('gives no lower bound above 0 when the headcount has no upper bound', () => {
    // 1,000 local of at least 2,000 people: 0 ≤ share ≤ 1000/2000 = 0.5.
    const result = localEmploymentShare(published({ headcount: { min: 2000 }, local: 1000 }));
    expect(result.bounds).toEqual({ min: 0, max: 0.5 });
  });

  it('caps the share with what the other parts leave, and keeps the published phrase', () => {
    // local at least 60 of 100, non-local at least 30: at most (100 − 30) / 100 = 0.7.
    const result = localEmploymentShare(
      published({
        headcount: 100,
        local: { min: 60, phrase: 'over 60' },
        nonLocal: { min: 30 },
        localityUnknown: 0,
      }),
    );
    expect(result.bounds).toEqual({ min: 0.6, max: 0.7, phrase: 'over 60' });
    expect(result.breakdown?.map((r) => [r.keys.locality, r.reason, r.bounds ?? r.value])).toEqual([
      // Each row keeps the phrase of its own count.
      ['local', 'BOUNDED', { min: 0.6, max: 0.7, phrase: 'over 60' }],
      // non-local: at least 30/100, at most 1 − (60 + 0)/100 = 0.4.
      ['nonLocal', 'BOUNDED', { min: 0.3, max: 0.4 }],
      ['unknown', undefined, 0],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/bounds/)]);
  });
});

describe('localEmploymentShare without a share', () => {
  it('is MISSING_DATA without a local count and ZERO_DENOMINATOR for an empty workforce', () => {
    const missing = localEmploymentShare(published({ headcount: 10, nonLocal: 4 }));
    expect(missing.value).toBeNull();
    expect(missing.reason).toBe('MISSING_DATA');
    expect(missing.sourceIds).toEqual(['src-a', 'src-b']);
    const empty = localEmploymentShare(
      published({ headcount: 0, local: 0, nonLocal: 0, localityUnknown: 0 }),
    );
    expect(empty.value).toBeNull();
    expect(empty.reason).toBe('ZERO_DENOMINATOR');
    expect(empty.ratio).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('says why the share is missing', () => {
    const missing = localEmploymentShare(published({ headcount: 10, nonLocal: 4 }));
    expect(missing.notes).toEqual([
      'The summary does not count local people (it has no locality policy, local count or published local share).',
    ]);
  });

  it('reads bounds with only an upper end as starting at 0', () => {
    // local "at most 5" of 10 people is 0..5: at least 0/10 = 0, at most 5/10 = 0.5.
    const result = localEmploymentShare(published({ headcount: 10, local: { max: 5 } }));
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 0, max: 0.5 });
  });

  it('is ZERO_DENOMINATOR for an empty workforce even when the local count is bounds', () => {
    // headcount 0 and local "at most 5": the local count can only be 0, and 0 / 0 has no value.
    const result = localEmploymentShare(published({ headcount: 0, local: { max: 5 } }));
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    expect(result.bounds).toBeUndefined();
  });
});

describe('localEmploymentShare of summaries that are not valid', () => {
  it('refuses a function that carries count bounds as properties', () => {
    const local = Object.assign(() => 3, { min: 1, max: 2 });
    const raw = { companyId: 'miner', asOf: '2025-06-30', sourceIds: [], headcount: 10, local };
    expect(() => localEmploymentShare(raw as unknown as WorkforceSummary)).toThrow(
      '[mining-impact] The argument is not valid for this function: summary.local: Invalid input',
    );
  });

  it('echoes the publisher’s definition of local', () => {
    const result = localEmploymentShare(
      published({ headcount: 10, local: 4, localityDefinition: 'Daşkəsən and Göygöl' }),
    );
    // 4 / 10 = 0.4.
    expect(result.value).toBe(0.4);
    expect(result.definitions).toMatchObject({
      localityPolicy: null,
      localityDefinition: 'Daşkəsən and Göygöl',
      scope: 'unknown',
    });
  });

  it('refuses counts that are not counts, and parts above the headcount', () => {
    const raw = (fields: Record<string, unknown>): WorkforceSummary =>
      ({
        companyId: 'miner',
        asOf: '2025-06-30',
        sourceIds: [],
        ...fields,
      }) as unknown as WorkforceSummary;
    for (const local of [-1, 1.5, Number.NaN, { min: 5, max: 2 }, {}, [3], 'many', null]) {
      expect(() => localEmploymentShare(raw({ headcount: 10, local }))).toThrow(invalidArgument);
    }
    expect(() => localEmploymentShare(raw({ headcount: 'ten', local: 1 }))).toThrow(
      invalidArgument,
    );
    // 10 local + 5 non-local > 12 people.
    expect(() => localEmploymentShare(raw({ headcount: 12, local: 10, nonLocal: 5 }))).toThrow(
      /more than the 12/,
    );
    expect(() => localEmploymentShare(null as unknown as WorkforceSummary)).toThrow(
      invalidArgument,
    );
  });
});

const policies: LocalityPolicy[] = [
  { kind: 'sameDistrict' },
  { kind: 'sameEconomicRegion' },
  { kind: 'outsideCapital', capitalIds: [] },
];

/** The summary of records under a policy, on the fixture's gazetteer and sites. */
function summaryOf(records: readonly Employee[], policy: LocalityPolicy): WorkforceSummary {
  return summarizeWorkforce(records, {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: policy,
    companyId: 'miner',
  });
}

/**
 * The employees active on asOf by locality, counted one record at a time with
 * classifyLocality, without summarizeWorkforce: no site (or an unlisted one) is unknown.
 */
function localityCounts(records: readonly Employee[], policy: LocalityPolicy) {
  const siteLocation = new Map(originSites.map((s) => [s.id as string, s.locationId as string]));
  const counts = { local: 0, nonLocal: 0, unknown: 0 };
  for (const e of records) {
    if (e.engagement !== 'employee' || !isActiveOn(e, asOf2025)) continue;
    const site = e.siteId === undefined ? undefined : siteLocation.get(e.siteId);
    counts[
      site === undefined
        ? 'unknown'
        : classifyLocality(
            { home: e.homeLocationId, site: site },
            { gazetteer: originGazetteer, policy: policy },
          )
    ] += 1;
  }
  return counts;
}

/** The share of the summary agrees with the records, and with the same figures published. */
function checkAgainstRecords(records: readonly Employee[], policy: LocalityPolicy): void {
  const summary = summaryOf(records, policy);
  const { local, nonLocal, unknown } = localityCounts(records, policy);
  const result = localEmploymentShare(summary);
  expect(result.ratio).toEqual(ratio(local, local + nonLocal + unknown));
  expect(result.breakdown?.map((r) => [r.keys.locality, r.count])).toEqual([
    ['local', local],
    ['nonLocal', nonLocal],
    ['unknown', unknown],
  ]);
  // The same figures as a company would publish them: serialised, then parsed by the schema.
  const published = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
  expect(localEmploymentShare(published)).toEqual(result);
}

describe('localEmploymentShare from records and from the summary of the same records', () => {
  it.each(policies)('agree on the fixture under $kind', (policy) => {
    checkAgainstRecords(origins2025, policy);
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 }), fc.constantFrom(...policies)])(
    'agree on random records',
    (records, policy) => {
      checkAgainstRecords(records, policy);
    },
  );
});

describe('properties of localEmploymentShare', () => {
  const records = fc.array(sitedEmployeeRecord, { maxLength: 50 });

  test.prop([records, fc.constantFrom(...policies)])(
    'gives shares in [0, 1], in the value and in every row',
    (xs, policy) => {
      const result = localEmploymentShare(summaryOf(xs, policy));
      for (const item of [result, ...(result.breakdown ?? [])]) {
        expect(reasonIffNull(item)).toBe(true);
        if (item.value === null) continue;
        expect(item.value).toBeGreaterThanOrEqual(0);
        expect(item.value).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
    fc.constantFrom(...policies),
  ])('does not depend on the order of the records', ([xs, shuffled], policy) => {
    expect(localEmploymentShare(summaryOf(shuffled, policy))).toEqual(
      localEmploymentShare(summaryOf(xs, policy)),
    );
  });
});

// A partition of a headcount, published with some counts loosened into bounds that contain
// them: the share of the exact figures always lies within the bounds of the loosened ones.
const loosen = (n: number) =>
  fc.oneof(
    fc.constant<unknown>(n),
    fc.nat({ max: n }).map((d) => ({ min: n - d })),
    fc.nat({ max: 50 }).map((d) => ({ max: n + d })),
    fc.tuple(fc.nat({ max: n }), fc.nat({ max: 50 })).map(([a, b]) => ({ min: n - a, max: n + b })),
  );

describe('localEmploymentShare of loosened counts', () => {
  test.prop([
    fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.nat({ max: 300 })).chain(([l, m, u]) =>
      fc.record({
        exact: fc.constant({ l, m, u }),
        headcount: loosen(l + m + u),
        local: loosen(l),
        nonLocal: fc.option(loosen(m), { nil: undefined }),
        localityUnknown: fc.option(loosen(u), { nil: undefined }),
      }),
    ),
  ])('bounds the exact share whenever counts are bounds around it', (c) => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      sourceIds: [],
      headcount: c.headcount,
      local: c.local,
      ...(c.nonLocal === undefined ? {} : { nonLocal: c.nonLocal }),
      ...(c.localityUnknown === undefined ? {} : { localityUnknown: c.localityUnknown }),
    });
    const exact = ratio(c.exact.l, c.exact.l + c.exact.m + c.exact.u);
    const result = localEmploymentShare(summary);
    if (result.bounds === undefined) {
      expect(result.ratio).toEqual(exact);
      return;
    }
    if (exact.value === null) return;
    expect(result.bounds.min).toBeGreaterThanOrEqual(0);
    expect(result.bounds.max).toBeLessThanOrEqual(1);
    expect(result.bounds.min).toBeLessThanOrEqual(exact.value + 1e-12);
    expect(result.bounds.max).toBeGreaterThanOrEqual(exact.value - 1e-12);
  });
});

/** The base dataset (e-1 from Hill Village, at the Hill mine) and e-3 from the capital, there too. */
function datasetWithHire(): ImpactDatasetInput {
  const dataset = baseDataset();
  const hire = {
    id: 'e-3',
    companyId: 'miner',
    siteId: 'site-hill',
    homeLocationId: 'XX-CAP',
    gender: 'male',
    hireDate: '2024-03-01',
    category: 'worker',
    contract: 'permanent',
    engagement: 'employee',
  } as const;
  return { ...dataset, employees: [...(dataset.employees ?? []), hire] };
}

describe('localEmploymentShareIndicator', () => {
  it('is catalogued as workforce.localEmploymentShare, a share under GRI 14.9 and ICMM', () => {
    const { entry } = localEmploymentShareIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.localEmploymentShare',
      functionName: 'localEmploymentShare',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      dimensions: ['locality'],
      standards: ['GRI 14.9', 'ICMM SER'],
    });
    expect(localEmploymentShareIndicator.compute).toBe(workforce.localEmploymentShare);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the summary of the records, under the report policy', () => {
    const context = indicatorContextOf(datasetWithHire(), {
      asOf: '2024-12-31',
      localityPolicy: { kind: 'sameDistrict' },
    });
    // Employees on 2024-12-31 (e-2 is a contractor who left): e-1, from Hill Village in Hill
    // District where the mine is (local), and e-3 from the capital (not local): 1 / 2.
    expect(localEmploymentShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: 0.5, ratio: { numerator: 1, denominator: 2, value: 0.5 } }),
    ]);
    // Without a policy the summary of the records counts nobody as local.
    const noPolicy = indicatorContextOf(datasetWithHire(), { asOf: '2024-12-31' });
    expect(localEmploymentShareIndicator.fromDataset(noPolicy)).toEqual([
      expect.objectContaining({ value: null, reason: 'MISSING_DATA' }),
    ]);
  });

  it('reads the latest published summary without records', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: [] }, { asOf: '2025-06-30' });
    // The published summary of 2024-12-31: 60 local of 100 (40 non-local) = 0.6.
    expect(localEmploymentShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: 0.6, sourceIds: ['src-report'] }),
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(localEmploymentShareIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});
