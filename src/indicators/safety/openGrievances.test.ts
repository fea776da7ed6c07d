import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { GrievanceRecord } from '../../model/grievanceRecord.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { openGrievances, openGrievancesIndicator } from './openGrievances.js';
import { safetyIndicators } from './safetyIndicators.js';

const record = (fields: object): GrievanceRecord =>
  ({
    period: { start: '2024-01-01', end: '2024-12-31' },
    received: 10,
    sourceIds: ['src-1'],
    ...fields,
  }) as unknown as GrievanceRecord;
const h1 = { start: '2024-01-01', end: '2024-06-30' };
const h2 = { start: '2024-07-01', end: '2024-12-31' };

describe('openGrievances (GRI 2-25, GRI 14.10)', () => {
  it('is registered as safety.openGrievances, a count', () => {
    expect(openGrievancesIndicator.entry).toMatchObject({ unit: 'count' });
    expect(safetyIndicators).toContain(openGrievancesIndicator);
  });

  it('adds the open grievances of the latest period of each site, never a stock twice', () => {
    const result = openGrievances([
      record({ siteId: 'mine-a', period: h1, open: 8 }),
      record({ siteId: 'mine-a', period: h2, open: 5 }),
      record({ siteId: 'mine-b', period: h2, open: 2 }),
      record({ period: h2, open: 1 }),
    ]);
    // mine-a at the end of H2: 5 (not 8 + 5); mine-b 2; company-wide 1: 5 + 2 + 1 = 8.
    expect(result.value).toBe(8);
    expect(rowValues(result)).toEqual({ 'mine-a': 5, 'mine-b': 2 });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps bounds and notes approximate counts', () => {
    const bounded = openGrievances([
      record({ siteId: 'mine-a', open: { max: 3, phrase: 'fewer than 4' } }),
      record({ siteId: 'mine-b', open: 2 }),
    ]);
    // [0 + 2, 3 + 2] = [2, 5].
    expect(bounded).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 2, max: 5 } });
    const about = openGrievances([record({ open: { approximately: 40, phrase: 'about 40' } })]);
    expect(about.value).toBe(40);
    expect(about.notes).toEqual([
      'approximate: a count was published as "about 40" (taken as the value).',
    ]);
  });

  it('is MISSING_DATA when a counted record does not give open ones', () => {
    expect(openGrievances([record({ siteId: 'mine-a' })])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(openGrievances([])).toMatchObject({ value: null, reason: 'MISSING_DATA' });
  });

  it('runs on a dataset, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), grievances: [record({ open: 3 })] },
      { asOf: '2024-12-31' },
    );
    expect(openGrievancesIndicator.fromDataset(context)).toMatchObject([{ value: 3 }]);
    expect(openGrievancesIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
