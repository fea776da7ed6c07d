import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { HTTP_URL_PATTERN, HttpUrlSchema } from './httpUrl.js';
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

describe('HttpUrlSchema', () => {
  it('accepts http(s) URLs with ports, paths, queries, fragments and percent-encoding', () => {
    for (const url of [
      'http://localhost:8080/',
      'https://xn--e1afmkfd.xn--p1ai/',
      'https://a.b/c%20d?e=f&g=h#i',
      'https://example.com',
    ]) {
      expect(HttpUrlSchema.safeParse(url).success, url).toBe(true);
    }
  });

  it('rejects other schemes, spaces, raw non-ASCII, backslashes and bad percent-encoding', () => {
    for (const url of [
      'ftp://example.com/',
      'HTTPS://EXAMPLE.COM/',
      ' https://example.com/',
      'https://example.com/a b',
      'https://пример.рф/',
      'https://a\\b',
      'https://a.b/%zz',
      'https://-a.b/',
      'https://[::1]/',
    ]) {
      expect(HTTP_URL_PATTERN.test(url), url).toBe(false);
    }
    rejects(HttpUrlSchema, `https://example.com/${'a'.repeat(2000)}`, [], 'too_big');
  });
});
