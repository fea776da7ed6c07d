import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import type { Employee } from '../../model/employee.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { createWorkforceAccumulator } from './createWorkforceAccumulator.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import type { WorkforceAccumulator } from './workforceAccumulator.js';
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
  from: WorkforceSummaryOptions = options,
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
