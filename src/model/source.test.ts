import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { SourceSchema } from './source.js';

const source = {
  id: 'src-trend-4117320',
  title: "Over 80% of AzerGold's employees hail from regions",
  publisher: 'Trend News Agency',
  url: 'https://www.trend.az/business/4117320.html',
};

describe('SourceSchema', () => {
  it('accepts a source with dates, quote, language and reliability', () => {
    expect(
      accepts(SourceSchema, {
        ...source,
        publishedOn: '2025-11-14',
        retrievedOn: '2025-11-20',
        quote: 'Over 80 percent',
        language: 'en',
        reliability: 'secondary',
        note: 'Date inferred.',
      }).reliability,
    ).toBe('secondary');
  });

  it('rejects a missing title, unknown reliability and malformed language tags', () => {
    rejects(SourceSchema, { ...source, title: undefined }, ['title'], 'invalid_type');
    rejects(SourceSchema, { ...source, reliability: 'trusted' }, ['reliability'], 'invalid_value');
    rejects(SourceSchema, { ...source, language: 'EN' }, ['language'], 'invalid_format');
  });
});
