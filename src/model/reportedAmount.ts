import * as z from 'zod';
import type { CalendarDate } from '../core/calendarDate.js';
import { type CurrencyCode, CurrencyCodeSchema } from '../core/currencies.js';
import { type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type Money, MoneySchema } from '../core/money.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { type PartialDate, PartialDateSchema, partialDateRange } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';
import { type PartyId, PartyIdSchema } from './partyId.js';

/**
 * Bounds on an amount of money, in integer minor units of one currency, with the published
 * phrase.
 *
 * @remarks
 * The money form of {@link Bounds}: "over USD 1 million" is
 * `{ min: 100000001, currency: 'USD', phrase: 'over USD 1 million' }` (USD 1,000,000.00 is
 * 100,000,000 cents, and more than it is at least one cent more); "up to KGS 50 million" is
 * `{ max: 5000000000, currency: 'KGS', phrase: 'up to 50 million soms' }`. At least one of `min`
 * and `max`, both non-negative safe integers, `min <= max`. A bound stays a bound: no central
 * figure is ever made of it.
 *
 * @example
 * ```ts
 * MoneyBoundsSchema.parse({ min: 100000001, currency: 'USD', phrase: 'over USD 1 million' }).min;
 * //=> 100000001
 * MoneyBoundsSchema.safeParse({ currency: 'USD' }).success;
 * //=> false
 * ```
 *
 * @category Money
 */
export const MoneyBoundsSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The smallest amount the statement allows, in minor units; absent when unbounded below. */
        min: () => z.int().nonnegative().optional(),
        /** The largest amount the statement allows, in minor units; absent when unbounded above. */
        max: () => z.int().nonnegative().optional(),
        /** The ISO 4217 currency code of both bounds. */
        currency: CurrencyCodeSchema,
        /** The words the amount was published in, e.g. `'over USD 1 million'`. */
        phrase: () => z.string().min(1).max(500).optional(),
      }),
    )
    .refine((b) => b.min !== undefined || b.max !== undefined, {
      message: 'Bounds need a min, a max or both.',
      params: { code: 'bounds.empty' },
    })
    .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
      message: 'The lower bound is above the upper bound.',
      path: ['max'],
      params: { code: 'bounds.min_above_max' },
    })
    .meta({
      anyOf: [{ required: ['min'] }, { required: ['max'] }],
      [ORDERED_KEYWORD]: ['min', 'max'],
    }),
);

/**
 * Bounds on an amount of money in integer minor units, with the published phrase (see
 * `MoneyBoundsSchema`).
 *
 * @remarks
 * "Over USD 1 million" is `{ min: 100000001, currency: 'USD', phrase: 'over USD 1 million' }`.
 * Indicators that add such an amount give bounds, never a central figure.
 *
 * @example
 * ```ts
 * const overOneMillion: MoneyBounds = { min: 100000001, currency: 'USD', phrase: 'over USD 1 million' };
 * ```
 *
 * @category Money
 */
export interface MoneyBounds {
  /** The smallest amount the statement allows, in minor units; absent when unbounded below. */
  readonly min?: number | undefined;
  /** The largest amount the statement allows, in minor units; absent when unbounded above. */
  readonly max?: number | undefined;
  /** The ISO 4217 currency code of both bounds. */
  readonly currency: CurrencyCode;
  /** The words the amount was published in, e.g. `'over USD 1 million'`. */
  readonly phrase?: string | undefined;
}

/**
 * An amount as published: exact ({@link Money}) or bounded ({@link MoneyBounds}).
 *
 * @example
 * ```ts
 * ReportedMoneySchema.parse({ amountMinor: 78100000, currency: 'USD' });
 * //=> { amountMinor: 78100000, currency: 'USD' }
 * ```
 *
 * @category Money
 */
export const ReportedMoneySchema = pure(() => z.union([MoneySchema, MoneyBoundsSchema]));

/**
 * An amount as published: exact ({@link Money}) or bounded ({@link MoneyBounds}).
 *
 * @example
 * ```ts
 * const exact: ReportedMoney = { amountMinor: 78100000, currency: 'USD' }; // USD 781,000.00
 * ```
 *
 * @category Money
 */
export type ReportedMoney = Money | MoneyBounds;

/**
 * Tells whether a published amount is bounded rather than exact.
 *
 * @param money - The amount.
 * @returns `true` for {@link MoneyBounds}.
 *
 * @example
 * ```ts
 * isMoneyBounds({ min: 100000001, currency: 'USD' });
 * //=> true
 * isMoneyBounds({ amountMinor: 100, currency: 'USD' });
 * //=> false
 * ```
 *
 * @internal
 */
export function isMoneyBounds(money: Readonly<ReportedMoney>): money is MoneyBounds {
  return !('amountMinor' in money);
}

/**
 * The period an amount is reported for: from `start` to `end`, each as precise as the source
 * (a year, a month or a day).
 *
 * @remarks
 * Unlike a program's `Period`, a reported period is never open-ended: without `end` it is the
 * `start` alone ("USD 781,000 in 2009" is `{ start: '2009' }`, every day of 2009); "over
 * 2009-2013" is `{ start: '2009', end: '2013' }`, 2009-01-01 to 2013-12-31. `end` is not before
 * `start`, compared as written (`'2009' <= '2013'`, `'2009' <= '2009-06'`), so the JSON Schema
 * states the same order (`x-ordered`).
 *
 * @example
 * ```ts
 * ReportedPeriodSchema.parse({ start: '2009', end: '2013' });
 * //=> { start: '2009', end: '2013' }
 * ReportedPeriodSchema.safeParse({ start: '2013', end: '2009' }).success;
 * //=> false
 * ```
 *
 * @category Money
 */
export const ReportedPeriodSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The first year, month or day of the period. */
        start: PartialDateSchema,
        /** The last year, month or day; absent when the period is `start` alone. */
        end: () => PartialDateSchema.optional(),
      }),
    )
    .refine((period) => period.end === undefined || period.start <= period.end, {
      message: 'The period ends before it starts.',
      path: ['end'],
      params: { code: 'period.end_before_start' },
      when: whenFieldsValid('start', 'end'),
    })
    .meta({ [ORDERED_KEYWORD]: ['start', 'end'] }),
);

/**
 * The period an amount is reported for (see `ReportedPeriodSchema`): never open-ended;
 * without `end`, the `start` alone.
 *
 * @example
 * ```ts
 * const overFiveYears: ReportedPeriod = { start: '2009', end: '2013' };
 * ```
 *
 * @category Money
 */
export interface ReportedPeriod {
  /** The first year, month or day of the period. */
  readonly start: PartialDate;
  /** The last year, month or day; absent when the period is `start` alone. */
  readonly end?: PartialDate | undefined;
}

/** The fields every reported amount has, whatever its basis, for `lazyShape`: each built on first read. */
const commonFields = () => ({
  /** The amount as published, exact or bounded, in minor units. */
  value: ReportedMoneySchema,
  /** The publisher's own amounts in other currencies ("50 million soms or US$ 1.6 million"). */
  equivalents: () => z.array(ReportedMoneySchema).optional(),
  /** The words the amount was published in. */
  phrase: () => z.string().min(1).max(500).optional(),
  /** What the money went to, in a few words. */
  description: () => z.string().min(1).max(2000).optional(),
  /** The party receiving the money (EITI 6.1 beneficiary), when published. */
  recipientId: () => PartyIdSchema.optional(),
  /** The sources of the figure. */
  sourceIds: () => z.array(SourceIdSchema),
});

/**
 * An amount reported for a period rather than as a dated flow: spent, budgeted or committed
 * over the period, or a cumulative total "since start, as of" a day.
 *
 * @remarks
 * Companies publish period totals ("USD 781,000 in 2009", "USD 12.388 million over 2009-2013"),
 * budgets ("a budget of 50 million soms or US$ 1.6 million") and running totals ("USD 27.6
 * million to the development fund to date"); none names a day, and none may be given one. The
 * `basis` says what the figure is:
 *
 * - `spent`: actually spent (disbursed or expended) over `period`;
 * - `budgeted`: planned for `period`; never spending;
 * - `committed`: promised or decided for `period`; never spending;
 * - `cumulative`: everything spent from `period.start` to `asOf` (required for this basis only;
 *   the period then has no `end`). Never split into years.
 *
 * `value` is exact ({@link Money}) or bounded ({@link MoneyBounds}); `equivalents` are the
 * publisher's own figures in other currencies, which a conversion uses before any exchange-rate
 * table. How indicators combine reported amounts with a program's dated flows without counting
 * money twice is described in the community investment guide. The schema discriminates on
 * `basis`: a cumulative amount must have `asOf`, the others must not.
 *
 * @example
 * ```ts
 * ReportedAmountSchema.parse({
 *   period: { start: '2009', end: '2013' },
 *   value: { amountMinor: 1238800000, currency: 'USD' },
 *   basis: 'spent',
 *   phrase: 'USD 12.388 million over 2009-2013',
 *   sourceIds: ['src-report-2013'],
 * }).basis;
 * //=> 'spent'
 * ReportedAmountSchema.safeParse({
 *   period: { start: '2009' },
 *   value: { amountMinor: 2760000000, currency: 'USD' },
 *   basis: 'cumulative',
 *   sourceIds: [],
 * }).success; // a cumulative amount needs asOf
 * //=> false
 * ```
 *
 * @category Model
 */
export const ReportedAmountSchema = pure(() =>
  z.discriminatedUnion('basis', [
    z.strictObject(
      lazyShape({
        /** Spent, budgeted or committed over the period. */
        basis: () => z.enum(['spent', 'budgeted', 'committed']),
        /** The period the amount covers; never open-ended. */
        period: ReportedPeriodSchema,
        ...commonFields(),
      }),
    ),
    z.strictObject(
      lazyShape({
        /** Everything spent from `period.start` to `asOf`. */
        basis: () => z.literal('cumulative'),
        /** The start of the count ("since 2009"; for "to date", the start of the program). */
        period: () =>
          z.strictObject({
            /** The first year, month or day counted. */
            start: PartialDateSchema,
          }),
        /** The day (or month, or year) the total stands at. */
        asOf: PartialDateSchema,
        ...commonFields(),
      }),
    ),
  ]),
);

/**
 * What a reported amount is: `'spent'`, `'budgeted'`, `'committed'` or `'cumulative'` (since
 * the start, as of a day).
 *
 * @example
 * ```ts
 * const basis: ReportedAmountBasis = 'budgeted';
 * ```
 *
 * @category Model
 */
export type ReportedAmountBasis = 'spent' | 'budgeted' | 'committed' | 'cumulative';

/**
 * The fields every {@link ReportedAmount} has, whatever its basis.
 *
 * @category Model
 */
export interface ReportedAmountFields {
  /** The amount as published, exact or bounded, in minor units. */
  readonly value: ReportedMoney;
  /** The publisher's own amounts in other currencies ("50 million soms or US$ 1.6 million"). */
  readonly equivalents?: readonly ReportedMoney[] | undefined;
  /** The words the amount was published in. */
  readonly phrase?: string | undefined;
  /** What the money went to, in a few words. */
  readonly description?: string | undefined;
  /** The party receiving the money (EITI 6.1 beneficiary), when published. */
  readonly recipientId?: PartyId | undefined;
  /** The sources of the figure. */
  readonly sourceIds: readonly SourceId[];
}

/**
 * An amount spent, budgeted or committed over a period (see {@link ReportedAmountSchema}).
 *
 * @example
 * ```ts
 * const in2009: PeriodAmount = { basis: 'spent', period: { start: '2009' }, value: { amountMinor: 78100000, currency: 'USD' }, phrase: 'USD 781,000 in 2009', sourceIds: [] };
 * ```
 *
 * @category Model
 */
export interface PeriodAmount extends ReportedAmountFields {
  /** Spent, budgeted or committed over the period. */
  readonly basis: 'spent' | 'budgeted' | 'committed';
  /** The period the amount covers; never open-ended. */
  readonly period: ReportedPeriod;
}

/**
 * A cumulative amount: everything spent from `period.start` to `asOf` (see
 * {@link ReportedAmountSchema}).
 *
 * @example
 * ```ts
 * const toDate: CumulativeAmount = { basis: 'cumulative', period: { start: '2009' }, asOf: '2014-04', value: { amountMinor: 2760000000, currency: 'USD' }, phrase: 'USD 27.6 million to the development fund to date', sourceIds: [] };
 * ```
 *
 * @category Model
 */
export interface CumulativeAmount extends ReportedAmountFields {
  /** Everything spent from `period.start` to `asOf`. */
  readonly basis: 'cumulative';
  /** The start of the count ("since 2009"; for "to date", the start of the program). */
  readonly period: {
    /** The first year, month or day counted. */
    readonly start: PartialDate;
  };
  /** The day (or month, or year) the total stands at. */
  readonly asOf: PartialDate;
}

/**
 * An amount reported for a period rather than as a dated flow (see
 * {@link ReportedAmountSchema}): a {@link PeriodAmount} (spent, budgeted or committed) or a
 * {@link CumulativeAmount}.
 *
 * @example
 * ```ts
 * declare const amount: ReportedAmount;
 * if (amount.basis === 'cumulative') amount.asOf;
 * ```
 *
 * @category Model
 */
export type ReportedAmount = PeriodAmount | CumulativeAmount;

/**
 * The calendar days a reported amount covers, first and last.
 *
 * @remarks
 * From the first day of `period.start` to the last day of `period.end` (or of `period.start`
 * when there is no end); for a cumulative amount, to the last day of `asOf`. A year is the whole
 * year: "in 2009" covers 2009-01-01 to 2009-12-31.
 *
 * @param amount - The reported amount.
 * @returns `{ start, end }`, calendar days.
 * @throws {@link ImpactError} `INVALID_DATE` when a date is not a {@link PartialDate}.
 *
 * @example
 * ```ts
 * reportedAmountDays({ basis: 'spent', period: { start: '2009', end: '2013' }, value: { amountMinor: 1, currency: 'USD' }, sourceIds: [] });
 * //=> { start: '2009-01-01', end: '2013-12-31' }
 * reportedAmountDays({ basis: 'cumulative', period: { start: '2009' }, asOf: '2014-04', value: { amountMinor: 1, currency: 'USD' }, sourceIds: [] });
 * //=> { start: '2009-01-01', end: '2014-04-30' }
 * ```
 *
 * @internal
 */
export function reportedAmountDays(amount: Readonly<ReportedAmount>): {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
} {
  const last =
    amount.basis === 'cumulative' ? amount.asOf : (amount.period.end ?? amount.period.start);
  return { start: partialDateRange(amount.period.start).start, end: partialDateRange(last).end };
}
