import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { LocalizedNameSchema, NameKindSchema } from './localizedName.js';

describe('LocalizedNameSchema', () => {
  it('accepts a name with a BCP 47 tag and a kind', () => {
    accepts(LocalizedNameSchema, { value: 'Kǝngǝrli', lang: 'az-Latn', kind: 'variant' });
    expect(NameKindSchema.options).toContain('historic');
  });

  it('rejects malformed language tags and empty names', () => {
    rejects(
      LocalizedNameSchema,
      { value: 'Dashkasan', lang: 'English', kind: 'exonym' },
      ['lang'],
      'invalid_format',
    );
    rejects(LocalizedNameSchema, { value: '', lang: 'en', kind: 'exonym' }, ['value'], 'too_small');
  });
});
