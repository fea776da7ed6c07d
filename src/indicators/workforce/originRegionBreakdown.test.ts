import { describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { year2024 } from '../../../test/fixtures/workforce2024.js';
import { azGazetteer } from '../../data/az/index.js';
import { newHireRate } from './newHireRate.js';
import { turnoverRate } from './turnoverRate.js';

// GRI 401-1 "by region": the economic region of each person's home.
const records = [
  // h1: from Daşkəsən (Ganja-Dashkasan), hired in 2024.
  makeEmployee({ id: 'h1', homeLocationId: 'AZ-DAS', hireDate: '2024-03-01' }),
  // h2: from Bakı, hired before 2024.
  makeEmployee({ id: 'h2', homeLocationId: 'AZ-BA', hireDate: '2020-01-01' }),
  // h3: from Gədəbəy (Gazakh-Tovuz), hired in 2024.
  makeEmployee({ id: 'h3', homeLocationId: 'AZ-GAD', hireDate: '2024-05-01' }),
  // h4: from a place the gazetteer does not hold; left voluntarily in 2024.
  makeEmployee({
    id: 'h4',
    homeLocationId: 'nowhere',
    hireDate: '2019-01-01',
    terminationDate: '2024-08-01',
    terminationReason: 'voluntary',
  }),
  // h5: from Göygöl (Ganja-Dashkasan), hired before 2024.
  makeEmployee({ id: 'h5', homeLocationId: 'AZ-GYG', hireDate: '2018-01-01' }),
  // h6: from Daşkəsən like h1, hired before 2024.
  makeEmployee({ id: 'h6', homeLocationId: 'AZ-DAS', hireDate: '2017-01-01' }),
];
// At the end of 2024: h1 h2 h3 h5 h6 = 5. Hires: h1 h3 = 2. GRI turnover: h4 = 1.

describe("the 'originRegion' breakdown of newHireRate and turnoverRate", () => {
  it('breaks new hires down by economic region of origin over the total headcount', () => {
    const result = newHireRate(records, {
      period: year2024,
      breakdown: ['originRegion'],
      gazetteer: azGazetteer,
    });
    // 2 / 5 = 0.4 in total; Ganja-Dashkasan h1 → 1/5; Gazakh-Tovuz h3 → 1/5; Bakı and unknown 0.
    expect(result.value).toBe(0.4);
    expect(result.breakdown?.map((r) => [r.dimension, r.key, r.count, r.value])).toEqual([
      ['originRegion', 'az-er-baku', 0, 0],
      ['originRegion', 'az-er-ganja-dashkasan', 1, 0.2],
      ['originRegion', 'az-er-gazakh-tovuz', 1, 0.2],
      ['originRegion', 'unknown', 0, 0],
    ]);
  });

  it('can divide by each region’s own headcount', () => {
    const result = newHireRate(records, {
      period: year2024,
      breakdown: ['originRegion'],
      groupDenominator: 'group',
      gazetteer: azGazetteer,
    });
    // Ganja-Dashkasan: 1 hire (h1) of 3 at the end (h1, h5, h6); Gazakh-Tovuz 1 of 1 = 1.
    const rows = Object.fromEntries(result.breakdown?.map((r) => [r.key, r.value]) ?? []);
    expect(rows['az-er-ganja-dashkasan']).toBe(1 / 3);
    expect(rows['az-er-gazakh-tovuz']).toBe(1);
    // Nobody from the unknown place is employed at the end: 0 / 0.
    expect(rows.unknown).toBeNull();
  });

  it('breaks turnover down by region, next to other dimensions', () => {
    const result = turnoverRate(records, {
      period: year2024,
      breakdown: ['gender', 'originRegion'],
      gazetteer: azGazetteer,
    });
    // h4 left: 1 / 5 = 0.2, from an unknown place.
    expect(result.value).toBe(0.2);
    const regional = result.breakdown?.filter((r) => r.dimension === 'originRegion');
    expect(regional?.find((r) => r.key === 'unknown')?.value).toBe(0.2);
    expect(result.breakdown?.filter((r) => r.dimension === 'gender')).toHaveLength(1);
  });

  it('needs a gazetteer for the region, and only for it', () => {
    expect(() =>
      newHireRate(records, { period: year2024, breakdown: ['gender', 'originRegion'] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      newHireRate(records, {
        period: year2024,
        breakdown: ['originRegion'],
        gazetteer: {} as typeof azGazetteer,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    // 2 / 5 without any breakdown; the gazetteer is not needed.
    expect(newHireRate(records, { period: year2024 }).value).toBe(0.4);
  });
});
