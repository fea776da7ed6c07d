import { describe, expect, it } from 'vitest';
import type { CompanyId, SourceId } from '../../core/ids.js';
import type { ProcurementSummary } from '../../model/procurementSummary.js';
import { supplierLocalityDistribution } from './supplierLocalityDistribution.js';

const summary: ProcurementSummary = {
  id: 'proc-2023',
  companyId: 'miner' as CompanyId,
  period: { start: '2023' },
  byLocality: [
    { locality: 'local', suppliers: 120 },
    { locality: 'national', suppliers: 300 },
    { locality: 'foreign', suppliers: 80 },
  ],
  sourceIds: ['src-report' as SourceId],
};

describe('supplierLocalityDistribution', () => {
  it('sums the localities when no total is published', () => {
    // 120 + 300 + 80 = 500.
    const result = supplierLocalityDistribution(summary);
    expect([result.value, result.unit, result.keys]).toEqual([
      500,
      'count',
      { summaryId: 'proc-2023' },
    ]);
    expect(result.breakdown?.map((r) => [r.keys.locality, r.value])).toEqual([
      ['local', 120],
      ['national', 300],
      ['foreign', 80],
    ]);
    expect(result.definitions.total).toBe('sum of the localities');
  });

  it('keeps "more than 700 suppliers, of which more than half national" as bounds', () => {
    // Total > 700 → at least 701; national > half of at least 701 → at least 351.
    const published: ProcurementSummary = {
      ...summary,
      suppliers: { min: 701 },
      byLocality: [{ locality: 'national', suppliers: { min: 351 } }],
    };
    const result = supplierLocalityDistribution(published);
    expect([result.value, result.reason, result.bounds]).toEqual([null, 'BOUNDED', { min: 701 }]);
    expect(result.breakdown?.[0]).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 351 },
    });
  });

  it('adds bounds of the localities bound by bound', () => {
    // [100, 150] + [0, ∞) → [100, ∞).
    const bounded = {
      ...summary,
      byLocality: [
        { locality: 'local' as const, suppliers: { min: 100, max: 150 } },
        { locality: 'foreign' as const, suppliers: { min: 0 } },
      ],
    };
    expect(supplierLocalityDistribution(bounded).bounds).toEqual({ min: 100 });
  });

  it('quotes approximate counts, and gives MISSING_DATA without a derivable total', () => {
    const approximate = {
      ...summary,
      suppliers: { approximately: 500, phrase: 'about 500 suppliers' },
    };
    const result = supplierLocalityDistribution(approximate);
    expect(result.value).toBe(500);
    expect(result.notes).toEqual([
      'approximate: suppliers published as "about 500 suppliers" (the figure is taken as the value).',
    ]);
    const partial = {
      ...summary,
      byLocality: [
        { locality: 'local' as const, suppliers: 120 },
        { locality: 'foreign' as const },
      ],
    };
    expect(supplierLocalityDistribution(partial)).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });
});
