// Generated cases, one per place in the model where a rule looks: every reference field, every
// date and year the date rules read, every collection that must cite a source, every collection
// whose ids must be unique. Each is changed in the base dataset (test/fixtures/baseDataset.ts,
// on NOW = 2025-11-14) and the issue is pinned with its message and context; a boundary case
// next to it (the last allowed day or year) must raise nothing.
import { baseDataset, NOW } from '../fixtures/baseDataset.js';
import type { DatasetCase, ExpectedIssue } from './corpusCase.js';

// biome-ignore lint/suspicious/noExplicitAny: the setters reach into the dataset at any depth
type Dataset = any;

function changed(
  name: string,
  change: (dataset: Dataset) => void,
  issues: readonly ExpectedIssue[],
): DatasetCase {
  return {
    kind: 'dataset',
    name,
    input: () => {
      const dataset = baseDataset();
      change(dataset);
      return dataset;
    },
    issues,
  };
}

// --- references -------------------------------------------------------------------------------

const PARTY = 'the company or an organization';
const LOCATION = 'a location';
const SOURCE = 'a source';

/** Every reference of the model: its path in the base dataset, what it may name, and a setter. */
const REFERENCES: readonly [string, string, (d: Dataset, id: string) => void][] = [
  [
    '/company/headquartersLocationId',
    LOCATION,
    (d, id) => {
      d.company.headquartersLocationId = id;
    },
  ],
  [
    '/company/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.company.sourceIds = [id];
    },
  ],
  [
    '/organizations/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.organizations[0].sourceIds = [id];
    },
  ],
  [
    '/ownership/0/subjectId',
    PARTY,
    (d, id) => {
      d.ownership[0].subjectId = id;
    },
  ],
  [
    '/ownership/0/interestedPartyId',
    PARTY,
    (d, id) => {
      d.ownership[0].interestedPartyId = id;
    },
  ],
  [
    '/ownership/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.ownership[0].sourceIds = [id];
    },
  ],
  [
    '/locations/4/parentId',
    LOCATION,
    (d, id) => {
      d.locations[4].parentId = id;
    },
  ],
  [
    '/locations/0/capitalId',
    LOCATION,
    (d, id) => {
      d.locations[0].capitalId = id;
    },
  ],
  [
    '/locations/4/population/sourceId',
    SOURCE,
    (d, id) => {
      d.locations[4].population.sourceId = id;
    },
  ],
  [
    '/locations/4/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.locations[4].sourceIds = [id];
    },
  ],
  [
    '/sites/0/companyId',
    'the company',
    (d, id) => {
      d.sites[0].companyId = id;
    },
  ],
  [
    '/sites/0/locationId',
    LOCATION,
    (d, id) => {
      d.sites[0].locationId = id;
    },
  ],
  [
    '/sites/0/depositIds/0',
    'a deposit',
    (d, id) => {
      d.sites[0].depositIds = [id];
    },
  ],
  [
    '/sites/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.sites[0].sourceIds = [id];
    },
  ],
  [
    '/deposits/0/locationId',
    LOCATION,
    (d, id) => {
      d.deposits[0].locationId = id;
    },
  ],
  [
    '/deposits/0/operatorId',
    PARTY,
    (d, id) => {
      d.deposits[0].operatorId = id;
    },
  ],
  [
    '/deposits/0/stageHistory/1/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.deposits[0].stageHistory[1].sourceIds = [id];
    },
  ],
  [
    '/deposits/0/licence/holderId',
    PARTY,
    (d, id) => {
      d.deposits[0].licence.holderId = id;
    },
  ],
  [
    '/deposits/0/licence/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.deposits[0].licence.sourceIds = [id];
    },
  ],
  [
    '/deposits/0/estimates/1/sourceId',
    SOURCE,
    (d, id) => {
      d.deposits[0].estimates[1].sourceId = id;
    },
  ],
  [
    '/deposits/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.deposits[0].sourceIds = [id];
    },
  ],
  [
    '/employees/1/companyId',
    'the company',
    (d, id) => {
      d.employees[1].companyId = id;
    },
  ],
  [
    '/employees/0/siteId',
    'a site',
    (d, id) => {
      d.employees[0].siteId = id;
    },
  ],
  [
    '/employees/1/homeLocationId',
    LOCATION,
    (d, id) => {
      d.employees[1].homeLocationId = id;
    },
  ],
  [
    '/workforce/0/companyId',
    'the company',
    (d, id) => {
      d.workforce[0].companyId = id;
    },
  ],
  [
    '/workforce/0/siteId',
    'a site',
    (d, id) => {
      d.workforce[0].siteId = id;
    },
  ],
  [
    '/workforce/0/byOrigin/{}',
    LOCATION,
    (d, id) => {
      d.workforce[0].byOrigin = { 'XX-D1': 60, [id]: 40 };
    },
  ],
  [
    '/workforce/0/byEconomicRegion/{}',
    LOCATION,
    (d, id) => {
      d.workforce[0].byEconomicRegion = { [id]: 100 };
    },
  ],
  [
    '/workforce/0/localityPolicy/locationIds/1',
    LOCATION,
    (d, id) => {
      d.workforce[0].localityPolicy = { kind: 'listedLocations', locationIds: ['XX-D1', id] };
    },
  ],
  [
    '/workforce/0/localityPolicy/capitalIds/0',
    LOCATION,
    (d, id) => {
      d.workforce[0].localityPolicy = { kind: 'outsideCapital', capitalIds: [id] };
    },
  ],
  [
    '/workforce/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.workforce[0].sourceIds = [id];
    },
  ],
  [
    '/programs/0/locations/1/locationId',
    LOCATION,
    (d, id) => {
      d.programs[0].locations[1].locationId = id;
    },
  ],
  [
    '/programs/0/participants/1/organizationId',
    PARTY,
    (d, id) => {
      d.programs[0].participants[1].organizationId = id;
    },
  ],
  [
    '/programs/0/spend/0/recipientId',
    PARTY,
    (d, id) => {
      d.programs[0].spend[0].recipientId = id;
    },
  ],
  [
    '/programs/0/spend/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.programs[0].spend[0].sourceIds = [id];
    },
  ],
  [
    '/programs/0/results/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.programs[0].results[0].sourceIds = [id];
    },
  ],
  [
    '/programs/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.programs[0].sourceIds = [id];
    },
  ],
  [
    '/awards/0/awardingBodyId',
    PARTY,
    (d, id) => {
      d.awards[0].awardingBodyId = id;
    },
  ],
  [
    '/awards/0/recipientId',
    `${PARTY} or a program`,
    (d, id) => {
      d.awards[0].recipientId = id;
    },
  ],
  [
    '/awards/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.awards[0].sourceIds = [id];
    },
  ],
  [
    '/projections/0/depositId',
    'a deposit',
    (d, id) => {
      d.projections[0].depositId = id;
    },
  ],
  [
    '/projections/0/multipliers/sourceId',
    SOURCE,
    (d, id) => {
      d.projections[0].multipliers.sourceId = id;
    },
  ],
  [
    '/projections/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.projections[0].sourceIds = [id];
    },
  ],
  [
    '/production/0/siteId',
    'a site',
    (d, id) => {
      d.production[0].siteId = id;
    },
  ],
  [
    '/production/0/depositId',
    'a deposit',
    (d, id) => {
      d.production[0].depositId = id;
    },
  ],
  [
    '/production/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.production[0].sourceIds = [id];
    },
  ],
  [
    '/assessments/0/siteId',
    'a site',
    (d, id) => {
      d.assessments[0].siteId = id;
    },
  ],
  [
    '/assessments/0/sourceIds/0',
    SOURCE,
    (d, id) => {
      d.assessments[0].sourceIds = [id];
    },
  ],
  [
    '/fx/0/sourceId',
    SOURCE,
    (d, id) => {
      d.fx[0].sourceId = id;
    },
  ],
];

const referenceCases: DatasetCase[] = REFERENCES.flatMap(([pattern, expected, set]) => {
  const at = (id: string) => pattern.replace('{}', id);
  return [
    changed(`a dangling reference at ${pattern}`, (d) => set(d, 'nowhere'), [
      {
        code: 'ref.missing',
        path: at('nowhere'),
        message: `No entity has the id "nowhere"; expected ${expected}.`,
        context: { id: 'nowhere' },
      },
    ]),
    // e-1 is an employee: nothing but an employee may be named by it.
    changed(`a reference of the wrong kind at ${pattern}`, (d) => set(d, 'e-1'), [
      {
        code: 'ref.wrong_kind',
        path: at('e-1'),
        message: `The id "e-1" names an employee, not ${expected}.`,
        context: { id: 'e-1', found: 'employee' },
      },
    ]),
  ];
});

// --- dates ------------------------------------------------------------------------------------

// NOW is 2025-11-14: an actual date may be that day, not the next; a planned date may be up to
// 15 years ahead, 2040-11-14, not the day after.
const TOMORROW = '2025-11-15';
const FAR = '2040-11-15';
const LAST_PLANNED = '2040-11-14';

const inFuture = (path: string, date: string): ExpectedIssue => ({
  code: 'date.in_future',
  path,
  message: `The date ${date} is after today (${NOW}).`,
  context: { date, now: NOW },
});

const farFuture = (path: string, date: string): ExpectedIssue => ({
  code: 'date.far_future',
  path,
  message: `The planned date ${date} is more than 15 years after today (${NOW}).`,
  context: { date, now: NOW },
});

/** Dates of things that happened: their path and a setter. */
const ACTUAL: readonly [string, (d: Dataset, date: string) => void][] = [
  [
    '/company/foundedOn',
    (d, date) => {
      d.company.foundedOn = date;
    },
  ],
  [
    '/organizations/1/foundedOn',
    (d, date) => {
      d.organizations[1].foundedOn = date;
    },
  ],
  [
    '/ownership/0/start',
    (d, date) => {
      d.ownership[0].start = date;
    },
  ],
  [
    '/locations/4/population/asOf',
    (d, date) => {
      d.locations[4].population.asOf = date;
    },
  ],
  [
    '/deposits/0/stageHistory/2/from',
    (d, date) => {
      d.deposits[0].stageHistory[2].from = date;
    },
  ],
  [
    '/deposits/0/licence/grantedOn',
    (d, date) => {
      d.deposits[0].licence.grantedOn = date;
    },
  ],
  [
    '/deposits/0/estimates/0/effectiveDate',
    (d, date) => {
      d.deposits[0].estimates[0].effectiveDate = date;
    },
  ],
  [
    '/employees/0/hireDate',
    (d, date) => {
      d.employees[0].hireDate = date;
    },
  ],
  [
    '/workforce/0/asOf',
    (d, date) => {
      d.workforce[0].asOf = date;
    },
  ],
  [
    '/programs/0/spend/0/date',
    (d, date) => {
      d.programs[0].spend[0].date = date;
    },
  ],
  [
    '/programs/0/period/end',
    (d, date) => {
      d.programs[0].status = 'closed';
      d.programs[0].period.end = date;
    },
  ],
  [
    '/awards/0/date',
    (d, date) => {
      d.awards[0].date = date;
    },
  ],
  [
    '/assessments/0/asOf',
    (d, date) => {
      d.assessments[0].asOf = date;
    },
  ],
  [
    '/sources/0/publishedOn',
    (d, date) => {
      d.sources[0].publishedOn = date;
    },
  ],
  [
    '/sources/0/retrievedOn',
    (d, date) => {
      d.sources[0].retrievedOn = date;
    },
  ],
  [
    '/fx/0/date',
    (d, date) => {
      d.fx[0].date = date;
    },
  ],
];

/** Planned dates: their path and a setter. */
const PLANNED: readonly [string, (d: Dataset, date: string) => void][] = [
  [
    '/ownership/0/end',
    (d, date) => {
      d.ownership[0].end = date;
    },
  ],
  [
    '/locations/4/validFrom',
    (d, date) => {
      d.locations[4].validFrom = date;
    },
  ],
  [
    '/employees/1/terminationDate',
    (d, date) => {
      d.employees[1].terminationDate = date;
    },
  ],
  [
    '/programs/0/period/end',
    (d, date) => {
      d.programs[0].period.end = date;
    },
  ],
  [
    '/programs/0/period/start',
    (d, date) => {
      d.programs[0].status = 'pipeline';
      d.programs[0].period = { start: date };
      d.programs[0].spend = [];
    },
  ],
];

const dateCases: DatasetCase[] = [
  ...ACTUAL.flatMap(([path, set]) => [
    changed(`an actual date after today at ${path}`, (d) => set(d, TOMORROW), [
      inFuture(path, TOMORROW),
    ]),
    changed(`an actual date of today at ${path}`, (d) => set(d, NOW), []),
  ]),
  ...PLANNED.flatMap(([path, set]) => [
    changed(`a planned date 15 years and a day ahead at ${path}`, (d) => set(d, FAR), [
      farFuture(path, FAR),
    ]),
    changed(`a planned date exactly 15 years ahead at ${path}`, (d) => set(d, LAST_PLANNED), []),
  ]),
  // A cancelled program's end is as actual as a closed one's: after today it is in the future,
  // not a plan.
  changed(
    'a cancelled program that ends after today',
    (d) => {
      d.programs[0].status = 'cancelled';
      d.programs[0].period.end = TOMORROW;
    },
    [inFuture('/programs/0/period/end', TOMORROW)],
  ),
  // A program that started is not planned: a start after today is a date in the future, and the
  // payment before it falls outside the period.
  changed(
    'a program in implementation that starts after today',
    (d) => {
      d.programs[0].period.start = TOMORROW;
    },
    [
      inFuture('/programs/0/period/start', TOMORROW),
      {
        code: 'program.spend_outside_period',
        path: '/programs/0/spend/0/date',
        message:
          'The disbursement of 2024-03-01 falls outside the program period (2025-11-15 to open).',
        context: { date: '2024-03-01', start: TOMORROW, end: null },
      },
    ],
  ),
  ...(
    [
      [
        '/awards/0/year',
        (d: Dataset, year: number) => {
          d.awards[0].year = year;
        },
      ],
      [
        '/production/0/year',
        (d: Dataset, year: number) => {
          d.production[0].year = year;
        },
      ],
    ] as const
  ).flatMap(([path, set]) => [
    changed(`a year after this one at ${path}`, (d) => set(d, 2026), [
      {
        code: 'date.in_future',
        path,
        message: 'The year 2026 is after this year (2025).',
        context: { year: 2026, now: NOW },
      },
    ]),
    changed(`this year at ${path}`, (d) => set(d, 2025), []),
  ]),
  changed(
    'a projection phase starting 16 years ahead',
    (d) => {
      d.projections[0].phases[1].startYear = 2041;
    },
    [
      {
        code: 'date.far_future',
        path: '/projections/0/phases/1/startYear',
        message: 'The planned start year 2041 is more than 15 years after this year (2025).',
        context: { year: 2041, now: NOW },
      },
    ],
  ),
  changed(
    'a projection phase starting 15 years ahead',
    (d) => {
      d.projections[0].phases[1].startYear = 2040;
    },
    [],
  ),
];

// --- sources ----------------------------------------------------------------------------------

const SOURCED: readonly [string, string][] = [
  ['workforce', 'workforce summary'],
  ['programs', 'program'],
  ['awards', 'award'],
  ['projections', 'job projection'],
  ['production', 'production record'],
];

const sourceCases: DatasetCase[] = SOURCED.map(([collection, what]) =>
  changed(
    `a ${what} without a source`,
    (d) => {
      d[collection][0].sourceIds = [];
    },
    [
      {
        code: 'source.none',
        path: `/${collection}/0/sourceIds`,
        message: `The ${what} at index 0 names no source.`,
      },
    ],
  ),
);

// --- unique ids -------------------------------------------------------------------------------

const duplicate = (path: string, id: string, firstPath: string): ExpectedIssue => ({
  code: 'id.duplicate',
  path,
  message: `The id "${id}" is already used at ${firstPath}.`,
  context: { id, firstPath },
});

const ambiguous = (path: string, id: string, expected: string): ExpectedIssue => ({
  code: 'ref.duplicate',
  path,
  message: `The id "${id}" names 2 entities that could be ${expected}; a reference must name exactly one.`,
  context: { id, matches: 2 },
});

const idCases: DatasetCase[] = [
  changed(
    'an employee id used twice',
    (d) => {
      d.employees.push({ ...d.employees[1] });
    },
    [duplicate('/employees/2/id', 'e-2', '/employees/1/id')],
  ),
  changed(
    'an award id used twice',
    (d) => {
      d.awards.push({ ...d.awards[0] });
    },
    [duplicate('/awards/1/id', 'award-1', '/awards/0/id')],
  ),
  changed(
    'a projection id used twice',
    (d) => {
      d.projections.push({ ...d.projections[0] });
    },
    [duplicate('/projections/1/id', 'proj-hill-2', '/projections/0/id')],
  ),
  changed(
    'a program id used twice, named by an award',
    (d) => {
      d.programs.push({ ...d.programs[0] });
    },
    [
      duplicate('/programs/1/id', 'prog-school', '/programs/0/id'),
      ambiguous('/awards/0/recipientId', 'prog-school', `${PARTY} or a program`),
    ],
  ),
  changed(
    'a site id used twice, named by employees, workforce, production and assessments',
    (d) => {
      d.sites.push({ ...d.sites[0] });
    },
    [
      duplicate('/sites/1/id', 'site-hill', '/sites/0/id'),
      ambiguous('/employees/0/siteId', 'site-hill', 'a site'),
      ambiguous('/workforce/0/siteId', 'site-hill', 'a site'),
      ambiguous('/production/0/siteId', 'site-hill', 'a site'),
      ambiguous('/assessments/0/siteId', 'site-hill', 'a site'),
    ],
  ),
  changed(
    'a deposit id used twice, named by a site, a projection and production',
    (d) => {
      d.deposits.push({ ...d.deposits[0] });
    },
    [
      duplicate('/deposits/1/id', 'dep-hill', '/deposits/0/id'),
      ambiguous('/sites/0/depositIds/0', 'dep-hill', 'a deposit'),
      ambiguous('/projections/0/depositId', 'dep-hill', 'a deposit'),
      ambiguous('/production/0/depositId', 'dep-hill', 'a deposit'),
    ],
  ),
  changed(
    'an organization id used twice, named by a program',
    (d) => {
      d.organizations.push({ ...d.organizations[1] });
    },
    [
      duplicate('/organizations/2/id', 'ngo-1', '/organizations/1/id'),
      ambiguous('/programs/0/participants/1/organizationId', 'ngo-1', PARTY),
      ambiguous('/programs/0/spend/0/recipientId', 'ngo-1', PARTY),
    ],
  ),
  // Ids are unique within their collection only: a site may share an id with a deposit.
  changed(
    'a site with the id of a deposit',
    (d) => {
      d.sites.push({ ...d.sites[0], id: 'dep-hill' });
    },
    [],
  ),
];

/** Every generated case at a place a rule looks. */
export const siteCases: readonly DatasetCase[] = [
  ...referenceCases,
  ...dateCases,
  ...sourceCases,
  ...idCases,
];
