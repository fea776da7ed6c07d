import { describe, expect, it } from 'vitest';
import { ClosurePlanSchema } from './closurePlan.js';
import { ImpactDatasetSchema } from './impactDataset.js';
import { LandRecordSchema } from './landRecord.js';
import { SafetyRecordSchema } from './safetyRecord.js';

const year = { start: '2024-01-01', end: '2024-12-31' };

describe('the safety, grievance, land and closure schemas', () => {
  it('are collections of the dataset, empty by default', () => {
    const shape = ImpactDatasetSchema as unknown as { shape: Record<string, unknown> };
    expect(Object.keys(shape.shape)).toEqual(
      expect.arrayContaining(['safety', 'grievances', 'land', 'closure']),
    );
    const dataset = ImpactDatasetSchema.parse({
      schemaVersion: '1.0',
      company: { id: 'c', name: 'C', entityType: 'registeredEntity', commodities: [] },
    });
    expect([dataset.safety, dataset.grievances, dataset.land, dataset.closure]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('keep a bound a bound and refuse a group of workers GRI 403-9 does not name', () => {
    const record = SafetyRecordSchema.parse({
      period: year,
      workers: 'nonEmployees',
      recordableInjuries: { max: 4, phrase: 'fewer than 5' },
      sourceIds: [],
    });
    expect(record.recordableInjuries).toEqual({ max: 4, phrase: 'fewer than 5' });
    expect(
      SafetyRecordSchema.safeParse({ period: year, workers: 'visitors', sourceIds: [] }).success,
    ).toBe(false);
  });

  it('refuse more land rehabilitated than disturbed and negative areas', () => {
    const base = { asOf: '2024', areaUnit: 'ha', sourceIds: [] };
    expect(
      LandRecordSchema.safeParse({ ...base, disturbed: 10, rehabilitated: 11 }).error?.issues[0]
        ?.path,
    ).toEqual(['rehabilitated']);
    expect(LandRecordSchema.safeParse({ ...base, rehabilitated: 11 }).success).toBe(true);
    expect(LandRecordSchema.safeParse({ ...base, cleared: -1 }).success).toBe(false);
  });

  it('take a closure provision as money', () => {
    const plan = ClosurePlanSchema.parse({
      siteId: 'mine-1',
      asOf: '2024-12-31',
      hasPlan: true,
      provision: { amountMinor: 250_000_000, currency: 'USD' },
      sourceIds: [],
    });
    expect(plan.provision).toEqual({ amountMinor: 250_000_000, currency: 'USD' });
    expect(
      ClosurePlanSchema.safeParse({ ...plan, provision: { amountMinor: 1.5, currency: 'USD' } })
        .success,
    ).toBe(false);
  });
});
