import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../core/ids.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { economicIndicators } from './economicIndicators.js';
import {
  extractiveEmploymentShare,
  extractiveEmploymentShareIndicator,
} from './extractiveEmploymentShare.js';

const national = {
  employed: 5_000_000,
  period: '2024',
  source: 'National statistics office, labour force 2024',
  url: 'https://example.org/labour-2024',
};

describe('extractiveEmploymentShare: the catalog entry', () => {
  it('is economic.extractiveEmploymentShare, a share under EITI 6.3', () => {
    expect(
      IndicatorCatalogEntrySchema.parse(extractiveEmploymentShareIndicator.entry),
    ).toMatchObject({
      id: 'economic.extractiveEmploymentShare',
      family: 'economic',
      unit: 'share',
      standards: ['EITI 6.3'],
      results: 'one',
    });
    expect(economicIndicators).toContain(extractiveEmploymentShareIndicator);
  });
});

describe('extractiveEmploymentShare', () => {
  it('EITI 6.3: employment absolute and as a share of national employment', () => {
    const result = extractiveEmploymentShare(
      { headcount: 2_500, asOf: '2024-12-31', sourceIds: ['src-report' as SourceId] },
      { national },
    );
    // 2,500 / 5,000,000 = 0.0005 (0.05 % of national employment).
    expect(result.value).toBe(0.0005);
    expect(result.ratio).toEqual({ numerator: 2_500, denominator: 5_000_000, value: 0.0005 });
    expect(result.detail.employment).toBe(2_500);
    expect(result.detail.national).toEqual(national);
    expect(result.definitions).toMatchObject({
      nationalPeriod: '2024',
      nationalSource: 'National statistics office, labour force 2024',
      nationalUrl: 'https://example.org/labour-2024',
    });
    expect(result.sourceIds).toEqual(['src-report']);
    expect(result.notes).toEqual([]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('EITI 6.3: null with MISSING_DATA without the national figure, the absolute figure kept', () => {
    const result = extractiveEmploymentShare({ headcount: 2_500, asOf: '2024-12-31' });
    expect(result).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(result.detail).toEqual({ employment: 2_500, national: null });
    expect(result.notes).toEqual([
      'No national employment figure is given: the share of national employment (EITI 6.3) needs one, with its source.',
    ]);
  });

  it('EITI 6.3: a bounded headcount gives bounds, and another year is noted', () => {
    const result = extractiveEmploymentShare(
      { headcount: { min: 2_201, phrase: 'more than 2,200' }, asOf: '2024-12-31' },
      { national: { ...national, period: '2023' } },
    );
    // More than 2,200 people: at least 2,201 / 5,000,000 = 0.0004402; no upper bound published.
    expect(result).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 0.0004402 } });
    expect(result.notes).toEqual([
      'The national figure refers to 2023, the headcount to 2024-12-31.',
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('rejects a national figure that is not a positive integer, has no source or is too small', () => {
    const headcount = { headcount: 10, asOf: '2024-12-31' };
    expect(() =>
      extractiveEmploymentShare(headcount, { national: { ...national, employed: 0 } }),
    ).toThrow('national.employed must be an integer >= 1, got 0');
    expect(() =>
      extractiveEmploymentShare(headcount, { national: { ...national, source: ' ' } }),
    ).toThrow('national.source must name the source of the figure');
    expect(() =>
      extractiveEmploymentShare(headcount, { national: { ...national, employed: 5 } }),
    ).toThrow('the headcount (10) exceeds national employment (5)');
  });

  it('is dataAbsent on a dataset, which holds no national statistics', () => {
    expect(extractiveEmploymentShareIndicator.fromDataset(undefined as never)).toMatchObject({
      status: 'dataAbsent',
    });
  });
});

describe('extractiveEmploymentShare, bounds and checks', () => {
  const company = { asOf: '2024-12-31' };

  it('EITI 6.3: a headcount between bounds gives the share between bounds', () => {
    // "2,000 to 3,000 people": 2,000 / 5,000,000 = 0.0004 to 3,000 / 5,000,000 = 0.0006.
    const result = extractiveEmploymentShare(
      { ...company, headcount: { min: 2_000, max: 3_000 } },
      { national },
    );
    expect(result).toMatchObject({ value: null, reason: 'BOUNDED' });
    expect(result.bounds).toEqual({ min: 0.0004, max: 0.0006 });
  });

  it('refuses a national period that is not a date, and a headcount above national employment', () => {
    expect(() =>
      extractiveEmploymentShare(
        { ...company, headcount: 10 },
        { national: { ...national, period: 'last year' } },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    // 6,000,000 people cannot be part of 5,000,000 employed.
    expect(() =>
      extractiveEmploymentShare({ ...company, headcount: 6_000_000 }, { national }),
    ).toThrow('the headcount (6000000) exceeds national employment (5000000)');
  });
});
