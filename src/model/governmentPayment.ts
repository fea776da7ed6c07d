import * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  IdSchema,
  type SiteId,
  SiteIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { GFS_CODE_PATTERN } from './gfsRevenueClassification.js';
import { type PartyId, PartyIdSchema } from './partyId.js';
import { type ReportedAmount, ReportedAmountSchema } from './reportedAmount.js';

/**
 * The level of government receiving a payment (EITI 4.1 and 4.6): `'national'`,
 * `'subnational'` or `'notStated'`.
 *
 * @example
 * ```ts
 * const level: GovernmentLevel = 'subnational';
 * ```
 *
 * @category Model
 */
export type GovernmentLevel = 'national' | 'subnational' | 'notStated';

/**
 * A payment by a company to a government, one revenue stream for one period, as EITI
 * Requirement 4.1 and GRI 207-4 disclose it.
 *
 * @remarks
 * `stream` is the revenue stream as published (corporate income tax, royalty, dividend to the
 * state, bonus, licence fee, "payments to the state budget"); `gfsCode` its classification in
 * the IMF GFS codes of the EITI Summary Data Template, when known (a GFSM 2014 code such as
 * `1112`, or an EITI extension such as `1112E1`). The receiving entity is `recipientId` (an
 * organization of the dataset) or, when the government entity is not recorded as one,
 * `recipientName`; `level` is national or subnational. `form` is cash or in kind (EITI 4.2).
 * `amount` is a {@link ReportedAmount}: exact or bounded, for a period, with its sources; a
 * cumulative amount ("paid since 2016") is never split into years. `siteId` and `project` are
 * set where the source reports the payment by project (EITI 4.7); `country` is the country of
 * the receiving government (GRI 207-4).
 *
 * @example
 * ```ts
 * GovernmentPaymentSchema.parse({
 *   id: 'pay-2021-taxes',
 *   companyId: 'azergold',
 *   stream: 'Taxes',
 *   country: 'AZ',
 *   level: 'national',
 *   form: 'cash',
 *   amount: { basis: 'spent', period: { start: '2021' }, value: { amountMinor: 2970000000, currency: 'AZN' }, sourceIds: ['src-today-215318'] },
 * }).stream;
 * //=> 'Taxes'
 * ```
 *
 * @category Model
 */
export const GovernmentPaymentSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: IdSchema,
      /** The paying company. */
      companyId: CompanyIdSchema,
      /** The revenue stream as published, e.g. `'Royalties'`. */
      stream: () => z.string().min(1).max(500),
      /** The GFS classification code of the stream (GFSM 2014, or its EITI extension). */
      gfsCode: () =>
        z
          .string()
          .regex(GFS_CODE_PATTERN, 'Expected a GFS revenue code such as 1112 or 1112E1.')
          .optional(),
      /** The receiving government entity, when it is an organization of the dataset. */
      recipientId: () => PartyIdSchema.optional(),
      /** The receiving government entity's name, when it is not recorded as an organization. */
      recipientName: () => z.string().min(1).max(500).optional(),
      /** The ISO 3166-1 alpha-2 code of the receiving government's country. */
      country: () =>
        z
          .string()
          .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code, e.g. AZ.')
          .optional(),
      /** National or subnational government. */
      level: () => z.enum(['national', 'subnational', 'notStated']),
      /** Cash or in kind. */
      form: () => z.enum(['cash', 'inKind', 'notStated']),
      /** The amount, for a period, with its sources. */
      amount: ReportedAmountSchema,
      /** The site the payment is reported for (EITI project-level reporting). */
      siteId: () => SiteIdSchema.optional(),
      /** The project the payment is reported for, as published. */
      project: () => z.string().min(1).max(500).optional(),
    }),
  ),
);

/**
 * A payment by a company to a government, one revenue stream for one period (see
 * {@link GovernmentPaymentSchema}).
 *
 * @example
 * ```ts
 * declare const payment: GovernmentPayment;
 * payment.amount.value;
 * ```
 *
 * @category Model
 */
export interface GovernmentPayment {
  /** The id other records cite. */
  readonly id: string;
  /** The paying company. */
  readonly companyId: CompanyId;
  /** The revenue stream as published, e.g. `'Royalties'`. */
  readonly stream: string;
  /** The GFS classification code of the stream (GFSM 2014, or its EITI extension). */
  readonly gfsCode?: string | undefined;
  /** The receiving government entity, when it is an organization of the dataset. */
  readonly recipientId?: PartyId | undefined;
  /** The receiving government entity's name, when it is not recorded as an organization. */
  readonly recipientName?: string | undefined;
  /** The ISO 3166-1 alpha-2 code of the receiving government's country. */
  readonly country?: string | undefined;
  /** National or subnational government. */
  readonly level: GovernmentLevel;
  /** Cash or in kind. */
  readonly form: 'cash' | 'inKind' | 'notStated';
  /** The amount, for a period, with its sources. */
  readonly amount: ReportedAmount;
  /** The site the payment is reported for (EITI project-level reporting). */
  readonly siteId?: SiteId | undefined;
  /** The project the payment is reported for, as published. */
  readonly project?: string | undefined;
}
