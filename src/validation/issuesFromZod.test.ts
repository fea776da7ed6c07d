import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountSchema } from '../core/count.js';
import { MoneySchema } from '../core/money.js';
import { CompanySchema } from '../model/company.js';
import { ShareSchema } from '../model/ownershipInterest.js';
import { PartyIdSchema } from '../model/partyId.js';
import { issuesFromZod } from './issuesFromZod.js';

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesFromZod(result.error.issues, input);
}

const LONE_SURROGATE = /\p{Cs}/u;

describe('issuesFromZod: unions (regressions)', () => {
  it('reports the problem inside the one shape the value fits', () => {
    // { min: "42" } is no integer, and bounds whose min is not a number: the bounds are meant.
    const [issue, ...rest] = issuesOf(CountSchema, { min: '42' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'schema.invalid_type', path: '/min' });
    expect(issue?.message).toBe('Invalid input: expected number, received string. Found "42".');
  });

  it('reports the problem every fitting shape shares', () => {
    // A company id and an organization id have the same pattern: both report the space.
    expect(issuesOf(PartyIdSchema, 'the miner').map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_format', ''],
    ]);
  });

  it('keeps the union issue when no shape fits the type', () => {
    expect(issuesOf(CountSchema, 1.5).map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_union', ''],
    ]);
    expect(issuesOf(CountSchema, true).map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_union', ''],
    ]);
  });

  it('keeps the union issue when several shapes fit with different problems', () => {
    // {} fits the exact share (missing exact) and the range (missing min and max) alike.
    expect(issuesOf(ShareSchema, {}).map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_union', ''],
    ]);
  });

  it("leaves out a shape that does not know the value's keys", () => {
    // { exact: "50" }: the range shape knows no key `exact`, so the exact share was meant.
    expect(issuesOf(ShareSchema, { exact: '50' }).map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_type', '/exact'],
    ]);
  });
});

describe('issuesFromZod: context and messages hold JSON text only (regressions)', () => {
  it('names NaN and Infinity as strings in the context', () => {
    const [nan] = issuesOf(MoneySchema, { amountMinor: Number.NaN, currency: 'AZN' });
    expect(nan?.context?.value).toBe('NaN');
    const [inf] = issuesOf(MoneySchema, { amountMinor: Number.NEGATIVE_INFINITY, currency: 'AZN' });
    expect(inf?.context?.value).toBe('-Infinity');
  });

  it('keeps a finite number as a number', () => {
    const [issue] = issuesOf(MoneySchema, { amountMinor: 1.5, currency: 'AZN' });
    expect(issue?.context?.value).toBe(1.5);
  });

  it('cuts an unknown key of 10 kB in the message and the context', () => {
    const key = 'k'.repeat(10_240);
    const company = { id: 'c', name: 'C', entityType: 'ngo', commodities: [], [key]: 1 };
    const [issue] = issuesOf(CompanySchema, company);
    expect(issue?.code).toBe('schema.unrecognized_keys');
    expect(issue?.path).toBe(`/${key}`);
    // The key is described in 60 code units and an ellipsis; the context keeps 200.
    expect(issue?.message).toBe(`The key "${'k'.repeat(60)}…" is not part of the model.`);
    expect(issue?.context?.key).toBe('k'.repeat(200));
  });

  it('never cuts a string value inside a surrogate pair', () => {
    const name = `x${'🙂'.repeat(600)}`;
    const [issue] = issuesOf(CompanySchema, { id: 'c', name, entityType: 'ngo', commodities: [] });
    expect(issue?.code).toBe('schema.too_big');
    // 200 code units from "x🙂…" end on a high surrogate: 199 are kept (x and 99 emoji).
    expect(issue?.context?.value).toBe(`x${'🙂'.repeat(99)}`);
    expect(LONE_SURROGATE.test(issue?.message ?? '')).toBe(false);
  });
});

describe('issuesFromZod: one issue for a value of the wrong type (regression)', () => {
  it('drops the length issue zod adds for an array or a function where a string belongs', () => {
    // z.string().min(1) given [] reports invalid_type and, measuring [].length = 0, too_small.
    const company = { id: 'c', entityType: 'ngo', commodities: [] };
    expect(issuesOf(CompanySchema, { ...company, name: [] }).map((i) => [i.code, i.path])).toEqual([
      ['schema.invalid_type', '/name'],
    ]);
    expect(
      issuesOf(CompanySchema, { ...company, name: new Array(501).fill('a') }).map((i) => [
        i.code,
        i.path,
      ]),
    ).toEqual([['schema.invalid_type', '/name']]);
  });
  it('keeps a length issue of a value of the right type', () => {
    const company = { id: 'c', entityType: 'ngo', commodities: [] };
    expect(issuesOf(CompanySchema, { ...company, name: '' }).map((i) => [i.code, i.path])).toEqual([
      ['schema.too_small', '/name'],
    ]);
  });
});

describe('issuesFromZod: the offending value', () => {
  it('names a function found where a string belongs', () => {
    const company = { id: 'c', entityType: 'ngo', commodities: [] };
    const [issue, ...rest] = issuesOf(CompanySchema, { ...company, name: () => 'x' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'schema.invalid_type', path: '/name' });
    expect(issue?.message).toBe(
      'Invalid input: expected string, received function. Found a function.',
    );
  });

  it('names a symbol found where a string belongs', () => {
    const company = { id: 'c', entityType: 'ngo', commodities: [] };
    const [issue, ...rest] = issuesOf(CompanySchema, { ...company, name: Symbol('x') });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'schema.invalid_type', path: '/name' });
    expect(issue?.message).toBe('Invalid input: expected string, received symbol. Found a symbol.');
  });

  it('finds nothing under null or a string, and never throws for them', () => {
    // A refinement may point below a value that has no fields: there is nothing to name there.
    const schema = z.object({ a: z.unknown() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['a', 0], message: 'Not here' });
    });
    for (const a of [null, 'xy']) {
      expect(issuesOf(schema, { a })).toEqual([
        {
          code: 'schema.invalid',
          severity: 'error',
          path: '/a/0',
          message: 'Not here. The field is missing.',
          context: { zodCode: 'custom' },
        },
      ]);
    }
  });

  it('leaves a symbol out of the path', () => {
    const schema = z.object({ a: z.string() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['a', Symbol('s')], message: 'Not here' });
    });
    // The path keeps "a" only, and the value there is the string "x".
    expect(issuesOf(schema, { a: 'x' })).toEqual([
      {
        code: 'schema.invalid',
        severity: 'error',
        path: '/a',
        message: 'Not here. Found "x".',
        context: { zodCode: 'custom', value: 'x' },
      },
    ]);
  });
});
