import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import { resourceReserveStatement } from './resourceReserveStatement.js';

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
  deposit('dep-c', ['gold'], [['GKZ', '1990-01-01', 'indicated', 'gold', 2_000_000, 3]]), // 6 t
  deposit('dep-d', ['gold'], []),
  deposit('dep-e', ['copper'], [['JORC', '2023-12-31', 'indicated', 'copper', 1_000_000, 4000]]),
];

function rows(
  result: ReturnType<typeof resourceReserveStatement>,
): Record<string, [number, number]> {
  return Object.fromEntries(
    (result.breakdown ?? []).map((row) => [row.key, [row.value as number, row.count as number]]),
  );
}

describe('resourceReserveStatement', () => {
  const statement = resourceReserveStatement(deposits, { commodity: 'gold', asOf: '2024-12-31' });

  it('totals ore and contained metal by category, per reporting code', () => {
    const r = rows(statement);
    // JORC measured: dep-a 2,000,000 t × 1.5 g/t = 3 t; dep-b 600,000 t × 5 g/t = 3 t.
    expect(r['JORC|measured|ore']).toEqual([2_600_000, 2]);
    expect(r['JORC|measured|metal']?.[0]).toBeCloseTo(6, 12);
    // JORC indicated: dep-a 4,000,000 t × 1 g/t = 4 t.
    expect(r['JORC|indicated|ore']).toEqual([4_000_000, 1]);
    expect(r['JORC|indicated|metal']?.[0]).toBeCloseTo(4, 12);
    // Measured + indicated: 2,600,000 + 4,000,000 = 6,600,000 t ore; 6 + 4 = 10 t metal.
    expect(r['JORC|measuredIndicated|ore']).toEqual([6_600_000, 2]);
    expect(r['JORC|measuredIndicated|metal']?.[0]).toBeCloseTo(10, 12);
    // Inferred: 10,000,000 t × 0.5 g/t = 5 t, on its own.
    expect(r['JORC|inferred|ore']).toEqual([10_000_000, 1]);
    expect(r['JORC|inferred|metal']?.[0]).toBeCloseTo(5, 12);
    // Proved: dep-b 500,000 t × 4 g/t = 2 t. Probable: dep-a 3,000,000 t × 1.2 g/t = 3.6 t.
    expect(r['JORC|proved|metal']?.[0]).toBeCloseTo(2, 12);
    expect(r['JORC|probable|metal']?.[0]).toBeCloseTo(3.6, 12);
    // Proved + probable: 500,000 + 3,000,000 = 3,500,000 t ore; 2 + 3.6 = 5.6 t (no inferred).
    expect(r['JORC|provedProbable|ore']).toEqual([3_500_000, 2]);
    expect(r['JORC|provedProbable|metal']?.[0]).toBeCloseTo(5.6, 12);
    // GKZ kept apart: 2,000,000 t × 3 g/t = 6 t indicated, and the same as measured + indicated.
    expect(r['GKZ|indicated|ore']).toEqual([2_000_000, 1]);
    expect(r['GKZ|indicated|metal']?.[0]).toBeCloseTo(6, 12);
    expect(r['GKZ|measuredIndicated|metal']?.[0]).toBeCloseTo(6, 12);
  });

  it('orders rows by code, then category, ore before metal, and lists only categories present', () => {
    expect(statement.breakdown?.map((row) => row.key)).toEqual([
      'GKZ|indicated|ore',
      'GKZ|indicated|metal',
      'GKZ|measuredIndicated|ore',
      'GKZ|measuredIndicated|metal',
      'JORC|measured|ore',
      'JORC|measured|metal',
      'JORC|indicated|ore',
      'JORC|indicated|metal',
      'JORC|measuredIndicated|ore',
      'JORC|measuredIndicated|metal',
      'JORC|inferred|ore',
      'JORC|inferred|metal',
      'JORC|proved|ore',
      'JORC|proved|metal',
      'JORC|probable|ore',
      'JORC|probable|metal',
      'JORC|provedProbable|ore',
      'JORC|provedProbable|metal',
    ]);
    expect(statement.breakdown?.[1]?.label).toBe('GKZ indicated: contained gold (t)');
    expect(statement.breakdown?.[0]?.label).toBe('GKZ indicated: ore (t)');
  });

  it('gives each category an ore row and a metal row, each with its key and label', () => {
    const gkz = resourceReserveStatement([deposits[2] as Deposit], {
      commodity: 'gold',
      asOf: '2024-12-31',
    });
    // dep-c: GKZ indicated 2,000,000 t × 3 g/t = 6,000,000 g = 6 t; measured + indicated is the
    // same single line.
    expect(gkz.breakdown).toEqual([
      { key: 'GKZ|indicated|ore', label: 'GKZ indicated: ore (t)', value: 2_000_000, count: 1 },
      {
        key: 'GKZ|indicated|metal',
        label: 'GKZ indicated: contained gold (t)',
        value: 6,
        count: 1,
      },
      {
        key: 'GKZ|measuredIndicated|ore',
        label: 'GKZ measured + indicated: ore (t)',
        value: 2_000_000,
        count: 1,
      },
      {
        key: 'GKZ|measuredIndicated|metal',
        label: 'GKZ measured + indicated: contained gold (t)',
        value: 6,
        count: 1,
      },
    ]);
  });

  it('is a table result with its definitions, sources and notes', () => {
    expect(IndicatorResultSchema.safeParse(statement).success).toBe(true);
    expect(statement).toMatchObject({
      indicatorId: 'deposits.resourceReserveStatement',
      unit: 'table',
      value: null,
      reason: 'NOT_APPLICABLE',
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
    expect(r['JORC|measured|ore']).toEqual([1_000_000, 1]);
    expect(r['JORC|measured|metal']?.[0]).toBe(2);
    expect(r['JORC|probable|ore']).toBeUndefined();
    expect(earlier.notes).toContain('No gold estimate on or before 2021-06-30 for: dep-b, dep-d.');
    // dep-c's 1990 GKZ estimate is still the latest it has.
    expect(r['GKZ|indicated|ore']).toEqual([2_000_000, 1]);
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
    expect(rows(inOunces)['JORC|measuredIndicated|metal']?.[0]).toBeCloseTo(321507.4657, 4);
    expect(rows(inOunces)['JORC|measuredIndicated|ore']?.[0]).toBe(6_600_000);
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
    expect(jorcOnly.breakdown?.every((row) => row.key.startsWith('JORC|'))).toBe(true);
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
        statement,
      );
    },
  );
});
