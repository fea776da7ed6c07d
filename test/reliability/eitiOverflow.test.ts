// Issue 21, fault 6: two expenditures of Number.MAX_SAFE_INTEGER minor units validate, but
// buildImpactReport threw UNSAFE_INTEGER from the EITI 6.1 totals: no report at all. The
// report is now built; the indicator is marked failed and the 6.1 section gives no totals, with
// the reason in its notes.
import { describe, expect, it } from 'vitest';
import { buildImpactReport } from '../../src/report/buildImpactReport.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { baseDataset, NOW } from '../fixtures/baseDataset.js';

const OPTIONS = {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: NOW,
};

function overflowing(): unknown {
  const dataset = baseDataset();
  const program = dataset.programs?.[0];
  if (program === undefined) throw new Error('the base dataset has a program');
  const flow = {
    date: '2024-03-01',
    value: { amountMinor: Number.MAX_SAFE_INTEGER, currency: 'USD' as const },
    kind: 'disbursement' as const,
    recipientId: 'ngo-1',
  };
  return { ...dataset, programs: [{ ...program, spend: [flow, { ...flow, date: '2024-04-01' }] }] };
}

describe('EITI 6.1 totals beyond the safe-integer range', () => {
  it('validate, and the report marks the part failed instead of throwing', () => {
    expect(validateDataset(overflowing(), { now: NOW }).valid).toBe(true);
    const report = buildImpactReport(overflowing(), OPTIONS);
    const s61 = report.eiti.socialExpenditures;
    expect(s61.rows).toEqual([]);
    expect(s61.voluntary).toEqual([]);
    expect(s61.mandatory).toEqual([]);
    expect(s61.notes).toEqual([
      'Not computed (UNSAFE_INTEGER): The result leaves the safe-integer range: 9007199254740991 + 9007199254740991.',
    ]);
    const coverage = report.coverage.find(
      (c) => c.indicatorId === 'community.socialExpenditureDisclosure',
    );
    expect(coverage?.status).toBe('failed');
  });
});
