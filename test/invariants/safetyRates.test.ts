// Invariants of the safety rates (GRI 403-9, SASB EM-MM-320a.1) and of the grievance resolution
// share: every rate is finite and ≥ 0 (or null with a reason), and a rate computed from counts or
// hours given as bounds contains the rate of every exact case the bounds allow.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Count } from '../../src/core/count.js';
import type { IndicatorResult } from '../../src/indicators/contract/indicatorResult.js';
import { allIncidenceRate } from '../../src/indicators/safety/allIncidenceRate.js';
import { fatalityRate } from '../../src/indicators/safety/fatalityRate.js';
import { grievanceResolutionRate } from '../../src/indicators/safety/grievanceResolutionRate.js';
import { highConsequenceInjuryRate } from '../../src/indicators/safety/highConsequenceInjuryRate.js';
import { lostTimeInjuryFrequencyRate } from '../../src/indicators/safety/lostTimeInjuryFrequencyRate.js';
import { nearMissFrequencyRate } from '../../src/indicators/safety/nearMissFrequencyRate.js';
import { recordableInjuryRate } from '../../src/indicators/safety/recordableInjuryRate.js';
import type { SafetyRateOptions } from '../../src/indicators/safety/safetyRateOptions.js';
import type { GrievanceRecord } from '../../src/model/grievanceRecord.js';
import type { SafetyRecord } from '../../src/model/safetyRecord.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';

const RATES = [
  fatalityRate,
  highConsequenceInjuryRate,
  recordableInjuryRate,
  lostTimeInjuryFrequencyRate,
  allIncidenceRate,
  nearMissFrequencyRate,
] as const;

const FIELDS = [
  'fatalities',
  'highConsequenceInjuries',
  'recordableInjuries',
  'lostTimeInjuries',
  'nearMisses',
  'occupationalIllnesses',
] as const;

/** An exact count and bounds around it: exact, a minimum, a maximum or both. */
const loosened = (exact: number): fc.Arbitrary<Count> =>
  fc
    .tuple(
      fc.nat({ max: 1000 }),
      fc.nat({ max: 1_000_000 }),
      fc.constantFrom('exact', 'min', 'max', 'both'),
    )
    .map(([below, above, kind]): Count => {
      const min = Math.max(0, exact - below);
      const max = exact + above;
      if (kind === 'exact') return exact;
      if (kind === 'min') return { min };
      if (kind === 'max') return { max };
      return { min, max };
    });

/** The exact figures of one record: hours (0 included) and the six counts. */
const exactRecord = fc.record({
  workers: fc.constantFrom('employees', 'nonEmployees'),
  hours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
  counts: fc.array(fc.nat({ max: 500 }), { minLength: 6, maxLength: 6 }),
});

type Exact = typeof exactRecord extends fc.Arbitrary<infer T> ? T : never;

const recordOf = (exact: Exact, hours: Count, counts: readonly Count[]): SafetyRecord =>
  ({
    period: { start: '2024-01-01', end: '2024-12-31' },
    workers: exact.workers,
    hoursWorked: hours,
    ...Object.fromEntries(FIELDS.map((field, i) => [field, counts[i]])),
    sourceIds: [],
  }) as SafetyRecord;

/** Exact records and the same records with every figure loosened into bounds around it. */
const exactAndBounded = fc
  .array(exactRecord, { minLength: 1, maxLength: 3 })
  .chain((exact) =>
    fc.tuple(
      fc.constant(exact),
      fc.tuple(
        ...exact.map((e) =>
          fc.tuple(loosened(e.hours), fc.tuple(...e.counts.map((c) => loosened(c)))),
        ),
      ),
    ),
  )
  .map(([exact, loose]) => ({
    exact: exact.map((e) => recordOf(e, e.hours, e.counts)),
    bounded: exact.map((e, i) => {
      const [hours, counts] = loose[i] as [Count, Count[]];
      return recordOf(e, hours, counts);
    }),
  }));

const options = fc.constantFrom<SafetyRateOptions>({}, { basis: 200_000 }, { basis: 1_000_000 });

/** Every number a result states is finite and ≥ 0. */
function expectFiniteNonNegative(result: IndicatorResult): void {
  const numbers = [result.value, result.bounds?.min, result.bounds?.max];
  for (const row of result.breakdown ?? [])
    numbers.push(row.value, row.bounds?.min, row.bounds?.max);
  for (const n of numbers) {
    if (n === null || n === undefined) continue;
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  expect((result.value === null) === (result.reason !== undefined)).toBe(true);
}

describe('safety rates (GRI 403-9, SASB EM-MM-320a.1)', () => {
  test.prop([exactAndBounded, options], { numRuns: propertyRuns(300) })(
    'are finite and ≥ 0, and bounded inputs give bounds containing the exact rate',
    ({ exact, bounded }, chosen) => {
      for (const rate of RATES) {
        const truth = rate(exact, chosen);
        const bound = rate(bounded, chosen);
        expectFiniteNonNegative(truth);
        expectFiniteNonNegative(bound);
        if (truth.value === null) {
          // Only zero hours leave the exact case without a rate.
          expect(truth.reason).toBe('ZERO_DENOMINATOR');
          continue;
        }
        if (bound.value !== null) {
          expect(bound.value).toBe(truth.value);
          continue;
        }
        if (bound.reason === 'ZERO_DENOMINATOR') continue;
        expect(bound.reason).toBe('BOUNDED');
        expect(truth.value).toBeGreaterThanOrEqual(bound.bounds?.min ?? 0);
        expect(truth.value).toBeLessThanOrEqual(bound.bounds?.max ?? Number.POSITIVE_INFINITY);
      }
    },
  );
});

describe('grievance resolution share (GRI 2-25)', () => {
  const exactGrievances = fc
    .array(
      fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 })).map(([a, b]) => ({
        received: Math.max(a, b),
        resolved: Math.min(a, b),
      })),
      { minLength: 1, maxLength: 3 },
    )
    .chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.tuple(...list.map((g) => fc.tuple(loosened(g.received), loosened(g.resolved)))),
      ),
    );
  const record = (received: Count, resolved: Count): GrievanceRecord =>
    ({
      period: { start: '2024-01-01', end: '2024-12-31' },
      received,
      resolved,
      sourceIds: [],
    }) as GrievanceRecord;

  test.prop([exactGrievances], { numRuns: propertyRuns(300) })(
    'lies in [0, 1], and bounds contain the exact share',
    ([exact, loose]) => {
      const truth = grievanceResolutionRate(exact.map((g) => record(g.received, g.resolved)));
      // The bounds contain the exact counts, so resolved can always be among those received.
      const bound = grievanceResolutionRate(
        loose.map(([received, resolved]) => record(received, resolved)),
      );
      for (const result of [truth, bound]) {
        expectFiniteNonNegative(result);
        for (const n of [result.value, result.bounds?.min, result.bounds?.max])
          if (typeof n === 'number') expect(n).toBeLessThanOrEqual(1);
      }
      if (truth.value === null || bound.reason === 'ZERO_DENOMINATOR') return;
      if (bound.value !== null) expect(bound.value).toBe(truth.value);
      else {
        expect(truth.value).toBeGreaterThanOrEqual(bound.bounds?.min ?? 0);
        expect(truth.value).toBeLessThanOrEqual(bound.bounds?.max ?? 1);
      }
    },
  );
});
