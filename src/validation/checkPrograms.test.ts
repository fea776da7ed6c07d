import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../test/fixtures/builders.js';
import { type ImpactDataset, ImpactDatasetSchema } from '../model/impactDataset.js';
import type { SocialProgramSchema } from '../model/socialProgram.js';
import { checkPrograms, isPercentSumWithinRounding } from './checkPrograms.js';

type ProgramInput = Partial<z.input<typeof SocialProgramSchema>>;

const result = {
  title: 'Pupils',
  measure: 'unit' as const,
  actual: 1,
  period: { start: '2024-01-01', end: '2024-12-31' },
};

/** The issues of a dataset holding one program (with a result, so no `program.no_results`). */
function issuesOf(program: ProgramInput) {
  const dataset: ImpactDataset = {
    ...ImpactDatasetSchema.parse(baseDataset()),
    programs: [makeProgram({ results: [result], ...program })],
  };
  return checkPrograms(dataset).map((issue) => [issue.code, issue.path]);
}

/** `n` locations, each at `percentage`. */
const shares = (n: number, percentage: number) =>
  Array.from({ length: n }, (_, i) => ({ locationId: `loc-${i}`, percentage }));

describe('location percentages summed within their rounding', () => {
  it('accepts six equal shares of 16.67 %, which sum to 100.02', () => {
    // 6 × 1,667 bp = 10,002 bp: 2 bp over, within 6 × 0.5 bp = 3 bp.
    expect(isPercentSumWithinRounding(6 * 1_667, 6)).toBe(true);
    expect(issuesOf({ locations: shares(6, 16.67) })).toEqual([]);
    // 6 × 1,666 bp = 9,996 bp: 4 bp short, beyond 3 bp.
    expect(issuesOf({ locations: shares(6, 16.66) })).toEqual([
      ['program.locations.percent_sum', '/programs/0/locations'],
    ]);
  });

  it('accepts seven shares of 14.29 % (100.03) and three of 33.33 % (99.99)', () => {
    // 7 × 1,429 = 10,003 bp: 3 bp ≤ 3.5 bp. 3 × 3,333 = 9,999 bp: 1 bp ≤ 1.5 bp.
    expect(issuesOf({ locations: shares(7, 14.29) })).toEqual([]);
    expect(issuesOf({ locations: shares(3, 33.33) })).toEqual([]);
  });

  it('rejects what the rounding of the shares cannot explain', () => {
    // 3 × 3,334 = 10,002 bp: 2 bp > 1.5 bp. 50.01 + 50.01 = 10,002 bp: 2 bp > 1 bp.
    expect(isPercentSumWithinRounding(3 * 3_334, 3)).toBe(false);
    expect(isPercentSumWithinRounding(2 * 5_001, 2)).toBe(false);
    // Two shares may be 1 bp off: 50.01 + 50 = 10,001 bp.
    expect(isPercentSumWithinRounding(5_001 + 5_000, 2)).toBe(true);
    // One share of two decimals is 100 exactly: 99.99 is 1 bp > 0.5 bp off.
    expect(isPercentSumWithinRounding(9_999, 1)).toBe(false);
    expect(issuesOf({ locations: shares(1, 99.99) })).toEqual([
      ['program.locations.percent_sum', '/programs/0/locations'],
    ]);
  });
});

describe('further categories and equivalents', () => {
  it('reports a further category that repeats the primary one or another', () => {
    expect(
      issuesOf({
        category: 'education',
        categories: ['infrastructure', 'education', 'infrastructure'],
      }),
    ).toEqual([
      ['program.categories.repeated', '/programs/0/categories/1'],
      ['program.categories.repeated', '/programs/0/categories/2'],
    ]);
  });

  it('reports equivalents in the amount’s own currency or twice in one currency', () => {
    expect(
      issuesOf({
        reportedAmounts: [
          {
            basis: 'budgeted',
            period: { start: '2024' },
            value: { amountMinor: 5_000_000_000, currency: 'KGS' },
            equivalents: [
              { amountMinor: 160_000_000, currency: 'USD' },
              { min: 150_000_000, currency: 'USD' },
            ],
            sourceIds: [],
          },
        ],
      }),
    ).toEqual([
      ['program.equivalent_currency', '/programs/0/reportedAmounts/0/equivalents/1/currency'],
    ]);
  });
});

describe('reported amounts', () => {
  const spent = (period: { start: string; end?: string }) => ({
    basis: 'spent' as const,
    period,
    value: { amountMinor: 100, currency: 'USD' as const },
    sourceIds: [],
  });

  it('reports an amount certainly outside the program period, not one that may lie inside', () => {
    // The program runs through 2024. "2023" ends before it starts; "2025" starts after it ends.
    // "2024" lies in it.
    expect(
      issuesOf({
        reportedAmounts: [
          spent({ start: '2023' }),
          spent({ start: '2024' }),
          spent({ start: '2025' }),
        ],
      }),
    ).toEqual([
      ['program.reported_amount.outside_period', '/programs/0/reportedAmounts/0/period'],
      ['program.reported_amount.outside_period', '/programs/0/reportedAmounts/2/period'],
    ]);
  });

  it('reports a cumulative total as of a day before its start', () => {
    expect(
      issuesOf({
        reportedAmounts: [
          { ...spent({ start: '2024-06' }), basis: 'cumulative', asOf: '2024-05-31' },
          { ...spent({ start: '2024-06' }), basis: 'cumulative', asOf: '2024' },
        ],
      }),
    ).toEqual([
      ['program.reported_amount.as_of_before_start', '/programs/0/reportedAmounts/0/asOf'],
    ]);
  });

  it('reports spent amounts for the same or crossing periods, not nested ones', () => {
    expect(
      issuesOf({
        reportedAmounts: [
          spent({ start: '2024' }),
          spent({ start: '2024-03', end: '2024-04' }),
          spent({ start: '2024' }),
          spent({ start: '2024-04', end: '2024-05' }),
        ],
      }),
    ).toEqual([
      // The second lies within the first: nested, no issue. The third repeats the first; the
      // fourth shares April 2024 with the second, neither holding the other.
      ['program.reported_amount.overlap', '/programs/0/reportedAmounts/2/period'],
      ['program.reported_amount.overlap', '/programs/0/reportedAmounts/3/period'],
    ]);
  });

  it('tells which flows a spent amount holds', () => {
    const issues = checkPrograms({
      ...ImpactDatasetSchema.parse(baseDataset()),
      programs: [
        makeProgram({
          results: [result],
          reportedAmounts: [spent({ start: '2024-03' })],
          spend: [
            { date: '2024-03-01', value: { amountMinor: 1, currency: 'USD' }, kind: 'expenditure' },
            { date: '2024-03-15', value: { amountMinor: 1, currency: 'USD' }, kind: 'commitment' },
            { date: '2024-04-01', value: { amountMinor: 1, currency: 'USD' }, kind: 'expenditure' },
          ],
        }),
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.message])).toEqual([
      [
        'program.reported_amount.supersedes_spend',
        'info',
        'The spent amount 0 of program "prog-1" holds its flows of 2024-03-01: where the amount counts, they are not counted again.',
      ],
    ]);
  });
});
