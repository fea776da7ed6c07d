import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
} from '../../../test/fixtures/workforceOrigins2025.js';
import * as root from '../../index.js';
import type { Employee } from '../../model/employee.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { employeeBreakdown, employeeBreakdownIndicator } from './employeeBreakdown.js';

/** The value of the row with exactly these keys; `undefined` when there is none. */
function valueAt(rows: readonly BreakdownRow[] | undefined, keys: RowKeys): number | undefined {
  const names = Object.keys(keys);
  const row = rows?.find(
    (r) =>
      Object.keys(r.keys).length === names.length &&
      names.every((name) => r.keys[name] === keys[name]),
  );
  return row?.value ?? undefined;
}

// Sites (workforceOrigins2025): site-cirpa in Daşkəsən and site-tulallar in Göygöl, both in the
// Ganja-Dashkasan economic region (az-er-ganja-dashkasan); site-office in Bakı (az-er-baku).
const GD = 'az-er-ganja-dashkasan';
const BAKU = 'az-er-baku';

// On 2025-06-30:
// b1 female, CIRPA (GD), permanent, full time, hours guaranteed;
// b2 male, CIRPA (GD), permanent, full time, hours not stated;
// b3 female, office (Bakı), temporary, part time, non-guaranteed hours;
// b4 male, Tulallar (GD), temporary, working time not stated, non-guaranteed hours;
// b5 male, no site (region not stated), permanent, full time, hours guaranteed;
// b6 male, a site not in the list (region not stated), permanent, part time, hours guaranteed;
// c1, c2 contractors' workers, b7 left on 2025-06-30 and b8 hired on 2025-07-01: not counted.
const records: readonly Employee[] = [
  makeEmployee({
    id: 'b1',
    gender: 'female',
    siteId: 'site-cirpa',
    workingTime: 'fullTime',
    nonGuaranteedHours: false,
  }),
  makeEmployee({ id: 'b2', siteId: 'site-cirpa', workingTime: 'fullTime' }),
  makeEmployee({
    id: 'b3',
    gender: 'female',
    siteId: 'site-office',
    contract: 'temporary',
    workingTime: 'partTime',
    nonGuaranteedHours: true,
  }),
  makeEmployee({
    id: 'b4',
    siteId: 'site-tulallar',
    contract: 'temporary',
    nonGuaranteedHours: true,
  }),
  makeEmployee({ id: 'b5', workingTime: 'fullTime', nonGuaranteedHours: false }),
  makeEmployee({
    id: 'b6',
    siteId: 'site-unlisted',
    workingTime: 'partTime',
    nonGuaranteedHours: false,
  }),
  makeEmployee({
    id: 'c1',
    gender: 'female',
    siteId: 'site-cirpa',
    engagement: 'contractor',
    workerType: 'agencyWorker',
  }),
  makeEmployee({ id: 'c2', siteId: 'site-cirpa', engagement: 'contractor' }),
  makeEmployee({
    id: 'b7',
    siteId: 'site-cirpa',
    workingTime: 'fullTime',
    terminationDate: '2025-06-30',
    terminationReason: 'voluntary',
  }),
  makeEmployee({ id: 'b8', siteId: 'site-cirpa', hireDate: '2025-07-01' }),
];

const options = { asOf: asOf2025, sites: originSites, gazetteer: originGazetteer };

describe('employeeBreakdown', () => {
  it('GRI 2-7 a: the total number of employees, by gender and by region of the work site', () => {
    const result = employeeBreakdown(records, options);
    // b1-b6 are employees active on 2025-06-30: 6.
    expect(result.value).toBe(6);
    expect(result.unit).toBe('count');
    expect(result.standards).toEqual(['GRI 2-7']);
    const rows = result.breakdown;
    // Gender: female b1 b3 = 2; male b2 b4 b5 b6 = 4.
    expect(valueAt(rows, { gender: 'female' })).toBe(2);
    expect(valueAt(rows, { gender: 'male' })).toBe(4);
    // Region: GD b1 b2 b4 = 3; Bakı b3 = 1; not stated b5 (no site), b6 (site not listed) = 2.
    expect(valueAt(rows, { region: GD })).toBe(3);
    expect(valueAt(rows, { region: BAKU })).toBe(1);
    expect(valueAt(rows, { region: 'notStated' })).toBe(2);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('GRI 2-7 a-b: every row, in order, and no row for an empty cell', () => {
    const result = employeeBreakdown(records, options);
    const rows = result.breakdown?.map((r) => [r.keys, r.value]);
    // Derived from b1-b6 above: genders, regions (sorted, notStated last), then each term's
    // values with its cells by gender and by region that have people (no 0 cell).
    expect(rows).toEqual([
      [{ gender: 'female' }, 2],
      [{ gender: 'male' }, 4],
      [{ region: BAKU }, 1],
      [{ region: GD }, 3],
      [{ region: 'notStated' }, 2],
      [{ contract: 'permanent' }, 4],
      [{ contract: 'permanent', gender: 'female' }, 1],
      [{ contract: 'permanent', gender: 'male' }, 3],
      [{ contract: 'permanent', region: GD }, 2],
      [{ contract: 'permanent', region: 'notStated' }, 2],
      [{ contract: 'temporary' }, 2],
      [{ contract: 'temporary', gender: 'female' }, 1],
      [{ contract: 'temporary', gender: 'male' }, 1],
      [{ contract: 'temporary', region: BAKU }, 1],
      [{ contract: 'temporary', region: GD }, 1],
      [{ hours: 'nonGuaranteed' }, 2],
      [{ hours: 'nonGuaranteed', gender: 'female' }, 1],
      [{ hours: 'nonGuaranteed', gender: 'male' }, 1],
      [{ hours: 'nonGuaranteed', region: BAKU }, 1],
      [{ hours: 'nonGuaranteed', region: GD }, 1],
      [{ hours: 'guaranteed' }, 3],
      [{ hours: 'guaranteed', gender: 'female' }, 1],
      [{ hours: 'guaranteed', gender: 'male' }, 2],
      [{ hours: 'guaranteed', region: GD }, 1],
      [{ hours: 'guaranteed', region: 'notStated' }, 2],
      [{ hours: 'notStated' }, 1],
      [{ hours: 'notStated', gender: 'male' }, 1],
      [{ hours: 'notStated', region: GD }, 1],
      [{ workingTime: 'fullTime' }, 3],
      [{ workingTime: 'fullTime', gender: 'female' }, 1],
      [{ workingTime: 'fullTime', gender: 'male' }, 2],
      [{ workingTime: 'fullTime', region: GD }, 2],
      [{ workingTime: 'fullTime', region: 'notStated' }, 1],
      [{ workingTime: 'partTime' }, 2],
      [{ workingTime: 'partTime', gender: 'female' }, 1],
      [{ workingTime: 'partTime', gender: 'male' }, 1],
      [{ workingTime: 'partTime', region: BAKU }, 1],
      [{ workingTime: 'partTime', region: 'notStated' }, 1],
      [{ workingTime: 'notStated' }, 1],
      [{ workingTime: 'notStated', gender: 'male' }, 1],
      [{ workingTime: 'notStated', region: GD }, 1],
    ]);
    // Notes: 2 records without a placed region (b5, b6), 1 without hours (b2), 1 without
    // working time (b4); a gazetteer is given and employees are active, so nothing else.
    expect(result.notes).toEqual([
      "2 of 6 employees' records do not state a work site placed in an economic region; they are counted under 'notStated', never guessed.",
      "1 of 6 employees' records do not state whether their hours are guaranteed (nonGuaranteedHours); they are counted under 'notStated', never guessed.",
      "1 of 6 employees' records do not state full-time or part-time working time (workingTime); they are counted under 'notStated', never guessed.",
    ]);
  });

  it('GRI 2-7 b i-ii: permanent and temporary employees, by gender and by region', () => {
    const rows = employeeBreakdown(records, options).breakdown;
    // Permanent b1 b2 b5 b6 = 4: female b1 = 1, male b2 b5 b6 = 3; GD b1 b2 = 2, not stated 2.
    expect(valueAt(rows, { contract: 'permanent' })).toBe(4);
    expect(valueAt(rows, { contract: 'permanent', gender: 'female' })).toBe(1);
    expect(valueAt(rows, { contract: 'permanent', gender: 'male' })).toBe(3);
    expect(valueAt(rows, { contract: 'permanent', region: GD })).toBe(2);
    expect(valueAt(rows, { contract: 'permanent', region: 'notStated' })).toBe(2);
    // Temporary b3 b4 = 2: female b3, male b4; Bakı b3, GD b4.
    expect(valueAt(rows, { contract: 'temporary' })).toBe(2);
    expect(valueAt(rows, { contract: 'temporary', gender: 'female' })).toBe(1);
    expect(valueAt(rows, { contract: 'temporary', gender: 'male' })).toBe(1);
    expect(valueAt(rows, { contract: 'temporary', region: BAKU })).toBe(1);
    expect(valueAt(rows, { contract: 'temporary', region: GD })).toBe(1);
    // No temporary employee works at an unplaced site: no empty cell.
    expect(valueAt(rows, { contract: 'temporary', region: 'notStated' })).toBeUndefined();
  });

  it('GRI 2-7 b iii: non-guaranteed hours employees, with the records that do not say counted apart', () => {
    const result = employeeBreakdown(records, options);
    const rows = result.breakdown;
    // Non-guaranteed b3 b4 = 2 (female b3, male b4; Bakı b3, GD b4); guaranteed b1 b5 b6 = 3;
    // b2 does not state its hours: 1 under 'notStated', never guessed.
    expect(valueAt(rows, { hours: 'nonGuaranteed' })).toBe(2);
    expect(valueAt(rows, { hours: 'nonGuaranteed', gender: 'female' })).toBe(1);
    expect(valueAt(rows, { hours: 'nonGuaranteed', gender: 'male' })).toBe(1);
    expect(valueAt(rows, { hours: 'nonGuaranteed', region: BAKU })).toBe(1);
    expect(valueAt(rows, { hours: 'nonGuaranteed', region: GD })).toBe(1);
    expect(valueAt(rows, { hours: 'guaranteed' })).toBe(3);
    expect(valueAt(rows, { hours: 'notStated' })).toBe(1);
    expect(valueAt(rows, { hours: 'notStated', gender: 'male' })).toBe(1);
    expect(result.notes).toContain(
      "1 of 6 employees' records do not state whether their hours are guaranteed (nonGuaranteedHours); they are counted under 'notStated', never guessed.",
    );
  });

  it('GRI 2-7 b iv-v: full-time and part-time employees, by gender and by region', () => {
    const result = employeeBreakdown(records, options);
    const rows = result.breakdown;
    // Full time b1 b2 b5 = 3 (female b1, male b2 b5; GD b1 b2, not stated b5).
    expect(valueAt(rows, { workingTime: 'fullTime' })).toBe(3);
    expect(valueAt(rows, { workingTime: 'fullTime', gender: 'female' })).toBe(1);
    expect(valueAt(rows, { workingTime: 'fullTime', gender: 'male' })).toBe(2);
    expect(valueAt(rows, { workingTime: 'fullTime', region: GD })).toBe(2);
    expect(valueAt(rows, { workingTime: 'fullTime', region: 'notStated' })).toBe(1);
    // Part time b3 b6 = 2 (female b3, male b6; Bakı b3, not stated b6); b4 states neither.
    expect(valueAt(rows, { workingTime: 'partTime' })).toBe(2);
    expect(valueAt(rows, { workingTime: 'partTime', gender: 'female' })).toBe(1);
    expect(valueAt(rows, { workingTime: 'partTime', region: BAKU })).toBe(1);
    expect(valueAt(rows, { workingTime: 'partTime', region: 'notStated' })).toBe(1);
    expect(valueAt(rows, { workingTime: 'notStated' })).toBe(1);
    expect(valueAt(rows, { workingTime: 'notStated', region: GD })).toBe(1);
    // 3 + 2 + 1 = 6: the working-time rows add up to the total.
    expect(result.notes).toContain(
      "1 of 6 employees' records do not state full-time or part-time working time (workingTime); they are counted under 'notStated', never guessed.",
    );
    expect(result.notes).toContain(
      "2 of 6 employees' records do not state a work site placed in an economic region; they are counted under 'notStated', never guessed.",
    );
  });

  it('GRI 2-7 b: a term no record states has only its notStated row, not a row of 0', () => {
    const plain = [makeEmployee({ id: 'p1' }), makeEmployee({ id: 'p2', gender: 'female' })];
    const rows = employeeBreakdown(plain, { asOf: asOf2025 }).breakdown;
    // Neither record states its working time or hours: 2 not stated, no fullTime or partTime row.
    expect(valueAt(rows, { workingTime: 'notStated' })).toBe(2);
    expect(valueAt(rows, { workingTime: 'fullTime' })).toBeUndefined();
    expect(valueAt(rows, { hours: 'nonGuaranteed' })).toBeUndefined();
    // The contract is always stated: both values have a row, temporary with 0.
    expect(valueAt(rows, { contract: 'permanent' })).toBe(2);
    expect(valueAt(rows, { contract: 'temporary' })).toBe(0);
  });

  it('GRI 2-7 a: without a gazetteer no work site is placed, and a note says so', () => {
    const result = employeeBreakdown(records, { asOf: asOf2025, sites: originSites });
    // All 6 employees are under region 'notStated'.
    expect(valueAt(result.breakdown, { region: 'notStated' })).toBe(6);
    expect(result.notes).toContain(
      'No gazetteer was given, so no work site is placed in a region.',
    );
  });

  it('GRI 2-7 a: nobody active gives a head count of 0 and no rows', () => {
    const result = employeeBreakdown(records, { asOf: '2000-01-01' });
    expect(result.value).toBe(0);
    expect(result.breakdown).toBeUndefined();
    expect(result.notes).toEqual(['No employee is active on asOf.']);
  });

  it('GRI 2-7 a: with a gazetteer but no sites, every work region is not stated', () => {
    const { breakdown } = employeeBreakdown(records, {
      asOf: asOf2025,
      gazetteer: originGazetteer,
    });
    // No site list, so no site has a location: b1-b6 (6 employees) all in notStated.
    expect(valueAt(breakdown, { region: 'notStated' })).toBe(6);
    expect(breakdown?.filter((r) => Object.keys(r.keys).join() === 'region')).toEqual([
      expect.objectContaining({ keys: { region: 'notStated' }, value: 6 }),
    ]);
  });

  it('GRI 2-7 c: states the basis of the count (head count on asOf)', () => {
    const { definitions } = employeeBreakdown(records, options);
    expect(definitions.basis).toBe('headcount');
    expect(definitions.timing).toBe('on asOf');
    expect(definitions.asOf).toBe(asOf2025);
  });

  it('GRI 2-7: rejects a date that is not a calendar date', () => {
    expect(() => employeeBreakdown(records, { asOf: '2025-02-30' })).toThrow(/asOf/);
  });

  it('GRI 2-7: on a dataset, reads the records with the dataset sites and the report gazetteer', () => {
    const dataset = {
      ...baseDataset(),
      employees: [
        // One employee at Hill Mine (Hill District, in the Hill Region XX-R1), one with no site.
        { ...makeEmployee({ id: 'd1', siteId: 'site-hill', homeLocationId: 'XX-D1' }) },
        { ...makeEmployee({ id: 'd2', homeLocationId: 'XX-D1', gender: 'female' }) },
      ],
    };
    const outcome = employeeBreakdownIndicator.fromDataset(indicatorContextOf(dataset));
    expect(Array.isArray(outcome)).toBe(true);
    const [result] = outcome as readonly ReturnType<typeof employeeBreakdown>[];
    expect(result?.value).toBe(2);
    expect(valueAt(result?.breakdown, { region: 'XX-R1' })).toBe(1);
    expect(valueAt(result?.breakdown, { region: 'notStated' })).toBe(1);
    const none = employeeBreakdownIndicator.fromDataset(
      indicatorContextOf({ ...baseDataset(), employees: [] }),
    );
    expect(none).toEqual({ status: 'dataAbsent', detail: 'The dataset has no employee records.' });
  });

  it('GRI 2-7: is in the catalog and exported from the root', () => {
    expect(catalogEntry('workforce.employeeBreakdown')?.standards).toEqual(['GRI 2-7']);
    expect(root.employeeBreakdown).toBe(employeeBreakdown);
  });
});
