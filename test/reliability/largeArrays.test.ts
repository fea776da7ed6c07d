// Issue 21, fault 5: data-sized arrays spread into a call overflowed the stack. A valid dataset
// with 130,000 villages without a point (130,000 info issues) made validateDataset throw
// "RangeError: Maximum call stack size exceeded"; so did buildImpactReport with 70,000
// expenditures or 150,000 source ids on one program.
import { describe, expect, it } from 'vitest';
import type { ImpactDatasetInput } from '../../src/model/impactDataset.js';
import { buildImpactReport } from '../../src/report/buildImpactReport.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { baseDataset, NOW } from '../fixtures/baseDataset.js';

const OPTIONS = {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: NOW,
};

describe('data-sized arrays', () => {
  it('validates 130,000 villages without a point: 130,000 infos, no throw', () => {
    const dataset = baseDataset();
    for (let i = 0; i < 130_000; i += 1) {
      dataset.locations?.push({ id: `v-${i}`, kind: 'village', name: `V ${i}`, parentId: 'XX-D1' });
    }
    const result = validateDataset(dataset, { now: NOW });
    expect(result.valid).toBe(true);
    expect(result.summary.infos).toBe(130_000);
    expect(result.issues.filter((issue) => issue.code === 'location.no_point')).toHaveLength(
      130_000,
    );
  }, 120_000);

  it('reports a program with 70,000 expenditures and 150,000 source ids', () => {
    const dataset: ImpactDatasetInput = baseDataset();
    const program = dataset.programs?.[0];
    if (program === undefined) throw new Error('the base dataset has a program');
    const sourceIds: string[] = [];
    const sources = dataset.sources ?? [];
    for (let i = 0; i < 150_000; i += 1) {
      sourceIds.push(`s-${i}`);
      sources.push({ id: `s-${i}`, title: `Source ${i}` });
    }
    const spend = [];
    for (let i = 0; i < 70_000; i += 1) {
      spend.push({
        date: '2024-03-01',
        value: { amountMinor: 100, currency: 'USD' },
        kind: 'disbursement' as const,
        recipientId: 'ngo-1',
      });
    }
    const big = { ...dataset, sources, programs: [{ ...program, spend, sourceIds }] };
    const report = buildImpactReport(big, OPTIONS);
    expect(report.eiti.socialExpenditures.rows.length).toBe(70_000);
    expect(report.sources.length).toBe(150_002);
    expect(report.facts.some((f) => f.sourceIds.length === 150_000)).toBe(true);
  }, 240_000);
});
