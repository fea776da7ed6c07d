import * as z from 'zod';
import { type CompanyId, CompanyIdSchema, IdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type PartyId, PartyIdSchema } from './partyId.js';
import { type ReportedAmount, ReportedAmountSchema } from './reportedAmount.js';

/**
 * What a financial flow between the state and a company is (EITI 2.6 and 6.2): `'transfer'`
 * (a grant or budget allocation), `'loan'`, `'guarantee'` (a loan guarantee: a contingent
 * liability, not a flow of cash), `'equity'` (capital injected), `'dividend'`,
 * `'retainedEarnings'` (profits the state lets the company keep), `'quasiFiscal'` (an
 * expenditure the company makes for the state outside the budget, EITI 6.2) or `'other'`.
 *
 * @example
 * ```ts
 * const kind: StateFlowKind = 'quasiFiscal';
 * ```
 *
 * @category Model
 */
export type StateFlowKind =
  | 'transfer'
  | 'loan'
  | 'guarantee'
  | 'equity'
  | 'dividend'
  | 'retainedEarnings'
  | 'quasiFiscal'
  | 'other';

/**
 * A financial flow between the state and a state-owned or state-participated company, as EITI
 * Requirement 2.6 (transfers, loans and guarantees) and 6.2 (quasi-fiscal expenditures) ask for.
 *
 * @remarks
 * `direction` says who pays: `'stateToCompany'` (a budget transfer, a loan or guarantee to the
 * company, an equity injection) or `'companyToState'` (a dividend, a transfer of profits, a loan
 * repayment). A quasi-fiscal expenditure is spent by the company on the state's behalf; record it
 * `companyToState`. `counterpartyId` is the state body (an organization of the dataset),
 * `purpose` what the money is for and `terms` the terms of a loan or guarantee as published.
 * Taxes and royalties are {@link GovernmentPayment}s, not state flows.
 *
 * @example
 * ```ts
 * StateFinancialFlowSchema.parse({
 *   id: 'flow-2020-dashkasan',
 *   companyId: 'azergold',
 *   direction: 'stateToCompany',
 *   kind: 'transfer',
 *   purpose: 'assessment of the Daşkəsən iron-ore deposits',
 *   amount: { basis: 'spent', period: { start: '2020' }, value: { amountMinor: 300000000, currency: 'AZN' }, sourceIds: ['src-azernews-168768'] },
 * }).direction;
 * //=> 'stateToCompany'
 * ```
 *
 * @category Model
 */
export const StateFinancialFlowSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: IdSchema,
      /** The company. */
      companyId: CompanyIdSchema,
      /** Who pays: the state, or the company. */
      direction: () => z.enum(['stateToCompany', 'companyToState']),
      /** What the flow is. */
      kind: () =>
        z.enum([
          'transfer',
          'loan',
          'guarantee',
          'equity',
          'dividend',
          'retainedEarnings',
          'quasiFiscal',
          'other',
        ]),
      /** The state body paying or receiving, when it is an organization of the dataset. */
      counterpartyId: () => PartyIdSchema.optional(),
      /** What the money is for, as published. */
      purpose: () => z.string().min(1).max(2000).optional(),
      /** The terms of a loan or guarantee as published (rate, tenor, collateral). */
      terms: () => z.string().min(1).max(2000).optional(),
      /** The amount, for a period, with its sources. */
      amount: ReportedAmountSchema,
    }),
  ),
);

/**
 * A financial flow between the state and a company (see {@link StateFinancialFlowSchema}).
 *
 * @example
 * ```ts
 * declare const flow: StateFinancialFlow;
 * flow.direction;
 * ```
 *
 * @category Model
 */
export interface StateFinancialFlow {
  /** The id other records cite. */
  readonly id: string;
  /** The company. */
  readonly companyId: CompanyId;
  /** Who pays: the state, or the company. */
  readonly direction: 'stateToCompany' | 'companyToState';
  /** What the flow is. */
  readonly kind: StateFlowKind;
  /** The state body paying or receiving, when it is an organization of the dataset. */
  readonly counterpartyId?: PartyId | undefined;
  /** What the money is for, as published. */
  readonly purpose?: string | undefined;
  /** The terms of a loan or guarantee as published (rate, tenor, collateral). */
  readonly terms?: string | undefined;
  /** The amount, for a period, with its sources. */
  readonly amount: ReportedAmount;
}
