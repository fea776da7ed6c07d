import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import * as root from '../../index.js';
import { type GovernanceBody, GovernanceBodySchema } from '../../model/governanceBody.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { governanceDiversity, governanceDiversityIndicator } from './governanceDiversity.js';

/** The row with exactly these keys. */
function rowAt(rows: readonly BreakdownRow[] | undefined, keys: RowKeys): BreakdownRow | undefined {
  const names = Object.keys(keys);
  return rows?.find(
    (r) =>
      Object.keys(r.keys).length === names.length &&
      names.every((name) => r.keys[name] === keys[name]),
  );
}

/** A body parsed by the schema. */
const body = (fields: Record<string, unknown>): GovernanceBody =>
  GovernanceBodySchema.parse({
    id: 'board',
    companyId: 'miner',
    name: 'Board of Directors',
    kind: 'board',
    asOf: '2024-12-31',
    members: 8,
    sourceIds: [],
    ...fields,
  }) as GovernanceBody;

// A board of 8 on 2024-12-31: 2 women and 6 men; 1 under 30, 3 aged 30-50, 4 over 50; 3
// nationals of the host country. An earlier statement (2023) of 7 members is superseded.
const board2024 = body({
  byGender: { female: 2, male: 6 },
  byAgeBand: { '<30': 1, '30-50': 3, '>50': 4 },
  otherDiversity: { hostCountryNationals: 3 },
  sourceIds: ['src-board-2024'],
});
const board2023 = body({ asOf: '2023-12-31', members: 7, byGender: { female: 1, male: 6 } });
// An executive committee of 5 that states gender for 4 (3 men, 1 woman) and no ages.
const executive = body({
  id: 'exco',
  name: 'Executive Committee',
  kind: 'executive',
  members: 5,
  byGender: { male: 3, female: 1 },
});

describe('governanceDiversity', () => {
  it('GRI 405-1 a i: the percentage of the members of each body by gender', () => {
    const result = governanceDiversity([board2023, board2024, executive], { asOf: '2024-12-31' });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BREAKDOWN_ONLY');
    expect(result.unit).toBe('share');
    const rows = result.breakdown;
    // Board (the 2024 statement): 2 / 8 = 0.25 women, 6 / 8 = 0.75 men.
    expect(rowAt(rows, { body: 'board', gender: 'female' })).toEqual({
      keys: { body: 'board', gender: 'female' },
      value: 0.25,
      ratio: { numerator: 2, denominator: 8, value: 0.25 },
      count: 2,
    });
    expect(rowAt(rows, { body: 'board', gender: 'male' })?.value).toBe(0.75);
    // Executive committee: 1 / 5 = 0.2 women, 3 / 5 = 0.6 men, and the member whose gender is
    // not stated: 1 / 5 = 0.2 under 'notStated'.
    expect(rowAt(rows, { body: 'exco', gender: 'female' })?.value).toBe(0.2);
    expect(rowAt(rows, { body: 'exco', gender: 'male' })?.value).toBe(0.6);
    expect(rowAt(rows, { body: 'exco', gender: 'notStated' })?.count).toBe(1);
    expect(rowAt(rows, { body: 'exco', gender: 'notStated' })?.value).toBe(0.2);
    expect(result.sourceIds).toEqual(['src-board-2024']);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('GRI 405-1 a ii: by age group, under 30, 30-50 and over 50', () => {
    const rows = governanceDiversity([board2024], { asOf: '2024-12-31' }).breakdown;
    // 1 / 8 = 0.125; 3 / 8 = 0.375; 4 / 8 = 0.5.
    expect(rowAt(rows, { body: 'board', ageBand: '<30' })?.value).toBe(0.125);
    expect(rowAt(rows, { body: 'board', ageBand: '30-50' })?.value).toBe(0.375);
    expect(rowAt(rows, { body: 'board', ageBand: '>50' })?.value).toBe(0.5);
    // Every member's age is stated: no notStated row.
    expect(rowAt(rows, { body: 'board', ageBand: 'notStated' })).toBeUndefined();
  });

  it('GRI 405-1 a ii: a body that does not state ages has null with a reason, not 0', () => {
    const rows = governanceDiversity([executive], { asOf: '2024-12-31' }).breakdown;
    expect(rowAt(rows, { body: 'exco', ageBand: 'notStated' })).toEqual({
      keys: { body: 'exco', ageBand: 'notStated' },
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('GRI 405-1 a iii: other indicators of diversity, each a share of the members', () => {
    const rows = governanceDiversity([board2024], { asOf: '2024-12-31' }).breakdown;
    // 3 host-country nationals of 8 = 0.375.
    expect(rowAt(rows, { body: 'board', other: 'hostCountryNationals' })?.value).toBe(0.375);
  });

  it('GRI 405-1 a iii: other indicators of diversity come in name order, whatever the input order', () => {
    // 2 of 8 are "minority" and 3 of 8 "hostCountryNationals": rows sorted by name.
    const rows = governanceDiversity(
      [body({ otherDiversity: { minority: 2, hostCountryNationals: 3 } })],
      { asOf: '2024-12-31' },
    ).breakdown?.filter((r) => 'other' in r.keys);
    expect(rows?.map((r) => [r.keys.other, r.value])).toEqual([
      ['hostCountryNationals', 3 / 8],
      ['minority', 2 / 8],
    ]);
  });

  it('GRI 405-1 a: takes the latest statement of each body on or before asOf', () => {
    const rows = governanceDiversity([board2024, board2023], { asOf: '2024-06-30' }).breakdown;
    // On 2024-06-30 only the 2023 statement is known: 1 woman of 7.
    expect(rowAt(rows, { body: 'board', gender: 'female' })?.ratio).toEqual({
      numerator: 1,
      denominator: 7,
      value: 1 / 7,
    });
    const none = governanceDiversity([board2024], { asOf: '2020-01-01' });
    expect(none.value).toBeNull();
    expect(none.reason).toBe('MISSING_DATA');
    expect(none.breakdown).toBeUndefined();
    expect(none.notes).toEqual(['No governance body is stated on or before asOf.']);
  });

  it('GRI 405-1 a: a body of no members has no shares (ZERO_DENOMINATOR)', () => {
    const empty = body({ members: 0, byGender: {} });
    const row = rowAt(governanceDiversity([empty], { asOf: '2024-12-31' }).breakdown, {
      body: 'board',
      ageBand: 'notStated',
    });
    expect(row?.reason).toBe('MISSING_DATA');
    const result = governanceDiversity([body({ members: 0, byGender: { female: 0 } })], {
      asOf: '2024-12-31',
    });
    expect(rowAt(result.breakdown, { body: 'board', gender: 'female' })?.reason).toBe(
      'ZERO_DENOMINATOR',
    );
  });

  it('GRI 405-1 a: on a published board, B2Gold (ten directors; gender given only as a target met)', () => {
    // https://www.b2gold.com/about/corporate-governance/default.aspx: "Our Board of Directors
    // consists of ten directors"; the Board's target of "at least a 30% female composition" was
    // "met for the Board as of January 1, 2023". The page gives no exact number of women and no
    // ages, so byGender and byAgeBand are not stated; the date is that of the diversity statement
    // (the page does not date the count of ten).
    const b2gold = GovernanceBodySchema.parse({
      id: 'b2gold-board',
      companyId: 'b2gold',
      name: 'Board of Directors',
      kind: 'board',
      asOf: '2023-01-01',
      members: 10,
      sourceIds: ['src-b2gold-governance'],
    }) as GovernanceBody;
    const result = governanceDiversity([b2gold], { asOf: '2023-12-31' });
    expect(result.notes).toEqual([
      'b2gold-board: Board of Directors (board), 10 members on 2023-01-01.',
    ]);
    expect(result.breakdown).toEqual([
      { keys: { body: 'b2gold-board', gender: 'notStated' }, value: null, reason: 'MISSING_DATA' },
      { keys: { body: 'b2gold-board', ageBand: 'notStated' }, value: null, reason: 'MISSING_DATA' },
    ]);
  });

  it('GRI 405-1 a: rejects a body whose groups exceed its members, and a bad date', () => {
    const bad = { ...board2024, byGender: { female: 3, male: 6 } };
    expect(() => governanceDiversity([bad], { asOf: '2024-12-31' })).toThrow(/byGender/);
    expect(() => governanceDiversity([board2024], { asOf: '2024-02-30' })).toThrow(/asOf/);
  });

  it('GRI 405-1 a: on a dataset, reads its governance bodies', () => {
    const context = indicatorContextOf(
      { ...baseDataset(), governanceBodies: [board2024] },
      { asOf: '2024-12-31' },
    );
    const outcome = governanceDiversityIndicator.fromDataset(context);
    expect(Array.isArray(outcome) && outcome[0]?.breakdown?.[0]?.value).toBe(0.25);
    expect(governanceDiversityIndicator.fromDataset(indicatorContextOf(baseDataset()))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset states no governance body.',
    });
  });

  it('GRI 405-1 a: is in the catalog and exported from the root', () => {
    expect(catalogEntry('workforce.governanceDiversity')?.standards).toEqual(['GRI 405-1']);
    expect(root.governanceDiversity).toBe(governanceDiversity);
  });
});
