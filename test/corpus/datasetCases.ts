// Hand-written hostile datasets. Most cases add one bad record to the base dataset
// (test/fixtures/baseDataset.ts, which has no issue at all), followed by a valid neighbour of the
// same kind; the expected paths are relative to the bad record unless they start at the root.
import { expect } from 'vitest';
import { baseDataset } from '../fixtures/baseDataset.js';
import type { DatasetCase, ExpectedIssue } from './corpusCase.js';
import { records } from './records.js';

type Json = Record<string, unknown>;
type Code = ExpectedIssue['code'];
type Entity = Exclude<keyof typeof records, 'company'>;
/** The collections the hand-written changes touch. */
type Dataset = Record<
  'employees' | 'locations' | 'programs' | 'sites' | 'sources' | 'workforce',
  Json[]
>;

const COLLECTION: Readonly<Record<Entity, string>> = {
  organization: 'organizations',
  ownership: 'ownership',
  location: 'locations',
  site: 'sites',
  deposit: 'deposits',
  employee: 'employees',
  workforce: 'workforce',
  program: 'programs',
  award: 'awards',
  projection: 'projections',
  production: 'production',
  assessment: 'assessments',
  safety: 'safety',
  grievance: 'grievances',
  land: 'land',
  closure: 'closure',
  governanceBody: 'governanceBodies',
  source: 'sources',
  fx: 'fx',
};

function lengthOf(collection: string): number {
  return ((baseDataset() as unknown as Record<string, unknown[] | undefined>)[collection] ?? [])
    .length;
}

/** Where the bad record of an entity lands: after the base dataset's own records. */
function at(entity: Entity): string {
  const collection = COLLECTION[entity];
  return `/${collection}/${lengthOf(collection)}`;
}

/** The base dataset with a changed copy of a valid record, then a valid neighbour. */
function withRecord(entity: Entity, change: (record: Json) => void): () => Json {
  return () => {
    const dataset = baseDataset() as unknown as Json;
    const collection = COLLECTION[entity];
    const record = records[entity](1);
    change(record);
    dataset[collection] = [
      ...((dataset[collection] as unknown[] | undefined) ?? []),
      record,
      records[entity](2),
    ];
    return dataset;
  };
}

/** A bad record: `issues` are `[code, path relative to the record]`. */
function bad(
  name: string,
  entity: Entity,
  change: (record: Json) => void,
  issues: readonly (readonly [Code, string])[],
): DatasetCase {
  return {
    kind: 'dataset',
    name,
    input: withRecord(entity, change),
    issues: issues.map(([code, path]) => ({ code, path: `${at(entity)}${path}` })),
    bad: [at(entity)],
  };
}

/** A record that looks hostile but is valid: no issue at all. */
function fine(name: string, entity: Entity, change: (record: Json) => void): DatasetCase {
  return { kind: 'dataset', name, input: withRecord(entity, change), issues: [] };
}

/** A dataset changed in place, with issues at absolute paths. */
function changed(
  name: string,
  change: (dataset: Dataset) => void,
  issues: readonly (readonly [Code, string])[],
  badPointers?: readonly string[],
): DatasetCase {
  return {
    kind: 'dataset',
    name,
    input: () => {
      const dataset = baseDataset() as unknown as Dataset;
      change(dataset);
      return dataset;
    },
    issues: issues.map(([code, path]) => ({ code, path })),
    ...(badPointers === undefined ? {} : { bad: badPointers }),
  };
}

function first<T>(list: readonly T[] | undefined): T {
  return (list as readonly T[])[0] as T;
}

function spend(record: Json): Json {
  return first(record.spend as Json[]);
}

function money(record: Json): Json {
  return spend(record).value as Json;
}

function estimate(record: Json): Json {
  return first(record.estimates as Json[]);
}

/** Arrays nested `depth` levels deep, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** Objects `{ a: { a: … } }` nested `depth` levels deep. */
function nestedObjects(depth: number): unknown {
  let value: unknown = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

/** The pointer of the value reached after `levels` keys `key` below `base`. */
function deepPointer(base: string, key: string, levels: number): string {
  return base + `/${key}`.repeat(levels);
}

const TEN_KB = 'x'.repeat(10_240);
const DEPTH = 10_000;
// validateDataset reads 64 levels (the root is level 0); the value at path length 64 is reported.
const MAX_DEPTH = 64;

// --- numbers: NaN, Infinity, -0, 1e309 --------------------------------------------------------

const numbers: DatasetCase[] = [
  bad(
    'NaN birth year',
    'employee',
    (r) => {
      r.birthYear = Number.NaN;
    },
    [['schema.invalid_type', '/birthYear']],
  ),
  bad(
    'Infinity birth year',
    'employee',
    (r) => {
      r.birthYear = Number.POSITIVE_INFINITY;
    },
    [['schema.invalid_type', '/birthYear']],
  ),
  // A count is an integer or bounds: NaN is neither, so the union itself is reported.
  bad(
    'NaN headcount',
    'workforce',
    (r) => {
      r.headcount = Number.NaN;
    },
    [['schema.invalid_union', '/headcount']],
  ),
  bad(
    'Infinity headcount',
    'workforce',
    (r) => {
      r.headcount = Number.POSITIVE_INFINITY;
    },
    [['schema.invalid_union', '/headcount']],
  ),
  bad(
    '-Infinity as a count bound',
    'workforce',
    (r) => {
      r.fromCapital = { max: Number.NEGATIVE_INFINITY };
    },
    [['schema.invalid_type', '/fromCapital/max']],
  ),
  bad(
    'NaN minor units',
    'program',
    (r) => {
      money(r).amountMinor = Number.NaN;
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    'Infinity minor units',
    'program',
    (r) => {
      money(r).amountMinor = Number.POSITIVE_INFINITY;
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    'NaN location percentage',
    'program',
    (r) => {
      first(r.locations as Json[]).percentage = Number.NaN;
    },
    [['schema.invalid_type', '/locations/0/percentage']],
  ),
  bad(
    'NaN longitude',
    'location',
    (r) => {
      r.point = { type: 'Point', coordinates: [Number.NaN, 40] };
    },
    [['schema.invalid_type', '/point/coordinates/0']],
  ),
  bad(
    'Infinity latitude',
    'location',
    (r) => {
      r.point = { type: 'Point', coordinates: [46, Number.POSITIVE_INFINITY] };
    },
    [['schema.invalid_type', '/point/coordinates/1']],
  ),
  bad(
    'Infinity grade',
    'deposit',
    (r) => {
      estimate(r).grade = { value: Number.POSITIVE_INFINITY, unit: 'g/t' };
    },
    [['schema.invalid_type', '/estimates/0/grade/value']],
  ),
  bad(
    'an estimate with neither ore tonnage nor contained metal',
    'deposit',
    (r) => {
      delete estimate(r).ore;
      delete estimate(r).containedMetal;
    },
    [['estimate.no_quantity', '/estimates/0/ore']],
  ),
  fine('an estimate of contained metal only, as published', 'deposit', (r) => {
    delete estimate(r).ore;
    delete estimate(r).grade;
    estimate(r).containedMetal = { value: 777000, unit: 'ozt' };
  }),
  bad(
    '-Infinity ore tonnage',
    'deposit',
    (r) => {
      estimate(r).ore = { value: Number.NEGATIVE_INFINITY, unit: 't' };
    },
    [['schema.invalid_type', '/estimates/0/ore/value']],
  ),
  bad(
    'NaN low multiplier',
    'projection',
    (r) => {
      (r.multipliers as Json).typeI = { low: Number.NaN, high: 1.7 };
    },
    [['schema.invalid_type', '/multipliers/typeI/low']],
  ),
  bad(
    'NaN local-hire share',
    'projection',
    (r) => {
      r.localHireShare = Number.NaN;
    },
    [['schema.invalid_union', '/localHireShare']],
  ),
  bad(
    'NaN result actual',
    'program',
    (r) => {
      first(r.results as Json[]).actual = Number.NaN;
    },
    [['schema.invalid_type', '/results/0/actual']],
  ),
  bad(
    'NaN as an exchange rate string',
    'fx',
    (r) => {
      r.rate = 'NaN';
    },
    [['schema.invalid_format', '/rate']],
  ),
  bad(
    'Infinity as an exchange rate string',
    'fx',
    (r) => {
      r.rate = 'Infinity';
    },
    [['schema.invalid_format', '/rate']],
  ),
  bad(
    'a zero exchange rate',
    'fx',
    (r) => {
      r.rate = '0.000';
    },
    [['schema.invalid_format', '/rate']],
  ),
  bad(
    'an exchange rate in exponent form',
    'fx',
    (r) => {
      r.rate = '1e3';
    },
    [['schema.invalid_format', '/rate']],
  ),
  // JSON has no NaN or Infinity, but a number literal too large for a double parses to Infinity.
  {
    kind: 'dataset',
    name: '1e309 in JSON text (parses to Infinity) as a production quantity',
    input: () => {
      const dataset = withRecord('production', () => {})();
      const text = JSON.stringify(dataset).replace('"value":3.25', '"value":1e309');
      return JSON.parse(text) as unknown;
    },
    issues: [{ code: 'schema.invalid_type', path: `${at('production')}/quantity/value` }],
    bad: [at('production')],
  },
  {
    kind: 'dataset',
    name: '-1e309 in JSON text (parses to -Infinity) as minor units',
    input: () => {
      const dataset = withRecord('program', () => {})();
      const text = JSON.stringify(dataset).replace('"amountMinor":1250000', '"amountMinor":-1e309');
      return JSON.parse(text) as unknown;
    },
    issues: [{ code: 'schema.invalid_type', path: `${at('program')}/spend/0/value/amountMinor` }],
    bad: [at('program')],
  },
  {
    kind: 'dataset',
    name: '1e309 in JSON text as a population count',
    input: () => {
      const dataset = withRecord('location', () => {})();
      const text = JSON.stringify(dataset).replace('"count":300,', '"count":1e309,');
      return JSON.parse(text) as unknown;
    },
    issues: [{ code: 'schema.invalid_type', path: `${at('location')}/population/count` }],
    bad: [at('location')],
  },
  // -0 is a number JSON can carry ("-0"); as a count or an amount it reads as zero.
  fine('-0 as a headcount with no breakdown', 'workforce', (r) => {
    for (const key of Object.keys(r)) {
      if (!['companyId', 'siteId', 'asOf', 'sourceIds'].includes(key)) delete r[key];
    }
    r.headcount = -0;
  }),
  fine('-0 minor units', 'program', (r) => {
    money(r).amountMinor = -0;
  }),
  fine('-0 as a location percentage next to 100', 'program', (r) => {
    r.locations = [
      { locationId: 'XX-D1', percentage: 100 },
      { locationId: 'v-hill', percentage: -0 },
    ];
  }),
  fine('-0 as a longitude', 'location', (r) => {
    r.point = { type: 'Point', coordinates: [-0, 40] };
  }),
];

// --- negative counts --------------------------------------------------------------------------

const negativeCounts: DatasetCase[] = [
  bad(
    'negative headcount',
    'workforce',
    (r) => {
      r.headcount = -1;
    },
    [['schema.too_small', '/headcount']],
  ),
  bad(
    'negative lower bound of a count',
    'workforce',
    (r) => {
      r.fromRegions = { min: -1, phrase: 'negative' };
    },
    [['schema.too_small', '/fromRegions/min']],
  ),
  bad(
    'negative count in a gender breakdown',
    'workforce',
    (r) => {
      r.byGender = { female: -3, male: 53 };
    },
    [['schema.too_small', '/byGender/female']],
  ),
  bad(
    'negative count in an origin breakdown',
    'workforce',
    (r) => {
      r.byOrigin = { 'XX-D1': -1, 'XX-CAP': 51 };
    },
    [['schema.too_small', '/byOrigin/XX-D1']],
  ),
  bad(
    'negative beneficiaries',
    'program',
    (r) => {
      r.beneficiaries = { count: -5, unit: 'person', estimated: false };
    },
    [['schema.too_small', '/beneficiaries/count']],
  ),
  bad(
    'negative population',
    'location',
    (r) => {
      (r.population as Json).count = -1;
    },
    [['schema.too_small', '/population/count']],
  ),
  bad(
    'negative direct jobs',
    'projection',
    (r) => {
      first(r.phases as Json[]).directJobs = -400;
    },
    [['schema.too_small', '/phases/0/directJobs']],
  ),
  bad(
    'negative ore tonnage',
    'production',
    (r) => {
      r.quantity = { value: -3.25, unit: 't' };
    },
    [['schema.too_small', '/quantity/value']],
  ),
  bad(
    'negative grade',
    'deposit',
    (r) => {
      estimate(r).grade = { value: -0.5, unit: '%' };
    },
    [['schema.too_small', '/estimates/0/grade/value']],
  ),
  bad(
    'fractional headcount',
    'workforce',
    (r) => {
      r.headcount = 49.5;
    },
    [['schema.invalid_union', '/headcount']],
  ),
  bad(
    'fractional bound of a count',
    'workforce',
    (r) => {
      r.fromRegions = { min: 40.5 };
    },
    [['schema.invalid_type', '/fromRegions/min']],
  ),
  bad(
    'a count as a numeric string',
    'workforce',
    (r) => {
      r.headcount = '50';
    },
    [['schema.invalid_union', '/headcount']],
  ),
];

// --- minor units ------------------------------------------------------------------------------

const minorUnits: DatasetCase[] = [
  bad(
    'fractional minor units',
    'program',
    (r) => {
      money(r).amountMinor = 1.5;
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    '0.1 + 0.2 minor units',
    'program',
    (r) => {
      money(r).amountMinor = 0.1 + 0.2;
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    '2^53 minor units (not a safe integer)',
    'program',
    (r) => {
      money(r).amountMinor = 2 ** 53;
    },
    [['schema.too_big', '/spend/0/value/amountMinor']],
  ),
  bad(
    '-(2^53) minor units',
    'program',
    (r) => {
      money(r).amountMinor = -(2 ** 53);
    },
    [['schema.too_small', '/spend/0/value/amountMinor']],
  ),
  bad(
    '1e21 minor units',
    'program',
    (r) => {
      money(r).amountMinor = 1e21;
    },
    [['schema.too_big', '/spend/0/value/amountMinor']],
  ),
  bad(
    'minor units as a decimal string',
    'program',
    (r) => {
      money(r).amountMinor = '12500.00';
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    'a fractional budget',
    'program',
    (r) => {
      (r.budget as Json).amountMinor = 12.34;
    },
    [['schema.invalid_type', '/budget/amountMinor']],
  ),
  fine('the largest safe minor units', 'program', (r) => {
    r.budget = { amountMinor: Number.MAX_SAFE_INTEGER, currency: 'AZN' };
  }),
  fine('the most negative safe minor units (a refund)', 'program', (r) => {
    money(r).amountMinor = Number.MIN_SAFE_INTEGER;
  }),
];

// --- dates ------------------------------------------------------------------------------------

const invalidDates = [
  '2023-02-29',
  '2024-13-01',
  '2024-1-1',
  '2024-02-30',
  '2024-04-31',
  '2024-00-10',
  '2024-01-00',
  '1900-02-29',
  '20240101',
  '2024/01/01',
  '01.02.2024',
  '2024-12-31T00:00:00Z',
  ' 2024-01-01',
  '2024-01-01\n',
  '２０２４-01-01',
  '+002024-01-01',
];

const dates: DatasetCase[] = [
  ...invalidDates.map((date) =>
    bad(
      `hire date ${JSON.stringify(date)}`,
      'employee',
      (r) => {
        r.hireDate = date;
      },
      [['schema.invalid_format', '/hireDate']],
    ),
  ),
  fine('hire date 2024-02-29 (a leap day)', 'employee', (r) => {
    r.hireDate = '2024-02-29';
  }),
  fine('hire date 2000-02-29 (a leap day of a century)', 'employee', (r) => {
    r.hireDate = '2000-02-29';
  }),
  bad(
    'a date as a number (20240101)',
    'source',
    (r) => {
      r.publishedOn = 20240101;
    },
    [['schema.invalid_type', '/publishedOn']],
  ),
  bad(
    'termination before hire',
    'employee',
    (r) => {
      r.terminationDate = '2020-12-31';
    },
    [['period.end_before_start', '/terminationDate']],
  ),
  bad(
    'program period ending before it starts',
    'program',
    (r) => {
      r.period = { start: '2023-12-31', end: '2022-01-01' };
    },
    [['period.end_before_start', '/period/end']],
  ),
  bad(
    'licence expiring before it is granted',
    'deposit',
    (r) => {
      (r.licence as Json).expiresOn = '2010-01-01';
    },
    [['period.end_before_start', '/licence/expiresOn']],
  ),
  bad(
    'a hire date after today',
    'employee',
    (r) => {
      r.hireDate = '2025-11-15';
      delete r.terminationDate;
      delete r.terminationReason;
    },
    [['date.in_future', '/hireDate']],
  ),
  bad(
    'a planned end 16 years ahead',
    'program',
    (r) => {
      r.status = 'pipeline';
      r.period = { start: '2026-01-01', end: '2041-11-15' };
      r.spend = [];
      delete r.reportedAmounts;
      delete r.results;
      r.results = [
        {
          title: 'Patients seen',
          measure: 'unit',
          target: 500,
          period: { start: '2026-01-01', end: '2026-12-31' },
        },
      ];
    },
    [['date.far_future', '/period/end']],
  ),
];

// --- currencies -------------------------------------------------------------------------------

const currencies: DatasetCase[] = [
  ...['XYZ', 'azn', 'AZM', 'XAU', 'XDR', 'XXX', '', 'AZN ', 'US$'].map((currency) =>
    bad(
      `currency ${JSON.stringify(currency)}`,
      'program',
      (r) => {
        money(r).currency = currency;
      },
      [['schema.invalid_value', '/spend/0/value/currency']],
    ),
  ),
  bad(
    'an exchange rate from an unknown currency',
    'fx',
    (r) => {
      r.from = 'ABC';
    },
    [['schema.invalid_value', '/from']],
  ),
  fine('a currency with three decimals (KWD)', 'program', (r) => {
    money(r).currency = 'KWD';
  }),
  fine('a currency without decimals (JPY)', 'program', (r) => {
    money(r).currency = 'JPY';
  }),
];

// --- ids --------------------------------------------------------------------------------------

const badIds: readonly [string, string][] = [
  ['e/1', 'a slash'],
  ['e 1', 'a space'],
  ['e\n1', 'a line break'],
  ['e\r\n1', 'a CRLF'],
  ['e\t1', 'a tab'],
  ['e\u00001', 'a NUL'],
  ['e\u20281', 'a line separator'],
  ['Daşkəsən', 'non-ASCII letters'],
  ['../etc/passwd', 'a path'],
  ['e#1', 'a hash'],
  ['=SUM(A1)', 'a formula'],
  ['@cmd', 'an at sign'],
  ['+1', 'a plus sign'],
];

const ids: DatasetCase[] = [
  ...badIds.map(([id, what]) =>
    bad(
      `employee id with ${what}`,
      'employee',
      (r) => {
        r.id = id;
      },
      [['schema.invalid_format', '/id']],
    ),
  ),
  bad(
    'an empty id',
    'employee',
    (r) => {
      r.id = '';
    },
    [
      ['schema.too_small', '/id'],
      ['schema.invalid_format', '/id'],
    ],
  ),
  bad(
    'an id of 129 characters',
    'site',
    (r) => {
      r.id = 's'.repeat(129);
    },
    [['schema.too_big', '/id']],
  ),
  bad(
    'an id of 1 MB',
    'source',
    (r) => {
      r.id = 's'.repeat(1 << 20);
    },
    [['schema.too_big', '/id']],
  ),
  fine('an id of 128 characters', 'site', (r) => {
    r.id = 's'.repeat(128);
  }),
  fine('an id that starts with a minus sign', 'employee', (r) => {
    r.id = '-1';
  }),
  bad(
    'a parent id with a slash',
    'location',
    (r) => {
      r.parentId = 'XX/D1';
    },
    [['schema.invalid_format', '/parentId']],
  ),
  // A party id is a company id or an organization id: both shapes report the same problem.
  bad(
    'a party id with a space',
    'ownership',
    (r) => {
      r.subjectId = 'the miner';
    },
    [['schema.invalid_format', '/subjectId']],
  ),
  bad(
    'a recipient id with a line break',
    'award',
    (r) => {
      r.recipientId = 'mi\nner';
    },
    [['schema.invalid_format', '/recipientId']],
  ),
  bad(
    'a source id with a space',
    'site',
    (r) => {
      r.sourceIds = ['src report'];
    },
    [['schema.invalid_format', '/sourceIds/0']],
  ),
  // Keys of an id-keyed breakdown are pointer-escaped: "/" is "~1", "~" is "~0".
  bad(
    'an origin key with a slash',
    'workforce',
    (r) => {
      r.byOrigin = { 'XX/D1': 40, 'XX-CAP': 10 };
    },
    [['schema.invalid_key', '/byOrigin/XX~1D1']],
  ),
  bad(
    'an origin key with a tilde',
    'workforce',
    (r) => {
      r.byOrigin = { 'XX~D1': 40, 'XX-CAP': 10 };
    },
    [['schema.invalid_key', '/byOrigin/XX~0D1']],
  ),
  bad(
    'an empty origin key',
    'workforce',
    (r) => {
      r.byOrigin = { '': 40, 'XX-CAP': 10 };
    },
    [['schema.invalid_key', '/byOrigin/']],
  ),
  bad(
    'an unknown gender key',
    'workforce',
    (r) => {
      r.byGender = { female: 10, male: 39, x: 1 };
    },
    // byGender has a closed set of keys: an unknown one is an unknown key, not an invalid id.
    [['schema.unrecognized_keys', '/byGender/x']],
  ),
];

// --- long strings -----------------------------------------------------------------------------

const longStrings: DatasetCase[] = [
  bad(
    'a 10 kB site name',
    'site',
    (r) => {
      r.name = TEN_KB;
    },
    [['schema.too_big', '/name']],
  ),
  bad(
    'a 10 kB workforce note',
    'workforce',
    (r) => {
      r.note = TEN_KB;
    },
    [['schema.too_big', '/note']],
  ),
  bad(
    'a 10 kB source quote',
    'source',
    (r) => {
      r.quote = TEN_KB;
    },
    [['schema.too_big', '/quote']],
  ),
  bad(
    'a 10 kB URL',
    'source',
    (r) => {
      r.url = `https://example.com/${TEN_KB}`;
    },
    [['schema.too_big', '/url']],
  ),
  // Cut at an odd length, a string of emoji would leave half a surrogate pair in the message.
  bad(
    'a 10 kB name of emoji (surrogate pairs) after one letter',
    'organization',
    (r) => {
      r.name = `x${'🙂'.repeat(5_120)}`;
    },
    [['schema.too_big', '/name']],
  ),
  bad(
    'a program description one character too long (10,001)',
    'program',
    (r) => {
      r.description = 'd'.repeat(10_001);
    },
    [['schema.too_big', '/description']],
  ),
  fine('a program description of exactly 10,000 characters', 'program', (r) => {
    r.description = 'd'.repeat(10_000);
  }),
  bad(
    'a 10 kB unknown key',
    'site',
    (r) => {
      r[TEN_KB] = 1;
    },
    [['schema.unrecognized_keys', `/${TEN_KB}`]],
  ),
];

// --- nesting ----------------------------------------------------------------------------------

const nesting: DatasetCase[] = [
  {
    kind: 'dataset',
    name: 'arrays nested 10,000 levels deep as the company note',
    input: () => ({
      ...baseDataset(),
      company: { ...baseDataset().company, note: nestedArrays(DEPTH) },
    }),
    issues: [
      { code: 'input.too_deep', path: deepPointer('/company/note', '0', MAX_DEPTH - 2) },
      // The company has no `note` field at all.
      { code: 'schema.unrecognized_keys', path: '/company/note' },
    ],
    bad: ['/company/note'],
  },
  bad(
    'arrays nested 10,000 levels deep as an employee id',
    'employee',
    (r) => {
      r.id = nestedArrays(DEPTH);
    },
    [
      ['input.too_deep', deepPointer('/id', '0', MAX_DEPTH - 3)],
      ['schema.invalid_type', '/id'],
    ],
  ),
  bad(
    'objects nested 10,000 levels deep under an unknown key',
    'site',
    (r) => {
      r.extra = nestedObjects(DEPTH);
    },
    [
      ['input.too_deep', deepPointer('/extra', 'a', MAX_DEPTH - 3)],
      ['schema.unrecognized_keys', '/extra'],
    ],
  ),
  {
    kind: 'dataset',
    name: 'a JSON text of 10,000 nested arrays as the whole input',
    input: () => JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`) as unknown,
    issues: [
      { code: 'input.too_deep', path: deepPointer('', '0', MAX_DEPTH) },
      { code: 'schema.invalid_type', path: '' },
    ],
  },
  {
    kind: 'dataset',
    name: 'a JSON text of 10,000 nested objects as the whole input',
    input: () => JSON.parse(`${'{"a":'.repeat(DEPTH)}{}${'}'.repeat(DEPTH)}`) as unknown,
    issues: [
      { code: 'input.too_deep', path: deepPointer('', 'a', MAX_DEPTH) },
      { code: 'schema.unrecognized_keys', path: '/a' },
      { code: 'schema.invalid_value', path: '/schemaVersion' },
      { code: 'schema.invalid_type', path: '/company' },
    ],
  },
  bad(
    'nesting just within the limit is read (63 levels below the root)',
    'site',
    (r) => {
      r.extra = nestedObjects(MAX_DEPTH - 3);
    },
    [['schema.unrecognized_keys', '/extra']],
  ),
];

// --- forbidden keys ---------------------------------------------------------------------------

/** Parses a JSON text so that `__proto__` becomes an own key, as it does for any JSON input. */
function json(value: unknown, inject: string): () => unknown {
  return () => JSON.parse(JSON.stringify(value).replace('{', `{${inject},`)) as unknown;
}

const forbidden: DatasetCase[] = [
  {
    kind: 'dataset',
    name: '__proto__ at the top level of a JSON text',
    input: json(baseDataset(), '"__proto__":{"polluted":true}'),
    issues: [{ code: 'security.forbidden_key', path: '/__proto__' }],
    bad: ['/__proto__'],
  },
  {
    kind: 'dataset',
    name: 'constructor.prototype at the top level of a JSON text',
    input: json(baseDataset(), '"constructor":{"prototype":{"polluted":true}}'),
    issues: [{ code: 'security.forbidden_key', path: '/constructor' }],
    bad: ['/constructor'],
  },
  {
    kind: 'dataset',
    name: 'prototype at the top level of a JSON text',
    input: json(baseDataset(), '"prototype":{"polluted":true}'),
    issues: [{ code: 'security.forbidden_key', path: '/prototype' }],
    bad: ['/prototype'],
  },
  bad(
    '__proto__ in an employee',
    'employee',
    (r) => {
      Object.defineProperty(r, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    },
    [['security.forbidden_key', '/__proto__']],
  ),
  bad(
    'constructor in a site',
    'site',
    (r) => {
      Object.defineProperty(r, 'constructor', {
        value: { prototype: { polluted: true } },
        enumerable: true,
      });
    },
    [['security.forbidden_key', '/constructor']],
  ),
  bad(
    'prototype in a program spend',
    'program',
    (r) => {
      spend(r).prototype = { polluted: true };
    },
    [['security.forbidden_key', '/spend/0/prototype']],
  ),
  bad(
    '__proto__ as a key of an origin breakdown',
    'workforce',
    (r) => {
      r.byOrigin = JSON.parse('{"__proto__": {"polluted": true}, "XX-D1": 40, "XX-CAP": 10}');
    },
    [['security.forbidden_key', '/byOrigin/__proto__']],
  ),
  bad(
    'constructor as a key of a gender breakdown',
    'workforce',
    (r) => {
      r.byGender = JSON.parse('{"constructor": 1, "female": 10, "male": 40}');
    },
    [['security.forbidden_key', '/byGender/constructor']],
  ),
  bad(
    '__proto__ deep in a money value',
    'program',
    (r) => {
      Object.defineProperty(money(r), '__proto__', {
        value: { toString: 'polluted' },
        enumerable: true,
      });
    },
    [['security.forbidden_key', '/spend/0/value/__proto__']],
  ),
  bad(
    'all three forbidden keys in one location',
    'location',
    (r) => {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        Object.defineProperty(r, key, { value: { polluted: true }, enumerable: true });
      }
    },
    [
      ['security.forbidden_key', '/__proto__'],
      ['security.forbidden_key', '/constructor'],
      ['security.forbidden_key', '/prototype'],
    ],
  ),
  // Object.prototype names are ordinary ids: they resolve like any other, and nothing is looked
  // up on a prototype.
  {
    kind: 'dataset',
    name: 'ids that are Object.prototype names (constructor, toString, hasOwnProperty)',
    input: () => {
      const dataset = baseDataset() as unknown as Dataset;
      dataset.locations.push(
        { ...records.location(1), id: 'constructor' },
        { ...records.location(2), id: 'toString', parentId: 'constructor' },
      );
      dataset.employees.push({
        ...records.employee(1),
        id: 'hasOwnProperty',
        homeLocationId: 'toString',
      });
      dataset.sites.push({ ...records.site(1), id: '__proto__', locationId: 'constructor' });
      return dataset;
    },
    issues: [],
  },
  {
    kind: 'dataset',
    name: 'an id "valueOf" used twice',
    input: () => {
      const dataset = baseDataset() as unknown as Dataset;
      dataset.employees.push(
        { ...records.employee(1), id: 'valueOf' },
        { ...records.employee(2), id: 'valueOf' },
      );
      return dataset;
    },
    issues: [{ code: 'id.duplicate', path: '/employees/3/id' }],
    bad: ['/employees/3'],
  },
  {
    kind: 'dataset',
    name: 'a dangling reference to "__proto__"',
    input: () => {
      const dataset = baseDataset() as unknown as Dataset;
      dataset.sites.push({ ...records.site(1), locationId: '__proto__' });
      return dataset;
    },
    issues: [{ code: 'ref.missing', path: '/sites/1/locationId' }],
    bad: ['/sites/1'],
  },
];

// --- values JSON cannot hold ------------------------------------------------------------------

class Widget {
  readonly id = 'w';
}

const notJson: DatasetCase[] = [
  bad(
    'a Date as a hire date',
    'employee',
    (r) => {
      r.hireDate = new Date(Date.UTC(2021, 1, 1));
    },
    [['input.not_json', '/hireDate']],
  ),
  bad(
    'a Map as a gender breakdown',
    'workforce',
    (r) => {
      r.byGender = new Map([['female', 10]]);
    },
    [['input.not_json', '/byGender']],
  ),
  bad(
    'a class instance as a licence',
    'deposit',
    (r) => {
      r.licence = new Widget();
    },
    [['input.not_json', '/licence']],
  ),
  bad(
    'a getter as a name',
    'site',
    (r) => {
      Object.defineProperty(r, 'name', {
        get: () => {
          throw new Error('read');
        },
        enumerable: true,
      });
    },
    [['input.not_json', '/name']],
  ),
  bad(
    'a non-enumerable title',
    'award',
    (r) => {
      Object.defineProperty(r, 'title', { value: 'hidden', enumerable: false });
    },
    [['input.not_json', '/title']],
  ),
  bad(
    'a symbol key',
    'source',
    (r) => {
      (r as Record<symbol, unknown>)[Symbol('secret')] = 1;
    },
    [['input.not_json', '']],
  ),
  bad(
    'a sparse array of goals',
    'program',
    (r) => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      r.sdgs = [3, , 4];
    },
    [['input.not_json', '/sdgs']],
  ),
  bad(
    'a named property on an array',
    'program',
    (r) => {
      const sdgs = [3] as unknown as Json;
      sdgs.extra = 1;
      r.sdgs = sdgs;
    },
    [['input.not_json', '/sdgs/extra']],
  ),
  bad(
    'an object that contains itself',
    'organization',
    (r) => {
      r.self = r;
    },
    [['input.cycle', '/self']],
  ),
  bad(
    'a proxy whose keys cannot be read',
    'site',
    (r) => {
      r.names = new Proxy([], {
        ownKeys: () => {
          throw new Error('trap');
        },
      });
    },
    [['input.unreadable', '/names']],
  ),
  bad(
    'a BigInt as minor units',
    'program',
    (r) => {
      money(r).amountMinor = 1_250_000n;
    },
    [['schema.invalid_type', '/spend/0/value/amountMinor']],
  ),
  bad(
    'a function as a name',
    'site',
    (r) => {
      r.name = () => 'name';
    },
    [['input.not_json', '/name']],
  ),
  bad(
    'a boxed string as a name',
    'site',
    (r) => {
      r.name = Object('Plant');
    },
    [['input.not_json', '/name']],
  ),
  fine('an undefined optional field (left out, as JSON would)', 'employee', (r) => {
    r.siteId = undefined;
  }),
  fine('records with a null prototype', 'employee', (r) => {
    Object.setPrototypeOf(r, null);
  }),
  {
    kind: 'dataset',
    name: 'a frozen dataset',
    input: () => {
      const freeze = (value: unknown): unknown => {
        if (typeof value === 'object' && value !== null) {
          for (const item of Object.values(value)) freeze(item);
          Object.freeze(value);
        }
        return value;
      };
      return freeze(withRecord('employee', () => {})());
    },
    issues: [],
  },
  {
    kind: 'dataset',
    name: 'a class instance as the whole input',
    input: () => new Widget(),
    // The whole input is left out, so the missing document is not reported a second time.
    issues: [{ code: 'input.not_json', path: '' }],
  },
];

// --- duplicates and references ----------------------------------------------------------------

const references: DatasetCase[] = [
  bad(
    'a duplicate employee id',
    'employee',
    (r) => {
      r.id = 'e-1';
    },
    [['id.duplicate', '/id']],
  ),
  // A repeated id also makes every reference to it ambiguous (ref.duplicate).
  changed(
    'a duplicate source id',
    (d) => {
      d.sources.push({ ...records.source(1), id: 'src-census' }, records.source(2));
    },
    [
      ['id.duplicate', '/sources/2/id'],
      ['ref.duplicate', '/locations/4/population/sourceId'],
    ],
    ['/sources/2'],
  ),
  changed(
    'a duplicate location id',
    (d) => {
      d.locations.push({ ...records.location(1), id: 'v-hill' }, records.location(2));
    },
    [
      ['id.duplicate', '/locations/5/id'],
      ['ref.duplicate', '/employees/0/homeLocationId'],
      ['ref.duplicate', '/programs/0/locations/1/locationId'],
    ],
    ['/locations/5'],
  ),
  // References that may name the company or an organization become ambiguous; those that name
  // the company only (companyId) still resolve.
  changed(
    'an organization with the company id',
    (d) => {
      (d as unknown as Record<string, Json[]>).organizations?.push(
        { ...records.organization(1), id: 'miner' },
        records.organization(2),
      );
    },
    [
      ['id.duplicate', '/organizations/2/id'],
      ['ref.duplicate', '/ownership/0/subjectId'],
      ['ref.duplicate', '/deposits/0/operatorId'],
      ['ref.duplicate', '/deposits/0/licence/holderId'],
      ['ref.duplicate', '/programs/0/participants/0/organizationId'],
    ],
    ['/organizations/2'],
  ),
  changed(
    'the same employee id three times',
    (d) => {
      d.employees.push(
        { ...records.employee(1), id: 'e-1' },
        { ...records.employee(2), id: 'e-1' },
      );
    },
    [
      ['id.duplicate', '/employees/2/id'],
      ['id.duplicate', '/employees/3/id'],
    ],
    ['/employees/2', '/employees/3'],
  ),
  bad(
    'a site in a location that does not exist',
    'site',
    (r) => {
      r.locationId = 'XX-NOWHERE';
    },
    [['ref.missing', '/locationId']],
  ),
  bad(
    'an employee at a site that does not exist',
    'employee',
    (r) => {
      r.siteId = 'site-nowhere';
    },
    [['ref.missing', '/siteId']],
  ),
  bad(
    'an employee from nowhere',
    'employee',
    (r) => {
      r.homeLocationId = 'nowhere';
    },
    [['ref.missing', '/homeLocationId']],
  ),
  bad(
    'a program in an unknown place',
    'program',
    (r) => {
      first(r.locations as Json[]).locationId = 'XX-D9';
    },
    [['ref.missing', '/locations/0/locationId']],
  ),
  bad(
    'an origin breakdown keyed by an unknown place',
    'workforce',
    (r) => {
      r.byOrigin = { 'XX-D9': 40, 'XX-CAP': 10 };
    },
    [['ref.missing', '/byOrigin/XX-D9']],
  ),
  bad(
    'an award to an unknown recipient',
    'award',
    (r) => {
      r.recipientId = 'prog-nowhere';
    },
    [['ref.missing', '/recipientId']],
  ),
  bad(
    'a payment to an unknown recipient',
    'program',
    (r) => {
      spend(r).recipientId = 'ngo-9';
    },
    [['ref.missing', '/spend/0/recipientId']],
  ),
  bad(
    'an unknown source',
    'deposit',
    (r) => {
      r.sourceIds = ['src-nowhere'];
    },
    [['ref.missing', '/sourceIds/0']],
  ),
  bad(
    'multipliers from an unknown study',
    'projection',
    (r) => {
      (r.multipliers as Json).sourceId = 'src-study';
    },
    [['ref.missing', '/multipliers/sourceId']],
  ),
  bad(
    'a site located at a deposit',
    'site',
    (r) => {
      r.locationId = 'dep-hill';
    },
    [['ref.wrong_kind', '/locationId']],
  ),
  bad(
    'a site operated by an organization',
    'site',
    (r) => {
      r.companyId = 'ngo-1';
    },
    [['ref.wrong_kind', '/companyId']],
  ),
  bad(
    'an owner that is a site',
    'ownership',
    (r) => {
      r.interestedPartyId = 'site-hill';
    },
    [['ref.wrong_kind', '/interestedPartyId']],
  ),
  {
    kind: 'dataset',
    name: 'a village under a district of the gazetteer (not repeated in the dataset)',
    input: withRecord('location', (r) => {
      r.parentId = 'YY-G1';
    }),
    options: {
      gazetteer: {
        byId: new Map([
          ['YY-G1', { id: 'YY-G1', kind: 'district', name: 'Gazetteer District' } as never],
        ]),
      },
    },
    issues: [],
  },
];

// --- location cycles --------------------------------------------------------------------------

const cycles: DatasetCase[] = [
  bad(
    'a location that is its own parent',
    'location',
    (r) => {
      r.parentId = r.id;
    },
    [['location.cycle', '/parentId']],
  ),
  changed(
    'two locations that are each other’s parent',
    (d) => {
      d.locations.push(
        { ...records.location(1), parentId: 'v-2' },
        { ...records.location(2), parentId: 'v-1' },
      );
    },
    [
      ['location.cycle', '/locations/5/parentId'],
      ['location.cycle', '/locations/6/parentId'],
    ],
  ),
  changed(
    'a cycle of three locations under a valid one',
    (d) => {
      d.locations.push(
        { ...records.location(1), parentId: 'v-3' },
        { ...records.location(2), parentId: 'v-1' },
        { ...records.location(3), parentId: 'v-2' },
        { ...records.location(4), parentId: 'v-1' },
      );
    },
    [
      ['location.cycle', '/locations/5/parentId'],
      ['location.cycle', '/locations/6/parentId'],
      ['location.cycle', '/locations/7/parentId'],
    ],
  ),
  {
    kind: 'dataset',
    name: 'a cycle through the gazetteer',
    input: withRecord('location', (r) => {
      r.parentId = 'YY-G1';
    }),
    options: {
      gazetteer: {
        byId: new Map([
          ['YY-G1', { id: 'YY-G1', kind: 'district', name: 'G', parentId: 'v-1' } as never],
        ]),
      },
    },
    issues: [{ code: 'location.cycle', path: `${at('location')}/parentId` }],
  },
  changed(
    'a chain of 2,000 villages, each the parent of the next',
    (d) => {
      for (let i = 0; i < 2_000; i++) {
        d.locations.push({
          ...records.location(i + 1),
          id: `chain-${i}`,
          parentId: i === 0 ? 'XX-D1' : `chain-${i - 1}`,
        });
      }
    },
    [],
  ),
];

// --- percentages ------------------------------------------------------------------------------

function percentages(values: readonly (number | undefined)[]): (record: Json) => void {
  const places = ['XX-D1', 'v-hill', 'XX-CAP', 'XX-R1'];
  return (record) => {
    record.locations = values.map((percentage, i) =>
      percentage === undefined ? { locationId: places[i] } : { locationId: places[i], percentage },
    );
  };
}

const percentageCases: DatasetCase[] = [
  fine('percentages 33.33 + 33.33 + 33.34', 'program', percentages([33.33, 33.33, 33.34])),
  fine('percentages 33.33 × 3 (99.99, within 0.01)', 'program', percentages([33.33, 33.33, 33.33])),
  fine('percentages 50 + 50.01 (100.01, within 0.01)', 'program', percentages([50, 50.01])),
  fine(
    'percentages 10.1 + 89.9 (not exactly 100 in floating point)',
    'program',
    percentages([10.1, 89.9]),
  ),
  fine('percentages 0.1 + 0.2 + 99.7', 'program', percentages([0.1, 0.2, 99.7])),
  bad('percentages 33.3 × 3 (99.9)', 'program', percentages([33.3, 33.3, 33.3]), [
    ['program.locations.percent_sum', '/locations'],
  ]),
  bad('percentages 50 + 50.02 (100.02)', 'program', percentages([50, 50.02]), [
    ['program.locations.percent_sum', '/locations'],
  ]),
  bad('percentages 33.333 + 33.333 + 33.334', 'program', percentages([33.333, 33.333, 33.334]), [
    ['program.locations.percent_precision', '/locations/0/percentage'],
    ['program.locations.percent_precision', '/locations/1/percentage'],
    ['program.locations.percent_precision', '/locations/2/percentage'],
  ]),
  // String(1e-7) is "1e-7": exponent notation is more than two decimals, not 0 %.
  bad('a percentage of 1e-7', 'program', percentages([100, 1e-7]), [
    ['program.locations.percent_precision', '/locations/1/percentage'],
  ]),
  bad('a percentage of 5e-324 (the smallest double)', 'program', percentages([100, 5e-324]), [
    ['program.locations.percent_precision', '/locations/1/percentage'],
  ]),
  bad('percentages for some locations only', 'program', percentages([60, 40, undefined]), [
    ['program.locations.percent_partial', '/locations/2/percentage'],
  ]),
  bad('a percentage above 100', 'program', percentages([100.5]), [
    ['schema.too_big', '/locations/0/percentage'],
  ]),
  bad('a negative percentage', 'program', percentages([100, -10]), [
    ['schema.too_small', '/locations/1/percentage'],
  ]),
  bad('a percentage as a string', 'program', percentages([50, '50' as unknown as number]), [
    ['schema.invalid_type', '/locations/1/percentage'],
  ]),
];

// --- breakdowns -------------------------------------------------------------------------------

function summary(change: (record: Json) => void): (record: Json) => void {
  return (record) => {
    for (const key of Object.keys(record)) {
      if (!['companyId', 'siteId', 'asOf', 'headcount', 'sourceIds'].includes(key)) {
        delete record[key];
      }
    }
    record.headcount = 100;
    change(record);
  };
}

const breakdowns: DatasetCase[] = [
  bad(
    'a gender breakdown above the headcount (60 + 60 > 100)',
    'workforce',
    summary((r) => {
      r.byGender = { female: 60, male: 60 };
    }),
    [['workforce.breakdown_exceeds_headcount', '/byGender']],
  ),
  bad(
    'more local people than people',
    'workforce',
    summary((r) => {
      r.local = 101;
    }),
    [['workforce.breakdown_exceeds_headcount', '/local']],
  ),
  bad(
    'over 80 from the regions and 20 from the capital, of 100',
    'workforce',
    summary((r) => {
      r.fromRegions = { min: 81, phrase: 'over 80 percent' };
      r.fromCapital = 20;
    }),
    [['workforce.breakdown_exceeds_headcount', '/fromRegions']],
  ),
  bad(
    'an origin breakdown above the headcount',
    'workforce',
    summary((r) => {
      r.byOrigin = { 'XX-D1': 90, 'XX-CAP': 11 };
    }),
    [['workforce.breakdown_exceeds_headcount', '/byOrigin']],
  ),
  bad(
    'counts near the safe-integer limit',
    'workforce',
    summary((r) => {
      r.byGender = { female: Number.MAX_SAFE_INTEGER, male: Number.MAX_SAFE_INTEGER };
    }),
    [['workforce.breakdown_exceeds_headcount', '/byGender']],
  ),
  bad(
    'a category breakdown far below the headcount (a warning)',
    'workforce',
    summary((r) => {
      r.byCategory = { worker: 10, manager: 10 };
    }),
    [['workforce.breakdown_incomplete', '/byCategory']],
  ),
  fine(
    'a breakdown within bounds on the headcount (100..120)',
    'workforce',
    summary((r) => {
      r.headcount = { min: 100, max: 120, phrase: 'over 100' };
      r.byGender = { female: 60, male: 60 };
    }),
  ),
  fine(
    'a breakdown above a headcount without an upper bound',
    'workforce',
    summary((r) => {
      r.headcount = { min: 100, phrase: 'over 100' };
      r.byGender = { female: 300, male: 300 };
    }),
  ),
  bad(
    'bounds whose minimum is above the maximum',
    'workforce',
    summary((r) => {
      r.headcount = { min: 120, max: 100 };
    }),
    [['bounds.min_above_max', '/headcount/max']],
  ),
  bad(
    'empty bounds',
    'workforce',
    summary((r) => {
      r.headcount = {};
    }),
    [['bounds.empty', '/headcount']],
  ),
];

// --- several bad records at once --------------------------------------------------------------

const several: DatasetCase[] = [
  changed(
    'three bad employees among valid ones: every one is reported',
    (d) => {
      d.employees.push(
        { ...records.employee(1), id: 'e-a', gender: 'unknown' },
        records.employee(2),
        { ...records.employee(3), id: 'e-b', hireDate: '2024-13-01' },
        { ...records.employee(4), id: 'e-c', birthYear: 1850 },
        records.employee(5),
      );
    },
    [
      ['schema.invalid_value', '/employees/2/gender'],
      ['schema.invalid_format', '/employees/4/hireDate'],
      ['schema.too_small', '/employees/5/birthYear'],
    ],
    ['/employees/2', '/employees/4', '/employees/5'],
  ),
  changed(
    'bad records in every collection at once',
    (d) => {
      d.sites.push({ ...records.site(1), kind: 'quarry' });
      d.programs.push({ ...records.program(1), sdgs: [18] });
      d.sources.push({ ...records.source(1), url: 'ftp://example.com/' });
      d.workforce.push({ ...records.workforce(1), headcount: -1 });
    },
    [
      ['schema.invalid_value', '/sites/1/kind'],
      ['schema.too_big', '/programs/1/sdgs/0'],
      ['schema.invalid_format', '/sources/2/url'],
      ['schema.too_small', '/workforce/1/headcount'],
    ],
    ['/sites/1', '/programs/1', '/sources/2', '/workforce/1'],
  ),
  changed(
    'rule errors in several records: every one is reported',
    (d) => {
      d.sites.push(
        { ...records.site(1), locationId: 'XX-D9' },
        { ...records.site(2), companyId: 'ngo-1' },
      );
      d.employees.push({ ...records.employee(1), id: 'e-2' });
    },
    [
      ['ref.missing', '/sites/1/locationId'],
      ['ref.wrong_kind', '/sites/2/companyId'],
      ['id.duplicate', '/employees/2/id'],
    ],
    ['/sites/1', '/sites/2', '/employees/2'],
  ),
];

// --- spreadsheet formulas -----------------------------------------------------------------------
// Text that a spreadsheet would run as a formula is ordinary text in a dataset: it is kept
// verbatim (escaping it is the job of whatever writes CSV), and never allowed in an id.

const FORMULAS = ['=HYPERLINK("http://x.example/","x")', '+1+2', '-2+3', '@SUM(A1:A2)'];

const formulas: DatasetCase[] = [
  ...FORMULAS.map(
    (text): DatasetCase => ({
      kind: 'dataset',
      name: `a site name starting with ${JSON.stringify(text[0])}: ${text}`,
      input: withRecord('site', (r) => {
        r.name = text;
      }),
      issues: [],
      data: (data) => {
        expect(data.sites[1]?.name).toBe(text);
      },
    }),
  ),
  {
    kind: 'dataset',
    name: 'formulas in a program title, a note and a source quote are kept verbatim',
    input: () => {
      const dataset = withRecord('program', (r) => {
        r.title = '=1+1';
        r.note = '@cmd';
      })();
      ((dataset.sources as Json[])[0] as Json).quote = '+SUM(1)';
      return dataset;
    },
    issues: [],
    data: (data) => {
      expect([data.programs[1]?.title, data.programs[1]?.note, data.sources[0]?.quote]).toEqual([
        '=1+1',
        '@cmd',
        '+SUM(1)',
      ]);
    },
  },
  bad(
    'a symbol key with a 10 kB description',
    'site',
    (r) => {
      (r as Record<symbol, unknown>)[Symbol(TEN_KB)] = 1;
    },
    [['input.not_json', '']],
  ),
];

/** Every hand-written dataset case. */
export const datasetCases: readonly DatasetCase[] = [
  ...numbers,
  ...negativeCounts,
  ...minorUnits,
  ...dates,
  ...currencies,
  ...ids,
  ...longStrings,
  ...nesting,
  ...forbidden,
  ...notJson,
  ...references,
  ...cycles,
  ...percentageCases,
  ...breakdowns,
  ...several,
  ...formulas,
];
