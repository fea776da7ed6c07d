import { assertPeriod } from '../../core/assertPeriod.js';
import type { CurrencyCode } from '../../core/currencies.js';
import { type FxConversion, fxConverter } from '../../core/fxConverter.js';
import type { FxRate } from '../../core/fxRate.js';
import type { FxTable } from '../../core/fxTable.js';
import type { ProgramId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import { sortedTotals } from '../../core/moneyTotals.js';
import type { Period } from '../../core/period.js';
import type { MoneyBounds } from '../../model/reportedAmount.js';
import { type SocialProgram, SocialProgramSchema } from '../../model/socialProgram.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, DetailedResult } from '../contract/indicatorResult.js';
import { moneyRowValue } from '../internal/moneyValue.js';
import { parseEach } from '../internal/parseEach.js';
import { byPlaceKey } from '../internal/placeOf.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { boundedMoneyValue, sortedBoundedTotals } from './internal/boundedMoney.js';
import { investmentNotes } from './internal/investmentNotes.js';
import {
  INVESTMENT_DIMENSIONS,
  type InvestmentCell,
  type InvestmentSettings,
  type InvestmentTally,
  tallyInvestment,
} from './internal/investmentTally.js';
import { periodDefinition } from './internal/periodDefinition.js';
import { hasMoney, NO_SPEND } from './internal/programAbsences.js';
import { byProgramThenIndex } from './internal/sortUses.js';
import type { EquivalentUsed, ReportedAmountUse, SupersededFlow } from './reportedAmountUse.js';

const entry = {
  id: 'community.communityInvestment',
  title: 'Community investment',
  unit: 'money',
  formula:
    'Σ disbursements and expenditures dated within the period and spent amounts reported for a period inside it (a reported amount supersedes the flows of its program within its own period; amounts across an end of the period, budgets, commitments and cumulative totals reported apart, never prorated), per currency, or each converted with the publisher’s own equivalent in the table’s currency, else at the latest explicit rate dated on or before it (a reported amount: its last day); bounded amounts make the total bounds; voluntary contributions count (and programs whose obligation is not stated, noted); mandatory programs (law, contract: EITI 6.1 mandatory social expenditure), regranted money and programs whose primary purpose is the business (GRI 203-1 infrastructure) reported apart, not counted; each amount split across the program locations by their percentages (equal parts without) with largest-remainder allocation, then by economic region and district (locations above district level: district unknown); also by primary category, year (or span of years), form and obligation',
  standards: ['GRI 201-1', 'GRI 203-1', 'ICMM SER'],
  family: 'community',
  functionName: 'communityInvestment',
  results: 'one',
  dimensions: ['category', 'economicRegion', 'district', 'year', 'form', 'obligation', 'apart'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link communityInvestment}.
 *
 * @category Community indicators
 */
export interface CommunityInvestmentOptions {
  /** The reporting period: flows dated within it count (both ends included; open-ended allowed). */
  readonly period: Readonly<Period>;
  /** The gazetteer that places each program location in its economic region and district. */
  readonly gazetteer: Gazetteer;
  /**
   * An explicit exchange-rate table: every amount is converted into `fx.currency` with the rate
   * dated on or before its flow (see {@link FxTableSchema}). Without it, totals are per currency.
   */
  readonly fx?: Readonly<FxTable> | undefined;
  /** Whether money passed on to another grant-maker (`regrant`) counts; default `false`. */
  readonly includeRegrants?: boolean | undefined;
  /** Whether programs whose primary purpose is `business` count; default `false` (GRI 201-1). */
  readonly includeBusinessPurpose?: boolean | undefined;
  /**
   * Whether programs the company had to carry out (`obligation: 'mandatory'`: law or contract)
   * count; default `false`: community investment is voluntary (GRI 201-1), and mandatory social
   * payments are EITI 6.1 mandatory social expenditure, reported apart.
   */
  readonly includeMandatory?: boolean | undefined;
}

/**
 * The dimensions of the community investment breakdown (the key names of its rows).
 *
 * @remarks
 * `category` (the program category), `economicRegion` and `district` (where the money went, split
 * between the program's locations), `year` (of the flow's date), `form` (`cash`, `inKind`, or
 * `mixed` when a mixed program does not say) and `obligation` (`voluntary`, `notStated`, and
 * `mandatory` only with `includeMandatory`). The rows of money reported apart are keyed `apart`
 * (`regranted`, `businessPurpose`, `mandatory`).
 *
 * @category Community indicators
 */
export type CommunityInvestmentDimension =
  | 'category'
  | 'economicRegion'
  | 'district'
  | 'year'
  | 'form'
  | 'obligation';

/**
 * The programs behind one breakdown row of {@link communityInvestment}.
 *
 * @category Community indicators
 */
export interface CommunityInvestmentRowPrograms {
  /** The keys of the breakdown row, e.g. `{ district: 'AZ-DAS' }`. */
  readonly keys: RowKeys;
  /** The programs with money in the row, sorted. */
  readonly programIds: readonly ProgramId[];
}

/**
 * The detail of {@link communityInvestment}: the investment split into what counts and what is
 * reported apart.
 *
 * @example
 * ```ts
 * declare const investment: DetailedResult<CommunityInvestmentDetail>;
 * investment.detail.regranted; // money passed on to other grant-makers, apart from the total
 * ```
 *
 * @category Community indicators
 */
export interface CommunityInvestmentDetail {
  /** The community investment, one amount per currency (one only with an exchange-rate table). */
  readonly total: readonly Money[];
  /** Regranted money in the period, reported apart (part of `total` only with `includeRegrants`). */
  readonly regranted: readonly Money[];
  /**
   * Money of programs whose primary purpose is the business, reported apart (part of `total` only
   * with `includeBusinessPurpose`).
   */
  readonly businessPurpose: readonly Money[];
  /**
   * Money of mandatory programs (law, contract: EITI 6.1 mandatory social expenditure), reported
   * apart (part of `total` only with `includeMandatory`).
   */
  readonly mandatory: readonly Money[];
  /** The programs with money in `total`, sorted. */
  readonly programIds: readonly ProgramId[];
  /** The exchange rates used, sorted by currency then date; empty without a table. */
  readonly ratesUsed: readonly FxRate[];
  /** The programs of each breakdown row of the six dimensions, in the order of the rows. */
  readonly rowPrograms: readonly CommunityInvestmentRowPrograms[];
  /**
   * The sums of the bounded amounts counted, one per currency (converted with a table): part of
   * the headline's bounds, not of `total` or the rows.
   */
  readonly bounded: readonly MoneyBounds[];
  /** The reported amounts that concern the period and how each is used, by program. */
  readonly reportedAmounts: readonly ReportedAmountUse[];
  /** The flows left out because a counted reported amount of their program holds them. */
  readonly supersededFlows: readonly SupersededFlow[];
  /** The amounts converted with the publisher's own equivalent rather than a rate. */
  readonly equivalentsUsed: readonly EquivalentUsed[];
}

/** The identity conversion, used without an exchange-rate table. */
function unconverted(money: Readonly<Money>): FxConversion {
  return { money: { amountMinor: money.amountMinor, currency: money.currency }, rate: null };
}

function rateDefinition(rate: Readonly<FxRate>): DefinitionValue {
  return {
    from: rate.from,
    to: rate.to,
    rate: rate.rate,
    date: rate.date,
    sourceId: rate.sourceId ?? null,
  };
}

/** The rows of the six dimensions, with the programs of each row. */
function dimensionRows(
  tally: InvestmentTally,
  currency: CurrencyCode | undefined,
): { rows: BreakdownRow[]; rowPrograms: CommunityInvestmentRowPrograms[] } {
  const rows: BreakdownRow[] = [];
  const rowPrograms: CommunityInvestmentRowPrograms[] = [];
  for (const dimension of INVESTMENT_DIMENSIONS) {
    const cells = tally.cells.get(dimension) as Map<string, InvestmentCell>;
    for (const key of [...cells.keys()].sort(byPlaceKey)) {
      const cell = cells.get(key) as InvestmentCell;
      const money = sortedTotals(cell.money);
      const programIds = [...cell.programIds].sort();
      const keys = { [dimension]: key };
      rows.push({
        keys,
        label: cell.label,
        ...moneyRowValue(money, currency),
        count: programIds.length,
        money,
      });
      rowPrograms.push({ keys, programIds });
    }
  }
  return { rows, rowPrograms };
}

/** The money reported apart, by kind. */
interface ApartMoney {
  readonly regranted: readonly Money[];
  readonly businessPurpose: readonly Money[];
  readonly mandatory: readonly Money[];
}

/** The rows of the money reported apart: regranted, business purpose, then mandatory. */
function apartRows(
  apart: ApartMoney,
  options: Readonly<CommunityInvestmentOptions>,
): BreakdownRow[] {
  const currency = options.fx?.currency;
  const kinds = [
    ['regranted', 'Regranted', options.includeRegrants],
    [
      'businessPurpose',
      'Business purpose, GRI 203-1 infrastructure investments and services supported',
      options.includeBusinessPurpose,
    ],
    ['mandatory', 'Mandatory social expenditure, EITI 6.1', options.includeMandatory],
  ] as const;
  const rows: BreakdownRow[] = [];
  for (const [key, label, included] of kinds) {
    const money = apart[key];
    if (money.length === 0) continue;
    rows.push({
      keys: { apart: key },
      label: `${label} (${included === true ? 'included' : 'excluded'})`,
      ...moneyRowValue(money, currency),
      money,
    });
  }
  return rows;
}

function definitionsOf(
  options: Readonly<CommunityInvestmentOptions>,
  rates: readonly FxRate[],
): { readonly [name: string]: DefinitionValue } {
  return {
    period: periodDefinition(options.period),
    currency: options.fx?.currency ?? null,
    exchangeRateRule:
      options.fx === undefined
        ? null
        : 'the publisher’s own equivalent in the currency when stated; else each flow at the latest rate to the currency dated on or before the flow, a reported amount at the latest rate dated on or before its last day',
    reportedAmounts:
      'a spent amount for a period inside the report period counts and supersedes the flows of its program within its own period; across an end of the report period it is reported apart, never prorated; budgets, commitments and cumulative totals are reported apart',
    ratesUsed: rates.map(rateDefinition),
    includeRegrants: options.includeRegrants === true,
    includeBusinessPurpose: options.includeBusinessPurpose === true,
    includeMandatory: options.includeMandatory === true,
    communityInvestment:
      options.includeMandatory === true
        ? 'voluntary contributions, programs whose obligation is not stated, and (on request) mandatory social payments required by law or contract'
        : 'voluntary contributions and programs whose obligation is not stated (GRI 201-1); mandatory social payments required by law or contract are reported apart (EITI 6.1)',
    businessPurpose:
      'programs whose primary purpose is the business (such as a road to a mine) are infrastructure investments and services supported (GRI 203-1), reported apart, not community investment (GRI 201-1)',
    allocation:
      'largest remainder by location percentage in basis points; equal parts without percentages',
  };
}

/** Builds the result from the tally. */
function investmentResult(
  tally: InvestmentTally,
  options: Readonly<CommunityInvestmentOptions>,
): DetailedResult<CommunityInvestmentDetail> {
  const currency = options.fx?.currency;
  const total = sortedTotals(tally.total);
  const regranted = sortedTotals(tally.regranted);
  const businessPurpose = sortedTotals(tally.businessPurpose);
  const mandatory = sortedTotals(tally.mandatory);
  // Keyed `<from>|<date>`, unique: sorting the keys sorts by currency, then date.
  const ratesUsed = [...tally.ratesUsed.keys()]
    .sort()
    .map((key) => tally.ratesUsed.get(key) as FxRate);
  const { rows, rowPrograms } = dimensionRows(tally, currency);
  const bounded = sortedBoundedTotals(tally.bounded);
  const reportedAmounts = [...tally.uses].sort(byProgramThenIndex);
  const supersededFlows = [...tally.superseded].sort(byProgramThenIndex);
  const equivalentsUsed = [...tally.equivalentsUsed].sort(byProgramThenValue);
  return resultFrom(entry, {
    ...boundedMoneyValue(total, bounded, currency),
    money: total,
    breakdown: [...rows, ...apartRows({ regranted, businessPurpose, mandatory }, options)],
    definitions: definitionsOf(options, ratesUsed),
    sourceIds: uniqueSourceIds([...tally.sourceLists, ratesUsed.flatMap((r) => r.sourceId ?? [])]),
    notes: investmentNotes(tally, {
      currencies: new Set([...total, ...bounded].map((m) => m.currency)).size,
      fx: currency ?? null,
      includeRegrants: options.includeRegrants === true,
      includeBusinessPurpose: options.includeBusinessPurpose === true,
      includeMandatory: options.includeMandatory === true,
      reportedAmounts,
      supersededFlows,
      equivalentsUsed,
      bounded,
    }),
    detail: {
      total,
      regranted,
      businessPurpose,
      mandatory,
      programIds: [...tally.programIds].sort(),
      ratesUsed,
      rowPrograms,
      bounded,
      reportedAmounts,
      supersededFlows,
      equivalentsUsed,
    },
  });
}

/** By program, then by the text of the amounts: an order that does not depend on the input's. */
function byProgramThenValue(a: EquivalentUsed, b: EquivalentUsed): number {
  if (a.programId !== b.programId) return a.programId < b.programId ? -1 : 1;
  const [x, y] = [JSON.stringify([a.value, a.equivalent]), JSON.stringify([b.value, b.equivalent])];
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Totals a company's community investment in a period (GRI 201-1 a.ii, GRI 203-1, ICMM), by
 * category, economic region, district, year, form and obligation, without mixing currencies.
 *
 * @remarks
 * **What counts.** Disbursements and expenditures dated within `period` (both ends included;
 * an open-ended period has no end); commitments never count (GRI 201-1 counts actual spending,
 * not promises). In-kind flows count at their deemed value. Community investment is voluntary
 * (GRI 201-1 a.ii): programs the company had to carry out (`obligation: 'mandatory'`, by law or
 * contract) are EITI 6.1 mandatory social expenditure, left out by default and reported apart
 * (`detail.mandatory`, a row keyed `{ apart: 'mandatory' }`; `includeMandatory` counts them);
 * programs whose obligation is `notStated` count, and a note names them. Regranted money (`regrant: true`,
 * passed on to another grant-maker) is left out by default and reported apart (`detail.regranted`
 * and a row keyed `{ apart: 'regranted' }`), so that it is not counted twice; programs whose
 * `primaryPurpose` is `business` (infrastructure or spending driven by the company's own
 * operations) are left out by default, as GRI 201-1 requires, and reported apart
 * (`detail.businessPurpose`, a row keyed `{ apart: 'businessPurpose' }`) as the figure for GRI
 * 203-1 (infrastructure investments and services supported). A program can be in more than one
 * of the amounts apart (a mandatory road to the mine is in both).
 *
 * **Reported amounts.** A `spent` amount reported for a period inside `period` counts and
 * supersedes the program's flows dated within its own period (`detail.supersededFlows`); of
 * nested amounts the widest counts, overlapping ones count neither. A `spent` amount across an end
 * of `period` is not counted and never prorated; `budgeted` and `committed` amounts never count;
 * a `cumulative` total is reported apart "since start, as of" its day. Each is listed in
 * `detail.reportedAmounts` with its status and named in a note. An amount over several years has
 * the year key `first/last` (`'2009/2013'`), never split. Amounts published as bounds make the
 * headline bounds (`detail.bounded`); they are not in `total` or the rows. Programs count under
 * their primary `category` only; `notStated` obligations and forms have rows of their own.
 *
 * **Currencies.** Unit `money`: `value` is the total in minor units of its one currency
 * (`currency`), and `money` lists the totals per currency. Without `fx` amounts in different
 * currencies are never added: a total in several currencies has `value` `null` with reason
 * `MULTIPLE_CURRENCIES`. With an explicit table `fx = { currency, rates }` each flow is converted
 * on its own, before it is split: with the publisher's own equivalent in `fx.currency` when the
 * amount states one (`detail.equivalentsUsed`, and a note), else with the rate from its currency
 * to `fx.currency` that has the latest date on or before the flow's date, or a reported amount's
 * last day ({@link convertMoney}: exact, rounded half to even); an amount for which the table
 * holds no such rate throws `MISSING_FX_RATE`: nothing is converted implicitly. The rates used are listed in `detail.ratesUsed` and the result's definitions.
 *
 * **Places.** Each flow is split between the program's locations with {@link allocateMoney}
 * (largest remainder): by their percentages in basis points (33.33 % is 3,333), or in equal
 * parts when no location has a percentage; so the parts add up to the flow to the minor unit
 * (100 qəpik over 33.33 / 33.33 / 33.34 % is 33 + 33 + 34). Each part goes to the economic region
 * and the district of its location ({@link economicRegionOf}, {@link districtOf}): a village
 * counts in its district, a first-level city is a district of its own, a location above the
 * district level (an economic region) counts in that region with district `unknown`, and a
 * location the gazetteer does not hold, a country, or a program with no location counts in region
 * `unknown` and district `unknown`. Nothing is dropped: each dimension adds up to the total.
 *
 * **Rows.** Keyed `{ category }`, `{ economicRegion }`, `{ district }`, `{ year }`, `{ form }`,
 * `{ obligation }` (in that order, each sorted with `unknown` last), then the rows apart; each
 * row's value follows the rule of the total, its `count` is the number of programs with money in
 * it (listed in `detail.rowPrograms`).
 *
 * @param programs - The social programs.
 * @param options - The period, the gazetteer, the exchange-rate table and what to include.
 * @returns The total in minor units of its currency; `0` in `fx.currency` when nothing was spent
 * in the period and a table is given, else `null` with `MISSING_DATA`; `null` with
 * `MULTIPLE_CURRENCIES` when the total is in more than one currency; `null` with `BOUNDED` (and
 * `bounds`, `currency`) when amounts published as bounds count. `detail` holds the split.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a program does not match
 * {@link SocialProgramSchema}, its location percentages are partial, have more than two
 * decimals or do not sum to 100 within their rounding (± 0.005 each), the gazetteer is not one, or the exchange-rate table
 * does not match {@link FxTableSchema} or has two different rates for one pair and day;
 * `INVALID_DATE` / `INVALID_PERIOD` for a malformed period; `MISSING_FX_RATE` when a flow has
 * no applicable rate; `UNSAFE_INTEGER` when a total leaves the safe-integer range.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const investment = communityInvestment(
 *   [{
 *     id: 'school', title: 'School', category: 'education', sdgs: [4], status: 'closed',
 *     period: { start: '2024-01-01', end: '2024-12-31' },
 *     locations: [
 *       { locationId: 'AZ-DAS', percentage: 33.33 },
 *       { locationId: 'AZ-GYG', percentage: 33.33 },
 *       { locationId: 'AZ-GOR', percentage: 33.34 },
 *     ],
 *     participants: [], obligation: 'voluntary', form: 'cash', sourceIds: [],
 *     spend: [{ date: '2024-05-01', value: { amountMinor: 100, currency: 'AZN' }, kind: 'expenditure' }],
 *   }],
 *   { period: { start: '2024-01-01', end: '2024-12-31' }, gazetteer: azGazetteer },
 * );
 * [investment.value, investment.currency];
 * //=> [100, 'AZN']
 * investment.breakdown?.filter((row) => 'district' in row.keys).map((row) => [row.keys.district, row.value]);
 * //=> [['AZ-DAS', 33], ['AZ-GOR', 34], ['AZ-GYG', 33]]
 * ```
 *
 * @category Community indicators
 */
export function communityInvestment(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CommunityInvestmentOptions>,
): DetailedResult<CommunityInvestmentDetail> {
  assertPeriod(options.period, 'period');
  assertGazetteer(options.gazetteer);
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const settings: InvestmentSettings = {
    period: options.period,
    gazetteer: options.gazetteer,
    convert: options.fx === undefined ? unconverted : fxConverter(options.fx),
    currency: options.fx?.currency,
    includeRegrants: options.includeRegrants === true,
    includeBusinessPurpose: options.includeBusinessPurpose === true,
    includeMandatory: options.includeMandatory === true,
  };
  return investmentResult(tallyInvestment(list, settings), options);
}

/**
 * The definition of {@link communityInvestment}: on a dataset, the programs' flows within the
 * report's period, converted with the report's exchange-rate table when there is one.
 *
 * @internal
 */
export const communityInvestmentIndicator = defineIndicator({
  entry,
  compute: communityInvestment,
  fromDataset: (context) =>
    !context.data.programs.some(hasMoney)
      ? NO_SPEND
      : [
          communityInvestment(context.data.programs, {
            period: context.period,
            gazetteer: context.gazetteer,
            fx: context.fx,
          }),
        ],
});
