import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { inMutationRun } from '../../test/fixtures/propertyRuns.js';
import type { ImpactDatasetInput } from '../model/impactDataset.js';
import type { Location } from '../model/location.js';
import { LocationSchema } from '../model/location.js';
import { issuesFromZod } from './issuesFromZod.js';
import { validateDataset } from './validateDataset.js';
import { type IssueCode, validationRules } from './validationRules.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures reach deep into plain JSON to break one thing.
type Json = any;

interface Fixture {
  /** Changes a fresh base dataset (or returns another input) so that the rule is broken. */
  readonly fail: (dataset: Json) => unknown;
  /** The path of the issue the failing fixture produces. */
  readonly path: string;
  /** Changes a fresh base dataset so that it comes close to the rule and still passes it. */
  readonly pass: (dataset: Json) => unknown;
  /** Gazetteer locations for both fixtures. */
  readonly gazetteer?: readonly Location[];
}

const same = (dataset: Json): Json => dataset;

/** A reported amount of USD 1,000.00 spent, with the given fields changed. */
const reported = (fields: Json): Json => ({
  basis: 'spent',
  value: { amountMinor: 100_000, currency: 'USD' },
  sourceIds: ['src-report'],
  ...fields,
});

/** A board of 10 members of the base dataset's company, with the given fields changed. */
const board = (fields: Json): Json => ({
  id: 'board',
  companyId: 'miner',
  name: 'Board of Directors',
  kind: 'board',
  asOf: '2024-12-31',
  members: 10,
  sourceIds: [],
  ...fields,
});

const deeplyNested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

const FIXTURES: Readonly<Record<Exclude<IssueCode, 'schema.invalid'>, Fixture>> = {
  'input.not_json': {
    fail: (d) => {
      d.company.foundedOn = new Date('2015-02-11T00:00:00Z');
    },
    path: '/company/foundedOn',
    pass: (d) => {
      d.company.foundedOn = '2015-02-11';
    },
  },
  'input.cycle': {
    fail: (d) => {
      d.company.names = [d.company];
    },
    path: '/company/names/0',
    // The same object twice, side by side, is no cycle.
    pass: (d) => {
      const name = { value: 'Mining', lang: 'en', kind: 'exonym' };
      d.company.names = [name, name];
    },
  },
  'input.too_deep': {
    // /sources/0/note is at depth 3; 61 more arrays reach depth 64, the first level not copied.
    fail: (d) => {
      d.sources[0].note = deeplyNested(70);
    },
    path: `/sources/0/note${'/0'.repeat(61)}`,
    pass: (d) => {
      d.sources[0].note = deeplyNested(60);
    },
  },
  'input.too_large': {
    // The root array is container 1 and element i is container i + 2: element 1,999,999 is the
    // 2,000,001st, the first beyond the limit.
    fail: () => new Array(2_000_001).fill({}),
    path: '/1999999',
    pass: () => new Array(1_000).fill({}),
  },
  'input.unreadable': {
    fail: (d) => {
      d.company.names = new Proxy([], {
        ownKeys() {
          throw new Error('trap');
        },
      });
    },
    path: '/company/names',
    pass: (d) => {
      d.company.names = new Proxy([], {});
    },
  },
  'security.forbidden_key': {
    fail: (d) =>
      JSON.parse(JSON.stringify(d).replace('"company":{', '"company":{"__proto__":{"x":1},')),
    path: '/company/__proto__',
    pass: (d) =>
      JSON.parse(JSON.stringify(d).replace('"company":{', '"company":{"proto":{"x":1},')),
  },
  'schema.invalid_type': {
    fail: (d) => {
      d.company.name = 5;
    },
    path: '/company/name',
    pass: (d) => {
      d.company.name = '5';
    },
  },
  'schema.invalid_value': {
    fail: (d) => {
      d.programs[0].status = 'done';
    },
    path: '/programs/0/status',
    pass: (d) => {
      d.programs[0].status = 'finalisation';
    },
  },
  'schema.invalid_format': {
    fail: (d) => {
      d.company.foundedOn = '2015-02-30';
    },
    path: '/company/foundedOn',
    pass: (d) => {
      d.company.foundedOn = '2015-02-28';
    },
  },
  'schema.too_small': {
    fail: (d) => {
      d.programs[0].sdgs = [0];
    },
    path: '/programs/0/sdgs/0',
    pass: (d) => {
      d.programs[0].sdgs = [1];
    },
  },
  'schema.too_big': {
    fail: (d) => {
      d.programs[0].sdgs = [18];
    },
    path: '/programs/0/sdgs/0',
    pass: (d) => {
      d.programs[0].sdgs = [17];
    },
  },
  'schema.unrecognized_keys': {
    fail: (d) => {
      d.company.ceo = 'someone';
    },
    path: '/company/ceo',
    pass: same,
  },
  'schema.invalid_union': {
    fail: (d) => {
      d.workforce[0].headcount = 'many';
    },
    path: '/workforce/0/headcount',
    pass: (d) => {
      d.workforce[0].headcount = { min: 100, phrase: 'many' };
    },
  },
  'schema.invalid_key': {
    fail: (d) => {
      d.workforce[0].byOrigin = { 'Hill District': 100 };
    },
    path: '/workforce/0/byOrigin/Hill District',
    pass: (d) => {
      d.workforce[0].byOrigin = { 'XX-D1': 100 };
    },
  },
  'period.end_before_start': {
    fail: (d) => {
      d.programs[0].period = { start: '2023-01-01', end: '2022-12-31' };
    },
    path: '/programs/0/period/end',
    // A one-day program: start = end.
    pass: (d) => {
      d.programs[0].period = { start: '2023-01-01', end: '2023-01-01' };
    },
  },
  'grievance.resolved_above_received': {
    fail: (d) => {
      d.grievances = [
        {
          period: { start: '2024-01-01', end: '2024-12-31' },
          received: 3,
          resolved: 4,
          sourceIds: [],
        },
      ];
    },
    path: '/grievances/0/resolved',
    // All received grievances resolved: resolved = received.
    pass: (d) => {
      d.grievances = [
        {
          period: { start: '2024-01-01', end: '2024-12-31' },
          received: 3,
          resolved: 3,
          sourceIds: [],
        },
      ];
    },
  },
  'land.rehabilitated_above_disturbed': {
    fail: (d) => {
      d.land = [
        { asOf: '2024', areaUnit: 'ha', disturbed: 10, rehabilitated: 10.5, sourceIds: [] },
      ];
    },
    path: '/land/0/rehabilitated',
    pass: (d) => {
      d.land = [{ asOf: '2024', areaUnit: 'ha', disturbed: 10, rehabilitated: 10, sourceIds: [] }];
    },
  },
  'governance.group_exceeds_members': {
    // 3 women + 8 men = 11 members named in a board of 10; 3 + 7 = 10 passes.
    fail: (d) => {
      d.governanceBodies = [board({ byGender: { female: 3, male: 8 } })];
    },
    path: '/governanceBodies/0/byGender',
    pass: (d) => {
      d.governanceBodies = [board({ byGender: { female: 3, male: 7 } })];
    },
  },
  'bounds.empty': {
    fail: (d) => {
      d.workforce[0].fromRegions = { phrase: 'most' };
    },
    path: '/workforce/0/fromRegions',
    pass: (d) => {
      d.workforce[0].fromRegions = { max: 100, phrase: 'most' };
    },
  },
  'bounds.min_above_max': {
    fail: (d) => {
      d.workforce[0].fromRegions = { min: 81, max: 80 };
    },
    path: '/workforce/0/fromRegions/max',
    pass: (d) => {
      d.workforce[0].fromRegions = { min: 81, max: 81 };
    },
  },
  'range.unordered': {
    fail: (d) => {
      d.projections[0].multipliers.typeI = { low: 1.6, high: 1.2 };
    },
    path: '/projections/0/multipliers/typeI/high',
    pass: (d) => {
      d.projections[0].multipliers.typeI = { low: 1.2, central: 1.2, high: 1.2 };
    },
  },
  'estimate.no_quantity': {
    fail: (d) => {
      delete d.deposits[0].estimates[0].ore;
    },
    path: '/deposits/0/estimates/0/ore',
    // The published contained metal alone: 2.1 g/t × 1,000,000 t = 2.1 t of gold.
    pass: (d) => {
      delete d.deposits[0].estimates[0].ore;
      d.deposits[0].estimates[0].containedMetal = { value: 2.1, unit: 't' };
    },
  },
  'grade.percent_above_100': {
    fail: (d) => {
      d.deposits[0].estimates[0].grade = { value: 100.01, unit: '%' };
    },
    path: '/deposits/0/estimates/0/grade/value',
    pass: (d) => {
      d.deposits[0].estimates[0].grade = { value: 100, unit: '%' };
    },
  },
  'id.duplicate': {
    fail: (d) => {
      d.sources.push({ id: 'src-report', title: 'Annual report 2024, again' });
    },
    path: '/sources/2/id',
    pass: (d) => {
      d.sources.push({ id: 'src-report-2023', title: 'Annual report 2023' });
    },
  },
  'ref.missing': {
    fail: (d) => {
      d.sites[0].locationId = 'XX-D9';
    },
    path: '/sites/0/locationId',
    pass: (d) => {
      d.sites[0].locationId = 'v-hill';
    },
  },
  'ref.duplicate': {
    // An organization with the company's id: every party reference to "miner" is ambiguous.
    fail: (d) => {
      d.organizations.push({
        id: 'miner',
        name: 'Miner Holding',
        entityType: 'registeredEntity',
        identifiers: [{ scheme: 'XX-REG', id: '3' }],
      });
    },
    path: '/ownership/0/subjectId',
    pass: (d) => {
      d.organizations.push({
        id: 'miner-holding',
        name: 'Miner Holding',
        entityType: 'registeredEntity',
        identifiers: [{ scheme: 'XX-REG', id: '3' }],
      });
    },
  },
  'ref.wrong_kind': {
    fail: (d) => {
      d.sites[0].depositIds = ['site-hill'];
    },
    path: '/sites/0/depositIds/0',
    pass: (d) => {
      d.sites[0].depositIds = ['dep-hill'];
    },
  },
  'date.in_future': {
    fail: (d) => {
      d.company.foundedOn = '2025-11-15';
    },
    path: '/company/foundedOn',
    pass: (d) => {
      d.company.foundedOn = NOW;
    },
  },
  'date.far_future': {
    // 2025-11-14 + 15 years = 2040-11-14, the last day allowed.
    fail: (d) => {
      d.employees[1].terminationDate = '2040-11-15';
    },
    path: '/employees/1/terminationDate',
    pass: (d) => {
      d.employees[1].terminationDate = '2040-11-14';
    },
  },
  'program.locations.percent_precision': {
    fail: (d) => {
      d.programs[0].locations[0].percentage = 66.667;
      d.programs[0].locations[1].percentage = 33.333;
    },
    path: '/programs/0/locations/0/percentage',
    pass: (d) => {
      d.programs[0].locations[0].percentage = 66.7;
      d.programs[0].locations[1].percentage = 33.3;
    },
  },
  'program.locations.percent_partial': {
    fail: (d) => {
      d.programs[0].locations[0].percentage = 100;
      delete d.programs[0].locations[1].percentage;
    },
    path: '/programs/0/locations/1/percentage',
    pass: (d) => {
      delete d.programs[0].locations[0].percentage;
      delete d.programs[0].locations[1].percentage;
    },
  },
  'program.locations.percent_sum': {
    // 66.67 % + 33.31 % = 6,667 bp + 3,331 bp = 9,998 bp: 2 bp (0.02 %) short of 10,000.
    fail: (d) => {
      d.programs[0].locations[1].percentage = 33.31;
    },
    path: '/programs/0/locations',
    // 6,667 bp + 3,332 bp = 9,999 bp: 1 bp (0.01 %) short, within the tolerance. As floats
    // 66.67 + 33.32 is 99.99000000000001; in basis points the sum is exact.
    pass: (d) => {
      d.programs[0].locations[1].percentage = 33.32;
    },
  },
  'program.spend_outside_period': {
    fail: (d) => {
      d.programs[0].spend[0].date = '2022-12-31';
    },
    path: '/programs/0/spend/0/date',
    pass: (d) => {
      d.programs[0].spend[0].date = '2023-01-01';
    },
  },
  'program.result.qualitative_values': {
    fail: (d) => {
      d.programs[0].results[0].measure = 'qualitative';
    },
    path: '/programs/0/results/0/baseline',
    pass: (d) => {
      d.programs[0].results[0] = {
        title: 'Parents see better classrooms',
        measure: 'qualitative',
        description: 'The parents council reported better learning conditions.',
        period: { start: '2023-09-01', end: '2024-06-30' },
      };
    },
  },
  'program.categories.repeated': {
    // The school program's primary category is education.
    fail: (d) => {
      d.programs[0].categories = ['education'];
    },
    path: '/programs/0/categories/0',
    pass: (d) => {
      d.programs[0].categories = ['infrastructure'];
    },
  },
  'program.equivalent_currency': {
    // The disbursement is USD 50,000.00: an equivalent in USD repeats its own currency.
    fail: (d) => {
      d.programs[0].spend[0].equivalents = [{ amountMinor: 5_000_000, currency: 'USD' }];
    },
    path: '/programs/0/spend/0/equivalents/0/currency',
    pass: (d) => {
      d.programs[0].spend[0].equivalents = [{ amountMinor: 8_500_000, currency: 'AZN' }];
    },
  },
  'program.reported_amount.outside_period': {
    // The program starts on 2023-01-01: "in 2022" ends on 2022-12-31, before it.
    fail: (d) => {
      d.programs[0].reportedAmounts = [reported({ period: { start: '2022' } })];
    },
    path: '/programs/0/reportedAmounts/0/period',
    pass: (d) => {
      d.programs[0].reportedAmounts = [reported({ period: { start: '2023' } })];
    },
  },
  'program.reported_amount.as_of_before_start': {
    // As of June 2023, since 2024: the month ends before the year starts.
    fail: (d) => {
      d.programs[0].reportedAmounts = [
        reported({ basis: 'cumulative', period: { start: '2024' }, asOf: '2023-06' }),
      ];
    },
    path: '/programs/0/reportedAmounts/0/asOf',
    // June 2024 lies within 2024: not before it.
    pass: (d) => {
      d.programs[0].reportedAmounts = [
        reported({ basis: 'cumulative', period: { start: '2024' }, asOf: '2024-06' }),
      ];
    },
  },
  'program.reported_amount.overlap': {
    // January to June 2023 and April to September 2023 share April to June; neither holds the other.
    fail: (d) => {
      d.programs[0].reportedAmounts = [
        reported({ period: { start: '2023-01', end: '2023-06' } }),
        reported({ period: { start: '2023-04', end: '2023-09' } }),
      ];
    },
    path: '/programs/0/reportedAmounts/1/period',
    // February to March 2023 lies within January to June: the wider amount holds it.
    pass: (d) => {
      d.programs[0].reportedAmounts = [
        reported({ period: { start: '2023-01', end: '2023-06' } }),
        reported({ period: { start: '2023-02', end: '2023-03' } }),
      ];
    },
  },
  'workforce.breakdown_exceeds_headcount': {
    // 21 + 80 = 101 women and men, headcount 100.
    fail: (d) => {
      d.workforce[0].byGender = { female: 21, male: 80 };
    },
    path: '/workforce/0/byGender',
    // At least 20 + 80 = 100: a bound never makes an error while the figures can be consistent.
    pass: (d) => {
      d.workforce[0].byGender = { female: { min: 20, phrase: 'over 19' }, male: 80 };
    },
  },
  'workforce.breakdown_incomplete': {
    // 20 + 79 = 99 < 100.
    fail: (d) => {
      d.workforce[0].byGender = { female: 20, male: 79 };
    },
    path: '/workforce/0/byGender',
    // At most 20 + unbounded: can reach 100.
    pass: (d) => {
      d.workforce[0].byGender = { female: 20, male: { min: 70 } };
    },
  },
  'share.form': {
    // A figure and bounds at once: which one was published?
    fail: (d) => {
      d.workforce[0].shares = { local: { value: 0.6, min: 0.5, phrase: '60 %' } };
    },
    path: '/workforce/0/shares/local',
    pass: (d) => {
      d.workforce[0].shares = { local: { value: 0.6, phrase: '60 %' } };
    },
  },
  'workforce.share_inconsistent': {
    // 60 local of exactly 100 is 0.6; "59.5 %" with rounding 0.005 stands for [0.59, 0.6), which
    // excludes 0.6.
    fail: (d) => {
      d.workforce[0].shares = { local: { value: 0.595, rounding: 0.005, phrase: '59.5 %' } };
    },
    path: '/workforce/0/shares/local',
    // "60.5 %" with rounding 0.005 stands for [0.6, 0.61), which includes 0.6.
    pass: (d) => {
      d.workforce[0].shares = { local: { value: 0.605, rounding: 0.005, phrase: '60.5 %' } };
    },
  },
  'deposit.stage_order': {
    fail: (d) => {
      d.deposits[0].stageHistory[1].from = '2009-12-31';
    },
    path: '/deposits/0/stageHistory/1/from',
    pass: (d) => {
      d.deposits[0].stageHistory[1].from = '2010-01-01';
    },
  },
  'deposit.stage_transition': {
    // production → exploration: no path of the lifecycle leads back.
    fail: (d) => {
      d.deposits[0].stage = 'exploration';
      d.deposits[0].stageHistory.push({ stage: 'exploration', from: '2020-01-01' });
    },
    path: '/deposits/0/stageHistory/3/stage',
    // exploration → production skips construction: possible (a warning), not forbidden.
    pass: (d) => {
      d.deposits[0].stageHistory.splice(1, 1);
    },
  },
  'deposit.stages_not_recorded': {
    // exploration → production: construction is not recorded.
    fail: (d) => {
      d.deposits[0].stageHistory.splice(1, 1);
    },
    path: '/deposits/0/stageHistory/1/stage',
    // exploration → construction → production, every stage recorded.
    pass: same,
  },
  'deposit.stage_mismatch': {
    fail: (d) => {
      d.deposits[0].stage = 'careAndMaintenance';
    },
    path: '/deposits/0/stage',
    pass: (d) => {
      d.deposits[0].stage = 'careAndMaintenance';
      d.deposits[0].stageHistory.push({ stage: 'careAndMaintenance', from: '2024-01-01' });
    },
  },
  'estimate.inferred_as_reserve': {
    fail: (d) => {
      d.deposits[0].estimates[0].category = 'inferred';
    },
    path: '/deposits/0/estimates/1/category',
    // Inferred and indicated resources: the reserve can rest on the indicated ones.
    pass: (d) => {
      d.deposits[0].estimates.push({ ...d.deposits[0].estimates[0], category: 'inferred' });
    },
  },
  'estimate.reserve_without_resource': {
    // The base deposit: JORC indicated and probable. A proved line needs measured resources.
    fail: (d) => {
      d.deposits[0].estimates[1].category = 'proved';
    },
    path: '/deposits/0/estimates/1/category',
    pass: (d) => {
      d.deposits[0].estimates[1].category = 'proved';
      d.deposits[0].estimates.push({ ...d.deposits[0].estimates[0], category: 'measured' });
    },
  },
  'estimate.category_code': {
    // An indicated line under GKZ; the GKZ category C1 is the code's own.
    fail: (d) => {
      d.deposits[0].estimates[0].reportingCode = 'GKZ';
    },
    path: '/deposits/0/estimates/0/category',
    pass: (d) => {
      d.deposits[0].estimates[0].reportingCode = 'GKZ';
      d.deposits[0].estimates[0].category = 'C1';
    },
  },
  'estimate.inclusion_on_reserve': {
    fail: (d) => {
      d.deposits[0].estimates[1].inclusiveOfReserves = true;
    },
    path: '/deposits/0/estimates/1/inclusiveOfReserves',
    pass: (d) => {
      d.deposits[0].estimates[0].inclusiveOfReserves = true;
    },
  },
  'location.cycle': {
    // XX → v-hill → XX-D1 → XX-R1 → XX.
    fail: (d) => {
      d.locations[0].parentId = 'v-hill';
    },
    path: '/locations/0/parentId',
    pass: (d) => {
      d.locations[4].parentId = 'XX-R1';
    },
  },
  'location.shadows_gazetteer': {
    fail: same,
    path: '/locations/3/id',
    pass: (d) => {
      d.locations.splice(3, 1);
      d.locations[3].parentId = 'XX-D1';
    },
    gazetteer: [
      LocationSchema.parse({
        id: 'XX-D1',
        kind: 'district',
        name: 'Hill District',
        parentId: 'XX-R1',
      }),
    ],
  },
  'location.level_above_parent': {
    // The first-level division XX-D1 under the second-level division XX-R1.
    fail: (d) => {
      d.locations[2].kind = 'adminLevel2';
      d.locations[3].kind = 'adminLevel1';
    },
    path: '/locations/3/parentId',
    // The same places as a first-level division holding a second-level one.
    pass: (d) => {
      d.locations[2].kind = 'adminLevel1';
      d.locations[3].kind = 'adminLevel2';
    },
  },
  'location.remote_not_village': {
    fail: (d) => {
      d.locations[3].remote = false;
    },
    path: '/locations/3/remote',
    pass: (d) => {
      d.locations[4].remote = false;
    },
  },
  'source.none': {
    fail: (d) => {
      d.awards[0].sourceIds = [];
    },
    path: '/awards/0/sourceIds',
    pass: (d) => {
      d.awards[0].sourceIds = ['src-census'];
    },
  },
  'award.no_date': {
    fail: (d) => {
      delete d.awards[0].year;
    },
    path: '/awards/0',
    pass: (d) => {
      delete d.awards[0].year;
      d.awards[0].date = '2024-05-28';
    },
  },
  'organization.no_identifier': {
    fail: (d) => {
      d.organizations[1].identifiers = [];
    },
    path: '/organizations/1',
    pass: same,
  },
  'location.no_point': {
    fail: (d) => {
      delete d.locations[0].point;
    },
    path: '/locations/0',
    pass: same,
  },
  'program.joint_beneficiaries': {
    // A second program shares "hundreds" with the first; the first does not share it back.
    fail: (d) => {
      const hundreds = { count: { min: 200, max: 999 }, unit: 'person', estimated: true };
      d.programs.push({
        ...d.programs[0],
        id: 'prog-clinic',
        spend: [],
        sourceIds: ['src-report'],
      });
      d.programs[1].beneficiaries = { ...hundreds, jointWith: ['prog-school'] };
      d.programs[0].beneficiaries = hundreds;
    },
    path: '/programs/1/beneficiaries/jointWith/0',
    pass: (d) => {
      const hundreds = { count: { min: 200, max: 999 }, unit: 'person', estimated: true };
      d.programs.push({
        ...d.programs[0],
        id: 'prog-clinic',
        spend: [],
        sourceIds: ['src-report'],
      });
      d.programs[1].beneficiaries = { ...hundreds, jointWith: ['prog-school'] };
      d.programs[0].beneficiaries = { ...hundreds, jointWith: ['prog-clinic'] };
    },
  },
  'program.no_results': {
    fail: (d) => {
      d.programs[0].results = [];
    },
    path: '/programs/0',
    pass: same,
  },
  'program.reported_amount.supersedes_spend': {
    // "In 2024" holds the disbursement of 2024-03-01; "in 2023" does not.
    fail: (d) => {
      d.programs[0].reportedAmounts = [reported({ period: { start: '2024' } })];
    },
    path: '/programs/0/reportedAmounts/0',
    pass: (d) => {
      d.programs[0].reportedAmounts = [reported({ period: { start: '2023' } })];
    },
  },
};

function run(change: (dataset: Json) => unknown, gazetteer: readonly Location[] | undefined) {
  const dataset: ImpactDatasetInput = baseDataset();
  const replaced = change(dataset);
  const input = replaced === undefined ? dataset : replaced;
  const byId = new Map((gazetteer ?? []).map((location) => [location.id as string, location]));
  return validateDataset(input, { now: NOW, gazetteer: { byId } });
}

describe('validation rules', () => {
  it('has a passing and a failing fixture for every rule', () => {
    const covered = new Set([...Object.keys(FIXTURES), 'schema.invalid']);
    expect(Object.keys(validationRules).filter((code) => !covered.has(code))).toEqual([]);
  });

  describe.each(Object.entries(FIXTURES) as [IssueCode, Fixture][])('%s', (code, fixture) => {
    // Two million containers take seconds; the mutation run, which reruns it for every mutant
    // of the input stage, leaves this one fixture out (test/fixtures/propertyRuns.ts).
    it.skipIf(inMutationRun && code === 'input.too_large')(
      `reports ${code} with its severity at ${fixture.path}`,
      () => {
        const { issues, valid } = run(fixture.fail, fixture.gazetteer);
        const issue = issues.find(
          (candidate) => candidate.code === code && candidate.path === fixture.path,
        );
        expect(
          issue,
          JSON.stringify(issues.map(({ code: c, path }) => `${c} ${path}`)),
        ).toBeDefined();
        expect(issue?.severity).toBe(validationRules[code].severity);
        expect(issue?.message.length).toBeGreaterThan(0);
        expect(valid).toBe(!issues.some((candidate) => candidate.severity === 'error'));
      },
      // Two million containers: about 4 s alone, more under the full gate's load.
      code === 'input.too_large' ? 30_000 : undefined,
    );

    it(`does not report ${code} on the passing fixture`, () => {
      const { issues } = run(fixture.pass, fixture.gazetteer);
      expect(issues.filter((candidate) => candidate.code === code)).toEqual([]);
    });
  });

  describe('schema.invalid', () => {
    it('covers zod issues without a more specific code', () => {
      const [multiple, custom] = issuesFromZod(
        [
          {
            code: 'not_multiple_of',
            divisor: 5,
            input: 7,
            path: ['n'],
            message: 'Not a multiple of 5',
          },
          {
            code: 'custom',
            input: 1,
            path: ['x', 0],
            message: 'Refused',
            params: { code: 'no.such.code' },
          },
        ],
        { n: 7, x: [1] },
      );
      expect(multiple).toMatchObject({ code: 'schema.invalid', severity: 'error', path: '/n' });
      expect(custom).toMatchObject({ code: 'schema.invalid', severity: 'error', path: '/x/0' });
    });

    it('is not produced for issues that have a code', () => {
      const [issue] = issuesFromZod(
        [
          {
            code: 'too_big',
            origin: 'number',
            maximum: 17,
            inclusive: true,
            input: 18,
            path: [],
            message: 'Too big',
          },
        ],
        18,
      );
      expect(issue?.code).toBe('schema.too_big');
    });
  });
});

describe('workforce.breakdown_incomplete and origin breakdowns (regression)', () => {
  it('does not call an origin breakdown incomplete: people of unknown origin have no key', () => {
    // A summary computed by summarizeWorkforce lists only homes the gazetteer places: 60 + 30 of
    // 100 here, the other 10 of unknown origin. That used to be a warning.
    const { issues } = run((d) => {
      d.workforce[0].byOrigin = { 'XX-D1': 60, 'XX-CAP': 30 };
      d.workforce[0].byEconomicRegion = { 'XX-R1': 60 };
    }, undefined);
    expect(issues).toEqual([]);
  });
  it('still reports an origin breakdown above the headcount', () => {
    const { issues } = run((d) => {
      d.workforce[0].byOrigin = { 'XX-D1': 60, 'XX-CAP': 41 };
    }, undefined);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['workforce.breakdown_exceeds_headcount', '/workforce/0/byOrigin'],
    ]);
  });
});
