import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { validateDataset } from './validateDataset.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests write plain JSON into the base dataset.
type Json = any;

/** The codes and paths of the issues of the base dataset with its summary replaced. */
function issuesOf(summary: Json): [string, string][] {
  const dataset: Json = baseDataset();
  dataset.workforce[0] = {
    companyId: 'miner',
    asOf: '2024-12-31',
    sourceIds: ['src-report'],
    ...summary,
  };
  return validateDataset(dataset, { now: NOW }).issues.map((issue) => [issue.code, issue.path]);
}

describe('checkWorkforce: published shares', () => {
  it('accepts "94 %" of exactly 1,742 with 1,637 counted', () => {
    // 1,637 / 1,742 = 0.93972…, in [0.935, 0.945), the interval "94 %" stands for.
    expect(
      issuesOf({
        headcount: 1742,
        byNationality: { hostCountry: 1637 },
        shares: { hostCountryNationals: { value: 0.94, phrase: '94 %' } },
      }),
    ).toEqual([]);
  });

  it('refuses "95 %" of exactly 1,742 with 1,637 counted', () => {
    // 0.93972… is below 0.945, the lower end of "95 %".
    expect(
      issuesOf({
        headcount: 1742,
        byNationality: { hostCountry: 1637 },
        shares: { hostCountryNationals: { value: 0.95, phrase: '95 %' } },
      }),
    ).toEqual([['workforce.share_inconsistent', '/workforce/0/shares/hostCountryNationals']]);
  });

  it('accepts "97 % of over 2,500" with no count, and with expatriates the bounds allow', () => {
    expect(
      issuesOf({
        headcount: { min: 2501, phrase: 'over 2,500 employees' },
        shares: { hostCountryNationals: { value: 0.97, phrase: '97 % of over 2,500' } },
      }),
    ).toEqual([]);
    // At least 50 expatriates of at most 2,600 leave at most 1 − 50 / 2,600 = 0.98077 for the
    // nationals: [0.965, 0.975) fits.
    expect(
      issuesOf({
        headcount: { min: 2501, max: 2600 },
        byNationality: { expatriate: { min: 50 } },
        shares: { hostCountryNationals: { value: 0.97, phrase: '97 %' } },
      }),
    ).toEqual([]);
  });

  it('refuses "97 %" when the expatriates counted leave less than 0.965', () => {
    // At least 200 expatriates of at most 2,600: nationals at most 1 − 200 / 2,600 = 0.92308.
    expect(
      issuesOf({
        headcount: { min: 2501, max: 2600 },
        byNationality: { expatriate: { min: 200 } },
        shares: { hostCountryNationals: { value: 0.97, phrase: '97 %' } },
      }),
    ).toEqual([['workforce.share_inconsistent', '/workforce/0/shares/hostCountryNationals']]);
  });

  it('accepts "80 % of 400 to 1,700 contracted workers" with no count', () => {
    expect(
      issuesOf({
        headcount: { min: 400, max: 1700, phrase: '400 to 1,700 contracted workers' },
        scope: 'contractors',
        shares: { local: { value: 0.8, phrase: '80 % … are residents of the region' } },
        localityDefinition: 'residents of the region',
      }),
    ).toEqual([]);
  });

  it('refuses shares of disjoint parts that add up to more than 1', () => {
    // Over 80 % local and at least 30 % non-local: 0.8 + 0.3 = 1.1 > 1.
    expect(
      issuesOf({
        headcount: 100,
        shares: {
          local: { min: 0.8, minExclusive: true, phrase: 'over 80 %' },
          nonLocal: { min: 0.3, phrase: 'at least 30 %' },
        },
      }),
    ).toEqual([['workforce.share_inconsistent', '/workforce/0/shares/local']]);
    // 0.8 + 0.2 = 1: possible (exactly 80 % and 20 %, were "over" not strict in the sum).
    expect(
      issuesOf({
        headcount: 100,
        shares: {
          local: { min: 0.8, phrase: 'at least 80 %' },
          nonLocal: { min: 0.2, phrase: 'at least 20 %' },
        },
      }),
    ).toEqual([]);
  });

  it('does not compare an approximate count with a share', () => {
    // "About 50" of 100 is not 0.5 exactly; "97 %" is not held against it.
    expect(
      issuesOf({
        headcount: 100,
        local: { approximately: 50, phrase: 'about 50' },
        shares: { local: { value: 0.97, phrase: '97 %' } },
      }),
    ).toEqual([]);
  });

  it('compares the contractors share with byEngagement', () => {
    // 30 contractors' workers of exactly 100: 0.3, not in "40 %" = [0.395, 0.405).
    expect(
      issuesOf({
        headcount: 100,
        scope: 'employeesAndContractors',
        byEngagement: { contractor: 30, employee: 70 },
        shares: { contractors: { value: 0.4, phrase: '40 %' } },
      }),
    ).toEqual([['workforce.share_inconsistent', '/workforce/0/shares/contractors']]);
  });
});

describe('checkWorkforce: nationality', () => {
  it('reports a nationality breakdown above the headcount, and one that falls short', () => {
    // 2,697 + 95 = 2,792 > 2,700.
    expect(
      issuesOf({ headcount: 2700, byNationality: { hostCountry: 2697, expatriate: 95 } }),
    ).toEqual([['workforce.breakdown_exceeds_headcount', '/workforce/0/byNationality']]);
    // 2,697 + 95 = 2,792 < 2,800.
    expect(
      issuesOf({ headcount: 2800, byNationality: { hostCountry: 2697, expatriate: 95 } }),
    ).toEqual([['workforce.breakdown_incomplete', '/workforce/0/byNationality']]);
    expect(
      issuesOf({ headcount: 2792, byNationality: { hostCountry: 2697, expatriate: 95 } }),
    ).toEqual([]);
  });
});
