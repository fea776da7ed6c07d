import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { ProductionRecordSchema } from './productionRecord.js';

describe('ProductionRecordSchema', () => {
  it('accepts company-wide and site production', () => {
    accepts(ProductionRecordSchema, {
      year: 2024,
      commodity: 'gold',
      quantity: { value: 60000, unit: 'ozt' },
      sourceIds: ['src-1'],
    });
    accepts(ProductionRecordSchema, {
      siteId: 'site-chovdar',
      depositId: 'dep-chovdar',
      year: 2024,
      commodity: 'silver',
      quantity: { value: 2, unit: 't' },
      note: 'in doré',
      sourceIds: [],
    });
  });

  it('rejects a fractional year and an unknown unit', () => {
    rejects(
      ProductionRecordSchema,
      { year: 2024.5, commodity: 'gold', quantity: { value: 1, unit: 't' }, sourceIds: [] },
      ['year'],
      'invalid_type',
    );
    rejects(
      ProductionRecordSchema,
      { year: 2024, commodity: 'gold', quantity: { value: 1, unit: 'lb' }, sourceIds: [] },
      ['quantity', 'unit'],
      'invalid_value',
    );
  });
});
