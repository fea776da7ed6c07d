import { describe, expect, it } from 'vitest';
import { ratio } from '../core/ratio.js';
import { catalogEntry, indicatorCatalog } from './indicatorCatalog.js';
import {
  type IndicatorCatalogEntry,
  IndicatorCatalogEntrySchema,
} from './indicatorCatalogEntry.js';
import { IndicatorResultSchema } from './indicatorResult.js';
import { resultFrom } from './resultFrom.js';

const entry: IndicatorCatalogEntry = IndicatorCatalogEntrySchema.parse({
  id: 'workforce.example',
  title: 'Example share',
  unit: 'ratio',
  formula: 'a / b',
  standards: ['GRI 202-2'],
  family: 'workforce',
  functionName: 'example',
});

describe('resultFrom', () => {
  it('takes id, title, unit and standards from the catalog entry', () => {
    const r = ratio(1, 4);
    const result = resultFrom(entry, {
      value: r.value,
      ratio: r,
      definitions: { asOf: '2024-12-31' },
      sourceIds: [],
      notes: [],
    });
    expect(result).toEqual({
      indicatorId: 'workforce.example',
      title: 'Example share',
      unit: 'ratio',
      standards: ['GRI 202-2'],
      value: 0.25,
      ratio: { numerator: 1, denominator: 4, value: 0.25 },
      definitions: { asOf: '2024-12-31' },
      sourceIds: [],
      notes: [],
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('never lets NaN or Infinity through', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = resultFrom(entry, { value, definitions: {}, sourceIds: [], notes: [] });
      expect(result.value).toBeNull();
      expect(result.reason).toBe('MISSING_DATA');
    }
  });

  it('does not share the standards array with the catalog', () => {
    const result = resultFrom(entry, { value: 1, definitions: {}, sourceIds: [], notes: [] });
    result.standards.push('X');
    expect(entry.standards).toEqual(['GRI 202-2']);
  });
});

describe('indicatorCatalog', () => {
  it('has unique ids, each a valid entry', () => {
    const ids = indicatorCatalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of indicatorCatalog)
      expect(IndicatorCatalogEntrySchema.safeParse(e).success).toBe(true);
  });
  it('finds nothing for an unknown id', () => {
    expect(catalogEntry('no.such')).toBeUndefined();
  });
});
