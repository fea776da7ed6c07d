import { allocateMoney } from '../../../core/allocateMoney.js';
import { appendAll } from '../../../core/appendAll.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import type { CurrencyCode } from '../../../core/currencies.js';
import type { FxConversion } from '../../../core/fxConverter.js';
import type { FxRate } from '../../../core/fxRate.js';
import type { ProgramId, SourceId } from '../../../core/ids.js';
import type { Money } from '../../../core/money.js';
import { addToTotals, type MoneyTotals } from '../../../core/moneyTotals.js';
import type { Period } from '../../../core/period.js';
import { isMoneyBounds, type ReportedMoney } from '../../../model/reportedAmount.js';
import type { SocialProgram } from '../../../model/socialProgram.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import { placeOf, UNKNOWN_PLACE } from '../../internal/placeOf.js';
import type { CommunityInvestmentDimension } from '../communityInvestment.js';
import type { EquivalentUsed, ReportedAmountUse, SupersededFlow } from '../reportedAmountUse.js';
import { addToBoundedTotals, type BoundedTotals } from './boundedMoney.js';
import { locationWeights } from './locationWeights.js';
import { type CountedMoney, programMoney } from './programMoney.js';

/**
 * The dimensions of the community investment breakdown, in order.
 *
 * @internal
 */
export const INVESTMENT_DIMENSIONS: readonly CommunityInvestmentDimension[] = [
  'category',
  'economicRegion',
  'district',
  'year',
  'form',
  'obligation',
];

/**
 * One cell of the breakdown: the money of one key of one dimension.
 *
 * @internal
 */
export interface InvestmentCell {
  /** A readable label: the location's name for places, the key otherwise. */
  readonly label: string;
  /** The money, one total per currency. */
  readonly money: MoneyTotals;
  /** The programs with money in the cell. */
  readonly programIds: Set<ProgramId>;
}

/**
 * What the notes of {@link communityInvestment} say: what was left out or placed as unknown.
 *
 * @internal
 */
export interface InvestmentFacts {
  /** Programs with a commitment dated within the period. */
  readonly commitments: Set<ProgramId>;
  /** Locations above the district level. */
  readonly aboveDistrict: Set<string>;
  /** Locations the gazetteer does not hold. */
  readonly unplaced: Set<string>;
  /** Locations in no economic region. */
  readonly withoutRegion: Set<string>;
  /** Programs with money and no location. */
  readonly withoutLocation: Set<ProgramId>;
  /** The forms of the flows counted (`mixed` when a mixed program's flow does not say). */
  readonly forms: Set<'cash' | 'inKind' | 'mixed' | 'notStated'>;
  /** Programs with money counted whose obligation is not stated. */
  readonly obligationNotStated: Set<ProgramId>;
  /** Programs with money counted that have further categories besides the primary one. */
  readonly furtherCategories: Set<ProgramId>;
  /** Programs with a counted amount reported for several years. */
  readonly multiYear: Set<ProgramId>;
}

/**
 * The running totals of {@link communityInvestment}.
 *
 * @internal
 */
export interface InvestmentTally {
  /** The community investment, per currency. */
  readonly total: MoneyTotals;
  /** Regranted money, per currency, counted or not. */
  readonly regranted: MoneyTotals;
  /** Money of programs whose primary purpose is the business, counted or not. */
  readonly businessPurpose: MoneyTotals;
  /** Money of mandatory programs (law, contract: EITI 6.1 mandatory social expenditure). */
  readonly mandatory: MoneyTotals;
  /** The cells of each dimension, by key. */
  readonly cells: ReadonlyMap<CommunityInvestmentDimension, Map<string, InvestmentCell>>;
  /** The programs with money in the total. */
  readonly programIds: Set<ProgramId>;
  /** The source lists of the programs and flows counted. */
  readonly sourceLists: (readonly SourceId[] | undefined)[];
  /** The exchange rates used, keyed `<from>|<date>`. */
  readonly ratesUsed: Map<string, FxRate>;
  /** The bounded amounts counted in the total, per currency. */
  readonly bounded: BoundedTotals;
  /** The reported amounts that concern the period, and how each is used. */
  readonly uses: ReportedAmountUse[];
  /** The flows superseded by a counted reported amount. */
  readonly superseded: SupersededFlow[];
  /** The publisher's equivalents used instead of a rate. */
  readonly equivalentsUsed: EquivalentUsed[];
  /** What the notes say. */
  readonly facts: InvestmentFacts;
}

/**
 * How {@link tallyInvestment} reads the programs.
 *
 * @internal
 */
export interface InvestmentSettings {
  /** The reporting period. */
  readonly period: Readonly<Period>;
  /** The gazetteer placing the locations. */
  readonly gazetteer: Gazetteer;
  /** Converts a dated amount (the identity without an exchange-rate table). */
  readonly convert: (money: Readonly<Money>, date: CalendarDate) => FxConversion;
  /** The currency of the exchange-rate table, if any. */
  readonly currency?: CurrencyCode | undefined;
  /** Whether regranted money counts. */
  readonly includeRegrants: boolean;
  /** Whether programs whose primary purpose is the business count. */
  readonly includeBusinessPurpose: boolean;
  /** Whether mandatory programs (law, contract) count. */
  readonly includeMandatory: boolean;
}

function emptyTally(): InvestmentTally {
  return {
    total: new Map(),
    regranted: new Map(),
    businessPurpose: new Map(),
    mandatory: new Map(),
    cells: new Map(INVESTMENT_DIMENSIONS.map((dimension) => [dimension, new Map()])),
    programIds: new Set(),
    sourceLists: [],
    ratesUsed: new Map(),
    bounded: new Map(),
    uses: [],
    superseded: [],
    equivalentsUsed: [],
    facts: {
      commitments: new Set(),
      aboveDistrict: new Set(),
      unplaced: new Set(),
      withoutRegion: new Set(),
      withoutLocation: new Set(),
      forms: new Set(),
      obligationNotStated: new Set(),
      furtherCategories: new Set(),
      multiYear: new Set(),
    },
  };
}

/** Adds money to the cell of one key of one dimension. */
function addToCell(
  tally: InvestmentTally,
  dimension: CommunityInvestmentDimension,
  place: { readonly key: string; readonly label: string },
  money: Readonly<Money>,
  programId: ProgramId,
): void {
  const byKey = tally.cells.get(dimension) as Map<string, InvestmentCell>;
  const cell = byKey.get(place.key) ?? {
    label: place.label,
    money: new Map(),
    programIds: new Set(),
  };
  addToTotals(cell.money, money);
  cell.programIds.add(programId);
  byKey.set(place.key, cell);
}

/** Converts an exact amount, recording the rate used. */
function convertAt(
  tally: InvestmentTally,
  money: Readonly<Money>,
  date: CalendarDate,
  settings: InvestmentSettings,
): Money {
  const { money: converted, rate } = settings.convert(money, date);
  if (rate !== null) tally.ratesUsed.set(`${rate.from}|${rate.date}`, rate);
  return converted;
}

/**
 * Converts a counted amount into the table's currency: with the publisher's own equivalent in
 * that currency when there is one (recorded), else at the rate of its day; bounds bound by bound.
 */
function convertCounted(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  item: Readonly<CountedMoney>,
  settings: InvestmentSettings,
): ReportedMoney {
  const target = settings.currency;
  const value = item.value;
  if (target !== undefined && value.currency !== target) {
    const equivalent = item.equivalents.find((e) => e.currency === target);
    if (equivalent !== undefined) {
      tally.equivalentsUsed.push({ programId: program.id, value, equivalent });
      return equivalent;
    }
  }
  if (!isMoneyBounds(value)) return convertAt(tally, value, item.rateDate, settings);
  const at = (amountMinor: number) =>
    convertAt(tally, { amountMinor, currency: value.currency }, item.rateDate, settings);
  return {
    ...(value.min === undefined ? {} : { min: at(value.min).amountMinor }),
    ...(value.max === undefined ? {} : { max: at(value.max).amountMinor }),
    currency: target ?? value.currency,
    ...(value.phrase === undefined ? {} : { phrase: value.phrase }),
  };
}

/**
 * Whether the program's money counts in the total: regranted, business and mandatory money only
 * on request.
 */
function programCounts(program: Readonly<SocialProgram>, settings: InvestmentSettings): boolean {
  const isRegrant = program.regrant === true;
  const isBusiness = program.primaryPurpose === 'business';
  const isMandatory = program.obligation === 'mandatory';
  return (
    !(isRegrant && !settings.includeRegrants) &&
    !(isBusiness && !settings.includeBusinessPurpose) &&
    !(isMandatory && !settings.includeMandatory)
  );
}

/** Records regranted, business and mandatory money apart. */
function recordApart(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  money: Readonly<Money>,
): void {
  if (program.regrant === true) addToTotals(tally.regranted, money);
  if (program.primaryPurpose === 'business') addToTotals(tally.businessPurpose, money);
  if (program.obligation === 'mandatory') addToTotals(tally.mandatory, money);
}

/** Records a program whose money counts: its id, sources and what the notes say of it. */
function recordProgram(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  item: Readonly<CountedMoney>,
): void {
  if (!tally.programIds.has(program.id)) tally.sourceLists.push(program.sourceIds);
  tally.programIds.add(program.id);
  tally.sourceLists.push(item.sourceIds);
  tally.facts.forms.add(item.form);
  if (program.obligation === 'notStated') tally.facts.obligationNotStated.add(program.id);
  if ((program.categories ?? []).length > 0) tally.facts.furtherCategories.add(program.id);
  if (item.year.includes('/')) tally.facts.multiYear.add(program.id);
}

/** Adds a counted exact amount to the total and to the dimensions that do not depend on places. */
function addFlow(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  item: Readonly<CountedMoney>,
  money: Readonly<Money>,
): void {
  addToTotals(tally.total, money);
  for (const [dimension, key] of [
    ['category', program.category],
    ['year', item.year],
    ['form', item.form],
    ['obligation', program.obligation],
  ] as const) {
    addToCell(tally, dimension, { key, label: key }, money, program.id);
  }
}

/** Splits a counted flow between the program's locations and adds each part to its places. */
function addPlaces(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  money: Readonly<Money>,
  weights: readonly number[],
  gazetteer: Gazetteer,
): void {
  const unknown = { key: UNKNOWN_PLACE, label: UNKNOWN_PLACE };
  if (weights.length === 0) {
    tally.facts.withoutLocation.add(program.id);
    addToCell(tally, 'economicRegion', unknown, money, program.id);
    addToCell(tally, 'district', unknown, money, program.id);
    return;
  }
  const parts = allocateMoney(money, weights);
  program.locations.forEach((location, index) => {
    if (weights[index] === 0) return;
    const part = parts[index] as Money;
    const place = placeOf(gazetteer, location.locationId);
    if (!place.known) tally.facts.unplaced.add(location.locationId);
    else {
      if (place.region === undefined) tally.facts.withoutRegion.add(location.locationId);
      if (place.district === undefined) tally.facts.aboveDistrict.add(location.locationId);
    }
    const region = place.region;
    const district = place.district;
    addToCell(
      tally,
      'economicRegion',
      region === undefined ? unknown : { key: region.id, label: region.name },
      part,
      program.id,
    );
    addToCell(
      tally,
      'district',
      district === undefined ? unknown : { key: district.id, label: district.name },
      part,
      program.id,
    );
  });
}

/** Adds one program's money of the period to the tally. */
function tallyProgram(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  settings: InvestmentSettings,
): void {
  const money = programMoney(program, settings.period);
  if (money.commitments) tally.facts.commitments.add(program.id);
  appendAll(tally.uses, money.uses);
  appendAll(tally.superseded, money.superseded);
  const counts = programCounts(program, settings);
  let weights: number[] | undefined;
  for (const item of money.counted) {
    const converted = convertCounted(tally, program, item, settings);
    if (isMoneyBounds(converted)) {
      if (!counts) continue;
      recordProgram(tally, program, item);
      addToBoundedTotals(tally.bounded, converted);
      continue;
    }
    recordApart(tally, program, converted);
    if (!counts) continue;
    recordProgram(tally, program, item);
    addFlow(tally, program, item, converted);
    // Read only for a program with money counted: its percentages are checked then.
    weights ??= locationWeights(program);
    addPlaces(tally, program, converted, weights, settings.gazetteer);
  }
}

/**
 * Totals the community investment of programs in a period: the total, the money reported
 * apart, the cells of each dimension and what the notes say.
 *
 * @param programs - The checked programs.
 * @param settings - The period, the gazetteer, the conversion and what to include.
 * @returns The tally.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` for location percentages that are partial,
 * too precise or do not sum to 100 within their rounding; `MISSING_FX_RATE` when an amount has
 * no applicable rate and no equivalent in the table's currency;
 * `UNSAFE_INTEGER` when a total leaves the safe-integer range.
 * @internal
 */
export function tallyInvestment(
  programs: readonly Readonly<SocialProgram>[],
  settings: InvestmentSettings,
): InvestmentTally {
  const tally = emptyTally();
  for (const program of programs) tallyProgram(tally, program, settings);
  return tally;
}
