import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { numberFormatter } from '../numberFormatter.js';
import { categoryDistrictTable } from './categoryDistrictTable.js';

const base: IndicatorResult = {
  indicatorId: 'community.categoryCoverage',
  title: 'Program categories active in each district',
  unit: 'count',
  value: null,
  reason: 'BREAKDOWN_ONLY',
  definitions: {},
  standards: [],
  sourceIds: [],
  notes: [],
};

describe('categoryDistrictTable', () => {
  it('lays the rows by district and category out as districts × categories', () => {
    const table = categoryDistrictTable(
      {
        ...base,
        breakdown: [
          { keys: { district: 'AZ-DAS' }, label: 'Daşkəsən', value: 1, count: 1 },
          { keys: { district: 'AZ-DAS', category: 'education' }, value: 1, count: 1 },
          { keys: { district: 'AZ-DAS', category: 'infrastructure' }, value: 0, count: 0 },
          { keys: { district: 'AZ-GYG', category: 'education' }, value: 2, count: 2 },
        ],
      },
      numberFormatter('en'),
    );
    expect(table).toEqual({
      kind: 'table',
      caption: 'Programs active by district and category (number of programs).',
      header: ['District', 'education', 'infrastructure'],
      // AZ-GYG has no row of its own: its id stands for its name, and its missing cell is empty.
      rows: [
        [['Daşkəsən'], ['1'], ['0']],
        [['AZ-GYG'], ['2'], ['']],
      ],
      numeric: [false, true, true],
    });
  });

  it('is undefined without rows by district and category', () => {
    expect(categoryDistrictTable(base, numberFormatter('en'))).toBeUndefined();
  });
});
