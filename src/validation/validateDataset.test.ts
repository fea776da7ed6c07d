import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { garbage, nearValidDataset, validDataset } from '../../test/fixtures/datasetArbitraries.js';
import { azergoldPublishedDataset, minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { propertyRuns } from '../../test/fixtures/propertyRuns.js';
import { isImpactError } from '../core/ImpactError.js';
import { IssueSchema } from './issue.js';
import { validateDataset } from './validateDataset.js';
import { validationRules } from './validationRules.js';

const options = { now: NOW };

describe('validateDataset', () => {
  // Issue 21, fault 17: on or after 9985-01-01, "2030-01-01 is more than 15 years after today
  // (9985-01-01)": 15 years on is 10000-01-01, which compared as a string comes before 2030.
  it('compares planned dates with a today past 9984 as dates, not as strings', () => {
    const base = baseDataset();
    const [link] = base.ownership ?? [];
    if (link === undefined) throw new Error('the base dataset has an ownership link');
    const dataset = { ...base, ownership: [{ ...link, end: '2040-01-01' }] };
    const far = (now: string) =>
      validateDataset(dataset, { now }).issues.filter((i) => i.code === 'date.far_future');
    expect(far('9985-01-01')).toEqual([]);
    expect(far('9999-12-31')).toEqual([]);
    expect(far('2020-01-01').map((i) => i.message)).toEqual([
      'The planned date 2040-01-01 is more than 15 years after today (2020-01-01).',
    ]);
  });

  it('accepts a valid dataset and returns the parsed data', () => {
    const result = validateDataset(baseDataset(), options);
    expect(result.valid).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.data?.company.id).toBe('miner');
    expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 0, byCode: [] });
  });

  it('fills the collections a minimal dataset leaves out', () => {
    const result = validateDataset(minimalDataset, options);
    expect(result.valid).toBe(true);
    expect(result.data?.programs).toEqual([]);
    // The company has no register identifier: info only, still valid.
    expect(result.issues.map((issue) => issue.code)).toEqual(['organization.no_identifier']);
  });

  it('accepts what AzerGold published, with the gaps reported as info', () => {
    const result = validateDataset(azergoldPublishedDataset, options);
    expect(result.valid).toBe(true);
    expect(result.summary.byCode.map((entry) => [entry.code, entry.count])).toEqual([
      ['location.no_point', 3],
      ['organization.no_identifier', 3],
    ]);
  });

  it('is valid exactly when there is no error, warnings and info notwithstanding', () => {
    const dataset = baseDataset();
    const award = dataset.awards?.[0];
    if (award !== undefined) award.sourceIds = [];
    const result = validateDataset(dataset, options);
    expect(result.issues.map((issue) => issue.severity)).toEqual(['warning']);
    expect(result.valid).toBe(true);
  });

  it('returns the data of a structurally valid dataset even when rules find errors', () => {
    const dataset = baseDataset();
    const site = dataset.sites?.[0];
    if (site !== undefined) site.locationId = 'nowhere';
    const result = validateDataset(dataset, options);
    expect(result.valid).toBe(false);
    expect(result.data?.sites[0]?.locationId).toBe('nowhere');
  });

  it('reports structure issues without data and without running the rules', () => {
    const result = validateDataset({ schemaVersion: '2.0', company: { id: 'miner' } }, options);
    expect(result.valid).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'schema.invalid_value /schemaVersion',
      'schema.invalid_type /company/name',
      'schema.invalid_value /company/entityType',
      'schema.invalid_type /company/commodities',
    ]);
  });

  it('names the offending value in messages without dumping objects', () => {
    const dataset = baseDataset();
    dataset.company.foundedOn = '2015-02-30';
    const [issue] = validateDataset(dataset, options).issues;
    // The founding day may be published as a year or a month only: the message offers all three.
    expect(issue?.message).toBe(
      'Expected a year YYYY, a month YYYY-MM or a real day YYYY-MM-DD. Found "2015-02-30".',
    );
    expect(issue?.context).toEqual({ zodCode: 'custom', value: '2015-02-30' });

    const wrongType = validateDataset({ schemaVersion: '1.0', company: [1, 2] }, options).issues[0];
    expect(wrongType?.message).toBe(
      'Invalid input: expected object, received array. Found an array of 2 items.',
    );
    const objectValue = validateDataset(
      {
        schemaVersion: '1.0',
        company: { ...baseDataset().company, name: { a: 1, b: { secret: 'x' } } },
      },
      options,
    ).issues[0];
    expect(objectValue?.message).toBe(
      'Invalid input: expected string, received object. Found an object with keys "a", "b".',
    );
  });

  it('escapes ~ and / in JSON Pointer paths', () => {
    const dataset = baseDataset();
    const summary = dataset.workforce?.[0];
    if (summary !== undefined) summary.byOrigin = { 'a/b~c': 1 };
    const issue = validateDataset(dataset, options).issues[0];
    expect(issue?.path).toBe('/workforce/0/byOrigin/a~1b~0c');
  });

  it('reports one issue per unknown key', () => {
    const result = validateDataset({ ...minimalDataset, extra: 1, more: 2 }, options);
    expect(result.issues.map((issue) => issue.path)).toEqual(['/extra', '/more']);
  });

  it('summarises issues by code with counts and the first five paths', () => {
    const dataset = baseDataset();
    dataset.sources = [];
    const { summary, issues } = validateDataset(dataset, options);
    const missing = summary.byCode.find((entry) => entry.code === 'ref.missing');
    expect(missing?.count).toBe(issues.filter((issue) => issue.code === 'ref.missing').length);
    expect(missing?.count).toBeGreaterThan(5);
    expect(missing?.paths).toEqual(
      issues
        .filter((issue) => issue.code === 'ref.missing')
        .slice(0, 5)
        .map((issue) => issue.path),
    );
    expect(summary.errors).toBe(missing?.count);
  });

  it('resolves locations against the gazetteer', () => {
    const dataset = baseDataset();
    const site = dataset.sites?.[0];
    if (site !== undefined) site.locationId = 'YY-G1';
    const district = { id: 'YY-G1', kind: 'district', name: 'Gazetteer District' } as never;
    const withGazetteer = validateDataset(dataset, {
      now: NOW,
      gazetteer: { byId: new Map([['YY-G1', district]]) },
    });
    expect(withGazetteer.issues).toEqual([]);
    expect(validateDataset(dataset, options).issues.map((issue) => issue.code)).toEqual([
      'ref.missing',
    ]);
  });

  it('throws INVALID_ARGUMENT for a gazetteer without a map, never a TypeError', () => {
    for (const gazetteer of [{ byId: {} }, { byId: null }, { byId: 'AZ' }]) {
      expect(() => validateDataset(minimalDataset, { now: NOW, gazetteer } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
    // A function carrying get, has and keys is still no map.
    const mapLike = Object.assign(() => undefined, {
      get: () => undefined,
      has: () => false,
      keys: () => [][Symbol.iterator](),
    });
    expect(() =>
      validateDataset(minimalDataset, { now: NOW, gazetteer: { byId: mapLike } } as never),
    ).toThrow(
      '[mining-impact] The argument is not valid for this function: gazetteer.byId must be a Map of locations by id',
    );
    expect(() => validateDataset(minimalDataset, undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('throws INVALID_DATE for a `now` that is not a calendar date', () => {
    expect(() => validateDataset(minimalDataset, { now: '2025-13-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    try {
      validateDataset(minimalDataset, { now: 20251114 as unknown as string });
    } catch (error) {
      expect(isImpactError(error, 'INVALID_DATE')).toBe(true);
    }
  });
});

describe('hostile input', () => {
  it('never changes a prototype, whatever keys the JSON holds', () => {
    const text = JSON.stringify(baseDataset())
      .replace(
        '{',
        '{"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"ctor"}},',
      )
      .replace('"company":{', '"company":{"__proto__":{"polluted":"company"},')
      .replace('"byOrigin":{', '"byOrigin":{"__proto__":{"polluted":"record"},"prototype":1,');
    const input: unknown = JSON.parse(text);
    const result = validateDataset(input, options);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.data?.company)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.data?.workforce[0]?.byOrigin)).toBe(Object.prototype);
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'security.forbidden_key /__proto__',
      'security.forbidden_key /constructor',
      'security.forbidden_key /company/__proto__',
      'security.forbidden_key /workforce/0/byOrigin/__proto__',
      'security.forbidden_key /workforce/0/byOrigin/prototype',
    ]);
    // Validation went on without the forbidden keys: the rest of the dataset is valid.
    expect(result.data?.workforce[0]?.byOrigin).toEqual({ 'XX-D1': 60, 'XX-CAP': 40 });
    expect(result.valid).toBe(false);
  });

  it('does not change its input', () => {
    const input = baseDataset();
    const before = JSON.stringify(input);
    validateDataset(input, options);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports getters without calling them, and other values JSON cannot hold', () => {
    let called = false;
    const company = { ...baseDataset().company };
    Object.defineProperty(company, 'name', {
      enumerable: true,
      get() {
        called = true;
        throw new Error('boom');
      },
    });
    Object.defineProperty(company, 'hidden', { value: 1, enumerable: false });
    const input = {
      ...baseDataset(),
      company: Object.assign(company, { [Symbol('tag')]: 1 }),
      sources: Object.assign([], { extra: true }),
      organizations: [new Map(), new (class Organization {})()],
      // biome-ignore lint/suspicious/noSparseArray: a sparse array is what the test needs.
      awards: [, 1],
    };
    const result = validateDataset(input, options);
    expect(called).toBe(false);
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'input.not_json /company/name',
      'input.not_json /company/hidden',
      'input.not_json /company',
      'input.not_json /organizations/0',
      'input.not_json /organizations/1',
      'input.not_json /awards',
      'input.not_json /sources/extra',
    ]);
    expect(result.issues[0]?.message).toBe(
      'An accessor (getter or setter) property is not JSON data.',
    );
    expect(result.issues[3]?.message).toBe('A Map object is not JSON data.');
    expect(result.issues[4]?.message).toBe('A non-plain object is not JSON data.');
  });

  it('does not repeat structure issues under a path the input stage reported, the root included', () => {
    // The symbol key is reported at the root, "": every structure issue lies under it.
    const result = validateDataset(
      { schemaVersion: 1, company: null, [Symbol('tag')]: 1 },
      options,
    );
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'input.not_json',
        severity: 'error',
        path: '',
        message: 'A symbol key (Symbol(tag)) is not JSON data.',
      },
    ]);
  });

  it('names a non-plain object even when reading its tag throws', () => {
    const hostile = new Proxy(new (class Hostile {})(), {
      get() {
        throw new Error('trap');
      },
    });
    const [issue] = validateDataset(hostile, options).issues;
    expect(issue).toMatchObject({
      code: 'input.not_json',
      path: '',
      message: 'A non-plain object is not JSON data.',
    });
  });

  it('handles cycles, huge nesting, revoked proxies and odd roots', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: '1.0' };
    cyclic.company = cyclic;
    expect(
      validateDataset(cyclic, options).issues.map((issue) => `${issue.code} ${issue.path}`),
    ).toContain('input.cycle /company');

    let nested: unknown = {};
    for (let i = 0; i < 100_000; i++) nested = { company: nested };
    expect(
      validateDataset(nested, options).issues.some((issue) => issue.code === 'input.too_deep'),
    ).toBe(true);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(
      validateDataset(proxy, options).issues.map((issue) => `${issue.code} ${issue.path}`),
    ).toEqual(['input.unreadable ']);

    for (const root of [
      undefined,
      null,
      0,
      'dataset',
      10n,
      Symbol('x'),
      () => 1,
      new Date(0),
      [],
    ]) {
      const result = validateDataset(root, options);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('returns well-formed issues with registered codes', () => {
    const result = validateDataset(
      { schemaVersion: 1, company: null, extra: new Date(0) },
      options,
    );
    for (const issue of result.issues) {
      expect(IssueSchema.safeParse(issue).success).toBe(true);
      expect(Object.hasOwn(validationRules, issue.code)).toBe(true);
    }
  });

  const anyInput = fc.oneof(
    validDataset,
    nearValidDataset,
    garbage,
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
  );

  test.prop([anyInput], { numRuns: propertyRuns(10_000) })(
    'never throws, on 10,000 valid, near-valid and garbage inputs',
    (input) => {
      const { valid, issues, summary } = validateDataset(input, options);
      // One assertion per run keeps 10,000 runs fast.
      const consistent =
        valid === (summary.errors === 0) &&
        issues.length === summary.errors + summary.warnings + summary.infos &&
        issues.every((issue) => Object.hasOwn(validationRules, issue.code));
      expect(consistent).toBe(true);
    },
    60_000,
  );
});

describe('validateDataset on an input over the size limit', () => {
  // 2,000,001 employee records (one object repeated) and the rest of the base dataset: more
  // than the 2,000,000 objects and arrays the copy holds. Before, every record past the limit
  // was reported again as "expected object, received undefined" (100,357 false errors for a
  // folder of 2.1 million rows); the copy is incomplete, so only the size issue is reported.
  it('reports input.too_large once, and no schema issue for what was not copied', () => {
    const dataset = baseDataset();
    const record = (dataset.employees as unknown[])[0];
    const employees: unknown[] = [];
    for (let i = 0; i < 2_000_001; i++) employees.push(record);
    const { issues, valid } = validateDataset({ ...dataset, employees }, { now: NOW });
    expect(valid).toBe(false);
    expect(issues.map((issue) => issue.code)).toEqual(['input.too_large']);
    expect(issues[0]?.path).toMatch(/^\/employees\/\d+$/);
  }, 60_000);
});
