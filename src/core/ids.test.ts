import { describe, expect, it } from 'vitest';
import { CompanyIdSchema, ID_PATTERN, IdSchema, LocationIdSchema } from './ids.js';

describe('IdSchema', () => {
  it.each(['AZ-DAS', 'emp-0001', 'AZ-IVI:1234567', 'a', 'x.y_z', 'A'.repeat(128)])(
    'accepts %s',
    (id) => {
      expect(IdSchema.parse(id)).toBe(id);
    },
  );
  it.each([
    ['', 'empty'],
    ['A'.repeat(129), '129 characters'],
    ['a/b', 'slash'],
    ['a b', 'space'],
    ['a\nb', 'line break'],
    ['Daşkəsən', 'non-ASCII letters'],
    ['a#b', 'hash'],
  ])('rejects %j (%s)', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
  it('exposes the pattern', () => {
    expect(ID_PATTERN.test('AZ-GYG')).toBe(true);
    expect(ID_PATTERN.test('AZ GYG')).toBe(false);
  });
  it('brands without changing the runtime value', () => {
    expect(CompanyIdSchema.parse('azergold')).toBe('azergold');
    expect(LocationIdSchema.safeParse('a/b').success).toBe(false);
  });
});
