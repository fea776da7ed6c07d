import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entry of {@link communityInvestment}.
 *
 * @internal
 */
export const communityInvestmentEntry = {
  id: 'community.communityInvestment',
  title: 'Community investment',
  unit: 'money',
  formula:
    'Σ disbursements and expenditures dated within the period, per currency, or each converted at the latest explicit rate dated on or before it; commitments excluded; regranted money and programs whose primary purpose is the business reported apart, not counted; each flow split across the program locations by their percentages (equal parts without) with largest-remainder allocation, then by economic region and district (locations above district level: district unknown); also by category, year, form and obligation',
  standards: ['GRI 201-1', 'GRI 203-1', 'ICMM SER'],
  family: 'community',
  functionName: 'communityInvestment',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link socialExpenditureDisclosure}.
 *
 * @internal
 */
export const socialExpenditureDisclosureEntry = {
  id: 'community.socialExpenditureDisclosure',
  title: 'Social expenditures (EITI 6.1)',
  unit: 'table',
  formula:
    'One row per disbursement or expenditure in the period: program, beneficiary, mandatory or voluntary, cash or in kind, value (deemed value for in kind), currency',
  standards: ['EITI 6.1'],
  family: 'community',
  functionName: 'socialExpenditureDisclosure',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link programBeneficiaries}.
 *
 * @internal
 */
export const programBeneficiariesEntry = {
  id: 'community.programBeneficiaries',
  title: 'Program beneficiaries',
  unit: 'count',
  formula:
    'Unique beneficiaries of one unit (persons by default) across programs when ids are given; otherwise bounds [largest program count, Σ program counts] with a double-counting flag; no household multipliers',
  standards: ['IRIS+ PI4060', 'GRI 203-2'],
  family: 'community',
  functionName: 'programBeneficiaries',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link costPerBeneficiary}.
 *
 * @internal
 */
export const costPerBeneficiaryEntry = {
  id: 'community.costPerBeneficiary',
  title: 'Cost per beneficiary',
  unit: 'money',
  formula:
    'Community investment in the period (per currency) / beneficiaries of the same programs; bounds when the beneficiary count is bounded',
  standards: ['IRIS+ PI4060'],
  family: 'community',
  functionName: 'costPerBeneficiary',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link beneficiaryCoverage}.
 *
 * @internal
 */
export const beneficiaryCoverageEntry = {
  id: 'community.beneficiaryCoverage',
  title: 'Share of a population reached by programs',
  unit: 'ratio',
  formula:
    'Unique persons reached by the programs located in or under the location (programs also located elsewhere add 0 to their count) / the population of the location; bounds when counts are bounds; null when the population is unknown',
  standards: ['IRIS+ PI4060', 'IRIS+ PI6686'],
  family: 'community',
  functionName: 'beneficiaryCoverage',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link categoryCoverage}.
 *
 * @internal
 */
export const categoryCoverageEntry = {
  id: 'community.categoryCoverage',
  title: 'Program categories active in each district',
  unit: 'table',
  formula:
    'For each district (or first-level city): the program categories with at least one program located in it (or in a settlement within it), not in the pipeline and not cancelled; locations above district level reported as district unknown',
  standards: ['GRI 413-1', 'GRI 203-1'],
  family: 'community',
  functionName: 'categoryCoverage',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link sdgCoverage}.
 *
 * @internal
 */
export const sdgCoverageEntry = {
  id: 'community.sdgCoverage',
  title: 'Sustainable Development Goals addressed by programs',
  unit: 'count',
  formula: 'Number of distinct SDGs (1 to 17) named by programs, with the programs per goal',
  standards: ['SDG'],
  family: 'community',
  functionName: 'sdgCoverage',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link communityEngagementCoverage}.
 *
 * @internal
 */
export const communityEngagementCoverageEntry = {
  id: 'community.communityEngagementCoverage',
  title: 'Operations with local community engagement, impact assessments and development programs',
  unit: 'ratio',
  formula:
    'Operations with at least one GRI 413-1 element (i)-(viii) implemented on asOf / operations; per element the same ratio',
  standards: ['GRI 413-1', 'GRI 14.10'],
  family: 'community',
  functionName: 'communityEngagementCoverage',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link resultProgress}.
 *
 * @internal
 */
export const resultProgressEntry = {
  id: 'community.resultProgress',
  title: 'Progress of a program result toward its target',
  unit: 'ratio',
  formula:
    '(actual − baseline) / (target − baseline); baseline 0 when absent; null for qualitative results',
  standards: ['IATI result'],
  family: 'community',
  functionName: 'resultProgress',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link sroi}.
 *
 * @internal
 */
export const sroiEntry = {
  id: 'community.sroi',
  title: 'Social return on investment',
  unit: 'ratio',
  formula:
    'PV / investment, where PV = Σ_t Σ_o q·proxy·(1−deadweight)(1−attribution)(1−displacement)·(1−dropOff)^(t−1) / (1+r)^t over each outcome’s duration',
  standards: ['SROI Guide 2012'],
  family: 'community',
  functionName: 'sroi',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entries of the community investment indicators.
 *
 * @remarks
 * Community investment (GRI 201-1 a.ii, ICMM), EITI 6.1 social expenditure, IRIS+ beneficiary
 * metrics, GRI 413-1 engagement coverage, program results (IATI) and SROI.
 *
 * @example
 * ```ts
 * communityCatalog.sroi.standards;
 * //=> ['SROI Guide 2012']
 * ```
 *
 * @category Indicators
 */
export const communityCatalog = {
  communityInvestment: communityInvestmentEntry,
  socialExpenditureDisclosure: socialExpenditureDisclosureEntry,
  programBeneficiaries: programBeneficiariesEntry,
  costPerBeneficiary: costPerBeneficiaryEntry,
  beneficiaryCoverage: beneficiaryCoverageEntry,
  categoryCoverage: categoryCoverageEntry,
  sdgCoverage: sdgCoverageEntry,
  communityEngagementCoverage: communityEngagementCoverageEntry,
  resultProgress: resultProgressEntry,
  sroi: sroiEntry,
} as const satisfies Record<string, IndicatorCatalogEntry>;
