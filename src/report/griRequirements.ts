import { pure } from '../core/pure.js';

/**
 * A condition on a report: a result of one indicator gives a figure and, when listed, breakdown
 * rows keyed by each dimension and rows with each given key.
 *
 * @category Reports
 */
export interface GriRequirementTest {
  /** The catalog id of the indicator. */
  readonly indicatorId: string;
  /** Dimensions that must each key a breakdown row with a figure, e.g. `['gender']`. */
  readonly dimensions?: readonly string[] | undefined;
  /** Rows that must exist with a figure, as `[dimension, key]`, e.g. `['workers', 'employees']`. */
  readonly rows?: readonly (readonly [string, string])[] | undefined;
}

/**
 * One requirement item of a GRI disclosure and when a report presents it.
 *
 * @remarks
 * `presentWhen` lists alternatives: the item is present when every test of one alternative
 * holds. An empty list means the library never presents the item (narrative information, or a
 * figure it does not compute).
 *
 * @category Reports
 */
export interface GriRequirement {
  /** The requirement id: the disclosure number and the item letter, e.g. `'401-1-a'`. */
  readonly id: string;
  /** What the item asks, in short (the standard's text decides). */
  readonly text: string;
  /** The alternatives that present the item; empty when the library never does. */
  readonly presentWhen: readonly (readonly GriRequirementTest[])[];
}

/**
 * A GRI disclosure the catalog serves: its title, its standard, the GRI 14 topic the library
 * files it under, and its requirement items.
 *
 * @category Reports
 */
export interface GriDisclosureDefinition {
  /** The code, e.g. `'GRI 401-1'`. */
  readonly code: string;
  /** The title in the GRI Standards. */
  readonly title: string;
  /** The GRI Standard, e.g. `'GRI 401: Employment 2016'`. */
  readonly standard: string;
  /** The GRI 14 topic the library files it under, e.g. `'14.9'`; absent when none. */
  readonly sectorTopic?: string | undefined;
  /** The requirement items, in the standard's order. */
  readonly requirements: readonly GriRequirement[];
}

/** A test that one indicator gives a figure, with the dimensions its rows must carry. */
function given(indicatorId: string, dimensions?: readonly string[]): GriRequirementTest {
  return dimensions === undefined ? { indicatorId } : { indicatorId, dimensions };
}

/** A requirement item: its id, text and alternatives. */
function item(
  id: string,
  text: string,
  presentWhen: readonly (readonly GriRequirementTest[])[] = [],
): GriRequirement {
  return { id, text, presentWhen };
}

/** The GRI 201-1 components of economic value distributed, as the breakdown keys them. */
const DISTRIBUTED: readonly (readonly [string, string])[] = [
  ['component', 'operatingCosts'],
  ['component', 'wagesAndBenefits'],
  ['component', 'paymentsToProvidersOfCapital'],
  ['component', 'paymentsToGovernments'],
  ['component', 'communityInvestments'],
];

/** The rows of GRI 403-9 a (employees) or b (workers who are not employees). */
function injuryItems(letter: 'a' | 'b', workers: 'employees' | 'nonEmployees'): GriRequirement[] {
  const who = workers === 'employees' ? 'employees' : 'workers who are not employees';
  const row = (indicatorId: string): GriRequirementTest => ({
    indicatorId,
    rows: [['workers', workers]],
  });
  return [
    item(`403-9-${letter}-i`, `Fatalities of ${who}: number and rate`, [
      [row('safety.fatalityRate')],
    ]),
    item(
      `403-9-${letter}-ii`,
      `High-consequence work-related injuries of ${who}: number and rate`,
      [[row('safety.highConsequenceInjuryRate')]],
    ),
    item(`403-9-${letter}-iii`, `Recordable work-related injuries of ${who}: number and rate`, [
      [row('safety.recordableInjuryRate')],
    ]),
    item(`403-9-${letter}-iv`, `The main types of work-related injury of ${who}`),
    item(`403-9-${letter}-v`, `The number of hours worked by ${who}`),
  ];
}

/** Any one of the GRI 403-9 rates. */
const ANY_RATE: readonly (readonly GriRequirementTest[])[] = [
  [given('safety.fatalityRate')],
  [given('safety.highConsequenceInjuryRate')],
  [given('safety.recordableInjuryRate')],
];

/** The indicator of GRI 2-7 a-c. */
const BREAKDOWN = 'workforce.employeeBreakdown';

/** The term rows GRI 2-7 b asks for (i-v), as {@link employeeBreakdown} keys them. */
const TERMS_2_7_B: readonly (readonly [string, string])[] = [
  ['contract', 'permanent'],
  ['contract', 'temporary'],
  ['hours', 'nonGuaranteed'],
  ['workingTime', 'fullTime'],
  ['workingTime', 'partTime'],
];

/** GRI 2: General Disclosures 2021. */
function gri2(): GriDisclosureDefinition[] {
  const standard = 'GRI 2: General Disclosures 2021';
  return [
    {
      code: 'GRI 2-6',
      title: 'Activities, value chain and other business relationships',
      standard,
      requirements: [
        item('2-6-a', 'The sector(s) in which the organization is active'),
        item('2-6-b', 'Its value chain: activities, products, services and markets', [
          [given('deposits.depositPipeline', ['stage', 'commodity'])],
        ]),
        item('2-6-c', 'Other relevant business relationships'),
        item('2-6-d', 'Significant changes compared to the previous reporting period'),
      ],
    },
    {
      code: 'GRI 2-7',
      title: 'Employees',
      standard,
      requirements: [
        item('2-7-a', 'The total number of employees, by gender and by region', [
          [given(BREAKDOWN, ['gender', 'region'])],
        ]),
        item(
          '2-7-b',
          'Permanent, temporary, non-guaranteed hours, full-time and part-time employees, by gender and by region',
          [[{ indicatorId: BREAKDOWN, rows: TERMS_2_7_B }]],
        ),
        item('2-7-c', 'The methodologies and assumptions used to compile the data', [
          [given(BREAKDOWN)],
        ]),
        item('2-7-d', 'Contextual information to understand the data'),
        item('2-7-e', 'Significant fluctuations in the number of employees', [
          [given('workforce.netEmploymentChange')],
        ]),
      ],
    },
    {
      code: 'GRI 2-8',
      title: 'Workers who are not employees',
      standard,
      requirements: [
        item('2-8-a', 'The workers who are not employees and whose work is controlled', [
          [given('workforce.nonEmployeeWorkers', ['workerType'])],
        ]),
        item('2-8-b', 'The methodologies and assumptions used to compile the data', [
          [given('workforce.nonEmployeeWorkers')],
        ]),
        item('2-8-c', 'Significant fluctuations in the number of such workers'),
      ],
    },
    {
      code: 'GRI 2-25',
      title: 'Processes to remediate negative impacts',
      standard,
      requirements: [
        item('2-25-a', 'Commitments to provide for or cooperate in remediation'),
        item(
          '2-25-b',
          'The approach to identify and address grievances, and grievance mechanisms',
          [[given('safety.openGrievances')]],
        ),
        item('2-25-c', 'Other processes by which it provides for or cooperates in remediation'),
        item('2-25-d', 'How intended users are involved in the design of grievance mechanisms'),
        item('2-25-e', 'How it tracks the effectiveness of grievance mechanisms', [
          [given('safety.grievanceResolutionRate')],
        ]),
      ],
    },
  ];
}

/** GRI 201 and 202. */
function economic(): GriDisclosureDefinition[] {
  const evd = 'economic.economicValueDistributed';
  return [
    {
      code: 'GRI 201-1',
      title: 'Direct economic value generated and distributed',
      standard: 'GRI 201: Economic Performance 2016',
      sectorTopic: '14.9',
      requirements: [
        item('201-1-a-i', 'Direct economic value generated: revenues', [
          [{ indicatorId: evd, rows: [['component', 'revenue']] }],
        ]),
        item(
          '201-1-a-ii',
          'Economic value distributed: operating costs, employee wages and benefits, payments to providers of capital, payments to government, community investments',
          [[{ indicatorId: evd, rows: DISTRIBUTED }]],
        ),
        item('201-1-a-iii', 'Economic value retained: generated less distributed', [
          [{ indicatorId: evd, rows: [['component', 'revenue'], ...DISTRIBUTED] }],
        ]),
        item('201-1-b', 'Economic value separately at country, regional or market levels'),
      ],
    },
    {
      code: 'GRI 202-2',
      title: 'Proportion of senior management hired from the local community',
      standard: 'GRI 202: Market Presence 2016',
      sectorTopic: '14.9',
      requirements: [
        item(
          '202-2-a',
          'Senior management at significant locations hired from the local community',
          [[given('workforce.seniorManagementLocalShare', ['site'])]],
        ),
        item('202-2-b', "The definition of 'senior management' used", [
          [given('workforce.seniorManagementLocalShare')],
        ]),
        item('202-2-c', "The geographical definition of 'local'", [
          [given('workforce.seniorManagementLocalShare')],
        ]),
        item('202-2-d', "The definition of 'significant locations of operation'", [
          [given('workforce.seniorManagementLocalShare')],
        ]),
      ],
    },
  ];
}

/** GRI 203, 204 and 207. */
function indirectAndTax(): GriDisclosureDefinition[] {
  return [
    {
      code: 'GRI 203-1',
      title: 'Infrastructure investments and services supported',
      standard: 'GRI 203: Indirect Economic Impacts 2016',
      sectorTopic: '14.9',
      requirements: [
        item(
          '203-1-a',
          'Extent of development of significant infrastructure investments and services',
          [
            [given('community.communityInvestment', ['category'])],
            [
              {
                indicatorId: 'community.communityInvestment',
                rows: [['apart', 'businessPurpose']],
              },
            ],
          ],
        ),
        item('203-1-b', 'Current or expected impacts on communities and local economies'),
        item('203-1-c', 'Whether they are commercial, in-kind or pro bono engagements', [
          [given('community.communityInvestment', ['form'])],
        ]),
      ],
    },
    {
      code: 'GRI 203-2',
      title: 'Significant indirect economic impacts',
      standard: 'GRI 203: Indirect Economic Impacts 2016',
      sectorTopic: '14.9',
      requirements: [
        item('203-2-a', 'Examples of significant indirect economic impacts', [
          [given('jobs.jobsInTerritories')],
          [given('jobs.projectEmployment')],
          [given('community.programBeneficiaries')],
        ]),
        item(
          '203-2-b',
          'Their significance against external benchmarks and stakeholder priorities',
        ),
      ],
    },
    {
      code: 'GRI 204-1',
      title: 'Proportion of spending on local suppliers',
      standard: 'GRI 204: Procurement Practices 2016',
      sectorTopic: '14.9',
      requirements: [
        item('204-1-a', 'Procurement budget of significant locations spent on local suppliers', [
          [given('economic.localProcurementShare')],
        ]),
        item('204-1-b', "The geographical definition of 'local'", [
          [given('economic.localProcurementShare')],
        ]),
        item('204-1-c', "The definition of 'significant locations of operation'"),
      ],
    },
    {
      code: 'GRI 207-4',
      title: 'Country-by-country reporting',
      standard: 'GRI 207: Tax 2019',
      sectorTopic: '14.23',
      requirements: [
        item('207-4-a', 'All tax jurisdictions where its entities are resident'),
        item(
          '207-4-b',
          'For each jurisdiction (b-i to b-vii, b-ix, b-x): entities, activities, employees, revenues, profit, assets, tax accrued',
        ),
        item('207-4-b-viii', 'Corporate income tax paid on a cash basis', [
          [given('economic.paymentsToGovernments', ['stream'])],
        ]),
        item('207-4-c', 'The time period covered', [[given('economic.paymentsToGovernments')]]),
      ],
    },
  ];
}

/**
 * GRI 401-1 a and b: rows by age group, gender and region, the region being where the employees
 * work (`workRegion`) or, as the alternative, where they live (`originRegion`).
 */
function byAgeGenderRegion(indicatorId: string): GriRequirementTest[][] {
  return [
    [given(indicatorId, ['ageBand', 'gender', 'workRegion'])],
    [given(indicatorId, ['ageBand', 'gender', 'originRegion'])],
  ];
}

/** GRI 401, 403, 405 and 413. */
function social(): GriDisclosureDefinition[] {
  return [
    {
      code: 'GRI 401-1',
      title: 'New employee hires and employee turnover',
      standard: 'GRI 401: Employment 2016',
      sectorTopic: '14.17',
      requirements: [
        item(
          '401-1-a',
          'New employee hires: number and rate, by age group, gender and region',
          byAgeGenderRegion('workforce.newHireRate'),
        ),
        item(
          '401-1-b',
          'Employee turnover: number and rate, by age group, gender and region',
          byAgeGenderRegion('workforce.turnoverRate'),
        ),
      ],
    },
    {
      code: 'GRI 403-9',
      title: 'Work-related injuries',
      standard: 'GRI 403: Occupational Health and Safety 2018',
      sectorTopic: '14.16',
      requirements: [
        ...injuryItems('a', 'employees'),
        ...injuryItems('b', 'nonEmployees'),
        item('403-9-c', 'Work-related hazards that pose a risk of high-consequence injury'),
        item('403-9-d', 'Actions taken to eliminate other work-related hazards and minimize risks'),
        item(
          '403-9-e',
          'Whether the rates are based on 200,000 or 1,000,000 hours worked',
          ANY_RATE,
        ),
        item('403-9-f', 'Whether and why any workers have been excluded'),
        item(
          '403-9-g',
          'Contextual information: standards, methodologies and assumptions',
          ANY_RATE,
        ),
      ],
    },
    {
      code: 'GRI 405-1',
      title: 'Diversity of governance bodies and employees',
      standard: 'GRI 405: Diversity and Equal Opportunity 2016',
      sectorTopic: '14.21',
      requirements: [
        item(
          '405-1-a',
          'Individuals within governance bodies by gender, age group and other diversity',
          [[given('workforce.governanceDiversity', ['body', 'gender', 'ageBand'])]],
        ),
        item(
          '405-1-b',
          'Employees per employee category by gender, age group and other diversity',
          [[given('workforce.diversityComposition', ['category', 'gender', 'ageBand'])]],
        ),
      ],
    },
    {
      code: 'GRI 413-1',
      title:
        'Operations with local community engagement, impact assessments, and development programs',
      standard: 'GRI 413: Local Communities 2016',
      sectorTopic: '14.10',
      requirements: [
        item(
          '413-1-a',
          'Operations with engagement, impact assessments and development programs (i-viii)',
          [[given('community.communityEngagementCoverage', ['element'])]],
        ),
      ],
    },
  ];
}

/**
 * The requirement items of every GRI disclosure the indicator catalog serves, and when a report
 * presents each.
 *
 * @remarks
 * The items follow the disclosures' lettered requirements (GRI 2: General Disclosures 2021;
 * GRI 201: Economic Performance 2016; GRI 202: Market Presence 2016; GRI 203: Indirect Economic
 * Impacts 2016; GRI 204: Procurement Practices 2016; GRI 207: Tax 2019; GRI 401: Employment 2016;
 * GRI 403: Occupational Health and Safety 2018; GRI 405: Diversity and Equal Opportunity 2016;
 * GRI 413: Local Communities 2016), in short words; the standards' text decides. Which
 * indicators and breakdowns present an item, and the GRI 14 topic a disclosure is filed under,
 * are the library's reading.
 *
 * @example
 * ```ts
 * GRI_DISCLOSURES.find((d) => d.code === 'GRI 401-1')?.requirements.map((r) => r.id);
 * //=> ['401-1-a', '401-1-b']
 * ```
 *
 * @category Reports
 */
export const GRI_DISCLOSURES: readonly GriDisclosureDefinition[] = pure(() =>
  Object.freeze([...gri2(), ...economic(), ...indirectAndTax(), ...social()]),
);

/**
 * The titles of the GRI 14: Mining Sector 2024 topics the catalog names or the library files a
 * disclosure under.
 *
 * @example
 * ```ts
 * GRI_14_TOPICS['14.9'];
 * //=> 'Economic impacts'
 * ```
 *
 * @category Reports
 */
export const GRI_14_TOPICS: Readonly<Record<string, string>> = pure(() =>
  Object.freeze({
    '14.8': 'Closure and rehabilitation',
    '14.9': 'Economic impacts',
    '14.10': 'Local communities',
    '14.12': 'Land and resource rights',
    '14.16': 'Occupational health and safety',
    '14.17': 'Employment practices',
    '14.21': 'Non-discrimination and equal opportunity',
    '14.23': 'Payments to governments',
  }),
);
