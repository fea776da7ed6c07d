import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import type { RowKeys } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import {
  resourceReserveStatement,
  resourceReserveStatementIndicator,
} from './resourceReserveStatement.js';

type Line = [
  code: string,
  date: string,
  category: string,
  commodity: string,
  oreT: number,
  gt: number,
];

function deposit(id: string, commodities: string[], lines: Line[]): Deposit {
  return DepositSchema.parse({
    id,
    name: id,
    locationId: 'AZ-DAS',
    commodities,
    stage: 'production',
    estimates: lines.map(([reportingCode, effectiveDate, category, commodity, ore, grade]) => ({
      reportingCode,
      effectiveDate,
      category,
      commodity,
      ore: { value: ore, unit: 't' },
      grade: { value: grade, unit: 'g/t' },
      sourceId: `src-${id}`,
    })),
  });
}

const deposits: Deposit[] = [
  deposit(
    'dep-a',
    ['gold', 'copper'],
    [
      // Superseded by the 2023 statement.
      ['JORC', '2020-12-31', 'measured', 'gold', 1_000_000, 2],
      ['JORC', '2023-12-31', 'measured', 'gold', 2_000_000, 1.5], // 3 t
      ['JORC', '2023-12-31', 'indicated', 'gold', 4_000_000, 1], // 4 t
      ['JORC', '2023-12-31', 'inferred', 'gold', 10_000_000, 0.5], // 5 t
      ['JORC', '2023-12-31', 'probable', 'gold', 3_000_000, 1.2], // 3.6 t
      // Another commodity: not in a gold statement.
      ['JORC', '2023-12-31', 'indicated', 'copper', 4_000_000, 5000],
      // After asOf: not used.
      ['JORC', '2025-06-30', 'measured', 'gold', 9_000_000, 3],
    ],
  ),
  deposit(
    'dep-b',
    ['gold'],
    [
      ['JORC', '2022-06-30', 'proved', 'gold', 500_000, 4], // 2 t
      ['JORC', '2022-06-30', 'measured', 'gold', 600_000, 5], // 3 t
    ],
  ),
  deposit('dep-c', ['gold'], [['GKZ', '1990-01-01', 'C1', 'gold', 2_000_000, 3]]), // 6 t
  deposit('dep-d', ['gold'], []),
  deposit('dep-e', ['copper'], [['JORC', '2023-12-31', 'indicated', 'copper', 1_000_000, 4000]]),
];

/** Reads a row's keys as [code, category, measure], for short expectations. */
function keyOf(keys: RowKeys): string {
  return [keys.reportingCode, keys.category, keys.measure].join(' ');
}

/** The rows by their keys (read as 'code category measure'), as [value, count]. */
function rows(
  result: ReturnType<typeof resourceReserveStatement>,
): Record<string, [number, number]> {
  return Object.fromEntries(
    (result.breakdown ?? []).map((row) => [
      keyOf(row.keys),
      [row.value as number, row.count as number],
    ]),
  );
}

// Built by a function and called inside each test, so that each test runs the computation.
const statementOf = (): ReturnType<typeof resourceReserveStatement> =>
  resourceReserveStatement(deposits, { commodity: 'gold', asOf: '2024-12-31' });

describe('resourceReserveStatement', () => {
  it('totals ore and contained metal by category, per reporting code', () => {
    const r = rows(statementOf());
    // JORC measured: dep-a 2,000,000 t × 1.5 g/t = 3 t; dep-b 600,000 t × 5 g/t = 3 t.
    expect(r['JORC measured ore']).toEqual([2_600_000, 2]);
    expect(r['JORC measured metal']?.[0]).toBeCloseTo(6, 12);
    // JORC indicated: dep-a 4,000,000 t × 1 g/t = 4 t.
    expect(r['JORC indicated ore']).toEqual([4_000_000, 1]);
    expect(r['JORC indicated metal']?.[0]).toBeCloseTo(4, 12);
    // Measured + indicated: 2,600,000 + 4,000,000 = 6,600,000 t ore; 6 + 4 = 10 t metal.
    expect(r['JORC measuredIndicated ore']).toEqual([6_600_000, 2]);
    expect(r['JORC measuredIndicated metal']?.[0]).toBeCloseTo(10, 12);
    // Inferred: 10,000,000 t × 0.5 g/t = 5 t, on its own.
    expect(r['JORC inferred ore']).toEqual([10_000_000, 1]);
    expect(r['JORC inferred metal']?.[0]).toBeCloseTo(5, 12);
    // Proved: dep-b 500,000 t × 4 g/t = 2 t. Probable: dep-a 3,000,000 t × 1.2 g/t = 3.6 t.
    expect(r['JORC proved metal']?.[0]).toBeCloseTo(2, 12);
    expect(r['JORC probable metal']?.[0]).toBeCloseTo(3.6, 12);
    // Proved + probable: 500,000 + 3,000,000 = 3,500,000 t ore; 2 + 3.6 = 5.6 t (no inferred).
    expect(r['JORC provedProbable ore']).toEqual([3_500_000, 2]);
    expect(r['JORC provedProbable metal']?.[0]).toBeCloseTo(5.6, 12);
    // GKZ kept apart in its own categories: 2,000,000 t × 3 g/t = 6 t in C1, and the same as
    // A + B + C1 (the only part published); never in a CRIRSCO category.
    expect(r['GKZ C1 ore']).toEqual([2_000_000, 1]);
    expect(r['GKZ C1 metal']?.[0]).toBeCloseTo(6, 12);
    expect(r['GKZ A+B+C1 metal']?.[0]).toBeCloseTo(6, 12);
    expect(r['GKZ indicated metal']).toBeUndefined();
  });

  it('orders rows by code, then category, ore before metal, and lists only categories present', () => {
    const statement = statementOf();
    expect(statement.breakdown?.map((row) => keyOf(row.keys))).toEqual([
      'GKZ C1 ore',
      'GKZ C1 metal',
      'GKZ A+B+C1 ore',
      'GKZ A+B+C1 metal',
      'JORC measured ore',
      'JORC measured metal',
      'JORC indicated ore',
      'JORC indicated metal',
      'JORC measuredIndicated ore',
      'JORC measuredIndicated metal',
      'JORC inferred ore',
      'JORC inferred metal',
      'JORC proved ore',
      'JORC proved metal',
      'JORC probable ore',
      'JORC probable metal',
      'JORC provedProbable ore',
      'JORC provedProbable metal',
    ]);
    expect(statement.breakdown?.[1]?.label).toBe('GKZ C1: contained gold (t)');
    expect(statement.breakdown?.[0]?.label).toBe('GKZ C1: ore (t)');
  });

  it('gives each category an ore row and a metal row, each with its key and label', () => {
    const gkz = resourceReserveStatement([deposits[2] as Deposit], {
      commodity: 'gold',
      asOf: '2024-12-31',
    });
    // dep-c: GKZ C1 2,000,000 t × 3 g/t = 6,000,000 g = 6 t; A + B + C1 is the same single line.
    expect(gkz.breakdown).toEqual([
      {
        keys: { reportingCode: 'GKZ', category: 'C1', measure: 'ore' },
        label: 'GKZ C1: ore (t)',
        value: 2_000_000,
        count: 1,
      },
      {
        keys: { reportingCode: 'GKZ', category: 'C1', measure: 'metal' },
        label: 'GKZ C1: contained gold (t)',
        value: 6,
        quantityUnit: 't',
        count: 1,
      },
      {
        keys: { reportingCode: 'GKZ', category: 'A+B+C1', measure: 'ore' },
        label: 'GKZ A + B + C1: ore (t)',
        value: 2_000_000,
        count: 1,
      },
      {
        keys: { reportingCode: 'GKZ', category: 'A+B+C1', measure: 'metal' },
        label: 'GKZ A + B + C1: contained gold (t)',
        value: 6,
        quantityUnit: 't',
        count: 1,
      },
    ]);
  });

  it('is a table of quantities with no headline, with its definitions, sources and notes', () => {
    const statement = statementOf();
    expect(IndicatorResultSchema.safeParse(statement).success).toBe(true);
    expect(statement).toMatchObject({
      indicatorId: 'deposits.resourceReserveStatement',
      keys: { commodity: 'gold' },
      unit: 'quantity',
      quantityUnit: 't',
      value: null,
      reason: 'BREAKDOWN_ONLY',
      standards: ['CRIRSCO'],
      sourceIds: ['src-dep-a', 'src-dep-b', 'src-dep-c'],
    });
    expect(statement.definitions).toEqual({
      commodity: 'gold',
      asOf: '2024-12-31',
      oreUnit: 't',
      metalUnit: 't',
      estimates: [
        { depositId: 'dep-a', effectiveDate: '2023-12-31', reportingCodes: ['JORC'] },
        { depositId: 'dep-b', effectiveDate: '2022-06-30', reportingCodes: ['JORC'] },
        { depositId: 'dep-c', effectiveDate: '1990-01-01', reportingCodes: ['GKZ'] },
      ],
    });
    expect(statement.notes).toContain(
      'Estimates are reported under 2 codes (GKZ, JORC): totals are given per code and never added across codes.',
    );
    // dep-d lists gold but has no estimate; dep-e is a copper deposit and is not named.
    expect(statement.notes).toContain('No gold estimate on or before 2024-12-31 for: dep-d.');
  });

  it('uses the estimate that was current on asOf', () => {
    // On 2021-06-30 dep-a's latest gold estimate is the 2020 one: 1,000,000 t × 2 g/t = 2 t;
    // dep-b's 2022 estimate did not exist yet.
    const earlier = resourceReserveStatement(deposits, { commodity: 'gold', asOf: '2021-06-30' });
    const r = rows(earlier);
    expect(r['JORC measured ore']).toEqual([1_000_000, 1]);
    expect(r['JORC measured metal']?.[0]).toBe(2);
    expect(r['JORC probable ore']).toBeUndefined();
    expect(earlier.notes).toContain('No gold estimate on or before 2021-06-30 for: dep-b, dep-d.');
    // dep-c's 1990 GKZ estimate is still the latest it has.
    expect(r['GKZ C1 ore']).toEqual([2_000_000, 1]);
    // dep-a reports under JORC and dep-c under GKZ: two codes, sorted GKZ, JORC.
    expect(earlier.notes).toContain(
      'Estimates are reported under 2 codes (GKZ, JORC): totals are given per code and never added across codes.',
    );
  });

  it('gives contained metal in troy ounces on request', () => {
    // JORC measured + indicated: 10 t = 10,000,000 g / 31.1034768 = 321,507.4657 ozt.
    const inOunces = resourceReserveStatement(deposits, {
      commodity: 'gold',
      asOf: '2024-12-31',
      metalUnit: 'ozt',
    });
    expect(rows(inOunces)['JORC measuredIndicated metal']?.[0]).toBeCloseTo(321507.4657, 4);
    expect(rows(inOunces)['JORC measuredIndicated ore']?.[0]).toBe(6_600_000);
    expect(inOunces.definitions.metalUnit).toBe('ozt');
  });

  it('returns an empty statement when no deposit has an estimate', () => {
    const empty = resourceReserveStatement([], { commodity: 'gold', asOf: '2024-12-31' });
    expect(empty.breakdown).toEqual([]);
    expect(empty.sourceIds).toEqual([]);
    const unexplored = DepositSchema.parse({
      id: 'dep-zod',
      name: 'Zod',
      locationId: 'AZ-KAL',
      commodities: ['gold'],
      stage: 'exploration',
    });
    const none = resourceReserveStatement([unexplored], { commodity: 'gold', asOf: '2024-12-31' });
    expect(none.breakdown).toEqual([]);
    expect(none.notes).toContain('No gold estimate on or before 2024-12-31 for: dep-zod.');
  });

  it('has no note about codes when one code is used', () => {
    const jorcOnly = resourceReserveStatement(deposits.slice(0, 2), {
      commodity: 'gold',
      asOf: '2024-12-31',
    });
    expect(jorcOnly.notes.some((n) => n.startsWith('Estimates are reported under'))).toBe(false);
    expect(jorcOnly.breakdown?.every((row) => row.keys.reportingCode === 'JORC')).toBe(true);
  });

  it('reads the deposits once from any iterable', () => {
    function* generated(): Generator<Deposit> {
      yield* deposits;
    }
    expect(
      resourceReserveStatement(generated(), { commodity: 'gold', asOf: '2024-12-31' }),
    ).toEqual(statementOf());
    expect(() =>
      resourceReserveStatement(7 as unknown as Deposit[], {
        commodity: 'gold',
        asOf: '2024-12-31',
      }),
    ).toThrow('deposits must be an iterable');
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(deposits));
    resourceReserveStatement(deposits, { commodity: 'gold', asOf: '2024-12-31' });
    expect(deposits).toEqual(copy);
  });

  describe('errors', () => {
    const valid = deposits[1] as Deposit;
    it('rejects an asOf that is not a calendar date', () => {
      expect(() =>
        resourceReserveStatement(deposits, { commodity: 'gold', asOf: '2024-02-30' }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    });
    it('rejects two deposits with one id', () => {
      expect(() =>
        resourceReserveStatement([valid, valid], { commodity: 'gold', asOf: '2024-12-31' }),
      ).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('dep-b'),
        }),
      );
    });
    it('rejects an unknown metal unit', () => {
      expect(() =>
        resourceReserveStatement(deposits, {
          commodity: 'gold',
          asOf: '2024-12-31',
          metalUnit: 'lb' as never,
        }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
    it('rejects a deposit that does not match its schema, naming the field', () => {
      const bad = {
        ...valid,
        estimates: [{ ...valid.estimates?.[0], effectiveDate: '2022-6-30' }],
      } as Deposit;
      expect(() =>
        resourceReserveStatement([valid, bad], { commodity: 'gold', asOf: '2024-12-31' }),
      ).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('deposits[1].estimates.0.effectiveDate'),
        }),
      );
    });
    it('rejects an unknown category rather than drop it', () => {
      const bad = {
        ...valid,
        estimates: [{ ...valid.estimates?.[0], category: 'possible' }],
      } as unknown as Deposit;
      expect(() =>
        resourceReserveStatement([bad], { commodity: 'gold', asOf: '2024-12-31' }),
      ).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('deposits[0].estimates.0.category'),
        }),
      );
    });
    it('rejects a grade above 100 % as invalid input, naming the field', () => {
      // The Deposit schema itself rejects a percent grade above 100 (grade.percent_above_100).
      const bad = {
        ...valid,
        estimates: [{ ...valid.estimates?.[0], grade: { value: 120, unit: '%' } }],
      } as Deposit;
      expect(() =>
        resourceReserveStatement([bad], { commodity: 'gold', asOf: '2024-12-31' }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
      expect(() =>
        resourceReserveStatement([bad], { commodity: 'gold', asOf: '2024-12-31' }),
      ).toThrow(/grade/);
    });
  });

  test.prop([fc.shuffledSubarray(deposits, { minLength: deposits.length })])(
    'does not depend on the order of the deposits',
    (shuffled) => {
      expect(resourceReserveStatement(shuffled, { commodity: 'gold', asOf: '2024-12-31' })).toEqual(
        statementOf(),
      );
    },
  );
});

/** A deposit with the given gold lines (JORC, 2024-12-31), each line's fields as given. */
function published(id: string, lines: Record<string, unknown>[]): Deposit {
  return DepositSchema.parse({
    id,
    name: id,
    locationId: 'AZ-DAS',
    commodities: ['gold'],
    stage: 'production',
    estimates: lines.map((line) => ({
      reportingCode: 'JORC',
      effectiveDate: '2024-12-31',
      commodity: 'gold',
      sourceId: `src-${id}`,
      ...line,
    })),
  });
}

const inOunces = { commodity: 'gold', asOf: '2024-12-31', metalUnit: 'ozt' } as const;

describe('resourceReserveStatement on statements as published', () => {
  it('prefers the published contained metal and notes a difference beyond the rounding of the grade', () => {
    // Published: 12,000,000 t at 2.04 g/t, 777,000 oz. Recomputed: 12,000,000 × 2.04 =
    // 24,480,000 g / 31.1034768 = 787,050.276 ozt. The grade 2.04 stands for 2.035 to 2.045
    // g/t: 12,000,000 × 2.035 / 31.1034768 = 785,121.2 ozt to 12,000,000 × 2.045 / 31.1034768 =
    // 788,979.3 ozt; 777,000 lies below: the statement keeps 777,000 and says so.
    const statement = resourceReserveStatement(
      [
        published('dep-k', [
          {
            category: 'indicated',
            ore: { value: 12_000_000, unit: 't' },
            grade: { value: 2.04, unit: 'g/t' },
            containedMetal: { value: 777_000, unit: 'ozt' },
          },
        ]),
      ],
      inOunces,
    );
    expect(rows(statement)['JORC indicated metal']).toEqual([777_000, 1]);
    expect(rows(statement)['JORC measuredIndicated metal']).toEqual([777_000, 1]);
    expect(statement.notes).toContain(
      'dep-k JORC indicated (2024-12-31): published contained gold 777,000 ozt; ore × grade gives 787,050.3 ozt (12,000,000 t × 2.04 g/t), outside the rounding of the published grade (2.035 to 2.045 g/t: 785,121.2 to 788,979.3 ozt) and of the published figure (776,500 to 777,500 ozt); the published figure is used.',
    );
  });

  it('adds no note when the published metal lies within the rounding of the grade', () => {
    // 10,200,000 t at 2.4 g/t: 2.35 to 2.45 g/t gives 770,653.4 to 803,447.2 ozt; 777,000 is
    // inside, so the rounded grade explains the difference from 10,200,000 × 2.4 / 31.1034768 =
    // 787,050.3 ozt.
    const statement = resourceReserveStatement(
      [
        published('dep-k', [
          {
            category: 'indicated',
            ore: { value: 10_200_000, unit: 't' },
            grade: { value: 2.4, unit: 'g/t' },
            containedMetal: { value: 777_000, unit: 'ozt' },
          },
        ]),
      ],
      inOunces,
    );
    expect(rows(statement)['JORC indicated metal']).toEqual([777_000, 1]);
    expect(statement.notes.some((n) => n.includes('outside the rounding'))).toBe(false);
  });

  it('keeps the last reserve statement after a later resource-only update (regression)', () => {
    // Probable reserve of end-2016 (3,340,000 oz), Indicated resource of end-2019 (6,052,000 oz):
    // as of 2022-12-31 each kind's latest line stands, so both rows are present. Before, the
    // 2019 line hid the 2016 reserve and the statement showed no reserve at all.
    const statement = resourceReserveStatement(
      [
        published('dep-f', [
          {
            effectiveDate: '2016-12-31',
            category: 'probable',
            containedMetal: { value: 3_340_000, unit: 'ozt' },
          },
          {
            effectiveDate: '2019-12-31',
            category: 'indicated',
            containedMetal: { value: 6_052_000, unit: 'ozt' },
          },
        ]),
      ],
      { ...inOunces, asOf: '2022-12-31' },
    );
    expect(rows(statement)['JORC probable metal']).toEqual([3_340_000, 1]);
    expect(rows(statement)['JORC indicated metal']).toEqual([6_052_000, 1]);
    expect(statement.definitions?.estimates).toEqual([
      { depositId: 'dep-f', effectiveDate: '2016-12-31', reportingCodes: ['JORC'] },
      { depositId: 'dep-f', effectiveDate: '2019-12-31', reportingCodes: ['JORC'] },
    ]);
  });

  it('adds no note when the rounding of the published metal explains the difference', () => {
    // 13,800,000 t at 1.97 g/t (1.965 to 1.975 g/t): 13,800,000 × 1.965 / 31.1034768 =
    // 871,831.8 to 13,800,000 × 1.975 / 31.1034768 = 876,268.6 ozt. 880,000 ozt, read as rounded
    // to 10,000 ozt, stands for 875,000 to 885,000 ozt: the two overlap (875,000 to 876,268.6).
    const statement = resourceReserveStatement(
      [
        published('dep-r', [
          {
            category: 'probable',
            ore: { value: 13_800_000, unit: 't' },
            grade: { value: 1.97, unit: 'g/t' },
            containedMetal: { value: 880_000, unit: 'ozt' },
          },
        ]),
      ],
      inOunces,
    );
    expect(rows(statement)['JORC probable metal']).toEqual([880_000, 1]);
    expect(statement.notes.some((n) => n.includes('outside the rounding'))).toBe(false);
  });

  it('shows a published measured + indicated line, never added to its parts, and notes a disagreement', () => {
    // dep-m publishes measured 100,000 oz, indicated 200,000 oz and measured + indicated
    // 310,000 oz (ore 1, 2 and 3.1 Mt). The row is the published 310,000, not 100,000 +
    // 200,000 + 310,000; the parts add up to 300,000 oz and 3,000,000 t, which the note gives.
    // dep-n publishes the parts only: 50,000 + 25,000 = 75,000 oz into measured + indicated.
    const m = (category: string, mt: number, oz: number) => ({
      category,
      ore: { value: mt, unit: 't' },
      containedMetal: { value: oz, unit: 'ozt' },
    });
    const statement = resourceReserveStatement(
      [
        published('dep-m', [
          m('measured', 1_000_000, 100_000),
          m('indicated', 2_000_000, 200_000),
          m('measuredIndicated', 3_100_000, 310_000),
        ]),
        published('dep-n', [m('measured', 400_000, 50_000), m('indicated', 300_000, 25_000)]),
      ],
      inOunces,
    );
    const r = rows(statement);
    // measured: 100,000 + 50,000; indicated: 200,000 + 25,000.
    expect(r['JORC measured metal']).toEqual([150_000, 2]);
    expect(r['JORC indicated metal']).toEqual([225_000, 2]);
    // measured + indicated: dep-m's published 310,000 + dep-n's 75,000 = 385,000 oz;
    // ore 3,100,000 + 700,000 = 3,800,000 t.
    expect(r['JORC measuredIndicated metal']).toEqual([385_000, 2]);
    expect(r['JORC measuredIndicated ore']).toEqual([3_800_000, 2]);
    expect(statement.notes).toContain(
      'dep-m JORC measured + indicated: the published line (ore 3,100,000 t, contained gold 310,000 ozt) differs from the sum of its parts (ore 3,000,000 t, contained gold 300,000 ozt); the published line is used and the parts are never added to it.',
    );
    expect(statement.notes.some((n) => n.startsWith('dep-n JORC measured + indicated'))).toBe(
      false,
    );
  });

  it('states a metal-only, approximate line and a published total without inventing a tonnage', () => {
    // "Around 620,000 oz" inferred, no tonnage; a published total of 900,000 oz; proved +
    // probable of 150,000 oz published as one line.
    const statement = resourceReserveStatement(
      [
        published('dep-a', [
          {
            category: 'measuredIndicated',
            ore: { value: 5_000_000, unit: 't' },
            containedMetal: { value: 280_000, unit: 'ozt' },
          },
          {
            category: 'inferred',
            containedMetal: {
              value: 620_000,
              unit: 'ozt',
              approximately: true,
              phrase: 'around 620,000 oz',
            },
          },
          { category: 'totalResources', containedMetal: { value: 900_000, unit: 'ozt' } },
          { category: 'provedProbable', containedMetal: { value: 150_000, unit: 'ozt' } },
        ]),
      ],
      inOunces,
    );
    const r = rows(statement);
    expect(r['JORC inferred metal']).toEqual([620_000, 1]);
    expect(r['JORC inferred ore']).toBeUndefined();
    // The published total, used as is: 280,000 + 620,000 = 900,000 agrees, so no note.
    expect(r['JORC totalResources metal']).toEqual([900_000, 1]);
    expect(r['JORC provedProbable metal']).toEqual([150_000, 1]);
    expect(r['JORC proved metal']).toBeUndefined();
    expect(statement.notes).toContain(
      'approximate: dep-a JORC inferred contained gold published as "around 620,000 oz" (the figure is taken as the value).',
    );
    expect(statement.notes.some((n) => n.includes('differs from the sum'))).toBe(false);
    // measured + indicated has ore, inferred none: the total's ore row is absent too.
    expect(r['JORC totalResources ore']).toBeUndefined();
    expect(statement.breakdown?.map((row) => `${row.keys.category} ${row.keys.measure}`)).toEqual([
      'measuredIndicated ore',
      'measuredIndicated metal',
      'inferred metal',
      'totalResources metal',
      'provedProbable metal',
    ]);
  });

  it('names the deposits a row leaves out for want of a figure', () => {
    // dep-a: indicated 1,000,000 t × 2 g/t = 2 t; dep-b: indicated metal 1.5 t, no tonnage.
    const statement = resourceReserveStatement(
      [
        published('dep-a', [
          {
            category: 'indicated',
            ore: { value: 1_000_000, unit: 't' },
            grade: { value: 2, unit: 'g/t' },
          },
        ]),
        published('dep-b', [{ category: 'indicated', containedMetal: { value: 1.5, unit: 't' } }]),
      ],
      { commodity: 'gold', asOf: '2024-12-31' },
    );
    // 2 t + 1.5 t = 3.5 t; the ore row has dep-a only.
    expect(rows(statement)['JORC indicated metal']).toEqual([3.5, 2]);
    expect(rows(statement)['JORC indicated ore']).toEqual([1_000_000, 1]);
    expect(statement.notes).toContain(
      'JORC indicated: the ore row leaves out lines with no ore tonnage, of dep-b.',
    );
  });
});

describe('resourceReserveStatementIndicator', () => {
  it('has a valid, frozen catalog entry: one statement per commodity', () => {
    const { entry } = resourceReserveStatementIndicator;
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'deposits.resourceReserveStatement',
      family: 'deposits',
      functionName: 'resourceReserveStatement',
      unit: 'quantity',
      results: 'many',
      resultKeys: ['commodity'],
      dimensions: ['reportingCode', 'category', 'measure'],
    });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(resourceReserveStatementIndicator.compute).toBe(resourceReserveStatement);
  });

  it('gives one statement per commodity with an estimate, on the report date', () => {
    // The base dataset: dep-hill, JORC 2024-12-31, gold indicated 1,000,000 t × 2.1 g/t = 2.1 t
    // and probable 800,000 t × 1.9 g/t = 1.52 t. A copper line is added to dep-hill: copper
    // comes second, in the order the commodities first appear.
    const base = baseDataset();
    const [hill] = base.deposits ?? [];
    const copper = {
      reportingCode: 'JORC',
      effectiveDate: '2024-12-31',
      category: 'inferred',
      commodity: 'copper',
      ore: { value: 500_000, unit: 't' },
      grade: { value: 0.5, unit: '%' },
      sourceId: 'src-report',
    };
    const dataset = {
      ...base,
      deposits: [{ ...hill, estimates: [...(hill?.estimates ?? []), copper] }],
    };
    const outcome = resourceReserveStatementIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2025-06-30' }),
    ) as readonly ReturnType<typeof resourceReserveStatement>[];
    expect(outcome.map((r) => r.keys)).toEqual([{ commodity: 'gold' }, { commodity: 'copper' }]);
    expect(outcome[0]?.definitions.asOf).toBe('2025-06-30');
    const gold = rows(outcome[0] as ReturnType<typeof resourceReserveStatement>);
    expect(gold['JORC indicated ore']).toEqual([1_000_000, 1]);
    expect(gold['JORC indicated metal']?.[0]).toBeCloseTo(2.1, 12);
    expect(gold['JORC probable metal']?.[0]).toBeCloseTo(1.52, 12);
    // copper: 500,000 t × 0.5 % = 2,500 t, inferred only.
    const copperRows = rows(outcome[1] as ReturnType<typeof resourceReserveStatement>);
    expect(copperRows['JORC inferred metal']?.[0]).toBeCloseTo(2500, 9);
  });

  it('says the data is absent when no deposit has an estimate', () => {
    const base = baseDataset();
    const dataset = { ...base, deposits: (base.deposits ?? []).map(({ estimates: _, ...d }) => d) };
    expect(resourceReserveStatementIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'No deposit has a resource or reserve estimate.',
    });
  });
});

describe('resourceReserveStatement: CRIRSCO and GKZ categories', () => {
  const gkzDeposit = (): Deposit =>
    deposit(
      'dep-g',
      ['gold'],
      [
        ['GKZ', '1990-01-01', 'B', 'gold', 1_000_000, 4], // 4 t
        ['GKZ', '1990-01-01', 'C1', 'gold', 2_000_000, 3], // 6 t
        ['GKZ', '1990-01-01', 'C2', 'gold', 5_000_000, 2], // 10 t
        ['GKZ', '1990-01-01', 'P1', 'gold', 10_000_000, 1], // 10 t
      ],
    );
  const jorcDeposit = (): Deposit =>
    deposit('dep-j', ['gold'], [['JORC', '2023-12-31', 'indicated', 'gold', 1_000_000, 1]]); // 1 t

  it('CRIRSCO template and GKZ: a GKZ estimate keeps its own categories, never summed into CRIRSCO ones', () => {
    const statement = resourceReserveStatement([gkzDeposit(), jorcDeposit()], {
      commodity: 'gold',
      asOf: '2024-12-31',
    });
    const r = rows(statement);
    // B 1,000,000 t × 4 g/t = 4 t; C1 2,000,000 t × 3 g/t = 6 t; A + B + C1 = 4 + 6 = 10 t
    // (3,000,000 t); C2 5,000,000 t × 2 g/t = 10 t; P1 10,000,000 t × 1 g/t = 10 t.
    expect(r['GKZ B metal']?.[0]).toBeCloseTo(4, 12);
    expect(r['GKZ C1 metal']?.[0]).toBeCloseTo(6, 12);
    expect(r['GKZ A+B+C1 ore']).toEqual([3_000_000, 1]);
    expect(r['GKZ A+B+C1 metal']?.[0]).toBeCloseTo(10, 12);
    expect(r['GKZ C2 metal']?.[0]).toBeCloseTo(10, 12);
    expect(r['GKZ P1 metal']?.[0]).toBeCloseTo(10, 12);
    // JORC indicated is dep-j's 1 t alone: no GKZ figure is added to it.
    expect(r['JORC indicated metal']?.[0]).toBeCloseTo(1, 12);
    expect(r['GKZ indicated metal']).toBeUndefined();
  });

  it('CRIRSCO template and GKZ: maps GKZ categories only by the mapping the user gives', () => {
    const statement = resourceReserveStatement([gkzDeposit(), jorcDeposit()], {
      commodity: 'gold',
      asOf: '2024-12-31',
      gkzMapping: { B: 'measured', C1: 'indicated', C2: 'inferred' },
    });
    const r = rows(statement);
    // Mapped under GKZ: measured = B's 4 t, indicated = C1's 6 t, measured + indicated = 10 t,
    // inferred = C2's 10 t; P1 is not mapped and stays P1 (10 t).
    expect(r['GKZ measured metal']?.[0]).toBeCloseTo(4, 12);
    expect(r['GKZ indicated metal']?.[0]).toBeCloseTo(6, 12);
    expect(r['GKZ measuredIndicated metal']?.[0]).toBeCloseTo(10, 12);
    expect(r['GKZ inferred metal']?.[0]).toBeCloseTo(10, 12);
    expect(r['GKZ P1 metal']?.[0]).toBeCloseTo(10, 12);
    // Still never added across codes: JORC indicated stays 1 t.
    expect(r['JORC indicated metal']?.[0]).toBeCloseTo(1, 12);
    expect(statement.notes).toContain(
      'GKZ categories are shown in CRIRSCO categories by the mapping given by the user (B → measured, C1 → indicated, C2 → inferred), not by either code; the rows stay under GKZ and are never added to other codes.',
    );
    expect(() =>
      resourceReserveStatement([gkzDeposit()], {
        commodity: 'gold',
        asOf: '2024-12-31',
        gkzMapping: { C1: 'C2' } as never,
      }),
    ).toThrow('gkzMapping maps GKZ categories to CRIRSCO categories; got C1 → C2');
  });

  it('CRIRSCO template and GKZ: leaves out a line in another code’s categories, with a note', () => {
    const statement = resourceReserveStatement(
      [deposit('dep-x', ['gold'], [['GKZ', '1990-01-01', 'indicated', 'gold', 2_000_000, 3]])],
      { commodity: 'gold', asOf: '2024-12-31' },
    );
    expect(statement.breakdown).toEqual([]);
    expect(statement.notes).toContain(
      "dep-x GKZ indicated: the category is not one of the GKZ code's, so the line is left out (GKZ estimates keep their own categories; a mapping is given as the gkzMapping option).",
    );
  });

  it('CRIRSCO template: says whether resources are stated inclusive or exclusive of reserves', () => {
    const withInclusion = (id: string, inclusive: boolean | undefined): Deposit =>
      DepositSchema.parse({
        ...deposit(id, ['gold'], [['JORC', '2023-12-31', 'indicated', 'gold', 1_000_000, 1]]),
        estimates: [
          {
            ...deposit(id, ['gold'], [['JORC', '2023-12-31', 'indicated', 'gold', 1_000_000, 1]])
              .estimates?.[0],
            ...(inclusive === undefined ? {} : { inclusiveOfReserves: inclusive }),
          },
        ],
      });
    const statement = resourceReserveStatement(
      [
        withInclusion('dep-i', true),
        withInclusion('dep-x', false),
        withInclusion('dep-u', undefined),
      ],
      { commodity: 'gold', asOf: '2024-12-31' },
    );
    expect(statement.notes).toEqual(
      expect.arrayContaining([
        'JORC: the resources of dep-i are stated inclusive of reserves: the reserves are part of them, not additional.',
        'JORC: the resources of dep-x are stated exclusive of reserves: the reserves are additional to them.',
        'JORC: whether the resources of dep-u include the reserves is not stated.',
        'JORC: the resource rows add statements inclusive and exclusive of reserves; read them per deposit.',
      ]),
    );
  });
});
