/**
 * Typed, validated, standard-aligned social and economic impact indicators for mining
 * companies: the value types, the dataset schemas and their validation, the gazetteer and
 * locality, every indicator, and the impact report with its Markdown, CSV and JSON renderers.
 *
 * @remarks
 * Each export is named here: the public API is this list, checked into `api/mining-impact.api.md`.
 * Enum schemas and the schemas of parts of an entity are reached through their entity schema's
 * `.shape` (e.g. `EmployeeSchema.shape.gender`, `MoneySchema.shape.currency`).
 *
 * @packageDocumentation
 * @module mining-impact
 */

// Core values: dates, periods, counts, money, quantities, ratios, errors.
export { addMoney } from './core/addMoney.js';
export { allocateMoney } from './core/allocateMoney.js';
export type { Bounds } from './core/bounds.js';
export { type CalendarDate, CalendarDateSchema, isCalendarDate } from './core/calendarDate.js';
export { convertMoney } from './core/convertMoney.js';
export { convertQuantity } from './core/convertQuantity.js';
export {
  type ApproximateCount,
  type Count,
  type CountBounds,
  type CountInterval,
  CountSchema,
  countInterval,
  isApproximateCount,
  isExactCount,
} from './core/count.js';
export type { CurrencyCode, CurrencyCodeValues } from './core/currencies.js';
export type { FxRate } from './core/fxRate.js';
export { type FxTable, FxTableSchema } from './core/fxTable.js';
export { ImpactError, isImpactError } from './core/ImpactError.js';
export type {
  AwardId,
  CompanyId,
  DepositId,
  EmployeeId,
  Id,
  LocationId,
  OrganizationId,
  ProgramId,
  ProjectionId,
  SiteId,
  SourceId,
} from './core/ids.js';
export { IdSchema } from './core/ids.js';
export type { ImpactErrorCode } from './core/impactErrorMessages.js';
export { isWithinPeriod } from './core/isWithinPeriod.js';
export { minorUnitsOf } from './core/minorUnitsOf.js';
export { type Money, MoneySchema } from './core/money.js';
export { moneyFromDecimal } from './core/moneyFromDecimal.js';
export {
  comparePartialDates,
  isPartialDate,
  type PartialDate,
  type PartialDateRange,
  partialDateRange,
} from './core/partialDate.js';
export { type Period, PeriodSchema } from './core/period.js';
export { periodDays } from './core/periodDays.js';
export { periodsOverlap } from './core/periodsOverlap.js';
export { type MassUnit, type Quantity, QuantitySchema } from './core/quantity.js';
export type { Range } from './core/range.js';
export { type Ratio, type RatioReason, ratio } from './core/ratio.js';
export { sumMoney } from './core/sumMoney.js';
export { sumMoneyByCurrency } from './core/sumMoneyByCurrency.js';
export type { Timestamp } from './core/timestamp.js';
export { toDecimalString } from './core/toDecimalString.js';
// Community indicators.
export {
  type BeneficiaryCoverageOptions,
  beneficiaryCoverage,
} from './indicators/community/beneficiaryCoverage.js';
export {
  type ActiveCategory,
  type CategoryCoverageDetail,
  type CategoryCoverageOptions,
  categoryCoverage,
  type DistrictCategories,
} from './indicators/community/categoryCoverage.js';
export {
  type CommunityEngagementCoverageOptions,
  type CommunityEngagementInput,
  communityEngagementCoverage,
} from './indicators/community/communityEngagementCoverage.js';
export {
  type CommunityInvestmentDetail,
  type CommunityInvestmentDimension,
  type CommunityInvestmentOptions,
  type CommunityInvestmentRowPrograms,
  communityInvestment,
} from './indicators/community/communityInvestment.js';
export {
  type CostPerBeneficiaryOptions,
  costPerBeneficiary,
} from './indicators/community/costPerBeneficiary.js';
export {
  type ProgramBeneficiariesDetail,
  type ProgramBeneficiariesOptions,
  type ProgramBeneficiaryCategory,
  type ProgramBeneficiaryRegion,
  programBeneficiaries,
} from './indicators/community/programBeneficiaries.js';
export type {
  EquivalentUsed,
  ReportedAmountStatus,
  ReportedAmountUse,
  SupersededFlow,
} from './indicators/community/reportedAmountUse.js';
export {
  type ResultProgressOptions,
  resultProgress,
} from './indicators/community/resultProgress.js';
export { sdgCoverage } from './indicators/community/sdgCoverage.js';
export {
  type SocialExpenditureDisclosureDetail,
  type SocialExpenditureDisclosureOptions,
  type SocialExpenditureObligation,
  type SocialExpenditureRow,
  socialExpenditureDisclosure,
} from './indicators/community/socialExpenditureDisclosure.js';
export {
  type SroiBreakEven,
  type SroiDetail,
  type SroiInput,
  type SroiJudgement,
  type SroiJudgementVariation,
  type SroiOptions,
  type SroiOutcome,
  type SroiSensitivity,
  type SroiYear,
  sroi,
} from './indicators/community/sroi.js';
// The indicator contract and catalog.
export type { BreakdownRow, RowKeys } from './indicators/contract/breakdownRow.js';
export type {
  IndicatorAbsence,
  IndicatorDefinition,
  IndicatorOutcome,
} from './indicators/contract/defineIndicator.js';
export type {
  IndicatorCatalogEntry,
  IndicatorFamily,
} from './indicators/contract/indicatorCatalogEntry.js';
export type {
  EmployeeRecordTotals,
  IndicatorContext,
  IndicatorScope,
} from './indicators/contract/indicatorContext.js';
export {
  type DefinitionValue,
  type DetailedResult,
  type IndicatorResult,
  IndicatorResultSchema,
} from './indicators/contract/indicatorResult.js';
export type { IndicatorUnit } from './indicators/contract/indicatorUnit.js';
export type { NullReason } from './indicators/contract/nullReason.js';
export type { RecordFold } from './indicators/contract/recordFold.js';
// Deposits indicators and contained metal.
export { type ContainedMetal, containedMetal } from './indicators/deposits/containedMetal.js';
export {
  type DepositPipelineDetail,
  type DepositPipelineEntry,
  type DepositPipelineOptions,
  depositPipeline,
} from './indicators/deposits/depositPipeline.js';
export {
  type ProductionSummaryOptions,
  productionSummary,
} from './indicators/deposits/productionSummary.js';
export {
  type GkzCategory,
  type GkzCategoryMapping,
  type ResourceReserveStatementOptions,
  resourceReserveStatement,
} from './indicators/deposits/resourceReserveStatement.js';
// Economic contribution indicators and entities, as one namespace.
export * as economic from './indicators/economic/index.js';
export { catalogEntry, indicatorCatalog } from './indicators/indicatorCatalog.js';
// Jobs indicators.
export type {
  JobsFigure,
  JobsFigureBounds,
  JobsFigureNotEstimated,
  JobsFigureRange,
} from './indicators/jobs/jobsFigure.js';
export type { JobsFigures } from './indicators/jobs/jobsFigures.js';
export {
  type ExcludedProjection,
  type JobsInTerritoriesInput,
  type JobsInTerritoriesOptions,
  jobsInTerritories,
  type TerritoryJobsDetail,
  type TerritoryJobsRow,
  type TerritoryJobsYear,
} from './indicators/jobs/jobsInTerritories.js';
export type { JobsProjection, JobsYear } from './indicators/jobs/jobsProjection.js';
export {
  type ProjectEmploymentOptions,
  projectEmployment,
} from './indicators/jobs/projectEmployment.js';
// Health and safety, grievances, land and closure: one namespace (`safety.recordableInjuryRate`).
export * as safety from './indicators/safety/index.js';
// Workforce indicators and the workforce summary.
export { ageBand } from './indicators/workforce/ageBand.js';
export {
  type ContractorShareOptions,
  contractorShare,
} from './indicators/workforce/contractorShare.js';
export { createWorkforceAccumulator } from './indicators/workforce/createWorkforceAccumulator.js';
export {
  type DiversityCompositionDetail,
  type DiversityCompositionOptions,
  diversityComposition,
} from './indicators/workforce/diversityComposition.js';
export {
  type EmployeeBreakdownOptions,
  employeeBreakdown,
} from './indicators/workforce/employeeBreakdown.js';
export {
  type GovernanceDiversityOptions,
  governanceDiversity,
} from './indicators/workforce/governanceDiversity.js';
export {
  type HostCountryNationalShareOptions,
  hostCountryNationalShare,
} from './indicators/workforce/hostCountryNationalShare.js';
export { isActiveOn } from './indicators/workforce/isActiveOn.js';
export { localEmploymentShare } from './indicators/workforce/localEmploymentShare.js';
export {
  type EmploymentChangeDetail,
  type NetEmploymentChangeOptions,
  netEmploymentChange,
} from './indicators/workforce/netEmploymentChange.js';
export { type NewHireRateOptions, newHireRate } from './indicators/workforce/newHireRate.js';
export {
  type NonEmployeeWorkersOptions,
  nonEmployeeWorkers,
} from './indicators/workforce/nonEmployeeWorkers.js';
export {
  type OriginConcentrationOptions,
  originConcentration,
} from './indicators/workforce/originConcentration.js';
export { regionalOriginShare } from './indicators/workforce/regionalOriginShare.js';
export {
  type RemoteVillageShareOptions,
  remoteVillageShare,
} from './indicators/workforce/remoteVillageShare.js';
export {
  type SeniorManagementLocalShareOptions,
  type SeniorManagementWorkingTime,
  seniorManagementLocalShare,
} from './indicators/workforce/seniorManagementLocalShare.js';
export { summarizeWorkforce } from './indicators/workforce/summarizeWorkforce.js';
export { type TurnoverRateOptions, turnoverRate } from './indicators/workforce/turnoverRate.js';
export type { WorkforceAccumulator } from './indicators/workforce/workforceAccumulator.js';
export type { WorkforceAccumulatorOptions } from './indicators/workforce/workforceAccumulatorOptions.js';
export type { WorkforceAccumulatorSnapshot } from './indicators/workforce/workforceAccumulatorSnapshot.js';
export type { WorkforceDimension } from './indicators/workforce/workforceDimension.js';
export type { WorkforceFlows } from './indicators/workforce/workforceFlows.js';
export {
  type OriginLevel,
  type WorkforceOriginDistributionDetail,
  type WorkforceOriginDistributionOptions,
  workforceOriginDistribution,
} from './indicators/workforce/workforceOriginDistribution.js';
export type { WorkforceSummaryOptions } from './indicators/workforce/workforceSummaryOptions.js';
// The dataset model: entity schemas and their types.
export { type Award, AwardSchema } from './model/award.js';
export {
  type CommunityAssessment,
  CommunityAssessmentSchema,
  type EngagementElement,
} from './model/communityAssessment.js';
export { type Commodity, type Company, CompanySchema } from './model/company.js';
export {
  type Deposit,
  DepositSchema,
  type EstimateCategory,
  type Grade,
  type Licence,
  type MineStage,
  type ReportingCode,
  type ResourceEstimate,
} from './model/deposit.js';
export {
  type ContractType,
  type Employee,
  type EmployeeCategory,
  EmployeeSchema,
  type Engagement,
  type Gender,
  type Nationality,
  type TerminationReason,
  type WorkerType,
  type WorkingTime,
} from './model/employee.js';
export type { GeoPoint } from './model/geoPoint.js';
export type { GovernanceBody, GovernanceBodyKind } from './model/governanceBody.js';
export type { HttpUrl } from './model/httpUrl.js';
export {
  DATASET_SCHEMA_VERSION,
  type ImpactDataset,
  type ImpactDatasetInput,
  ImpactDatasetSchema,
} from './model/impactDataset.js';
export { type IsStateOwnedOptions, isStateOwned } from './model/isStateOwned.js';
export {
  type JobProjection,
  JobProjectionSchema,
  type ProjectionPhase,
} from './model/jobProjection.js';
export {
  type ListedLocationsPolicy,
  type LocalityPolicy,
  LocalityPolicySchema,
  type OutsideCapitalPolicy,
  type SameDistrictPolicy,
  type SameEconomicRegionPolicy,
  type WithinKmPolicy,
} from './model/localityPolicy.js';
export type { LocalizedName, NameKind } from './model/localizedName.js';
export {
  type Location,
  type LocationKind,
  LocationSchema,
  type Population,
} from './model/location.js';
export { type Organization, OrganizationSchema } from './model/organization.js';
export type { EntityType, OrganizationIdentifier } from './model/organizationIdentity.js';
export {
  type OwnershipInterest,
  OwnershipInterestSchema,
  type OwnershipType,
  type Share,
} from './model/ownershipInterest.js';
export type { PartyId } from './model/partyId.js';
export {
  type PartOfYear,
  type ProductionRecord,
  ProductionRecordSchema,
} from './model/productionRecord.js';
export type { PublishedShare } from './model/publishedShare.js';
export {
  type CumulativeAmount,
  type MoneyBounds,
  type PeriodAmount,
  type ReportedAmount,
  type ReportedAmountBasis,
  type ReportedAmountFields,
  ReportedAmountSchema,
  type ReportedMoney,
  type ReportedPeriod,
} from './model/reportedAmount.js';
export { type Site, type SiteKind, SiteSchema } from './model/site.js';
export {
  type Beneficiaries,
  type ProgramCategory,
  type ProgramResult,
  type ProgramStatus,
  type SocialProgram,
  SocialProgramSchema,
  type Spend,
} from './model/socialProgram.js';
export { type Source, type SourceReliability, SourceSchema } from './model/source.js';
export {
  type OwnershipData,
  type StateControl,
  type StateOwnership,
  type StateOwnershipChain,
  type StateOwnershipOptions,
  type StateOwnershipStatus,
  stateOwnership,
} from './model/stateOwnership.js';
export {
  type AgeBand,
  type WorkforceScope,
  type WorkforceShares,
  type WorkforceSummary,
  WorkforceSummarySchema,
} from './model/workforceSummary.js';
// Places: the gazetteer and locality.
export { ancestors } from './places/ancestors.js';
export { capitalOf } from './places/capitalOf.js';
export {
  type ClassifyLocalityOptions,
  classifyLocality,
  type LocalityPlace,
} from './places/classifyLocality.js';
export { createGazetteer } from './places/createGazetteer.js';
export { distanceKm } from './places/distanceKm.js';
export { districtOf } from './places/districtOf.js';
export { economicRegionOf } from './places/economicRegionOf.js';
export { extendGazetteer } from './places/extendGazetteer.js';
export type { Gazetteer } from './places/gazetteer.js';
export { getLocation } from './places/getLocation.js';
export type { Locality } from './places/locality.js';
export { normalizePlaceName } from './places/normalizePlaceName.js';
export type { PlaceMatch } from './places/placeMatch.js';
export { resolvePlace } from './places/resolvePlace.js';
// The impact report and its renderers.
export {
  type BuildImpactReportOptions,
  buildImpactReport,
} from './report/buildImpactReport.js';
export { describeResult } from './report/describeResult.js';
export {
  buildReportDocument,
  type ReportDocumentOptions,
} from './report/document/buildReportDocument.js';
export type {
  ChartBlock,
  Inline,
  KeyFigure,
  KeyFiguresBlock,
  ListBlock,
  ParagraphBlock,
  ReportBlock,
  ReportDocument,
  ReportSection,
  RichText,
  TableBlock,
} from './report/document/reportDocument.js';
export type {
  EitiEconomicContribution,
  EitiEmployment,
  EitiExpenditureRow,
  EitiProductionDistrict,
  EitiSections,
  EitiSocialExpenditures,
} from './report/eitiSections.js';
export type {
  GriContentIndexEntry,
  GriIndicatorStatus,
  GriRequirementStatus,
} from './report/griContentIndexEntry.js';
export type {
  GriContentIndex,
  GriSectorStandard,
  GriSectorTopic,
  GriStatementOfUse,
} from './report/griContentIndexSchema.js';
export {
  GRI_OMISSION_REASON_WORDS,
  type GriOmission,
  type GriOmissionReason,
} from './report/griOmission.js';
export type { GriOmissionOption, GriReportOptions } from './report/griOptions.js';
export {
  type AsOfBasis,
  type ImpactReport,
  ImpactReportSchema,
  REPORT_FORMAT_VERSION,
  type ReportCompany,
  type ReportValidation,
} from './report/impactReport.js';
export {
  createImpactReportBuilder,
  type ImpactReportBuilder,
} from './report/impactReportBuilder.js';
export type { IndicatorCoverage, IndicatorStatus } from './report/indicatorCoverage.js';
export { renderCsv } from './report/renderCsv.js';
export { renderJson } from './report/renderJson.js';
export { renderMarkdown } from './report/renderMarkdown.js';
export type { ReportFact, ReportLabel, ReportPlace } from './report/reportFact.js';
export type { ProgramMoneyRow } from './report/reportProgramMoney.js';
export type { ReportSource } from './report/reportSource.js';
export { terminalText } from './report/terminalText.js';
// Validation.
export { isEmployee } from './validation/isEmployee.js';
export type { Issue, IssueSeverity } from './validation/issue.js';
export type { RowIssue } from './validation/rowIssue.js';
export {
  type IssueCodeSummary,
  summarizeIssues,
  type ValidationSummary,
} from './validation/summarizeIssues.js';
export {
  type DatasetValidation,
  type ValidateDatasetOptions,
  validateDataset,
} from './validation/validateDataset.js';
export {
  type EmployeeRowCheck,
  validateEmployeeRow,
} from './validation/validateEmployeeRow.js';
export {
  type IssueCode,
  type ValidationRule,
  validationRules,
} from './validation/validationRules.js';
