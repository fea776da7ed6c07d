import type { ImpactDatasetInput } from '../../model/impactDataset.js';

type ProgramInput = NonNullable<ImpactDatasetInput['programs']>[number];
type ResultInput = NonNullable<ProgramInput['results']>[number];
type ProgramCategoryInput = ProgramInput['category'];
/** A result that always names its source. */
type NamedResult = ResultInput & { sourceIds: string[] };

/** The company's founding day: the earliest day any of its projects can have begun. */
const FOUNDED_ON = '2015-02-11';

/** The day of the press release that lists the projects of 2023 and before. */
const PRESS_RELEASE_2023 = '2023-07-10';

const STATEMENT = 'src-trend-4117320';
const RELEASE_2023 = 'src-azergold-2023-07-10';
const RELEASE_2024 = 'src-azergold-2024-12-28';

/** A project the press release of 10 July 2023 reports as done, with no date of its own. */
function doneBy2023(title: string, extra = ''): NamedResult {
  return {
    title,
    measure: 'qualitative',
    description:
      "Reported as done in the company's press release of 10 July 2023. The dates of the work are " +
      "not published: the period runs from the company's founding to the press release." +
      (extra === '' ? '' : ` ${extra}`),
    period: { start: FOUNDED_ON, end: PRESS_RELEASE_2023 },
    sourceIds: [RELEASE_2023],
  };
}

/** A project of 2024 reviewed at the CSR Committee's meeting of 28 December 2024. */
function doneIn2024(title: string, extra = ''): NamedResult {
  return {
    title,
    measure: 'qualitative',
    description:
      "One of the projects of 2024 reviewed at the CSR Committee's meeting with citizens of " +
      'Daşkəsən on 28 December 2024, run with Dashkasan Iron Ore LLC and the Dashkasan district ' +
      'executive authority.' +
      (extra === '' ? '' : ` ${extra}`),
    period: { start: '2024-01-01', end: '2024-12-31' },
    sourceIds: [RELEASE_2024],
  };
}

/** The seven areas of the company's statement to Trend, as the slugs of their program ids. */
const AREA_SLUGS = [
  'sports-health',
  'environment',
  'agriculture',
  'education',
  'public-awareness',
  'entrepreneurship',
  'cultural-heritage',
] as const;

/**
 * One of the seven areas of the company's social projects in Daşkəsən and Göygöl, as its
 * statement to Trend names them, with the named projects of its press releases as results.
 */
function area(
  slug: string,
  category: ProgramCategoryInput,
  title: string,
  words: string,
  results: readonly NamedResult[],
): ProgramInput {
  const usesRelease2023 = results.some((r) => r.sourceIds.includes(RELEASE_2023));
  const usesRelease2024 = results.some((r) => r.sourceIds.includes(RELEASE_2024));
  const named =
    results.length === 0
      ? 'The company names no project in this area.'
      : 'The projects named in its press releases are listed as results; filing each under this ' +
        'area is an assumption of this dataset.';
  return {
    id: `csr-dg-${slug}`,
    title,
    description:
      `AzerGold's social projects in ${words} in the Daşkəsən and Göygöl districts, where it ` +
      'mines and produces, as the company describes them in its statement to Trend (about ' +
      `November 2025). ${named} Period: the sources give no dates; the start is the company's ` +
      'founding day, the earliest possible, and the work continues. Beneficiaries: the company ' +
      'says "hundreds of community members" benefit from the projects of the seven areas ' +
      'together; no figure per area is given, so the seven areas share that one count (200 to ' +
      '999, what "hundreds" implies), counted once for them all. No amounts are ' +
      'published. Form: recorded as in kind (works and goods delivered); not stated by the ' +
      'company. No UN Sustainable Development Goals are recorded: the company names none.',
    category,
    sdgs: [],
    status: 'implementation',
    period: { start: FOUNDED_ON },
    locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }],
    participants: [
      { organizationId: 'azergold', role: 'implementing' },
      ...(usesRelease2024
        ? [
            { organizationId: 'dashkasan-iron-ore', role: 'implementing' as const },
            { organizationId: 'dashkasan-executive-authority', role: 'implementing' as const },
          ]
        : []),
    ],
    obligation: 'voluntary',
    form: 'inKind',
    spend: [],
    primaryPurpose: 'community',
    beneficiaries: {
      count: { min: 200, max: 999, phrase: 'hundreds of community members' },
      unit: 'person',
      estimated: true,
      jointWith: AREA_SLUGS.filter((other) => other !== slug).map((other) => `csr-dg-${other}`),
    },
    ...(results.length === 0 ? {} : { results: [...results] }),
    sourceIds: [
      STATEMENT,
      ...(usesRelease2023 ? [RELEASE_2023] : []),
      ...(usesRelease2024 ? [RELEASE_2024] : []),
    ],
  };
}

/** A named project reported as done by 10 July 2023, recorded as a program of its own. */
function projectDoneBy2023(
  id: string,
  title: string,
  category: ProgramCategoryInput,
  locationIds: readonly string[],
  description: string,
): ProgramInput {
  return {
    id,
    title,
    description:
      `${description} Reported as done in the company's press release of 10 July 2023; the ` +
      "dates of the work are not published, so the period runs from the company's founding to " +
      'the press release. No amounts or beneficiary counts are published. Form: recorded as in ' +
      'kind (works delivered); not stated by the company.',
    category,
    sdgs: [],
    status: 'closed',
    period: { start: FOUNDED_ON, end: PRESS_RELEASE_2023 },
    locations: locationIds.map((locationId) => ({ locationId })),
    participants: [{ organizationId: 'azergold', role: 'implementing' }],
    obligation: 'voluntary',
    form: 'inKind',
    spend: [],
    primaryPurpose: 'community',
    sourceIds: [RELEASE_2023],
  };
}

/**
 * AzerGold's social programs: the seven areas of its work in Daşkəsən and Göygöl, and the named
 * projects that fall outside them.
 *
 * @remarks
 * The seven areas (sports and health, environmental protection, agricultural development,
 * education, public awareness, support for entrepreneurship, historical and cultural heritage)
 * are one program each, located in Daşkəsən (`AZ-DAS`) and Göygöl (`AZ-GYG`) as the company's
 * statement places them. The projects named in the press releases of 2023 and 2024 are their
 * results where they fit an area. Projects outside the seven areas or outside the two districts
 * are programs of their own: drinking-water supply in Daşkəsən (infrastructure), the regional
 * Autism Centre in Gəncə, the social campaigns of 2024, and the 2020 donation to the
 * Coronavirus Response Support Fund. No amount is recorded as spend: none is published with a
 * date, and the one amount published, the AZN 300,000 the Executive Board decided to donate in
 * 2020, is a reported amount `committed` for 2020. SDGs are empty throughout: the company names
 * none.
 *
 * @internal
 */
export const programInputs: NonNullable<ImpactDatasetInput['programs']> = [
  area('sports-health', 'sportsAndHealth', 'Sports and health projects', 'sports and health', [
    doneBy2023('Mini-football, volleyball and basketball grounds in Daşkəsən reconstructed'),
  ]),
  area(
    'environment',
    'environment',
    'Environmental protection projects',
    'environmental protection',
    [
      doneIn2024('Protection and reintroduction of rare and endangered plants of the Red Book'),
      doneIn2024('"Təmiz Daşkəsən" (Clean Daşkəsən)'),
    ],
  ),
  area(
    'agriculture',
    'agriculture',
    'Agricultural development projects',
    'agricultural development',
    [
      doneIn2024('Support for the development of potato growing in Daşkəsən'),
      doneBy2023(
        'Support for the development of beekeeping',
        'The press release does not say where; it was presented at a meeting in Daşkəsən.',
      ),
    ],
  ),
  area('education', 'education', 'Education projects', 'education', [
    doneBy2023('New modular building of the full secondary school of Gushchu settlement'),
    doneIn2024('"Book Stand"', 'The press release does not describe the project.'),
  ]),
  area('public-awareness', 'publicAwareness', 'Public awareness projects', 'public awareness', []),
  area(
    'entrepreneurship',
    'entrepreneurship',
    'Support for entrepreneurship',
    'support for entrepreneurship',
    [],
  ),
  area(
    'cultural-heritage',
    'culturalHeritage',
    'Historical and cultural heritage projects',
    'the preservation of historical and cultural heritage',
    [doneIn2024('"Xəzinə" (Treasure) museum exposition')],
  ),
  projectDoneBy2023(
    'csr-das-water-covdar-caykend',
    'Water pipeline to Çovdar and Çaykənd villages',
    'infrastructure',
    ['AZ-DAS:covdar', 'AZ-DAS:caykend'],
    'A water pipeline to the Chovdar and Chaikend villages and a new wellhead.',
  ),
  projectDoneBy2023(
    'csr-das-water-yukhari-dashkasan-madanchi',
    'Water supply of Yukhari Dashkasan and Madanchi settlements',
    'infrastructure',
    ['AZ-DAS'],
    'Improved water supply of the Yukhari Dashkasan and Madanchi settlements (names as spelled ' +
      'in the press release).',
  ),
  projectDoneBy2023(
    'csr-ganja-autism-centre',
    'Regional Autism Centre in Gəncə',
    'sportsAndHealth',
    ['AZ-GA'],
    'The launch of the regional Autism Center in Ganja, outside the two mining districts.',
  ),
  {
    id: 'csr-das-social-campaigns-2024',
    title: 'Social campaigns in Daşkəsən, 2024',
    description:
      'Seven social campaigns organised in the region in 2024 "to contribute to the state policy ' +
      'in improving social welfare", run with Dashkasan Iron Ore LLC and the Dashkasan district ' +
      'executive authority. Not filed under one of the seven areas: the press release does not ' +
      'say what the campaigns were. No amounts or beneficiary counts are published. Form: recorded ' +
      'as in kind; not stated by the company.',
    category: 'other',
    sdgs: [],
    status: 'closed',
    period: { start: '2024-01-01', end: '2024-12-31' },
    locations: [{ locationId: 'AZ-DAS' }],
    participants: [
      { organizationId: 'azergold', role: 'implementing' },
      { organizationId: 'dashkasan-iron-ore', role: 'implementing' },
      { organizationId: 'dashkasan-executive-authority', role: 'implementing' },
    ],
    obligation: 'voluntary',
    form: 'inKind',
    spend: [],
    primaryPurpose: 'community',
    results: [
      {
        title: 'Social campaigns organised',
        measure: 'unit',
        actual: 7,
        period: { start: '2024-01-01', end: '2024-12-31' },
        sourceIds: [RELEASE_2024],
      },
    ],
    sourceIds: [RELEASE_2024],
  },
  {
    id: 'csr-covid-fund-2020',
    title: 'Donation to the Coronavirus Response Support Fund',
    description:
      "AzerGold's Executive Board decided to donate AZN 300,000, from its payroll fund, to the " +
      'Coronavirus Response Support Fund set up by the presidential decree of 19 March 2020. The ' +
      'amount is recorded as committed for 2020 (the source reports the decision), not as spend: ' +
      'no payment and no day of payment is published. ' +
      'Period: from the decree to the end of 2020, the year of the donation. The AZN 50,000 given ' +
      'by each of the contractors Star Mining, Azplast 2012 and AT Geotech is not AzerGold money ' +
      'and is not recorded.',
    category: 'sportsAndHealth',
    sdgs: [],
    status: 'closed',
    period: { start: '2020-03-19', end: '2020-12-31' },
    locations: [],
    participants: [{ organizationId: 'azergold', role: 'funding' }],
    obligation: 'voluntary',
    form: 'cash',
    spend: [],
    reportedAmounts: [
      {
        // The Executive Board's decision of 2020: a commitment, never counted as spending.
        basis: 'committed',
        period: { start: '2020' },
        // AZN 300,000.00 in minor units (qəpik, 2 decimals): 300,000 × 100 = 30,000,000.
        value: { amountMinor: 30_000_000, currency: 'AZN' },
        description: 'Donation from the payroll fund, decided by the Executive Board',
        sourceIds: ['src-metbuat-1363592'],
      },
    ],
    primaryPurpose: 'community',
    sourceIds: ['src-metbuat-1363592'],
  },
];
