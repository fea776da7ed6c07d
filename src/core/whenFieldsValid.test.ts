import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PeriodSchema } from './period.js';
import { whenFieldsValid } from './whenFieldsValid.js';

function codes(schema: z.ZodType, value: unknown): [string, string][] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => [
    issue.code === 'custom' ? String(issue.params?.code) : issue.code,
    issue.path.join('/'),
  ]);
}

describe('whenFieldsValid (regression: invalid dates are not compared)', () => {
  it('reports a malformed start once, without a period.end_before_start', () => {
    // "2024-13-01" > "2024-12-31" as strings: compared, it looked like an inverted period.
    expect(codes(PeriodSchema, { start: '2024-13-01', end: '2024-12-31' })).toEqual([
      ['invalid_format', 'start'],
    ]);
  });

  it('still compares two valid dates', () => {
    expect(codes(PeriodSchema, { start: '2024-12-31', end: '2024-01-01' })).toEqual([
      ['period.end_before_start', 'end'],
    ]);
  });

  it('compares valid dates next to an unknown key', () => {
    expect(codes(PeriodSchema, { start: '2024-12-31', end: '2024-01-01', x: 1 })).toEqual([
      ['unrecognized_keys', ''],
      ['period.end_before_start', 'end'],
    ]);
  });

  it('never runs the comparison on a value that is not an object', () => {
    expect(codes(PeriodSchema, null)).toEqual([['invalid_type', '']]);
    expect(codes(PeriodSchema, [])).toEqual([['invalid_type', '']]);
  });

  it('compares the fields even when another field failed with an aborting issue', () => {
    const schema = z
      .strictObject({ a: z.number(), b: z.number(), label: z.string() })
      .refine((v) => v.a <= v.b, {
        path: ['b'],
        params: { code: 'order' },
        when: whenFieldsValid('a', 'b'),
      });
    expect(codes(schema, { a: 2, b: 1, label: 5 })).toEqual([
      ['invalid_type', 'label'],
      ['order', 'b'],
    ]);
    expect(codes(schema, { a: '2', b: 1, label: 'x' })).toEqual([['invalid_type', 'a']]);
  });
});
