import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { buildImpactReport } from './buildImpactReport.js';

/** The base dataset's school program, copied as `id` with the given category and purpose. */
function withPrograms(): unknown {
  const dataset = baseDataset() as unknown as { programs: Record<string, unknown>[] };
  const school = dataset.programs[0] as Record<string, unknown>;
  const copy = (id: string, extra: object, amountMinor: number) => ({
    ...school,
    id,
    ...extra,
    spend: [
      {
        date: '2024-05-01',
        value: { amountMinor, currency: 'USD' },
        kind: 'disbursement',
        recipientId: 'ngo-1',
        sourceIds: ['src-report'],
      },
    ],
  });
  dataset.programs.push(
    copy('prog-trees', { category: 'environment', sdgs: [15] }, 400_000),
    copy(
      'prog-road',
      { category: 'infrastructure', sdgs: [9], primaryPurpose: 'business' },
      2_000_000,
    ),
  );
  return dataset;
}

describe('the EITI 6.1 section: environmental and business-purpose rows apart (EITI 6.1.b)', () => {
  it('totals environmental and business-purpose spending apart from voluntary social spending', () => {
    const report = buildImpactReport(withPrograms(), {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: NOW,
    });
    const s61 = report.eiti.socialExpenditures;
    // The school's USD 50,000.00 (5,000,000 cents) is voluntary social spending; the trees'
    // USD 4,000.00 are environmental; the access road's USD 20,000.00 serve the business first.
    expect(s61.voluntary).toEqual([{ amountMinor: 5_000_000, currency: 'USD' }]);
    expect(s61.environmental).toEqual([{ amountMinor: 400_000, currency: 'USD' }]);
    expect(s61.businessPurpose).toEqual([{ amountMinor: 2_000_000, currency: 'USD' }]);
  });
});
