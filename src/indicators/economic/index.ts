import type {
  EconomicValueComponent as EconomicValueComponentModel,
  FinancialSummary as FinancialSummaryModel,
} from '../../model/financialSummary.js';
import type { GfsRevenueCategory as GfsRevenueCategoryModel } from '../../model/gfsRevenueClassification.js';
import type {
  GovernmentLevel as GovernmentLevelModel,
  GovernmentPayment as GovernmentPaymentModel,
} from '../../model/governmentPayment.js';
import type {
  ProcurementSummary as ProcurementSummaryModel,
  SupplierLocalityFigure as SupplierLocalityFigureModel,
  SupplierLocality as SupplierLocalityModel,
} from '../../model/procurementSummary.js';
import type {
  StateFinancialFlow as StateFinancialFlowModel,
  StateFlowKind as StateFlowKindModel,
} from '../../model/stateFinancialFlow.js';
import type {
  EconomicValueComponentUse as EconomicValueComponentUseModel,
  EconomicValueDistributedDetail as EconomicValueDistributedDetailModel,
  EconomicValueDistributedOptions as EconomicValueDistributedOptionsModel,
} from './economicValueDistributed.js';
import type {
  ExtractiveEmploymentDetail as ExtractiveEmploymentDetailModel,
  ExtractiveEmploymentInput as ExtractiveEmploymentInputModel,
  ExtractiveEmploymentShareOptions as ExtractiveEmploymentShareOptionsModel,
  NationalEmployment as NationalEmploymentModel,
} from './extractiveEmploymentShare.js';
import type { MoneyInterval as MoneyIntervalModel } from './internal/moneyInterval.js';
import type {
  AmountUse as AmountUseModel,
  DayPeriod as DayPeriodModel,
} from './internal/reportedMoney.js';
import type { LocalProcurementShareOptions as LocalProcurementShareOptionsModel } from './localProcurementShare.js';
import type {
  GovernmentPaymentRow as GovernmentPaymentRowModel,
  PaymentsToGovernmentsDetail as PaymentsToGovernmentsDetailModel,
  PaymentsToGovernmentsOptions as PaymentsToGovernmentsOptionsModel,
} from './paymentsToGovernments.js';
import type {
  StateFlowRow as StateFlowRowModel,
  StateFlowTotal as StateFlowTotalModel,
  StateParticipationDetail as StateParticipationDetailModel,
  StateParticipationInput as StateParticipationInputModel,
  StateParticipationOptions as StateParticipationOptionsModel,
} from './stateParticipation.js';
import type {
  InCountryComponent as InCountryComponentModel,
  InCountryContributionDetail as InCountryContributionDetailModel,
  InCountryContributionInput as InCountryContributionInputModel,
  InCountryContributionOptions as InCountryContributionOptionsModel,
} from './totalInCountryContribution.js';

/**
 * The economic contribution family: GRI 201-1 economic value generated and distributed,
 * payments to governments (EITI 4.1, GRI 207-4), local procurement (GRI 204-1), state
 * participation (EITI 2.6, 6.2), employment in the extractive industries as a share of
 * national employment (EITI 6.3) and the total in-country contribution, with the entity schemas
 * they read. Exported from the root entry as the namespace `economic`
 * (`economic.paymentsToGovernments(...)`).
 *
 * @module economic
 */

export { FinancialSummarySchema } from '../../model/financialSummary.js';
export { GFS_REVENUE_CATEGORIES } from '../../model/gfsRevenueClassification.js';
export { GovernmentPaymentSchema } from '../../model/governmentPayment.js';
export { ProcurementSummarySchema } from '../../model/procurementSummary.js';
export { StateFinancialFlowSchema } from '../../model/stateFinancialFlow.js';
export { EITI_REVENUE_COLUMNS, eitiRevenueCsv } from '../../report/eitiRevenueCsv.js';
export { economicValueDistributed } from './economicValueDistributed.js';
export { extractiveEmploymentShare } from './extractiveEmploymentShare.js';
export { localProcurementShare } from './localProcurementShare.js';
export { paymentsToGovernments } from './paymentsToGovernments.js';
export { stateParticipation } from './stateParticipation.js';
export { supplierLocalityDistribution } from './supplierLocalityDistribution.js';
export { totalInCountryContribution } from './totalInCountryContribution.js';

/** See the model's `EconomicValueComponent`. */
export type EconomicValueComponent = EconomicValueComponentModel;
/** See the model's `FinancialSummary`. */
export type FinancialSummary = FinancialSummaryModel;
/** See the model's `GfsRevenueCategory`. */
export type GfsRevenueCategory = GfsRevenueCategoryModel;
/** See the model's `GovernmentLevel`. */
export type GovernmentLevel = GovernmentLevelModel;
/** See the model's `GovernmentPayment`. */
export type GovernmentPayment = GovernmentPaymentModel;
/** See the model's `ProcurementSummary`. */
export type ProcurementSummary = ProcurementSummaryModel;
/** See the model's `SupplierLocality`. */
export type SupplierLocality = SupplierLocalityModel;
/** See the model's `SupplierLocalityFigure`. */
export type SupplierLocalityFigure = SupplierLocalityFigureModel;
/** See the model's `StateFinancialFlow`. */
export type StateFinancialFlow = StateFinancialFlowModel;
/** See the model's `StateFlowKind`. */
export type StateFlowKind = StateFlowKindModel;
/** See the model's `EconomicValueComponentUse`. */
export type EconomicValueComponentUse = EconomicValueComponentUseModel;
/** See the model's `EconomicValueDistributedDetail`. */
export type EconomicValueDistributedDetail = EconomicValueDistributedDetailModel;
/** See the model's `EconomicValueDistributedOptions`. */
export type EconomicValueDistributedOptions = EconomicValueDistributedOptionsModel;
/** See the model's `ExtractiveEmploymentDetail`. */
export type ExtractiveEmploymentDetail = ExtractiveEmploymentDetailModel;
/** See the model's `ExtractiveEmploymentInput`. */
export type ExtractiveEmploymentInput = ExtractiveEmploymentInputModel;
/** See the model's `ExtractiveEmploymentShareOptions`. */
export type ExtractiveEmploymentShareOptions = ExtractiveEmploymentShareOptionsModel;
/** See the model's `NationalEmployment`. */
export type NationalEmployment = NationalEmploymentModel;
/** See the model's `MoneyInterval`. */
export type MoneyInterval = MoneyIntervalModel;
/** See the model's `AmountUse`. */
export type AmountUse = AmountUseModel;
/** See the model's `DayPeriod`. */
export type DayPeriod = DayPeriodModel;
/** See the model's `LocalProcurementShareOptions`. */
export type LocalProcurementShareOptions = LocalProcurementShareOptionsModel;
/** See the model's `GovernmentPaymentRow`. */
export type GovernmentPaymentRow = GovernmentPaymentRowModel;
/** See the model's `PaymentsToGovernmentsDetail`. */
export type PaymentsToGovernmentsDetail = PaymentsToGovernmentsDetailModel;
/** See the model's `PaymentsToGovernmentsOptions`. */
export type PaymentsToGovernmentsOptions = PaymentsToGovernmentsOptionsModel;
/** See the model's `StateFlowRow`. */
export type StateFlowRow = StateFlowRowModel;
/** See the model's `StateFlowTotal`. */
export type StateFlowTotal = StateFlowTotalModel;
/** See the model's `StateParticipationDetail`. */
export type StateParticipationDetail = StateParticipationDetailModel;
/** See the model's `StateParticipationInput`. */
export type StateParticipationInput = StateParticipationInputModel;
/** See the model's `StateParticipationOptions`. */
export type StateParticipationOptions = StateParticipationOptionsModel;
/** See the model's `InCountryComponent`. */
export type InCountryComponent = InCountryComponentModel;
/** See the model's `InCountryContributionDetail`. */
export type InCountryContributionDetail = InCountryContributionDetailModel;
/** See the model's `InCountryContributionInput`. */
export type InCountryContributionInput = InCountryContributionInputModel;
/** See the model's `InCountryContributionOptions`. */
export type InCountryContributionOptions = InCountryContributionOptionsModel;
