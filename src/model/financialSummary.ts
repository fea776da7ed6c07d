import * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  IdSchema,
  type LocationId,
  LocationIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type ReportedAmount, ReportedAmountSchema } from './reportedAmount.js';

/**
 * The components of GRI 201-1 direct economic value generated and distributed, as a financial
 * summary records them: `'revenue'`, `'operatingCosts'`, `'wagesAndBenefits'`,
 * `'paymentsToProvidersOfCapital'`, `'paymentsToGovernments'`, `'communityInvestments'`.
 *
 * @example
 * ```ts
 * const component: EconomicValueComponent = 'wagesAndBenefits';
 * ```
 *
 * @category Model
 */
export type EconomicValueComponent =
  | 'revenue'
  | 'operatingCosts'
  | 'wagesAndBenefits'
  | 'paymentsToProvidersOfCapital'
  | 'paymentsToGovernments'
  | 'communityInvestments';

/**
 * A company's published financial figures for GRI 201-1: revenue and the economic value
 * distributed, each a {@link ReportedAmount} with its own period, basis and sources.
 *
 * @remarks
 * GRI 201-1-a asks for the direct economic value generated (revenues) and distributed
 * (operating costs, employee wages and benefits, payments to providers of capital, payments to
 * government by country, community investments); 201-1-b asks for them separately at country,
 * regional or market levels where significant: a summary for one country carries `country`, one
 * for a region `regionId`. Every component is optional: a company that published its revenue
 * and its taxes only is recorded as it published them. `accountingBasis` records whether the
 * figures are on an accrual basis (what GRI 201-1 asks for) or a cash basis. A figure with basis
 * `cumulative` is never split into years; `budgeted` and `committed` figures are never counted as
 * value distributed.
 *
 * @example
 * ```ts
 * FinancialSummarySchema.parse({
 *   id: 'fin-2021',
 *   companyId: 'azergold',
 *   revenue: { basis: 'spent', period: { start: '2021' }, value: { amountMinor: 18830000000, currency: 'AZN' }, sourceIds: ['src-today-215318'] },
 *   sourceIds: ['src-today-215318'],
 * }).revenue?.value;
 * //=> { amountMinor: 18830000000, currency: 'AZN' }
 * ```
 *
 * @category Model
 */
export const FinancialSummarySchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: IdSchema,
      /** The company the figures are of. */
      companyId: CompanyIdSchema,
      /** For a country-level summary (GRI 201-1-b): the ISO 3166-1 alpha-2 code of the country. */
      country: () =>
        z
          .string()
          .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code, e.g. AZ.')
          .optional(),
      /** For a regional summary (GRI 201-1-b): the region. */
      regionId: () => LocationIdSchema.optional(),
      /** Accrual (what GRI 201-1 asks for) or cash basis, when the source says. */
      accountingBasis: () => z.enum(['accrual', 'cash']).optional(),
      /** Revenues: net sales, revenue from financial investments and from sales of assets. */
      revenue: () => ReportedAmountSchema.optional(),
      /** Operating costs: payments outside the organization for materials, services, facilities. */
      operatingCosts: () => ReportedAmountSchema.optional(),
      /** Employee wages and benefits. */
      wagesAndBenefits: () => ReportedAmountSchema.optional(),
      /** Payments to providers of capital: dividends and interest. */
      paymentsToProvidersOfCapital: () => ReportedAmountSchema.optional(),
      /** Payments to government: taxes and related payments. */
      paymentsToGovernments: () => ReportedAmountSchema.optional(),
      /** Community investments: voluntary donations and investment in the broader community. */
      communityInvestments: () => ReportedAmountSchema.optional(),
      /** Net profit as published, for context (not a GRI 201-1 component). */
      netProfit: () => ReportedAmountSchema.optional(),
      /** The sources of the summary as a whole. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * A company's published financial figures for GRI 201-1 (see {@link FinancialSummarySchema}).
 *
 * @example
 * ```ts
 * const summary: FinancialSummary = { id: 'fin-2021', companyId: 'azergold' as CompanyId, sourceIds: [] };
 * ```
 *
 * @category Model
 */
export interface FinancialSummary {
  /** The id other records cite. */
  readonly id: string;
  /** The company the figures are of. */
  readonly companyId: CompanyId;
  /** For a country-level summary (GRI 201-1-b): the ISO 3166-1 alpha-2 code of the country. */
  readonly country?: string | undefined;
  /** For a regional summary (GRI 201-1-b): the region. */
  readonly regionId?: LocationId | undefined;
  /** Accrual (what GRI 201-1 asks for) or cash basis, when the source says. */
  readonly accountingBasis?: 'accrual' | 'cash' | undefined;
  /** Revenues: net sales, revenue from financial investments and from sales of assets. */
  readonly revenue?: ReportedAmount | undefined;
  /** Operating costs: payments outside the organization for materials, services, facilities. */
  readonly operatingCosts?: ReportedAmount | undefined;
  /** Employee wages and benefits. */
  readonly wagesAndBenefits?: ReportedAmount | undefined;
  /** Payments to providers of capital: dividends and interest. */
  readonly paymentsToProvidersOfCapital?: ReportedAmount | undefined;
  /** Payments to government: taxes and related payments. */
  readonly paymentsToGovernments?: ReportedAmount | undefined;
  /** Community investments: voluntary donations and investment in the broader community. */
  readonly communityInvestments?: ReportedAmount | undefined;
  /** Net profit as published, for context (not a GRI 201-1 component). */
  readonly netProfit?: ReportedAmount | undefined;
  /** The sources of the summary as a whole. */
  readonly sourceIds: readonly SourceId[];
}
