/**
 * The economic contribution family: GRI 201-1 economic value generated and distributed,
 * payments to governments (EITI 4.1, GRI 207-4), local procurement (GRI 204-1), state
 * participation (EITI 2.6, 6.2) and the total in-country contribution, with the entity schemas
 * they read. Exported from the root entry as the namespace `economic`
 * (`economic.paymentsToGovernments(...)`).
 *
 * @module economic
 */

export {
  type EconomicValueComponent,
  type FinancialSummary,
  FinancialSummarySchema,
} from '../../model/financialSummary.js';
export {
  GFS_REVENUE_CATEGORIES,
  type GfsRevenueCategory,
} from '../../model/gfsRevenueClassification.js';
export {
  type GovernmentLevel,
  type GovernmentPayment,
  GovernmentPaymentSchema,
} from '../../model/governmentPayment.js';
export {
  type ProcurementSummary,
  ProcurementSummarySchema,
  type SupplierLocality,
  type SupplierLocalityFigure,
} from '../../model/procurementSummary.js';
export {
  type StateFinancialFlow,
  StateFinancialFlowSchema,
  type StateFlowKind,
} from '../../model/stateFinancialFlow.js';
export { EITI_REVENUE_COLUMNS, eitiRevenueCsv } from '../../report/eitiRevenueCsv.js';
export {
  type EconomicValueComponentUse,
  type EconomicValueDistributedDetail,
  type EconomicValueDistributedOptions,
  economicValueDistributed,
} from './economicValueDistributed.js';
export type { MoneyInterval } from './internal/moneyInterval.js';
export type { AmountUse, DayPeriod } from './internal/reportedMoney.js';
export {
  type LocalProcurementShareOptions,
  localProcurementShare,
} from './localProcurementShare.js';
export {
  type GovernmentPaymentRow,
  type PaymentsToGovernmentsDetail,
  type PaymentsToGovernmentsOptions,
  paymentsToGovernments,
} from './paymentsToGovernments.js';
export {
  type StateFlowRow,
  type StateFlowTotal,
  type StateParticipationDetail,
  type StateParticipationInput,
  type StateParticipationOptions,
  stateParticipation,
} from './stateParticipation.js';
export { supplierLocalityDistribution } from './supplierLocalityDistribution.js';
export {
  type InCountryComponent,
  type InCountryContributionDetail,
  type InCountryContributionInput,
  type InCountryContributionOptions,
  totalInCountryContribution,
} from './totalInCountryContribution.js';
