import { allocateMoney } from '../../../core/allocateMoney.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import type { FxConversion } from '../../../core/fxConverter.js';
import type { FxRate } from '../../../core/fxRate.js';
import type { ProgramId, SourceId } from '../../../core/ids.js';
import { isWithinPeriod } from '../../../core/isWithinPeriod.js';
import type { Money } from '../../../core/money.js';
import { addToTotals, type MoneyTotals } from '../../../core/moneyTotals.js';
import type { Period } from '../../../core/period.js';
import type { SocialProgram, Spend } from '../../../model/socialProgram.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import { placeOf, UNKNOWN_PLACE } from '../../internal/placeOf.js';
import type { CommunityInvestmentDimension } from '../communityInvestment.js';
import { isInvestmentSpend } from './isInvestmentSpend.js';
import { locationWeights } from './locationWeights.js';

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
  readonly forms: Set<'cash' | 'inKind' | 'mixed'>;
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
  /** The cells of each dimension, by key. */
  readonly cells: ReadonlyMap<CommunityInvestmentDimension, Map<string, InvestmentCell>>;
  /** The programs with money in the total. */
  readonly programIds: Set<ProgramId>;
  /** The source lists of the programs and flows counted. */
  readonly sourceLists: (readonly SourceId[] | undefined)[];
  /** The exchange rates used, keyed `<from>|<date>`. */
  readonly ratesUsed: Map<string, FxRate>;
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
  /** Whether regranted money counts. */
  readonly includeRegrants: boolean;
  /** Whether programs whose primary purpose is the business count. */
  readonly includeBusinessPurpose: boolean;
}

function emptyTally(): InvestmentTally {
  return {
    total: new Map(),
    regranted: new Map(),
    businessPurpose: new Map(),
    cells: new Map(INVESTMENT_DIMENSIONS.map((dimension) => [dimension, new Map()])),
    programIds: new Set(),
    sourceLists: [],
    ratesUsed: new Map(),
    facts: {
      commitments: new Set(),
      aboveDistrict: new Set(),
      unplaced: new Set(),
      withoutRegion: new Set(),
      withoutLocation: new Set(),
      forms: new Set(),
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

/** Converts a flow, recording the rate used. */
function convertFlow(
  tally: InvestmentTally,
  spend: Readonly<Spend>,
  settings: InvestmentSettings,
): Money {
  const { money, rate } = settings.convert(spend.value, spend.date);
  if (rate !== null) tally.ratesUsed.set(`${rate.from}|${rate.date}`, rate);
  return money;
}

/** Records regranted and business money apart; tells whether the flow counts in the total. */
function countsInTotal(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  money: Readonly<Money>,
  settings: InvestmentSettings,
): boolean {
  const isRegrant = program.regrant === true;
  const isBusiness = program.primaryPurpose === 'business';
  if (isRegrant) addToTotals(tally.regranted, money);
  if (isBusiness) addToTotals(tally.businessPurpose, money);
  return (
    !(isRegrant && !settings.includeRegrants) && !(isBusiness && !settings.includeBusinessPurpose)
  );
}

/** Adds a counted flow to the total and to the dimensions that do not depend on places. */
function addFlow(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  spend: Readonly<Spend>,
  money: Readonly<Money>,
): void {
  if (!tally.programIds.has(program.id)) tally.sourceLists.push(program.sourceIds);
  tally.programIds.add(program.id);
  tally.sourceLists.push(spend.sourceIds);
  addToTotals(tally.total, money);
  const form = spend.form ?? program.form;
  tally.facts.forms.add(form);
  const year = spend.date.slice(0, 4);
  for (const [dimension, key] of [
    ['category', program.category],
    ['year', year],
    ['form', form],
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

/** Adds one program's flows of the period to the tally. */
function tallyProgram(
  tally: InvestmentTally,
  program: Readonly<SocialProgram>,
  settings: InvestmentSettings,
): void {
  let weights: number[] | undefined;
  for (const spend of program.spend) {
    if (spend.kind === 'commitment') {
      if (isWithinPeriod(spend.date, settings.period)) tally.facts.commitments.add(program.id);
      continue;
    }
    if (!isInvestmentSpend(spend, settings.period)) continue;
    const money = convertFlow(tally, spend, settings);
    if (!countsInTotal(tally, program, money, settings)) continue;
    addFlow(tally, program, spend, money);
    // Read only for a program with money counted: its percentages are checked then.
    weights ??= locationWeights(program);
    addPlaces(tally, program, money, weights, settings.gazetteer);
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
 * too precise or do not sum to 100; `MISSING_FX_RATE` when a flow has no applicable rate;
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
