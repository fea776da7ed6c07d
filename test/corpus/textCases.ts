// Cases that pin what an issue says: the message and the context of every rule, of every input
// check, and of the structure issues, with the offending value described in a few words. Each
// message is written out from the rule's template with the values of the case.
import { baseDataset } from '../fixtures/baseDataset.js';
import type { DatasetCase, ExpectedIssue } from './corpusCase.js';

// biome-ignore lint/suspicious/noExplicitAny: the changes reach into the dataset at any depth
type Dataset = any;

function changed(
  name: string,
  change: (dataset: Dataset) => unknown,
  issues: readonly ExpectedIssue[],
  options?: DatasetCase['options'],
): DatasetCase {
  return {
    kind: 'dataset',
    name: `text: ${name}`,
    input: () => {
      const dataset = baseDataset();
      const replaced = change(dataset);
      return replaced === undefined ? dataset : replaced;
    },
    issues,
    ...(options === undefined ? {} : { options }),
  };
}

const issue = (
  code: ExpectedIssue['code'],
  path: string,
  message: string,
  context?: ExpectedIssue['context'],
): ExpectedIssue => ({ code, path, message, ...(context === undefined ? {} : { context }) });

// --- locations --------------------------------------------------------------------------------

const locations: DatasetCase[] = [
  changed(
    'a village that is its own parent',
    (d) => {
      d.locations[4].parentId = 'v-hill';
    },
    [
      issue(
        'location.cycle',
        '/locations/4/parentId',
        'The location "v-hill" is its own ancestor through its parent "v-hill".',
        { id: 'v-hill' },
      ),
    ],
  ),
  changed(
    'a district that repeats the gazetteer',
    () => undefined,
    [
      issue(
        'location.shadows_gazetteer',
        '/locations/3/id',
        'The location "XX-D1" repeats a gazetteer location and replaces it in this dataset.',
        { id: 'XX-D1' },
      ),
    ],
    {
      gazetteer: {
        byId: new Map([['XX-D1', { id: 'XX-D1', kind: 'district', name: 'D' } as never]]),
      },
    },
  ),
  changed(
    'a district marked remote',
    (d) => {
      d.locations[3].remote = true;
    },
    [
      issue(
        'location.remote_not_village',
        '/locations/3/remote',
        'The district "XX-D1" states remote: true; only villages are remote or not.',
        { id: 'XX-D1', kind: 'district' },
      ),
    ],
  ),
  changed(
    'a region without a point',
    (d) => {
      delete d.locations[2].point;
    },
    [
      issue('location.no_point', '/locations/2', 'The location "XX-R1" has no point.', {
        id: 'XX-R1',
      }),
    ],
  ),
];

// --- programs ---------------------------------------------------------------------------------

const programs: DatasetCase[] = [
  changed(
    'a percentage with three decimals',
    (d) => {
      d.programs[0].locations = [
        { locationId: 'XX-D1', percentage: 66.667 },
        { locationId: 'v-hill', percentage: 33.333 },
      ];
    },
    [
      issue(
        'program.locations.percent_precision',
        '/programs/0/locations/0/percentage',
        'The percentage 66.667 has more than two decimals.',
        { percentage: 66.667 },
      ),
      issue(
        'program.locations.percent_precision',
        '/programs/0/locations/1/percentage',
        'The percentage 33.333 has more than two decimals.',
        { percentage: 33.333 },
      ),
    ],
  ),
  changed(
    'a location without a percentage among others',
    (d) => {
      d.programs[0].locations = [
        { locationId: 'XX-D1', percentage: 100 },
        { locationId: 'v-hill' },
      ];
    },
    [
      issue(
        'program.locations.percent_partial',
        '/programs/0/locations/1/percentage',
        'Location 1 of program "prog-school" has no percentage while others have one.',
        { programId: 'prog-school' },
      ),
    ],
  ),
  // 66.67 + 33.2 = 99.87 %: 6,667 + 3,320 = 9,987 basis points.
  changed(
    'percentages summing to 99.87',
    (d) => {
      d.programs[0].locations[1].percentage = 33.2;
    },
    [
      issue(
        'program.locations.percent_sum',
        '/programs/0/locations',
        'The location percentages of program "prog-school" sum to 99.87, not 100.',
        { programId: 'prog-school', sum: '99.87' },
      ),
    ],
  ),
  // 0.05 % alone: 5 basis points, written with a leading zero and two decimals.
  changed(
    'a single percentage of 0.05',
    (d) => {
      d.programs[0].locations = [{ locationId: 'XX-D1', percentage: 0.05 }];
    },
    [
      issue(
        'program.locations.percent_sum',
        '/programs/0/locations',
        'The location percentages of program "prog-school" sum to 0.05, not 100.',
        { programId: 'prog-school', sum: '0.05' },
      ),
    ],
  ),
  // 60 + 40.02 = 100.02 %: 10,002 basis points, two above 10,000.
  changed(
    'percentages summing to 100.02',
    (d) => {
      d.programs[0].locations = [
        { locationId: 'XX-D1', percentage: 60 },
        { locationId: 'v-hill', percentage: 40.02 },
      ];
    },
    [
      issue(
        'program.locations.percent_sum',
        '/programs/0/locations',
        'The location percentages of program "prog-school" sum to 100.02, not 100.',
        { programId: 'prog-school', sum: '100.02' },
      ),
    ],
  ),
  changed(
    'percentages summing to 99.99 and to 100.01 (within 0.01)',
    (d) => {
      d.programs[0].locations = [
        { locationId: 'XX-D1', percentage: 60 },
        { locationId: 'v-hill', percentage: 39.99 },
      ];
      d.programs.push({
        ...structuredClone(d.programs[0]),
        id: 'prog-2',
        locations: [
          { locationId: 'XX-D1', percentage: 60.01 },
          { locationId: 'v-hill', percentage: 40 },
        ],
      });
    },
    [],
  ),
  changed(
    'a payment before a closed program',
    (d) => {
      d.programs[0].status = 'closed';
      d.programs[0].period = { start: '2024-03-02', end: '2024-12-31' };
    },
    [
      issue(
        'program.spend_outside_period',
        '/programs/0/spend/0/date',
        'The disbursement of 2024-03-01 falls outside the program period (2024-03-02 to 2024-12-31).',
        { date: '2024-03-01', start: '2024-03-02', end: '2024-12-31' },
      ),
    ],
  ),
  changed(
    'payments on the first and last day of the period',
    (d) => {
      d.programs[0].status = 'closed';
      d.programs[0].period = { start: '2024-03-01', end: '2024-06-30' };
      d.programs[0].spend.push({ ...d.programs[0].spend[0], date: '2024-06-30' });
    },
    [],
  ),
  changed(
    'numbers on a qualitative result',
    (d) => {
      Object.assign(d.programs[0].results[0], { measure: 'qualitative', description: 'Better.' });
    },
    [
      issue(
        'program.result.qualitative_values',
        '/programs/0/results/0/baseline',
        'The qualitative result "Pupils in repaired classrooms" has a baseline of 0; qualitative results carry no numbers.',
        { baseline: 0 },
      ),
      issue(
        'program.result.qualitative_values',
        '/programs/0/results/0/target',
        'The qualitative result "Pupils in repaired classrooms" has a target of 300; qualitative results carry no numbers.',
        { target: 300 },
      ),
      issue(
        'program.result.qualitative_values',
        '/programs/0/results/0/actual',
        'The qualitative result "Pupils in repaired classrooms" has a actual of 240; qualitative results carry no numbers.',
        { actual: 240 },
      ),
    ],
  ),
  changed(
    'a program without results',
    (d) => {
      d.programs[0].results = [];
    },
    [
      issue('program.no_results', '/programs/0', 'Program "prog-school" states no results.', {
        programId: 'prog-school',
      }),
    ],
  ),
];

// --- workforce --------------------------------------------------------------------------------

function summary(d: Dataset, fields: Record<string, unknown>): void {
  d.workforce[0] = {
    companyId: 'miner',
    asOf: '2024-12-31',
    headcount: 100,
    sourceIds: ['src-report'],
    ...fields,
  };
}

const workforce: DatasetCase[] = [
  changed(
    'local, non-local and unknown above the headcount',
    (d) => summary(d, { local: 60, nonLocal: 40, localityUnknown: 1 }),
    [
      issue(
        'workforce.breakdown_exceeds_headcount',
        '/workforce/0/local',
        'The breakdown local + nonLocal + localityUnknown counts at least 101 people, more than the headcount of at most 100.',
        { breakdown: 'local + nonLocal + localityUnknown', atLeast: 101, headcountAtMost: 100 },
      ),
    ],
  ),
  // Only the counts present are added: nonLocal 30 + localityUnknown 20 = 50 of 100.
  changed(
    'non-local and unknown below the headcount',
    (d) => summary(d, { nonLocal: 30, localityUnknown: 20 }),
    [
      issue(
        'workforce.breakdown_incomplete',
        '/workforce/0/nonLocal',
        'The breakdown local + nonLocal + localityUnknown counts at most 50 people, fewer than the headcount of at least 100.',
        { breakdown: 'local + nonLocal + localityUnknown', atMost: 50, headcountAtLeast: 100 },
      ),
    ],
  ),
  changed(
    'people from the capital and of unknown origin below the headcount',
    (d) => summary(d, { fromCapital: { max: 30 }, originUnknown: 9 }),
    [
      issue(
        'workforce.breakdown_incomplete',
        '/workforce/0/fromCapital',
        'The breakdown fromRegions + fromCapital + originUnknown counts at most 39 people, fewer than the headcount of at least 100.',
        {
          breakdown: 'fromRegions + fromCapital + originUnknown',
          atMost: 39,
          headcountAtLeast: 100,
        },
      ),
    ],
  ),
  changed(
    'more people from remote villages than people',
    (d) => summary(d, { headcount: { min: 50, max: 80 }, fromRemoteVillages: 81 }),
    [
      issue(
        'workforce.breakdown_exceeds_headcount',
        '/workforce/0/fromRemoteVillages',
        'The breakdown fromRemoteVillages counts at least 81 people, more than the headcount of at most 80.',
        { breakdown: 'fromRemoteVillages', atLeast: 81, headcountAtMost: 80 },
      ),
    ],
  ),
  changed(
    'a single count below the headcount is a subset, not a gap',
    (d) => summary(d, { local: 10, fromRemoteVillages: 1 }),
    [],
  ),
  changed(
    'a breakdown exactly at the headcount bounds',
    (d) =>
      summary(d, {
        headcount: { min: 90, max: 100 },
        byGender: { female: 40, male: 60 },
        byCategory: { worker: { max: 50 }, manager: 40 },
        byEngagement: { employee: 90 },
        byAgeBand: { '<30': 100 },
      }),
    [],
  ),
  ...(['byGender', 'byCategory', 'byEngagement', 'byAgeBand'] as const).flatMap((field) => {
    const keys = {
      byGender: ['female', 'male'],
      byCategory: ['worker', 'manager'],
      byEngagement: ['employee', 'contractor'],
      byAgeBand: ['<30', 'unknown'],
    }[field];
    return [
      changed(
        `${field} above the headcount`,
        (d) =>
          summary(d, { [field]: { [keys[0] as string]: 70, [keys[1] as string]: { min: 31 } } }),
        [
          issue(
            'workforce.breakdown_exceeds_headcount',
            `/workforce/0/${field}`,
            `The breakdown ${field} counts at least 101 people, more than the headcount of at most 100.`,
            { breakdown: field, atLeast: 101, headcountAtMost: 100 },
          ),
        ],
      ),
      changed(
        `${field} below the headcount`,
        (d) =>
          summary(d, { [field]: { [keys[0] as string]: 70, [keys[1] as string]: { max: 29 } } }),
        [
          issue(
            'workforce.breakdown_incomplete',
            `/workforce/0/${field}`,
            `The breakdown ${field} counts at most 99 people, fewer than the headcount of at least 100.`,
            { breakdown: field, atMost: 99, headcountAtLeast: 100 },
          ),
        ],
      ),
    ];
  }),
  changed(
    'an origin breakdown by region above the headcount',
    (d) => summary(d, { byEconomicRegion: { 'XX-R1': 101 } }),
    [
      issue(
        'workforce.breakdown_exceeds_headcount',
        '/workforce/0/byEconomicRegion',
        'The breakdown byEconomicRegion counts at least 101 people, more than the headcount of at most 100.',
        { breakdown: 'byEconomicRegion', atLeast: 101, headcountAtMost: 100 },
      ),
    ],
  ),
];

// --- deposits ---------------------------------------------------------------------------------

const deposits: DatasetCase[] = [
  changed(
    'a stage history out of order',
    (d) => {
      d.deposits[0].stageHistory[1].from = '2009-12-31';
    },
    [
      issue(
        'deposit.stage_order',
        '/deposits/0/stageHistory/1/from',
        'The stage "construction" from 2009-12-31 is listed after "exploration" from 2010-01-01; the history is oldest first.',
        { from: '2009-12-31', previousFrom: '2010-01-01' },
      ),
    ],
  ),
  changed(
    'two stages on the same day',
    (d) => {
      d.deposits[0].stageHistory[1].from = '2010-01-01';
    },
    [],
  ),
  changed(
    'production after closure',
    (d) => {
      d.deposits[0].stageHistory.splice(2, 0, { stage: 'closure', from: '2015-01-01' });
    },
    [
      issue(
        'deposit.stage_transition',
        '/deposits/0/stageHistory/3/stage',
        'A deposit cannot move from "closure" to "production".',
        { from: 'closure', to: 'production' },
      ),
    ],
  ),
  changed(
    'a current stage that is not the last of the history',
    (d) => {
      d.deposits[0].stage = 'careAndMaintenance';
    },
    [
      issue(
        'deposit.stage_mismatch',
        '/deposits/0/stage',
        'The stage "careAndMaintenance" is not the last stage of the history ("production").',
        { stage: 'careAndMaintenance', lastInHistory: 'production' },
      ),
    ],
  ),
  changed(
    'a reserve on inferred resources only',
    (d) => {
      d.deposits[0].estimates[0].category = 'inferred';
    },
    [
      issue(
        'estimate.inferred_as_reserve',
        '/deposits/0/estimates/1/category',
        "A probable reserve of gold (JORC) is reported while the deposit's only gold resources under JORC are inferred; inferred resources are never converted to reserves.",
        { commodity: 'gold', reportingCode: 'JORC' },
      ),
    ],
  ),
  // A resource under another code (GKZ C2, in the GKZ categories) does not make the JORC reserve
  // an inferred one.
  changed(
    'a reserve next to resources of another code',
    (d) => {
      d.deposits[0].estimates.push({
        ...d.deposits[0].estimates[0],
        category: 'C2',
        reportingCode: 'GKZ',
      });
    },
    [],
  ),
];

// --- completeness -----------------------------------------------------------------------------

const completeness: DatasetCase[] = [
  changed(
    'an award without a date or a year',
    (d) => {
      delete d.awards[0].year;
    },
    [
      issue('award.no_date', '/awards/0', 'The award "award-1" has neither a date nor a year.', {
        id: 'award-1',
      }),
    ],
  ),
  changed(
    'a company and an organization without identifiers',
    (d) => {
      delete d.company.identifiers;
      d.organizations[1].identifiers = [];
    },
    [
      issue(
        'organization.no_identifier',
        '/company',
        'The organization "miner" has no register identifier.',
        { id: 'miner' },
      ),
      issue(
        'organization.no_identifier',
        '/organizations/1',
        'The organization "ngo-1" has no register identifier.',
        { id: 'ngo-1' },
      ),
    ],
  ),
];

// --- input ------------------------------------------------------------------------------------

class Gadget {
  readonly id = 'g';
}

const input: DatasetCase[] = [
  changed(
    'a forbidden key',
    (d) => {
      Object.defineProperty(d.company, '__proto__', { value: {}, enumerable: true });
    },
    [
      issue(
        'security.forbidden_key',
        '/company/__proto__',
        'The key "__proto__" is not allowed: it could reach a prototype.',
        { key: '__proto__' },
      ),
    ],
  ),
  changed(
    'a Date, a Map, a class instance and a boxed number',
    (d) => {
      d.company.foundedOn = new Date(0);
      d.workforce[0].byGender = new Map();
      d.deposits[0].licence = new Gadget();
      d.workforce[0].headcount = Object(100);
    },
    [
      issue('input.not_json', '/company/foundedOn', 'A Date object is not JSON data.'),
      issue('input.not_json', '/workforce/0/byGender', 'A Map object is not JSON data.'),
      issue('input.not_json', '/deposits/0/licence', 'A non-plain object is not JSON data.'),
      // The field left out is not reported a second time as missing.
      issue('input.not_json', '/workforce/0/headcount', 'A Number object is not JSON data.'),
    ],
  ),
  changed(
    'an accessor, a non-enumerable field, a symbol key and a function',
    (d) => {
      Object.defineProperty(d.company, 'url', {
        get: () => 'https://example.com/',
        enumerable: true,
      });
      Object.defineProperty(d.sources[1], 'publisher', { value: 'hidden', enumerable: false });
      d.sources[0][Symbol('note')] = 'x';
      d.sources[0].quote = () => 'quoted';
    },
    [
      issue(
        'input.not_json',
        '/company/url',
        'An accessor (getter or setter) property is not JSON data.',
      ),
      issue(
        'input.not_json',
        '/sources/1/publisher',
        'A non-enumerable property is not JSON data.',
      ),
      issue('input.not_json', '/sources/0', 'A symbol key (Symbol(note)) is not JSON data.'),
      issue('input.not_json', '/sources/0/quote', 'A function is not JSON data.'),
    ],
  ),
  changed(
    'a sparse array, a named property on an array and a cycle',
    (d) => {
      // biome-ignore lint/suspicious/noSparseArray: the holes are the point
      d.programs[0].sdgs = [4, , , 9];
      d.company.commodities.extra = 'x';
      d.organizations[0].self = d.organizations;
    },
    [
      issue(
        'input.not_json',
        '/programs/0/sdgs',
        'A sparse array (length 4, 2 holes) is not JSON data.',
      ),
      issue(
        'input.not_json',
        '/company/commodities/extra',
        'A named property on an array is not JSON data.',
      ),
      issue('input.cycle', '/organizations/0/self', 'The value contains itself (a cycle).'),
    ],
  ),
  changed(
    'a proxy that throws and nesting 65 levels deep',
    (d) => {
      d.company.names = new Proxy([], {
        ownKeys: () => {
          throw new Error('trap');
        },
      });
      let deep: unknown = 'bottom';
      for (let i = 0; i < 70; i++) deep = [deep];
      d.sources[0].note = deep;
    },
    [
      issue('input.unreadable', '/company/names', 'Reading the value threw an error.'),
      issue(
        'input.too_deep',
        `/sources/0/note${'/0'.repeat(61)}`,
        'Values nest deeper than 64 levels.',
      ),
      issue(
        'schema.invalid_type',
        '/sources/0/note',
        'Invalid input: expected string, received array. Found an array of 1 item.',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
    ],
  ),
];

// --- structure: how the offending value is described --------------------------------------------

const LONG = 'L'.repeat(61);

const structure: DatasetCase[] = [
  changed(
    'an unknown key',
    (d) => {
      d.company.ceo = 'someone';
    },
    [
      issue('schema.unrecognized_keys', '/company/ceo', 'The key "ceo" is not part of the model.', {
        key: 'ceo',
      }),
    ],
  ),
  changed(
    'values of every kind where a string belongs',
    (d) => {
      d.company.name = 42;
      d.organizations[0].name = true;
      d.organizations[1].name = null;
      d.sites[0].name = [];
      d.sites[0].names = 'x';
      d.deposits[0].name = ['a', 'b'];
      d.locations[0].name = {};
      d.locations[1].name = { a: 1, b: 2 };
      d.locations[2].name = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
      d.sources[0].title = 7n;
    },
    [
      issue(
        'schema.invalid_type',
        '/company/name',
        'Invalid input: expected string, received number. Found 42.',
        { zodCode: 'invalid_type', value: 42, expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/organizations/0/name',
        'Invalid input: expected string, received boolean. Found true.',
        { zodCode: 'invalid_type', value: true, expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/organizations/1/name',
        'Invalid input: expected string, received null. Found null.',
        { zodCode: 'invalid_type', value: null, expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/sites/0/name',
        'Invalid input: expected string, received array. Found an array of 0 items.',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/sites/0/names',
        'Invalid input: expected array, received string. Found "x".',
        { zodCode: 'invalid_type', value: 'x', expected: 'array' },
      ),
      issue(
        'schema.invalid_type',
        '/deposits/0/name',
        'Invalid input: expected string, received array. Found an array of 2 items.',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/locations/0/name',
        'Invalid input: expected string, received object. Found an empty object.',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/locations/1/name',
        'Invalid input: expected string, received object. Found an object with keys "a", "b".',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/locations/2/name',
        'Invalid input: expected string, received object. Found an object with keys "a", "b", "c", "d", "e", … (6 keys).',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
      issue(
        'schema.invalid_type',
        '/sources/0/title',
        'Invalid input: expected string, received bigint. Found the bigint 7n.',
        { zodCode: 'invalid_type', expected: 'string' },
      ),
    ],
  ),
  changed(
    'a long string, cut after 60 characters in the message and 200 in the context',
    (d) => {
      d.company.jurisdiction = LONG;
    },
    [
      issue(
        'schema.invalid_format',
        '/company/jurisdiction',
        `Expected an ISO 3166-1 alpha-2 code, e.g. AZ. Found "${'L'.repeat(60)}…".`,
        { zodCode: 'invalid_format', value: LONG },
      ),
    ],
  ),
  changed(
    'a missing field, and a message that already ends with a full stop',
    (d) => {
      delete d.sites[0].kind;
      d.employees[0].hireDate = '2024-02-30';
    },
    [
      issue(
        'schema.invalid_value',
        '/sites/0/kind',
        'Invalid option: expected one of "mine"|"processingPlant"|"office"|"explorationCamp"|"other". The field is missing.',
        { zodCode: 'invalid_value' },
      ),
      issue(
        'schema.invalid_format',
        '/employees/0/hireDate',
        'Expected a real calendar date YYYY-MM-DD. Found "2024-02-30".',
        { zodCode: 'invalid_format', value: '2024-02-30' },
      ),
    ],
  ),
  changed(
    'a refinement with its own code',
    (d) => {
      d.ownership[0].end = '2015-02-10';
    },
    [
      issue(
        'period.end_before_start',
        '/ownership/0/end',
        'The interest ends before it starts. Found "2015-02-10".',
        { zodCode: 'custom', value: '2015-02-10' },
      ),
    ],
  ),
  changed(
    'bounds of a count with a string',
    (d) => {
      d.workforce[0].fromRegions = { min: '81' };
    },
    [
      issue(
        'schema.invalid_type',
        '/workforce/0/fromRegions/min',
        'Invalid input: expected number, received string. Found "81".',
        { zodCode: 'invalid_type', value: '81', expected: 'number' },
      ),
    ],
  ),
  changed(
    'an invalid key of an origin breakdown',
    (d) => {
      d.workforce[0].byOrigin = { 'XX D1': 60, 'XX-CAP': 40 };
    },
    [
      issue(
        'schema.invalid_key',
        '/workforce/0/byOrigin/XX D1',
        'Invalid key in record. Found 60.',
        { zodCode: 'invalid_key', value: 60 },
      ),
    ],
  ),
  changed(
    'a version that is not 1.0',
    (d) => {
      d.schemaVersion = '2.0';
    },
    [
      issue(
        'schema.invalid_value',
        '/schemaVersion',
        'Invalid input: expected "1.0". Found "2.0".',
        {
          zodCode: 'invalid_value',
          value: '2.0',
        },
      ),
    ],
  ),
  changed('the whole input is a string', () => 'dataset', [
    issue(
      'schema.invalid_type',
      '',
      'Invalid input: expected object, received string. Found "dataset".',
      {
        zodCode: 'invalid_type',
        value: 'dataset',
        expected: 'object',
      },
    ),
  ]),
];

/** Every case that pins what its issues say. */
export const textCases: readonly DatasetCase[] = [
  ...locations,
  ...programs,
  ...workforce,
  ...deposits,
  ...completeness,
  ...input,
  ...structure,
];
