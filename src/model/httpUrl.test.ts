import { describe, expect, it } from 'vitest';
import { rejects } from '../../test/fixtures/schemaExpectations.js';
import { HTTP_URL_PATTERN, HttpUrlSchema } from './httpUrl.js';

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
