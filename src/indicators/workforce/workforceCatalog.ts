import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entry of {@link newHireRate}.
 *
 * @internal
 */
export const newHireRateEntry = {
  id: 'workforce.newHireRate',
  title: 'New employee hire rate',
  unit: 'ratio',
  formula:
    'Employees hired within the period / employees at period end (or the average of start and end); by age band, gender and origin region over the same total denominator unless group denominators are chosen',
  standards: ['GRI 401-1'],
  family: 'workforce',
  functionName: 'newHireRate',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link turnoverRate}.
 *
 * @internal
 */
export const turnoverRateEntry = {
  id: 'workforce.turnoverRate',
  title: 'Employee turnover rate',
  unit: 'ratio',
  formula:
    'Employees leaving within the period voluntarily or by dismissal, retirement or death in service / employees at period end (or the average of start and end)',
  standards: ['GRI 401-1', 'ESRS S1-6'],
  family: 'workforce',
  functionName: 'turnoverRate',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link netEmploymentChange}.
 *
 * @internal
 */
export const netEmploymentChangeEntry = {
  id: 'workforce.netEmploymentChange',
  title: 'Net change in employment',
  unit: 'count',
  formula:
    'Employees at period end − employees at period start = hires − leavers within the period',
  standards: ['GRI 401-1', 'EITI 6.3'],
  family: 'workforce',
  functionName: 'netEmploymentChange',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link diversityComposition}.
 *
 * @internal
 */
export const diversityCompositionEntry = {
  id: 'workforce.diversityComposition',
  title: 'Employees per category by gender and age band',
  unit: 'table',
  formula:
    'For each employee category: employees in a gender or age band / employees in the category, active on asOf',
  standards: ['GRI 405-1'],
  family: 'workforce',
  functionName: 'diversityComposition',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link contractorShare}.
 *
 * @internal
 */
export const contractorShareEntry = {
  id: 'workforce.contractorShare',
  title: 'Contractor share of the workforce',
  unit: 'ratio',
  formula: 'Contractors’ workers / (employees + contractors’ workers), active on asOf',
  standards: ['SASB EM-MM-000.B', 'GRI 2-8'],
  family: 'workforce',
  functionName: 'contractorShare',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link localEmploymentShare}.
 *
 * @internal
 */
export const localEmploymentShareEntry = {
  id: 'workforce.localEmploymentShare',
  title: 'Share of the workforce that is local',
  unit: 'ratio',
  formula:
    'Local people / everyone counted (local + non-local + locality unknown), under the disclosed locality policy, on asOf; unknown locality is its own row, never non-local; bounds when counts are bounds',
  standards: ['GRI 14.9', 'ICMM SER'],
  family: 'workforce',
  functionName: 'localEmploymentShare',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link regionalOriginShare}.
 *
 * @internal
 */
export const regionalOriginShareEntry = {
  id: 'workforce.regionalOriginShare',
  title: 'Share of the workforce from outside the capital',
  unit: 'ratio',
  formula:
    'People whose home lies outside the capital (from the regions) / everyone counted, on asOf; from the capital and origin unknown are their own rows; bounds when counts are bounds',
  standards: ['GRI 14.9', 'ICMM SER'],
  family: 'workforce',
  functionName: 'regionalOriginShare',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link remoteVillageShare}.
 *
 * @internal
 */
export const remoteVillageShareEntry = {
  id: 'workforce.remoteVillageShare',
  title: 'Share of the workforce from remote villages',
  unit: 'ratio',
  formula:
    'People whose home is, or lies under, a location marked remote / everyone counted, on asOf; bounds when counts are bounds',
  standards: ['GRI 405-1', 'ICMM SER'],
  family: 'workforce',
  functionName: 'remoteVillageShare',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link workforceOriginDistribution}.
 *
 * @internal
 */
export const workforceOriginDistributionEntry = {
  id: 'workforce.workforceOriginDistribution',
  title: 'Workforce by origin',
  unit: 'table',
  formula:
    'For each district (or economic region) of origin: people from it / everyone counted, with an unknown row for the rest; the shares sum to 1',
  standards: ['GRI 2-7', 'ICMM SER'],
  family: 'workforce',
  functionName: 'workforceOriginDistribution',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link originConcentration}.
 *
 * @internal
 */
export const originConcentrationEntry = {
  id: 'workforce.originConcentration',
  title: 'Concentration of workforce origin (Herfindahl-Hirschman index)',
  unit: 'index',
  formula:
    'Σ over economic regions (or districts) of origin of (people from the region / people of known origin)², on shares in [0, 1]; origin unknown excluded',
  standards: ['ICMM SER'],
  family: 'workforce',
  functionName: 'originConcentration',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entry of {@link seniorManagementLocalShare}.
 *
 * @internal
 */
export const seniorManagementLocalShareEntry = {
  id: 'workforce.seniorManagementLocalShare',
  title: 'Proportion of senior management hired from the local community',
  unit: 'ratio',
  formula:
    'Senior managers (category seniorManagement) who are local to their significant site / senior managers at significant sites, on asOf; per site and in total; sites without senior managers are null and left out of the total; unknown locality is its own row',
  standards: ['GRI 202-2'],
  family: 'workforce',
  functionName: 'seniorManagementLocalShare',
} as const satisfies IndicatorCatalogEntry;

/**
 * The catalog entries of the workforce indicators.
 *
 * @remarks
 * Local and regional employment (GRI 202-2, GRI 14 economic impacts, ICMM), the origin of the
 * workforce, new hires and turnover (GRI 401-1), diversity (GRI 405-1), contractors (SASB
 * EM-MM-000.B, GRI 2-8) and the net change of employment.
 *
 * @example
 * ```ts
 * workforceCatalog.newHireRate.standards;
 * //=> ['GRI 401-1']
 * ```
 *
 * @category Indicators
 */
export const workforceCatalog = {
  newHireRate: newHireRateEntry,
  turnoverRate: turnoverRateEntry,
  netEmploymentChange: netEmploymentChangeEntry,
  diversityComposition: diversityCompositionEntry,
  contractorShare: contractorShareEntry,
  localEmploymentShare: localEmploymentShareEntry,
  regionalOriginShare: regionalOriginShareEntry,
  remoteVillageShare: remoteVillageShareEntry,
  workforceOriginDistribution: workforceOriginDistributionEntry,
  originConcentration: originConcentrationEntry,
  seniorManagementLocalShare: seniorManagementLocalShareEntry,
} as const satisfies Record<string, IndicatorCatalogEntry>;
