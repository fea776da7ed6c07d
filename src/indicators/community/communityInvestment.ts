import { allocateMoney } from '../../core/allocateMoney.js';
import { checkPeriod } from '../../core/checkPeriod.js';
import { type FxConversion, fxConverter } from '../../core/fxConverter.js';
import type { FxRate } from '../../core/fxRate.js';
import type { FxTable } from '../../core/fxTable.js';
import type { ProgramId, SourceId } from '../../core/ids.js';
import { isWithinPeriod } from '../../core/isWithinPeriod.js';
import type { Money } from '../../core/money.js';
import { addToTotals, sortedTotals } from '../../core/moneyTotals.js';
import type { Period } from '../../core/period.js';
import type { SocialProgram } from '../../model/socialProgram.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, DefinitionValue, IndicatorResult } from '../indicatorResult.js';
import { byPlaceKey, placeOf, UNKNOWN_PLACE } from '../placeOf.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { checkedPrograms } from './checkedPrograms.js';
import { communityInvestmentEntry } from './communityCatalog.js';
import { isInvestmentSpend } from './isInvestmentSpend.js';
import { locationWeights } from './locationWeights.js';

/**
 * Options of {@link communityInvestment}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const options: CommunityInvestmentOptions = {
 *   period: { start: '2024-01-01', end: '2024-12-31' },
 *   gazetteer: azGazetteer,
 *   fx: { currency: 'AZN', rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' }] },
 * };
 * ```
 *
 * @category Indicators
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
  /** Whether programs whose `primaryPurpose` is `business` count; default `false` (GRI 201-1). */
  readonly includeBusinessPurpose?: boolean | undefined;
}

/**
 * The dimensions of the community investment breakdown.
 *
 * @remarks
 * `category` (the program category), `economicRegion` and `district` (where the money went, split
 * between the program's locations), `year` (of the flow's date), `form` (`cash`, `inKind`, or
 * `mixed` when a mixed program does not say) and `obligation` (`voluntary` or `mandatory`).
 *
 * @example
 * ```ts
 * const dimension: CommunityInvestmentDimension = 'district';
 * ```
 *
 * @category Indicators
 */
export type CommunityInvestmentDimension =
  | 'category'
  | 'economicRegion'
  | 'district'
  | 'year'
  | 'form'
  | 'obligation';

/**
 * One row of the community investment breakdown: the money of one key of one dimension.
 *
 * @example
 * ```ts
 * const row: CommunityInvestmentRow = {
 *   dimension: 'district',
 *   key: 'AZ-DAS',
 *   label: 'Daşkəsən',
 *   money: [{ amountMinor: 500000, currency: 'AZN' }],
 *   programIds: [],
 * };
 * ```
 *
 * @category Indicators
 */
export interface CommunityInvestmentRow {
  /** The dimension of the row. */
  readonly dimension: CommunityInvestmentDimension;
  /** The key: a category, a location id or `'unknown'`, a year, a form or an obligation. */
  readonly key: string;
  /** A readable label: the location's name for places, the key otherwise. */
  readonly label: string;
  /** The amounts, one per currency (one only with an exchange-rate table), sorted by code. */
  readonly money: readonly Money[];
  /** The programs with money in the row, sorted. */
  readonly programIds: readonly ProgramId[];
}

/**
 * Community investment in a period (see {@link communityInvestment}).
 *
 * @example
 * ```ts
 * declare const investment: CommunityInvestment;
 * investment.total;
 * investment.rows.filter((row) => row.dimension === 'district');
 * ```
 *
 * @category Indicators
 */
export interface CommunityInvestment {
  /** The community investment, one amount per currency (one only with an exchange-rate table). */
  readonly total: readonly Money[];
  /**
   * The breakdown: for each dimension, in the order category, economic region, district, year,
   * form, obligation, one row per key (sorted, `unknown` last). The rows of each dimension add
   * up to `total`, currency by currency, to the minor unit.
   */
  readonly rows: readonly CommunityInvestmentRow[];
  /** Regranted money in the period, reported apart (part of `total` only with `includeRegrants`). */
  readonly regranted: readonly Money[];
  /**
   * Money of programs whose primary purpose is the business, reported apart (part of `total` only
   * with `includeBusinessPurpose`).
   */
  readonly businessPurpose: readonly Money[];
  /** The programs with money in `total`, sorted. */
  readonly programIds: readonly ProgramId[];
  /** The exchange rates used, sorted by currency then date; empty without a table. */
  readonly ratesUsed: readonly FxRate[];
  /** The same figures as an indicator result. */
  readonly result: IndicatorResult;
}

const DIMENSIONS: readonly CommunityInvestmentDimension[] = [
  'category',
  'economicRegion',
  'district',
  'year',
  'form',
  'obligation',
];

type Cell = {
  readonly label: string;
  readonly money: Map<string, Money>;
  readonly programIds: Set<ProgramId>;
};

function periodJson(period: Readonly<Period>): DefinitionValue {
  return { start: period.start, end: period.end ?? null };
}

function rateJson(rate: Readonly<FxRate>): DefinitionValue {
  return {
    from: rate.from,
    to: rate.to,
    rate: rate.rate,
    date: rate.date,
    sourceId: rate.sourceId ?? null,
  };
}

/**
 * Totals a company's community investment in a period (GRI 201-1 a.ii, GRI 203-1, ICMM), by
 * category, economic region, district, year, form and obligation, without mixing currencies.
 *
 * @remarks
 * **What counts.** Disbursements and expenditures dated within `period` (both ends included;
 * an open-ended period has no end); commitments never count (GRI 201-1 counts actual spending,
 * not promises). In-kind flows count at their deemed value. Regranted money (`regrant: true`,
 * passed on to another grant-maker) is left out by default and reported apart in `regranted`, so
 * that it is not counted twice; programs whose `primaryPurpose` is `business` (infrastructure or
 * spending driven by the company's own operations) are left out by default, as GRI 201-1
 * requires, and reported apart in `businessPurpose`.
 *
 * **Currencies.** Without `fx` every total is kept per currency: amounts in different
 * currencies are never added. With an explicit table `fx = { currency, rates }` each flow is
 * converted on its own, before it is split, with the rate from its currency to `fx.currency`
 * that has the latest date on or before the flow's date ({@link convertMoney}: exact, rounded
 * half to even); a flow for which the table holds no such rate throws `MISSING_FX_RATE`: nothing
 * is converted implicitly. The rates used are listed in `ratesUsed` and the result's
 * definitions.
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
 * @param programs - The social programs.
 * @param options - The period, the gazetteer, the exchange-rate table and what to include.
 * @returns The totals and the breakdown, with `result`: unit `money`, `value` always `null`
 * (the amounts are in `money`), reason `MULTIPLE_CURRENCIES` when the total is in more than one
 * currency; `money` is empty when nothing was spent in the period.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a program does not match
 * {@link SocialProgramSchema}, its location percentages are partial, have more than two
 * decimals or do not sum to 100 (± 0.01), the gazetteer is not one, or the exchange-rate table
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
 * investment.total;
 * //=> [{ amountMinor: 100, currency: 'AZN' }]
 * investment.rows.filter((row) => row.dimension === 'district').map((row) => [row.key, row.money[0]?.amountMinor]);
 * //=> [['AZ-DAS', 33], ['AZ-GOR', 34], ['AZ-GYG', 33]]
 * ```
 *
 * @category Indicators
 */
export function communityInvestment(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CommunityInvestmentOptions>,
): CommunityInvestment {
  const { period, gazetteer } = options;
  checkPeriod(period, 'period');
  checkGazetteer(gazetteer);
  const list = checkedPrograms(programs);
  const includeRegrants = options.includeRegrants === true;
  const includeBusiness = options.includeBusinessPurpose === true;
  const convert =
    options.fx === undefined
      ? (money: Readonly<Money>): FxConversion => ({
          money: { amountMinor: money.amountMinor, currency: money.currency },
          rate: null,
        })
      : fxConverter(options.fx);

  const total = new Map<string, Money>();
  const regranted = new Map<string, Money>();
  const business = new Map<string, Money>();
  const cells = new Map<CommunityInvestmentDimension, Map<string, Cell>>(
    DIMENSIONS.map((dimension) => [dimension, new Map<string, Cell>()]),
  );
  const counted = new Set<ProgramId>();
  const sourceLists: (readonly SourceId[] | undefined)[] = [];
  const ratesUsed = new Map<string, FxRate>();
  const commitments = new Set<ProgramId>();
  const aboveDistrict = new Set<string>();
  const unplaced = new Set<string>();
  const withoutRegion = new Set<string>();
  const withoutLocation = new Set<ProgramId>();
  let mixedForm = false;
  let inKind = false;

  const add = (
    dimension: CommunityInvestmentDimension,
    key: string,
    label: string,
    money: Readonly<Money>,
    programId: ProgramId,
  ): void => {
    const byKey = cells.get(dimension) as Map<string, Cell>;
    const cell = byKey.get(key) ?? { label, money: new Map(), programIds: new Set() };
    addToTotals(cell.money, money);
    cell.programIds.add(programId);
    byKey.set(key, cell);
  };

  for (const program of list) {
    let weights: number[] | undefined;
    for (const spend of program.spend) {
      if (spend.kind === 'commitment') {
        if (isWithinPeriod(spend.date, period)) commitments.add(program.id);
        continue;
      }
      if (!isInvestmentSpend(spend, period)) continue;
      const { money, rate } = convert(spend.value, spend.date);
      if (rate !== null) ratesUsed.set(`${rate.from}|${rate.date}`, rate);
      const isRegrant = program.regrant === true;
      const isBusiness = program.primaryPurpose === 'business';
      if (isRegrant) addToTotals(regranted, money);
      if (isBusiness) addToTotals(business, money);
      if ((isRegrant && !includeRegrants) || (isBusiness && !includeBusiness)) continue;

      if (!counted.has(program.id)) sourceLists.push(program.sourceIds);
      counted.add(program.id);
      sourceLists.push(spend.sourceIds);
      addToTotals(total, money);
      add('category', program.category, program.category, money, program.id);
      const year = spend.date.slice(0, 4);
      add('year', year, year, money, program.id);
      const form = spend.form ?? program.form;
      if (form === 'mixed') mixedForm = true;
      if (form === 'inKind') inKind = true;
      add('form', form, form, money, program.id);
      add('obligation', program.obligation, program.obligation, money, program.id);

      weights ??= locationWeights(program);
      if (weights.length === 0) {
        withoutLocation.add(program.id);
        add('economicRegion', UNKNOWN_PLACE, UNKNOWN_PLACE, money, program.id);
        add('district', UNKNOWN_PLACE, UNKNOWN_PLACE, money, program.id);
        continue;
      }
      const parts = allocateMoney(money, weights);
      program.locations.forEach((location, index) => {
        if (weights?.[index] === 0) return;
        const part = parts[index] as Money;
        const place = placeOf(gazetteer, location.locationId);
        if (!place.known) unplaced.add(location.locationId);
        else {
          if (place.region === undefined) withoutRegion.add(location.locationId);
          if (place.district === undefined) aboveDistrict.add(location.locationId);
        }
        const region = place.region;
        const district = place.district;
        add(
          'economicRegion',
          region?.id ?? UNKNOWN_PLACE,
          region?.name ?? UNKNOWN_PLACE,
          part,
          program.id,
        );
        add(
          'district',
          district?.id ?? UNKNOWN_PLACE,
          district?.name ?? UNKNOWN_PLACE,
          part,
          program.id,
        );
      });
    }
  }

  const rows: CommunityInvestmentRow[] = [];
  for (const dimension of DIMENSIONS) {
    const byKeyCells = cells.get(dimension) as Map<string, Cell>;
    for (const key of [...byKeyCells.keys()].sort(byPlaceKey)) {
      const cell = byKeyCells.get(key) as Cell;
      rows.push({
        dimension,
        key,
        label: cell.label,
        money: sortedTotals(cell.money),
        programIds: [...cell.programIds].sort(),
      });
    }
  }
  const totals = sortedTotals(total);
  const regrantedTotals = sortedTotals(regranted);
  const businessTotals = sortedTotals(business);
  // Keyed `<from>|<date>`, unique: sorting the keys sorts by currency, then date.
  const rates = [...ratesUsed.keys()].sort().map((key) => ratesUsed.get(key) as FxRate);

  const notes = noteList({
    empty: totals.length === 0,
    currencies: totals.length,
    commitments: [...commitments].sort(),
    regranted: regrantedTotals.length > 0 ? includeRegrants : null,
    business: businessTotals.length > 0 ? includeBusiness : null,
    aboveDistrict: [...aboveDistrict].sort(),
    unplaced: [...unplaced].sort(),
    withoutRegion: [...withoutRegion].sort(),
    withoutLocation: [...withoutLocation].sort(),
    mixedForm,
    inKind,
    fx: options.fx?.currency ?? null,
  });
  const apart: BreakdownRow[] = [];
  if (regrantedTotals.length > 0) {
    apart.push({
      dimension: 'apart',
      key: 'regranted',
      label: includeRegrants ? 'Regranted (included)' : 'Regranted (excluded)',
      value: null,
      money: regrantedTotals,
    });
  }
  if (businessTotals.length > 0) {
    apart.push({
      dimension: 'apart',
      key: 'businessPurpose',
      label: includeBusiness ? 'Business purpose (included)' : 'Business purpose (excluded)',
      value: null,
      money: businessTotals,
    });
  }
  const result = resultFrom(communityInvestmentEntry, {
    value: null,
    ...(totals.length > 1 ? { reason: 'MULTIPLE_CURRENCIES' as const } : {}),
    money: totals,
    breakdown: [
      ...rows.map(
        (row): BreakdownRow => ({
          dimension: row.dimension,
          key: row.key,
          label: row.label,
          value: null,
          count: row.programIds.length,
          money: [...row.money],
        }),
      ),
      ...apart,
    ],
    definitions: {
      period: periodJson(period),
      currency: options.fx?.currency ?? null,
      exchangeRateRule:
        options.fx === undefined
          ? null
          : 'each flow at the latest rate to the currency dated on or before the flow',
      ratesUsed: rates.map(rateJson),
      includeRegrants,
      includeBusinessPurpose: includeBusiness,
      allocation:
        'largest remainder by location percentage in basis points; equal parts without percentages',
    },
    sourceIds: uniqueSourceIds([...sourceLists, rates.flatMap((r) => r.sourceId ?? [])]),
    notes,
  });
  return {
    total: totals,
    rows,
    regranted: regrantedTotals,
    businessPurpose: businessTotals,
    programIds: [...counted].sort(),
    ratesUsed: rates,
    result,
  };
}

function noteList(facts: {
  readonly empty: boolean;
  readonly currencies: number;
  readonly commitments: readonly string[];
  readonly regranted: boolean | null;
  readonly business: boolean | null;
  readonly aboveDistrict: readonly string[];
  readonly unplaced: readonly string[];
  readonly withoutRegion: readonly string[];
  readonly withoutLocation: readonly string[];
  readonly mixedForm: boolean;
  readonly inKind: boolean;
  readonly fx: string | null;
}): string[] {
  const notes: string[] = [];
  if (facts.empty) notes.push('No disbursement or expenditure counts in the period.');
  if (facts.currencies > 1) {
    notes.push(
      'The total is in several currencies: amounts in different currencies are never added without an exchange-rate table.',
    );
  }
  if (facts.fx !== null) {
    notes.push(
      `Amounts are converted to ${facts.fx} flow by flow, each at the latest rate of the table dated on or before it.`,
    );
  }
  if (facts.commitments.length > 0) {
    notes.push(
      `Commitments are not spending and are left out: programs ${facts.commitments.join(', ')}.`,
    );
  }
  if (facts.regranted !== null) {
    notes.push(
      facts.regranted
        ? 'Regranted money is included in the total and also shown apart.'
        : 'Regranted money is left out of the total (it would be counted again by the grant-maker that spends it) and shown apart.',
    );
  }
  if (facts.business !== null) {
    notes.push(
      facts.business
        ? 'Programs whose primary purpose is the business are included in the total and also shown apart.'
        : 'Programs whose primary purpose is the business are left out of the total (GRI 201-1) and shown apart.',
    );
  }
  if (facts.aboveDistrict.length > 0) {
    notes.push(
      `Locations above the district level count in their economic region, with district unknown: ${facts.aboveDistrict.join(', ')}.`,
    );
  }
  if (facts.unplaced.length > 0) {
    notes.push(
      `Locations not in the gazetteer count as region and district unknown: ${facts.unplaced.join(', ')}.`,
    );
  }
  if (facts.withoutRegion.length > 0) {
    notes.push(
      `Locations in no economic region of the gazetteer count as region unknown: ${facts.withoutRegion.join(', ')}.`,
    );
  }
  if (facts.withoutLocation.length > 0) {
    notes.push(
      `Programs without a location count as region and district unknown: ${facts.withoutLocation.join(', ')}.`,
    );
  }
  if (facts.mixedForm) {
    notes.push(
      'Flows of mixed programs that do not say whether they are cash or in kind are shown as mixed.',
    );
  }
  if (facts.inKind) notes.push('In-kind contributions count at their deemed value.');
  return notes;
}
