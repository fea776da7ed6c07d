import { describe, expect, it } from 'vitest';
import { ratio } from '../../core/ratio.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { resultFrom } from './resultFrom.js';

const entry: IndicatorCatalogEntry = {
  id: 'workforce.example',
  title: 'Example share',
  unit: 'share',
  formula: 'a / b',
  standards: ['GRI 202-2'],
  family: 'workforce',
  functionName: 'example',
  results: 'one',
  dimensions: [],
};

describe('resultFrom', () => {
  it('takes id, title, unit and standards from the catalog entry', () => {
    const r = ratio(1, 4);
    const result = resultFrom(entry, {
      value: 0.25,
      ratio: r,
      definitions: { asOf: '2024-12-31' },
      sourceIds: [],
      notes: [],
    });
    expect(result).toEqual({
      indicatorId: 'workforce.example',
      title: 'Example share',
      unit: 'share',
      standards: ['GRI 202-2'],
      value: 0.25,
      ratio: { numerator: 1, denominator: 4, value: 0.25 },
      definitions: { asOf: '2024-12-31' },
      sourceIds: [],
      notes: [],
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('never lets NaN or Infinity through: they become null with MISSING_DATA', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = resultFrom(entry, { value, definitions: {}, sourceIds: [], notes: [] });
      expect(result.value).toBeNull();
      expect(result.reason).toBe('MISSING_DATA');
    }
  });

  it('leaves out fields given as undefined and keeps a detail', () => {
    const result = resultFrom(entry, {
      value: null,
      reason: 'ZERO_DENOMINATOR',
      bounds: undefined,
      definitions: {},
      sourceIds: [],
      notes: [],
      detail: { headcount: 0 },
    });
    expect('bounds' in result).toBe(false);
    expect(result.detail).toEqual({ headcount: 0 });
  });

  it('does not share the standards array with the catalog', () => {
    const result = resultFrom(entry, { value: 1, definitions: {}, sourceIds: [], notes: [] });
    (result.standards as string[]).push('X');
    expect(entry.standards).toEqual(['GRI 202-2']);
  });
});
