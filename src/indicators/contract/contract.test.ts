import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { ImpactDatasetSchema } from '../../model/impactDataset.js';
import { datasetContextOf as indicatorContextOf } from '../datasetContextOf.js';
import { BreakdownRowSchema } from './breakdownRow.js';
import { defineIndicator } from './defineIndicator.js';
import { IndicatorCatalogEntrySchema } from './indicatorCatalogEntry.js';
import { IndicatorResultSchema } from './indicatorResult.js';

const base = {
  indicatorId: 'x.y',
  title: 'X',
  unit: 'share',
  definitions: {},
  standards: [],
  sourceIds: [],
  notes: [],
};

describe('IndicatorResultSchema and BreakdownRowSchema', () => {
  it('accept a reason exactly when the value is null', () => {
    expect(IndicatorResultSchema.safeParse({ ...base, value: 0.5 }).success).toBe(true);
    expect(
      IndicatorResultSchema.safeParse({ ...base, value: null, reason: 'BOUNDED' }).success,
    ).toBe(true);
    expect(IndicatorResultSchema.safeParse({ ...base, value: null }).success).toBe(false);
    expect(
      IndicatorResultSchema.safeParse({ ...base, value: 0.5, reason: 'BOUNDED' }).success,
    ).toBe(false);
    expect(BreakdownRowSchema.safeParse({ keys: { a: 'b' }, value: null }).success).toBe(false);
    expect(
      BreakdownRowSchema.safeParse({ keys: { a: 'b' }, value: null, reason: 'MISSING_DATA' })
        .success,
    ).toBe(true);
  });

  it('want keys on every row, never an empty set', () => {
    expect(BreakdownRowSchema.safeParse({ keys: {}, value: 1 }).success).toBe(false);
    expect(BreakdownRowSchema.safeParse({ key: 'a', value: 1 }).success).toBe(false);
    expect(
      BreakdownRowSchema.safeParse({ keys: { commodity: 'gold', year: '2023' }, value: 1 }).success,
    ).toBe(true);
  });

  it('know the closed set of units', () => {
    for (const unit of ['share', 'ratio', 'count', 'money', 'quantity', 'index', 'years'])
      expect(IndicatorResultSchema.safeParse({ ...base, unit, value: 1 }).success, unit).toBe(true);
    for (const unit of ['mass', 'jobs', 'jobYears', 'table'])
      expect(IndicatorResultSchema.safeParse({ ...base, unit, value: 1 }).success, unit).toBe(
        false,
      );
  });
});

describe('defineIndicator', () => {
  it('freezes a copy of the entry and keeps the function and the dataset runner', () => {
    const standards = ['GRI 1'];
    const compute = (): number => 1;
    const fromDataset = () => ({ status: 'dataAbsent', detail: 'none' }) as const;
    const definition = defineIndicator({
      entry: {
        id: 'workforce.example',
        title: 'Example',
        unit: 'count',
        formula: 'f',
        standards,
        family: 'workforce',
        functionName: 'example',
        results: 'many',
        resultKeys: ['site'],
        dimensions: ['year'],
      },
      compute,
      fromDataset,
    });
    standards.push('GRI 2');
    expect(definition.entry.standards).toEqual(['GRI 1']);
    expect(Object.isFrozen(definition.entry)).toBe(true);
    expect(Object.isFrozen(definition.entry.resultKeys)).toBe(true);
    expect(Object.isFrozen(definition.entry.dimensions)).toBe(true);
    expect(definition.compute).toBe(compute);
    expect(definition.fromDataset).toBe(fromDataset);
    expect(IndicatorCatalogEntrySchema.safeParse(definition.entry).success).toBe(true);
  });

  it('refuses ids that are not <family>.<name> in the entry schema', () => {
    const entry = {
      id: 'jobs.a.b',
      title: 'T',
      unit: 'count',
      formula: 'f',
      standards: [],
      family: 'jobs',
      functionName: 'a',
      results: 'one',
      dimensions: [],
    };
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(false);
    expect(IndicatorCatalogEntrySchema.safeParse({ ...entry, id: 'jobs.a' }).success).toBe(true);
  });
});

describe('indicatorContextOf', () => {
  it('extends the gazetteer with the dataset locations and takes the latest summary on or before asOf', () => {
    const data = ImpactDatasetSchema.parse(baseDataset());
    const context = indicatorContextOf(data, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    expect(context.gazetteer.byId.get('v-hill')?.name).toBe('Hill Village');
    expect(context.summary?.asOf).toBe('2024-12-31');
    expect(context.records.count).toBe(2);
    const before = indicatorContextOf(data, {
      asOf: '2024-12-30',
      period: { start: '2024-01-01', end: '2024-12-30' },
    });
    expect(before.summary).toBeUndefined();
  });
});
