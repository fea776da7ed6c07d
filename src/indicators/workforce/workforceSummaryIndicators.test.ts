// The indicators on workforce summaries, computed from records and from the summary of the same
// records: the two must agree, whether the summary is the one summarizeWorkforce returns or the
// same figures published (serialised and parsed back).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { type Ratio, ratio } from '../../core/ratio.js';
import type { Employee } from '../../model/employee.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { ancestors } from '../../places/ancestors.js';
import { capitalOf } from '../../places/capitalOf.js';
import { classifyLocality } from '../../places/classifyLocality.js';
import { districtOf } from '../../places/districtOf.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { contractorShare } from './contractorShare.js';
import { isActiveOn } from './isActiveOn.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import { originConcentration } from './originConcentration.js';
import { regionalOriginShare } from './regionalOriginShare.js';
import { remoteVillageShare } from './remoteVillageShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import { workforceOriginDistribution } from './workforceOriginDistribution.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

const policies: LocalityPolicy[] = [
  { kind: 'sameDistrict' },
  { kind: 'sameEconomicRegion' },
  { kind: 'outsideCapital', capitalIds: [] },
];

function optionsWith(policy: LocalityPolicy): WorkforceSummaryOptions {
  return {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: policy,
    companyId: 'miner',
  };
}

/** The same figures as a company would publish them: serialised, then parsed by the schema. */
function republish(summary: WorkforceSummary): WorkforceSummary {
  return WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
}

/**
 * The figures counted straight from the records, one record at a time, with the places
 * functions, without summarizeWorkforce.
 */
function fromRecords(records: readonly Employee[], policy: LocalityPolicy) {
  const g = originGazetteer;
  const siteLocation = new Map(originSites.map((s) => [s.id as string, s.locationId as string]));
  const capital = capitalOf(g)?.id as string;
  const people = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
  const count = (test: (e: Employee) => boolean): number => people.filter(test).length;
  const locality = (e: Employee): string => {
    const site = e.siteId === undefined ? undefined : siteLocation.get(e.siteId);
    return site === undefined ? 'unknown' : classifyLocality(g, e.homeLocationId, site, policy);
  };
  const held = (e: Employee): boolean => g.byId.has(e.homeLocationId);
  const chain = (e: Employee): string[] => [
    e.homeLocationId,
    ...ancestors(g, e.homeLocationId).map((a) => a.id),
  ];
  // In the capital: the home is it or lies under it. Undecided: not held, or it encloses it.
  const inCapital = (e: Employee): boolean => held(e) && chain(e).includes(capital);
  const enclosesCapital = (e: Employee): boolean =>
    ancestors(g, capital).some((a) => a.id === e.homeLocationId);
  const group = (key: (e: Employee) => string | undefined): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const e of people) {
      const k = key(e);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  return {
    headcount: people.length,
    local: count((e) => locality(e) === 'local'),
    nonLocal: count((e) => locality(e) === 'nonLocal'),
    localityUnknown: count((e) => locality(e) === 'unknown'),
    fromCapital: count(inCapital),
    fromRegions: count((e) => held(e) && !inCapital(e) && !enclosesCapital(e)),
    remote: count((e) => held(e) && chain(e).some((id) => g.byId.get(id)?.remote === true)),
    district: group((e) => districtOf(g, e.homeLocationId)?.id),
    region: group((e) => economicRegionOf(g, e.homeLocationId)?.id),
  };
}

function hhi(counts: Map<string, number>): Ratio {
  let known = 0;
  let squares = 0;
  for (const c of counts.values()) {
    known += c;
    squares += c * c;
  }
  return ratio(squares, known * known);
}

const indicators: [string, (s: WorkforceSummary) => IndicatorResult][] = [
  ['localEmploymentShare', localEmploymentShare],
  ['regionalOriginShare', regionalOriginShare],
  ['remoteVillageShare', remoteVillageShare],
  [
    'workforceOriginDistribution (district)',
    (s) => workforceOriginDistribution(s, { level: 'district' }),
  ],
  [
    'workforceOriginDistribution (economicRegion)',
    (s) => workforceOriginDistribution(s, { level: 'economicRegion' }),
  ],
  ['originConcentration', (s) => originConcentration(s)],
  ['originConcentration (district)', (s) => originConcentration(s, { level: 'district' })],
];

function checkAgainstRecords(records: readonly Employee[], policy: LocalityPolicy): void {
  const summary = summarizeWorkforce(records, optionsWith(policy));
  const expected = fromRecords(records, policy);
  const n = expected.headcount;
  expect(localEmploymentShare(summary).ratio).toEqual(ratio(expected.local, n));
  expect(regionalOriginShare(summary).ratio).toEqual(ratio(expected.fromRegions, n));
  expect(remoteVillageShare(summary).ratio).toEqual(ratio(expected.remote, n));
  expect(originConcentration(summary).ratio).toEqual(hhi(expected.region));
  expect(originConcentration(summary, { level: 'district' }).ratio).toEqual(hhi(expected.district));
  expect(localEmploymentShare(summary).breakdown?.map((r) => [r.key, r.count])).toEqual([
    ['local', expected.local],
    ['nonLocal', expected.nonLocal],
    ['unknown', expected.localityUnknown],
  ]);
  expect(regionalOriginShare(summary).breakdown?.map((r) => [r.key, r.count])).toEqual([
    ['fromRegions', expected.fromRegions],
    ['fromCapital', expected.fromCapital],
    ['unknown', n - expected.fromRegions - expected.fromCapital],
  ]);
  for (const [level, counts] of [
    ['district', expected.district],
    ['economicRegion', expected.region],
  ] as const) {
    const known = [...counts.values()].reduce((a, b) => a + b, 0);
    const rows = [...[...counts].sort(([a], [b]) => (a < b ? -1 : 1)), ['unknown', n - known]];
    const result = workforceOriginDistribution(summary, { level });
    expect(result.breakdown?.map((r) => [r.key, r.count]) ?? []).toEqual(n === 0 ? [] : rows);
  }
  // And from the same figures published: every indicator gives the same result.
  const published = republish(summary);
  for (const [, indicator] of indicators) {
    expect(indicator(published)).toEqual(indicator(summary));
  }
}

describe('indicators from records and from the summary of the same records', () => {
  it.each(policies)('agree on the fixture under $kind', (policy) => {
    checkAgainstRecords(origins2025, policy);
  });

  it('agree on the contractor share', () => {
    const summary = summarizeWorkforce(origins2025, {
      ...optionsWith(policies[0] as LocalityPolicy),
      includeContractors: true,
    });
    // 1 contractor (a11) of 13 active people.
    const fromSummary = contractorShare(summary);
    expect(fromSummary.ratio).toEqual(ratio(1, 13));
    expect(fromSummary.ratio).toEqual(contractorShare(origins2025, { asOf: asOf2025 }).ratio);
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 }), fc.constantFrom(...policies)])(
    'agree on random records',
    (records, policy) => {
      checkAgainstRecords(records, policy);
    },
  );

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 })])(
    'agree on the contractor share of random records',
    (records) => {
      const summary = summarizeWorkforce(records, {
        ...optionsWith({ kind: 'sameDistrict' }),
        includeContractors: true,
      });
      expect(contractorShare(summary).ratio).toEqual(
        contractorShare(records, { asOf: asOf2025 }).ratio,
      );
    },
  );
});

describe('properties of the indicators on summaries', () => {
  const records = fc.array(sitedEmployeeRecord, { maxLength: 50 });

  test.prop([records, fc.constantFrom(...policies)])(
    'give shares in [0, 1], in the value and in every row',
    (xs, policy) => {
      const summary = summarizeWorkforce(xs, optionsWith(policy));
      for (const [, indicator] of indicators) {
        const result = indicator(summary);
        // A table's value is the headcount; every other value here is a share or an index.
        if (result.value !== null && result.unit !== 'table') {
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(1);
        }
        for (const row of result.breakdown ?? []) {
          if (row.value === null) continue;
          expect(row.value).toBeGreaterThanOrEqual(0);
          expect(row.value).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  test.prop([records])('give distribution shares that sum to 1 within 1e-9', (xs) => {
    const summary = summarizeWorkforce(xs, optionsWith({ kind: 'sameDistrict' }));
    for (const level of ['district', 'economicRegion'] as const) {
      const result = workforceOriginDistribution(summary, { level });
      if (summary.headcount === 0) {
        expect(result.reason).toBe('ZERO_DENOMINATOR');
        continue;
      }
      const sum = (result.breakdown ?? []).reduce((s, r) => s + (r.value ?? 0), 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
    }
    const regional = originConcentration(summary);
    if (regional.breakdown !== undefined && regional.value !== null) {
      const sum = regional.breakdown.reduce((s, r) => s + (r.value ?? 0), 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
    }
  });

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
    fc.constantFrom(...policies),
  ])('do not depend on the order of the records', ([xs, shuffled], policy) => {
    const a = summarizeWorkforce(xs, optionsWith(policy));
    const b = summarizeWorkforce(shuffled, optionsWith(policy));
    for (const [, indicator] of indicators) expect(indicator(b)).toEqual(indicator(a));
  });

  // A partition of a headcount, published with some counts loosened into bounds that contain
  // them: the share of the exact figures always lies within the bounds of the loosened ones.
  const loosen = (n: number) =>
    fc.oneof(
      fc.constant<unknown>(n),
      fc.nat({ max: n }).map((d) => ({ min: n - d })),
      fc.nat({ max: 50 }).map((d) => ({ max: n + d })),
      fc
        .tuple(fc.nat({ max: n }), fc.nat({ max: 50 }))
        .map(([a, b]) => ({ min: n - a, max: n + b })),
    );
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
  ])('bound the exact share whenever counts are bounds around it', (c) => {
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
