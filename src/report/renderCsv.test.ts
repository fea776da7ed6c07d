import { describe, expect, it } from 'vitest';
import { fekolaDataset } from '../../test/realData/fekola.js';
import { buildImpactReport } from './buildImpactReport.js';
import { CSV_COLUMNS, renderCsv } from './renderCsv.js';

describe('renderCsv', () => {
  const report = buildImpactReport(fekolaDataset, {
    asOf: '2024-12-31',
    now: '2025-11-14',
    metalUnit: 'ozt',
  });
  const rows = renderCsv(report)
    .split('\r\n')
    .map((line) => line.split(','));
  const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('gives each breakdown row its own unit: contained metal in ozt beside ore in t', () => {
    const metal = rows.find(
      (r) =>
        r[column('indicatorId')] === 'deposits.resourceReserveStatement' &&
        r[column('keys')] === 'reportingCode=NI43-101; category=indicated; measure=metal',
    );
    expect(metal?.[column('quantityUnit')]).toBe('ozt');
    const ore = rows.find(
      (r) =>
        r[column('indicatorId')] === 'deposits.resourceReserveStatement' &&
        r[column('keys')] === 'reportingCode=NI43-101; category=indicated; measure=ore',
    );
    expect(ore?.[column('quantityUnit')]).toBe('t');
  });

  it('writes the count and the ratio parts of a row', () => {
    // 2,697 of 2,792 employees are host-country nationals at the end of 2022.
    const host = rows.find(
      (r) =>
        r[column('indicatorId')] === 'workforce.hostCountryNationalShare' &&
        r[column('keys')] === 'nationality=hostCountry',
    );
    expect(host?.[column('count')]).toBe('2697');
    expect(host?.[column('numerator')]).toBe('2697');
    expect(host?.[column('denominator')]).toBe('2792');
    expect(Number(host?.[column('ratio')])).toBe(2697 / 2792);
  });
});
