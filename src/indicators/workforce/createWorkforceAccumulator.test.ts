import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { workforce2024, year2024 } from '../../../test/fixtures/workforce2024.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { azGazetteer } from '../../data/az/index.js';
import type { Employee } from '../../model/employee.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { createWorkforceAccumulator } from './createWorkforceAccumulator.js';
import { netEmploymentChange } from './netEmploymentChange.js';
import { newHireRate } from './newHireRate.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import { turnoverRate } from './turnoverRate.js';
import type { WorkforceAccumulator } from './workforceAccumulator.js';
import type { WorkforceAccumulatorOptions } from './workforceAccumulatorOptions.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

const options: WorkforceSummaryOptions = {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
  companyId: 'miner',
};

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

function accumulate(
  records: Iterable<Employee>,
  from: WorkforceAccumulatorOptions = options,
): WorkforceAccumulator {
  const accumulator = createWorkforceAccumulator(from);
  for (const record of records) accumulator.add(record);
  return accumulator;
}

describe('createWorkforceAccumulator', () => {
  it('gives the summary of the records added so far, as often as asked', () => {
    const accumulator = createWorkforceAccumulator(options);
    // a1–a4 are employees active on asOf.
    for (const record of origins2025.slice(0, 4)) accumulator.add(record);
    expect(accumulator.result().headcount).toBe(4);
    for (const record of origins2025.slice(4)) accumulator.add(record);
    expect(accumulator.result()).toEqual(summarizeWorkforce(origins2025, options));
    expect(accumulator.result()).not.toBe(accumulator.result());
  });

  it('merges into a new accumulator and changes neither side', () => {
    const first = accumulate(origins2025.slice(0, 7));
    const second = accumulate(origins2025.slice(7));
    const before = [first.result(), second.result()];
    const merged = first.merge(second);
    expect(merged).not.toBe(first);
    expect(merged).not.toBe(second);
    expect(merged.result()).toEqual(summarizeWorkforce(origins2025, options));
    expect([first.result(), second.result()]).toEqual(before);
    // Adding to the merged accumulator leaves the parts alone, and the other way round.
    merged.add(makeEmployee({ id: 'late', siteId: 'site-cirpa' }));
    second.add(makeEmployee({ id: 'later' }));
    expect(merged.result().headcount).toBe(13);
    expect(first.result()).toEqual(before[0]);
    expect(second.result().headcount).toBe((before[1]?.headcount as number) + 1);
  });

  it('counts every gender of the model, undisclosed included', () => {
    const genders = ['female', 'male', 'other', 'undisclosed'] as const;
    const accumulator = accumulate(
      genders.map((gender) => makeEmployee({ id: `g-${gender}`, gender })),
    );
    // One person of each of the four genders: 4 people, 1 in each bucket.
    expect(accumulator.result()).toMatchObject({
      headcount: 4,
      byGender: { female: 1, male: 1, other: 1, undisclosed: 1 },
    });
  });

  it('counts nationality apart from origin, records without one as not stated', () => {
    // Two nationals (one from Bakı, one from Daşkəsən), one expatriate from Daşkəsən, one record
    // stating "not stated" and one without a nationality: 2, 1 and 1 + 1 = 2.
    const records = [
      makeEmployee({ id: 'n1', homeLocationId: 'AZ-BA', nationality: 'hostCountry' }),
      makeEmployee({ id: 'n2', nationality: 'hostCountry' }),
      makeEmployee({ id: 'n3', nationality: 'expatriate' }),
      makeEmployee({ id: 'n4', nationality: 'notStated' }),
      makeEmployee({ id: 'n5' }),
    ];
    const summary = accumulate(records).result();
    expect(summary.byNationality).toEqual({ hostCountry: 2, expatriate: 1, notStated: 2 });
    // Origin is not nationality: 4 of the 5 come from outside the capital, whatever their passport.
    expect(summary.fromRegions).toBe(4);
    // Split in two and merged, the counts are the same.
    const merged = accumulate(records.slice(0, 2))
      .merge(accumulate(records.slice(2)))
      .result();
    expect(merged.byNationality).toEqual(summary.byNationality);
  });

  it('gives no nationality breakdown when no record states one, and refuses an unknown one', () => {
    expect(accumulate(origins2025).result().byNationality).toBeUndefined();
    const odd = { ...makeEmployee({ id: 'odd' }), nationality: 'Malian' } as unknown as Employee;
    expect(() => accumulate([odd])).toThrow(invalidArgument);
  });

  // Issue 21, fault 18: a.merge(a) gave a headcount of 24 for 12 people.
  it('refuses to merge accumulators that share records, which would count them twice', () => {
    const a = accumulate(origins2025.slice(0, 7));
    const b = accumulate(origins2025.slice(7));
    const message =
      '[mining-impact] The argument is not valid for this function: the accumulators share records (the same one, or one merged from the other); merging would count them twice';
    const merged = a.merge(b);
    for (const [left, right] of [
      [a, a],
      [a, merged],
      [merged, b],
      [merged, merged],
    ] as const) {
      expect(() => left.merge(right)).toThrow(message);
    }
    expect(merged.result().headcount).toBe(12);
  });
});

describe('createWorkforceAccumulator merges', () => {
  it('merges accumulators made separately with equal options, sites in any order', () => {
    const a = accumulate(origins2025.slice(0, 5));
    const b = accumulate(origins2025.slice(5), {
      ...options,
      sites: [...originSites].reverse(),
      localityPolicy: { kind: 'sameDistrict' },
    });
    expect(a.merge(b).result()).toEqual(summarizeWorkforce(origins2025, options));
  });

  it('takes the company from whichever side has records', () => {
    const { companyId: _company, ...unnamed } = options;
    const empty = createWorkforceAccumulator(unnamed);
    const full = accumulate(origins2025, unnamed);
    expect(empty.merge(full).result().companyId).toBe('miner');
    expect(full.merge(empty).result().companyId).toBe('miner');
    const other = accumulate([makeEmployee({ id: 'o', companyId: 'other' })], unnamed);
    expect(() => full.merge(other)).toThrow(/companies miner and other/);
  });

  it('refuses to merge accumulators of other options, gazetteers or origins', () => {
    const base = accumulate(origins2025);
    const others: WorkforceSummaryOptions[] = [
      { ...options, asOf: '2025-07-01' },
      { ...options, localityPolicy: { kind: 'sameEconomicRegion' } },
      { ...options, sites: originSites.slice(0, 2) },
      { ...options, capitalIds: ['AZ-BA'] },
      { ...options, includeContractors: true },
      { ...options, companyId: 'other' },
      { ...options, gazetteer: extendGazetteer(originGazetteer, []) },
    ];
    for (const other of others) {
      expect(() => base.merge(createWorkforceAccumulator(other))).toThrow(invalidArgument);
    }
    const impostor: WorkforceAccumulator = {
      add: () => undefined,
      merge: () => base,
      toSnapshot: () => base.toSnapshot(),
      flows: () => base.flows(),
      result: () => base.result(),
    };
    expect(() => base.merge(impostor)).toThrow(invalidArgument);
    // Issue 21, fault 18: these passed instanceof and threw a raw TypeError.
    const message =
      '[mining-impact] The argument is not valid for this function: only accumulators of createWorkforceAccumulator merge';
    const forged = Object.create(Object.getPrototypeOf(base)) as WorkforceAccumulator;
    const proxy = new Proxy(accumulate([]), {});
    for (const other of [forged, proxy, null, 42] as unknown as WorkforceAccumulator[]) {
      expect(() => base.merge(other)).toThrow(message);
      expect(() => base.merge(other)).toThrow(invalidArgument);
    }
  });
});

describe('properties of createWorkforceAccumulator', () => {
  const split = fc.array(sitedEmployeeRecord, { maxLength: 40 }).chain((records) =>
    fc.tuple(
      fc.constant(records),
      fc.array(fc.integer({ min: 0, max: 2 }), {
        minLength: records.length,
        maxLength: records.length,
      }),
    ),
  );

  test.prop([split, fc.boolean()])(
    'merging the summaries of any split of the records gives the summary of all of them',
    ([records, shard], contractors) => {
      const from = { ...options, includeContractors: contractors };
      const parts = [0, 1, 2].map((k) =>
        accumulate(
          records.filter((_, i) => shard[i] === k),
          from,
        ),
      );
      const [a, b, c] = parts as [WorkforceAccumulator, WorkforceAccumulator, WorkforceAccumulator];
      const whole = summarizeWorkforce(records, from);
      expect(a.merge(b).merge(c).result()).toEqual(whole);
      // Associative and commutative.
      expect(a.merge(b.merge(c)).result()).toEqual(whole);
      expect(c.merge(a).merge(b).result()).toEqual(whole);
      expect(a.merge(b).result()).toEqual(b.merge(a).result());
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('does not depend on the order of the records', ([records, shuffled]) => {
    expect(JSON.stringify(summarizeWorkforce(shuffled, options))).toBe(
      JSON.stringify(summarizeWorkforce(records, options)),
    );
  });
});

// Flow counts (GRI 401-1 a and b, and the net change) from a stream: workforce2024 and two more
// records.
const flowRecords: readonly Employee[] = [
  ...workforce2024,
  // r1: worked for the company before; hired again on 2024-04-01 and there at the end.
  makeEmployee({ id: 'r1', hireDate: '2024-04-01', rehire: true }),
  // n1: there since 2019; terminated on 2024-05-05 with no reason recorded.
  makeEmployee({ id: 'n1', hireDate: '2019-01-01', terminationDate: '2024-05-05' }),
];
// Employees (e10 is a contractor): at the start e1 e2 e5 e6 e7 e8 e12 n1 = 8; at the end e1 e3
// e5 e6 e9 r1 = 6; first-time hires e3 e4 e9 = 3; re-hires r1 = 1; leavers e4 voluntary, e8
// dismissal, e2 retirement, e7 contract end, e12 death, n1 not stated = 6.
// Net change 6 − 8 = −2 = 3 + 1 − 6.

const flowOptions = {
  asOf: year2024.end,
  gazetteer: azGazetteer,
  companyId: 'miner',
  period: year2024,
} as const;

describe('GRI 401-1 flow counts of createWorkforceAccumulator', () => {
  it('GRI 401-1 a and b: counts hires, re-hires, leavers by reason and both headcounts', () => {
    const flows = accumulate(flowRecords, flowOptions).flows();
    expect(flows).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
      headcountAtStart: 8,
      headcountAtEnd: 6,
      hires: 3,
      rehires: 1,
      leavers: {
        voluntary: 1,
        dismissal: 1,
        retirement: 1,
        contractEnd: 1,
        death: 1,
        other: 0,
        notStated: 1,
      },
    });
  });

  it('GRI 401-1 a: a hire after the period ends is not a hire of the period, nor there at its end', () => {
    // l1 is hired on 2025-01-01 and l2 re-hired on 2025-02-01, both after 2024-12-31, and
    // leaves no trace in 2024: the counts stay those of the records above.
    const later = [
      ...flowRecords,
      makeEmployee({ id: 'l1', hireDate: '2025-01-01' }),
      makeEmployee({ id: 'l2', hireDate: '2025-02-01', rehire: true }),
    ];
    const flows = accumulate(later, flowOptions).flows();
    expect([flows?.hires, flows?.rehires, flows?.headcountAtStart, flows?.headcountAtEnd]).toEqual([
      3, 1, 8, 6,
    ]);
  });

  it('GRI 401-1: someone leaving after the period ends is there at its start and its end', () => {
    // x1, hired in 2020 and leaving on 2025-03-01, adds one to both headcounts: 9 and 7.
    const leaving = [
      ...flowRecords,
      makeEmployee({ id: 'x1', hireDate: '2020-01-01', terminationDate: '2025-03-01' }),
    ];
    const flows = accumulate(leaving, flowOptions).flows();
    expect([flows?.headcountAtStart, flows?.headcountAtEnd, flows?.leavers.notStated]).toEqual([
      9, 7, 1,
    ]);
  });

  it('GRI 401-1 a and b: gives the rates and the net change of the indicators on the same records', () => {
    const flows = accumulate(flowRecords, flowOptions).flows();
    if (flows === undefined) throw new Error('no flows');
    const { leavers } = flows;
    // GRI 401-1 a: 3 first-time hires / 6 at the end = 0.5 (newHireRate leaves r1 out).
    const hires = newHireRate(flowRecords, { period: year2024 });
    expect(hires.ratio).toEqual({
      numerator: flows.hires,
      denominator: flows.headcountAtEnd,
      value: 0.5,
    });
    expect(hires.definitions.rehires).toBe(flows.rehires);
    // With re-hires: (3 + 1) / 6.
    expect(newHireRate(flowRecords, { period: year2024, rehires: 'include' }).value).toBe(
      (flows.hires + flows.rehires) / flows.headcountAtEnd,
    );
    // GRI 401-1 b: voluntary 1 + dismissal 1 + retirement 1 + death 1 + not stated 1 = 5 / 6;
    // the contract end (e7) apart.
    const turnover = turnoverRate(flowRecords, { period: year2024 });
    const gri = leavers.voluntary + leavers.dismissal + leavers.retirement + leavers.death;
    expect(turnover.ratio).toEqual({
      numerator: gri + leavers.notStated,
      denominator: flows.headcountAtEnd,
      value: 5 / 6,
    });
    expect(turnover.definitions.contractEnds).toBe(leavers.contractEnd);
    // Net change: 6 − 8 = −2; netEmploymentChange counts every hire and every leaver.
    const net = netEmploymentChange(flowRecords, { period: year2024 });
    expect(net.value).toBe(flows.headcountAtEnd - flows.headcountAtStart);
    expect(net.detail).toEqual({ start: 8, hires: 4, leavers: 6, end: 6 });
  });

  it('GRI 401-1: merges two shards, directly or through a JSON snapshot, into one pass', () => {
    const whole = accumulate(flowRecords, flowOptions).flows();
    // Shard one: e1..e7 (start e1 e2 e5 e6 e7 = 5, end e1 e3 e5 e6 = 4, hires e3 e4, leavers
    // e2 e4 e7); shard two: e8..n1 (start e8 e12 n1 = 3, end e9 r1 = 2, hire e9, re-hire r1,
    // leavers e8 dismissal, e12 death, n1 not stated). 5 + 3 = 8 and 4 + 2 = 6, as above.
    const one = accumulate(flowRecords.slice(0, 7), flowOptions);
    const two = accumulate(flowRecords.slice(7), flowOptions);
    expect(one.flows()?.headcountAtStart).toBe(5);
    expect(one.flows()?.headcountAtEnd).toBe(4);
    expect(two.flows()?.headcountAtStart).toBe(3);
    expect(one.merge(two).flows()).toEqual(whole);
    const snapshot = JSON.parse(JSON.stringify(two.toSnapshot()));
    expect(one.merge(snapshot).flows()).toEqual(whole);
    expect(snapshot.flows).toEqual({
      hires: 1,
      rehires: 1,
      atStart: 3,
      atEnd: 2,
      leavers: [0, 1, 0, 0, 1, 0, 1],
    });
  });

  it('has no flows without a period, and refuses to merge accumulators of other periods', () => {
    expect(accumulate(flowRecords, { ...flowOptions, period: undefined }).flows()).toBeUndefined();
    const other = accumulate([], {
      ...flowOptions,
      period: { start: '2024-01-01', end: '2024-06-30' },
    });
    expect(() => accumulate([], flowOptions).merge(other)).toThrow(invalidArgument);
    expect(() => accumulate([], flowOptions).merge(other.toSnapshot())).toThrow(
      /made with other options/,
    );
  });

  it('refuses a snapshot whose flow counts do not match its options, and a period without an end', () => {
    const snapshot = { ...accumulate([], flowOptions).toSnapshot(), flows: null };
    expect(() => accumulate([], flowOptions).merge(snapshot)).toThrow(
      'the snapshot and the accumulator disagree on flow counts: one has a period, the other none',
    );
    expect(() =>
      createWorkforceAccumulator({ ...flowOptions, period: { start: '2024-01-01' } }),
    ).toThrow(invalidArgument);
    expect(() =>
      createWorkforceAccumulator({
        ...flowOptions,
        period: { start: '2024-12-31', end: '2024-01-01' },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });

  it('refuses a record that left within the period for a reason outside the model', () => {
    const accumulator = createWorkforceAccumulator(flowOptions);
    const odd = {
      ...makeEmployee({ id: 'x', terminationDate: '2024-03-01' }),
      terminationReason: 'layoff',
    } as unknown as Employee;
    expect(() => accumulator.add(odd)).toThrow(
      '[mining-impact] The argument is not valid for this function: employee "x": termination reason is not one of the model',
    );
  });
});
