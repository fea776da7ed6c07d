import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';

/**
 * The catalog entries of the workforce indicators.
 *
 * @remarks
 * Local and regional employment (GRI 202-2, GRI 14 economic impacts, ICMM), new hires and
 * turnover (GRI 401-1), diversity (GRI 405-1), contractors (SASB EM-MM-000.B, GRI 2-8) and the
 * net change of employment.
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
  newHireRate: {
    id: 'workforce.newHireRate',
    title: 'New employee hire rate',
    unit: 'ratio',
    formula:
      'Employees hired within the period / employees at period end (or the average of start and end); by age band, gender and origin region over the same total denominator unless group denominators are chosen',
    standards: ['GRI 401-1'],
    family: 'workforce',
    functionName: 'newHireRate',
  },
  turnoverRate: {
    id: 'workforce.turnoverRate',
    title: 'Employee turnover rate',
    unit: 'ratio',
    formula:
      'Employees leaving within the period voluntarily or by dismissal, retirement or death in service / employees at period end (or the average of start and end)',
    standards: ['GRI 401-1', 'ESRS S1-6'],
    family: 'workforce',
    functionName: 'turnoverRate',
  },
  netEmploymentChange: {
    id: 'workforce.netEmploymentChange',
    title: 'Net change in employment',
    unit: 'count',
    formula:
      'Employees at period end − employees at period start = hires − leavers within the period',
    standards: ['GRI 401-1', 'EITI 6.3'],
    family: 'workforce',
    functionName: 'netEmploymentChange',
  },
  diversityComposition: {
    id: 'workforce.diversityComposition',
    title: 'Employees per category by gender and age band',
    unit: 'table',
    formula:
      'For each employee category: employees in a gender or age band / employees in the category, active on asOf',
    standards: ['GRI 405-1'],
    family: 'workforce',
    functionName: 'diversityComposition',
  },
  contractorShare: {
    id: 'workforce.contractorShare',
    title: 'Contractor share of the workforce',
    unit: 'ratio',
    formula: 'Contractors’ workers / (employees + contractors’ workers), active on asOf',
    standards: ['SASB EM-MM-000.B', 'GRI 2-8'],
    family: 'workforce',
    functionName: 'contractorShare',
  },
} as const satisfies Record<string, IndicatorCatalogEntry>;
