// Invariants: bounds contain the truth. Published figures are often bounds ("over 80 percent",
// "hundreds"); whatever the library computes from bounds must contain what it computes from any
// exact figures within them. Otherwise a bound would claim more than the data allows.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Bounds } from '../../src/core/bounds.js';
import type { Count } from '../../src/core/count.js';
import { costPerBeneficiary } from '../../src/indicators/community/costPerBeneficiary.js';
import { programBeneficiaries } from '../../src/indicators/community/programBeneficiaries.js';
import type { IndicatorResult } from '../../src/indicators/contract/indicatorResult.js';
import type { JobsFigure } from '../../src/indicators/jobs/jobsFigure.js';
import type { JobsFigures } from '../../src/indicators/jobs/jobsFigures.js';
import type { JobsProjection } from '../../src/indicators/jobs/jobsProjection.js';
import { projectEmployment } from '../../src/indicators/jobs/projectEmployment.js';
import { contractorShare } from '../../src/indicators/workforce/contractorShare.js';
import { localEmploymentShare } from '../../src/indicators/workforce/localEmploymentShare.js';
import { regionalOriginShare } from '../../src/indicators/workforce/regionalOriginShare.js';
import { remoteVillageShare } from '../../src/indicators/workforce/remoteVillageShare.js';
import { JobProjectionSchema } from '../../src/model/jobProjection.js';
import { SocialProgramSchema } from '../../src/model/socialProgram.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../src/model/workforceSummary.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { baseDataset, NOW } from '../fixtures/baseDataset.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';

/** Relative slack for comparing quotients computed in different orders. */
const EPSILON = 1e-12;

/** An exact count and bounds around it: exact, a minimum, a maximum or both. */
const loosened = (exact: number): fc.Arbitrary<Count> =>
  fc
    .tuple(
      fc.nat({ max: 1000 }),
      fc.nat({ max: 1000 }),
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

/** The interval a result states: its value, or its bounds (a missing bound is unbounded). */
function interval(result: IndicatorResult): [number, number] | null {
  if (result.value !== null) return [result.value, result.value];
  if (result.bounds === undefined) return null;
  return [
    result.bounds.min ?? Number.NEGATIVE_INFINITY,
    result.bounds.max ?? Number.POSITIVE_INFINITY,
  ];
}

function expectWithin(value: number, [min, max]: [number, number]): void {
  const slack = EPSILON * Math.max(1, Math.abs(value));
  expect(value).toBeGreaterThanOrEqual(min - slack);
  expect(value).toBeLessThanOrEqual(max + slack);
}

/** A headcount split into three disjoint parts, each at most the headcount in total. */
const split = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), fc.nat())
  .map(([headcount, a, b, c]) => {
    const first = a % (headcount + 1);
    const second = b % (headcount - first + 1);
    const third = c % (headcount - first - second + 1);
    return { headcount, parts: [first, second, third] as const };
  });

const summaryOf = (fields: Record<string, Count>): WorkforceSummary =>
  WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2024-12-31',
    sourceIds: ['src-1'],
    ...fields,
  });

const SHARES = [
  ['localEmploymentShare', localEmploymentShare, ['local', 'nonLocal', 'localityUnknown']],
  ['regionalOriginShare', regionalOriginShare, ['fromRegions', 'fromCapital', 'originUnknown']],
  ['remoteVillageShare', remoteVillageShare, ['fromRemoteVillages']],
] as const;

describe('bounds containment', () => {
  test.prop(
    [
      split.chain((s) =>
        fc.tuple(
          fc.constant(s),
          loosened(s.headcount),
          loosened(s.parts[0]),
          loosened(s.parts[1]),
          loosened(s.parts[2]),
        ),
      ),
    ],
    { numRuns: propertyRuns(300) },
  )(
    'a share of a summary given in bounds contains the share of the exact counts (local, regional, remote)',
    ([exact, headcount, ...parts]) => {
      for (const [, share, fields] of SHARES) {
        const exactFields: Record<string, Count> = { headcount: exact.headcount };
        const boundFields: Record<string, Count> = { headcount };
        fields.forEach((field, i) => {
          exactFields[field] = exact.parts[i] as number;
          boundFields[field] = parts[i] as Count;
        });
        const truth = share(summaryOf(exactFields)).value as number;
        const range = interval(share(summaryOf(boundFields)));
        expect(range).not.toBeNull();
        expectWithin(truth, range as [number, number]);
      }
    },
  );

  test.prop([
    fc
      .tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 }))
      .filter(([e, c]) => e + c > 0)
      .chain(([e, c]) => fc.tuple(fc.constant([e, c] as const), loosened(e), loosened(c))),
  ])(
    'a contractor share from bounds contains the share of the exact counts',
    ([[e, c], employee, contractor]) => {
      const truth = contractorShare(
        summaryOf({ headcount: e + c, byEngagement: { employee: e, contractor: c } } as never),
      ).value as number;
      const bounded = contractorShare(
        summaryOf({ headcount: { min: 0 }, byEngagement: { employee, contractor } } as never),
      );
      expectWithin(truth, interval(bounded) as [number, number]);
    },
  );

  test.prop(
    [
      fc
        .array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 3 })
        .chain((jobs) => fc.tuple(fc.constant(jobs), fc.tuple(...jobs.map(loosened)))),
      fc.option(
        fc
          .tuple(fc.integer({ min: 100, max: 200 }), fc.integer({ min: 0, max: 100 }))
          .map(([low, spread]) => ({ low: low / 100, high: (low + spread) / 100 })),
        { nil: undefined },
      ),
    ],
    { numRuns: propertyRuns(200) },
  )(
    'jobs projected from bounded direct jobs contain the jobs projected from exact ones',
    ([exactJobs, boundJobs], typeI) => {
      const projection = (directJobs: readonly Count[]) =>
        projectEmployment(
          JobProjectionSchema.parse({
            id: 'p',
            depositId: 'd',
            scenario: { label: 's', kind: 'assumed' },
            phases: directJobs.map((jobs, i) => ({
              phase: 'operations',
              startYear: 2030 + i,
              endYear: 2040,
              directJobs: jobs,
            })),
            localHireShare: 0.5,
            ...(typeI === undefined ? {} : { multipliers: { typeI, sourceId: 's' } }),
            sourceIds: [],
          }),
        );
      // One operations result each (no construction phase), its detail the table of years.
      const truth = projection(exactJobs)[0]?.detail as JobsProjection;
      const bounded = projection(boundJobs)[0]?.detail as JobsProjection;
      const span = (figure: JobsFigure): [number, number] | null => {
        if (figure.kind === 'range') return [figure.range.low, figure.range.high];
        if (figure.kind === 'bounds') {
          return [
            figure.bounds.min ?? Number.NEGATIVE_INFINITY,
            figure.bounds.max ?? Number.POSITIVE_INFINITY,
          ];
        }
        return null;
      };
      expect(bounded.years.map((y) => y.year)).toEqual(truth.years.map((y) => y.year));
      truth.years.forEach((year, i) => {
        const outer = bounded.years[i]?.figures as JobsFigures;
        const inner = year.figures;
        for (const measure of ['direct', 'indirect', 'total', 'local'] as const) {
          const exactSpan = span(inner[measure]);
          const boundSpan = span(outer[measure]);
          if (exactSpan === null || boundSpan === null) {
            expect(boundSpan).toBe(exactSpan);
            continue;
          }
          expectWithin(exactSpan[0], boundSpan);
          expectWithin(exactSpan[1], boundSpan);
        }
      });
    },
  );

  test.prop([
    fc
      .array(fc.nat({ max: 2000 }), { minLength: 1, maxLength: 5 })
      .chain((counts) => fc.tuple(fc.constant(counts), fc.tuple(...counts.map(loosened)))),
  ])(
    'unique beneficiaries from bounded counts contain those from exact counts',
    ([exactCounts, boundCounts]) => {
      const programs = (counts: readonly Count[]) =>
        counts.map((count, i) =>
          SocialProgramSchema.parse({
            id: `p-${i}`,
            title: 'Program',
            category: 'education',
            sdgs: [],
            status: 'closed',
            period: { start: '2024-01-01' },
            locations: [],
            participants: [],
            obligation: 'voluntary',
            form: 'cash',
            spend: [],
            beneficiaries: { count, unit: 'person', estimated: false },
            sourceIds: [],
          }),
        );
      // The unique number of people is always stated as bounds (exact when min = max).
      const inner = programBeneficiaries(programs(exactCounts)).bounds as Bounds;
      const outer = programBeneficiaries(programs(boundCounts)).bounds as Bounds;
      const outerSpan: [number, number] = [
        outer.min ?? Number.NEGATIVE_INFINITY,
        outer.max ?? Number.POSITIVE_INFINITY,
      ];
      expectWithin(inner.min ?? Number.NEGATIVE_INFINITY, outerSpan);
      expectWithin(inner.max ?? Number.POSITIVE_INFINITY, outerSpan);
    },
  );

  test.prop([
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), loosened(n))),
  ])(
    'the cost per beneficiary from a bounded count contains the cost for any exact count in it',
    (spent, [n, count]) => {
      const program = SocialProgramSchema.parse({
        id: 'p',
        title: 'Program',
        category: 'education',
        sdgs: [],
        status: 'closed',
        period: { start: '2024-01-01' },
        locations: [],
        participants: [],
        obligation: 'voluntary',
        form: 'cash',
        spend: [
          {
            date: '2024-06-01',
            value: { amountMinor: spent, currency: 'AZN' },
            kind: 'disbursement',
          },
        ],
        beneficiaries: { count, unit: 'person', estimated: true },
        sourceIds: [],
      });
      const [row] =
        costPerBeneficiary([program], { period: { start: '2024-01-01' } }).breakdown ?? [];
      // The row gives money (rounded to the minor unit) when the count is exact, bounds otherwise.
      const span: [number, number] =
        row?.bounds !== undefined
          ? [row.bounds.min ?? Number.NEGATIVE_INFINITY, row.bounds.max ?? Number.POSITIVE_INFINITY]
          : [
              (row?.money?.[0]?.amountMinor ?? Number.NaN) - 0.5,
              (row?.money?.[0]?.amountMinor ?? Number.NaN) + 0.5,
            ];
      expectWithin(spent / n, span);
    },
  );

  test.prop(
    [
      split.chain((s) =>
        fc.tuple(
          fc.constant(s),
          loosened(s.headcount),
          fc.tuple(loosened(s.parts[0]), loosened(s.parts[1]), loosened(s.parts[2])),
        ),
      ),
    ],
    { numRuns: propertyRuns(300) },
  )(
    'bounds never make validateDataset report a breakdown above the headcount that the exact counts satisfy',
    ([exact, headcount, parts]) => {
      const run = (head: Count, [female, male, other]: readonly Count[]) => {
        const dataset = baseDataset();
        const workforce = dataset.workforce?.[0] as Record<string, unknown>;
        for (const key of Object.keys(workforce)) {
          if (
            key.startsWith('by') ||
            ['local', 'nonLocal', 'fromRegions', 'localityPolicy'].includes(key)
          ) {
            delete workforce[key];
          }
        }
        Object.assign(workforce, { headcount: head, byGender: { female, male, other } });
        return validateDataset(dataset, { now: NOW }).issues.map((issue) => issue.code);
      };
      // The exact counts fit in the headcount, so they raise no error …
      expect(run(exact.headcount, exact.parts)).not.toContain(
        'workforce.breakdown_exceeds_headcount',
      );
      // … and neither do bounds that contain them.
      expect(run(headcount, parts)).not.toContain('workforce.breakdown_exceeds_headcount');
      // When the exact counts add up to the headcount, bounds never call the breakdown incomplete.
      const sum = exact.parts[0] + exact.parts[1] + exact.parts[2];
      const full = [exact.parts[0], exact.parts[1], exact.parts[2] + (exact.headcount - sum)];
      expect(run(exact.headcount, full)).toEqual([]);
      expect(run(headcount, [parts[0], parts[1], full[2] as number])).not.toContain(
        'workforce.breakdown_incomplete',
      );
    },
  );
});
