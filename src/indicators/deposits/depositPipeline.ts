import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import type { DepositId, SourceId } from '../../core/ids.js';
import { type PartialDate, partialDateRange } from '../../core/partialDate.js';
import { pure } from '../../core/pure.js';
import type { Commodity } from '../../model/company.js';
import {
  type Deposit,
  DepositSchema,
  type MineStage,
  MineStageSchema,
} from '../../model/deposit.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { byPlaceKey, placeOf, UNKNOWN_PLACE } from '../internal/placeOf.js';
import { resultFrom } from '../internal/resultFrom.js';

const entry = {
  id: 'deposits.depositPipeline',
  title: 'Deposits by lifecycle stage, economic region and commodity',
  unit: 'count',
  formula:
    'Number of deposits, by their stage on asOf (the latest stage-history entry on or before asOf, else the current stage; unknown when the history begins later), by the economic region of their location and by commodity (a deposit counts under each of its commodities), with the stage × region and stage × commodity cross-tabulations.',
  standards: ['GRI 2-6'],
  family: 'deposits',
  functionName: 'depositPipeline',
  results: 'one',
  dimensions: ['stage', 'economicRegion', 'commodity'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link depositPipeline}.
 *
 * @category Deposits indicators
 */
export interface DepositPipelineOptions {
  /** The day of the pipeline: each deposit is at the stage its history gives on this day. */
  readonly asOf: CalendarDate;
  /** The gazetteer that places each deposit in its economic region and district. */
  readonly gazetteer: Gazetteer;
}

/**
 * One deposit of the pipeline, at its stage on `asOf` (see {@link depositPipeline}).
 *
 * @example
 * ```ts
 * const deposit: DepositPipelineEntry = {
 *   depositId: 'dep-tulallar' as DepositId,
 *   name: 'Tulallar',
 *   stage: 'production',
 *   stageFrom: '2023-02-11',
 *   stageBasis: 'history',
 *   regionId: 'az-er-ganja-dashkasan',
 *   districtId: 'AZ-GYG',
 *   commodities: ['gold'],
 * };
 * ```
 *
 * @category Deposits indicators
 */
export interface DepositPipelineEntry {
  /** The deposit. */
  readonly depositId: DepositId;
  /** Its name. */
  readonly name: string;
  /** Its stage on `asOf`; `unknown` when its dated history begins after `asOf`. */
  readonly stage: MineStage | 'unknown';
  /**
   * When the stage began, from the history, as precise as published (`'2023-02-11'`, `'1997'`);
   * `null` for an undated current stage.
   */
  readonly stageFrom: PartialDate | null;
  /**
   * Where the stage comes from: `history` (the latest `stageHistory` entry on or before `asOf`),
   * `current` (no history: the deposit's `stage`, undated) or `beforeHistory` (every history
   * entry is after `asOf`: the stage is unknown).
   */
  readonly stageBasis: 'history' | 'current' | 'beforeHistory';
  /** The economic region of its location, or `'unknown'`. */
  readonly regionId: string;
  /** The district or first-level city of its location, or `'unknown'`. */
  readonly districtId: string;
  /** The commodities it holds. */
  readonly commodities: readonly Commodity[];
}

/**
 * The `detail` of {@link depositPipeline}: every deposit with its stage and place.
 *
 * @category Deposits indicators
 */
export interface DepositPipelineDetail {
  /** The day of the pipeline. */
  readonly asOf: CalendarDate;
  /** Every deposit, sorted by id. */
  readonly deposits: readonly DepositPipelineEntry[];
}

/** The stage of a deposit on a day, with its basis and the sources of the history entry. */
interface StageOnDay {
  readonly stage: DepositPipelineEntry['stage'];
  readonly stageFrom: PartialDate | null;
  readonly stageBasis: DepositPipelineEntry['stageBasis'];
  readonly sourceIds: readonly SourceId[];
}

/** One count of the pipeline: its row keys, its label and the deposits counted. */
interface Tally {
  readonly keys: RowKeys;
  readonly label: string;
  count: number;
}

/** The counts of each dimension and cross-tabulation, by an internal key. */
interface Tallies {
  readonly stage: Map<string, Tally>;
  readonly economicRegion: Map<string, Tally>;
  readonly commodity: Map<string, Tally>;
  readonly stageRegion: Map<string, Tally>;
  readonly stageCommodity: Map<string, Tally>;
}

/** What the pipeline gathers from the deposits, before rows and notes. */
interface Collected {
  readonly deposits: DepositPipelineEntry[];
  readonly sourceIds: Set<SourceId>;
  readonly undated: string[];
  readonly beforeHistory: string[];
  /** Deposits whose stage began in a year or month that `asOf` falls in. */
  readonly uncertain: string[];
  readonly unplaced: string[];
  readonly tallies: Tallies;
}

const STAGE_ORDER: readonly string[] = pure(() => [...MineStageSchema.options, 'unknown']);

/** The stage of a deposit on a day: the latest history entry on or before it, else its stage. */
function stageOn(deposit: Readonly<Deposit>, asOf: CalendarDate): StageOnDay {
  const history = deposit.stageHistory ?? [];
  if (history.length === 0) {
    return { stage: deposit.stage, stageFrom: null, stageBasis: 'current', sourceIds: [] };
  }
  // A stage dated to the year or month has begun by asOf when its first day has.
  let latest: (typeof history)[number] | undefined;
  for (const item of history) {
    const start = partialDateRange(item.from).start;
    if (start <= asOf && (latest === undefined || start >= partialDateRange(latest.from).start))
      latest = item;
  }
  if (latest === undefined) {
    return { stage: 'unknown', stageFrom: null, stageBasis: 'beforeHistory', sourceIds: [] };
  }
  return {
    stage: latest.stage,
    stageFrom: latest.from,
    stageBasis: 'history',
    sourceIds: [...(latest.sourceIds ?? [])],
  };
}

/** Counts one deposit under `keys`, keeping the first label seen. */
function tally(counts: Map<string, Tally>, keys: RowKeys, label: string): void {
  const id = JSON.stringify(keys);
  const found = counts.get(id);
  if (found === undefined) counts.set(id, { keys, label, count: 1 });
  else found.count += 1;
}

/** Empty counts, with every lifecycle stage at 0 so that each has a row. */
function emptyTallies(): Tallies {
  return {
    stage: new Map(
      MineStageSchema.options.map((stage) => [
        JSON.stringify({ stage }),
        { keys: { stage }, label: stage, count: 0 },
      ]),
    ),
    economicRegion: new Map(),
    commodity: new Map(),
    stageRegion: new Map(),
    stageCommodity: new Map(),
  };
}

/** Counts one deposit at its stage, in its region and under each of its commodities. */
function tallyDeposit(tallies: Tallies, deposit: DepositPipelineEntry, regionName: string): void {
  const { stage, regionId } = deposit;
  tally(tallies.stage, { stage }, stage);
  tally(tallies.economicRegion, { economicRegion: regionId }, regionName);
  tally(tallies.stageRegion, { stage, economicRegion: regionId }, `${stage}, ${regionName}`);
  for (const commodity of new Set(deposit.commodities)) {
    tally(tallies.commodity, { commodity }, commodity);
    tally(tallies.stageCommodity, { stage, commodity }, `${stage}, ${commodity}`);
  }
}

/** Places every deposit at its stage on `asOf` and in its region, and counts them. */
function collect(
  deposits: readonly Readonly<Deposit>[],
  asOf: CalendarDate,
  gazetteer: Gazetteer,
): Collected {
  const collected: Collected = {
    deposits: [],
    sourceIds: new Set(),
    undated: [],
    beforeHistory: [],
    uncertain: [],
    unplaced: [],
    tallies: emptyTallies(),
  };
  // Ids are unique, so no two compare equal.
  const sorted = [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const deposit of sorted) {
    const { sourceIds, ...stage } = stageOn(deposit, asOf);
    const place = placeOf(gazetteer, deposit.locationId);
    const placed: DepositPipelineEntry = {
      depositId: deposit.id,
      name: deposit.name,
      ...stage,
      regionId: place.region?.id ?? UNKNOWN_PLACE,
      districtId: place.district?.id ?? UNKNOWN_PLACE,
      commodities: [...deposit.commodities],
    };
    collected.deposits.push(placed);
    for (const id of [...(deposit.sourceIds ?? []), ...sourceIds]) collected.sourceIds.add(id);
    if (stage.stageBasis === 'current') collected.undated.push(deposit.id);
    if (stage.stageBasis === 'beforeHistory') collected.beforeHistory.push(deposit.id);
    if (stage.stageFrom !== null && partialDateRange(stage.stageFrom).end > asOf) {
      collected.uncertain.push(`${deposit.id} (${stage.stage} from ${stage.stageFrom})`);
    }
    if (place.region === undefined) collected.unplaced.push(deposit.id);
    tallyDeposit(collected.tallies, placed, place.region?.name ?? UNKNOWN_PLACE);
  }
  return collected;
}

/** Orders rows by stage in lifecycle order, then by their place or commodity (`unknown` last). */
function byStageThenPlace(a: RowKeys, b: RowKeys): number {
  const other = (keys: RowKeys): string => keys.economicRegion ?? keys.commodity ?? '';
  return (
    STAGE_ORDER.indexOf(a.stage ?? '') - STAGE_ORDER.indexOf(b.stage ?? '') ||
    byPlaceKey(other(a), other(b))
  );
}

/** The rows of one dimension or cross-tabulation, in order. */
function rowsOf(counts: ReadonlyMap<string, Tally>): BreakdownRow[] {
  return [...counts.values()]
    .sort((a, b) => byStageThenPlace(a.keys, b.keys))
    .map(({ keys, label, count }) => ({ keys, label, value: count, count }));
}

/** The notes: the stage rule, and the deposits that are undated, before history or unplaced. */
function notesOf(collected: Collected, asOf: CalendarDate): string[] {
  const notes = [
    'A deposit counts at the stage of its latest stage-history entry on or before asOf; without a history, at its current stage.',
  ];
  if (collected.undated.length > 0) {
    notes.push(
      `Deposits without a stage history count at their current stage, which is not dated: ${collected.undated.join(', ')}.`,
    );
  }
  if (collected.beforeHistory.length > 0) {
    notes.push(
      `Deposits whose stage history begins after ${asOf} have stage unknown: ${collected.beforeHistory.join(', ')}.`,
    );
  }
  if (collected.uncertain.length > 0) {
    notes.push(
      `Stages dated only to the year or month that ${asOf} falls in are counted as begun, though they may have begun after ${asOf}: ${collected.uncertain.join(', ')}.`,
    );
  }
  if (collected.unplaced.length > 0) {
    notes.push(
      `Deposits the gazetteer places in no economic region: ${collected.unplaced.join(', ')}.`,
    );
  }
  if (collected.deposits.some((deposit) => new Set(deposit.commodities).size > 1)) {
    notes.push(
      'A deposit holding several commodities counts under each, so the commodity rows add up to more than the number of deposits.',
    );
  }
  return notes;
}

/**
 * Counts deposits by lifecycle stage on a day, by economic region and by commodity: the pipeline
 * of a miner's projects.
 *
 * @remarks
 * The stage of a deposit on `asOf` is read from its `stageHistory` when it has one: the entry
 * with the latest `from` on or before `asOf` (so a mine in production since 2023 was not yet in
 * production on 2022-12-31). A `from` given to the year or month counts from its first day
 * ("1997" has begun on 1997-06-30), and a note names such stages when `asOf` falls inside the
 * year or month, since they may have begun later. A deposit without a history is counted at its current `stage`,
 * whatever `asOf`, and a note names it: its stage is not dated. A deposit whose history begins
 * after `asOf` has stage `unknown` on that day (it is still counted, never dropped). The region
 * and district are those of the deposit's location ({@link economicRegionOf},
 * {@link districtOf}), `unknown` when the gazetteer cannot place it. A deposit holding several
 * commodities counts once under each, so the commodity rows may add up to more than the number
 * of deposits; the stage and region rows add up to it exactly. Unit `count`; standard GRI 2-6
 * (activities, value chain and other business relationships: the mines and projects an
 * organization is active in).
 *
 * @param deposits - The deposits (read once); ids must be unique.
 * @param options - The day of the pipeline and the gazetteer.
 * @returns The number of deposits (unit `count`, never `null`), with breakdown rows keyed
 * `{ stage }` (every lifecycle stage, in lifecycle order, with 0 where none is, then `unknown`
 * when some deposit is), `{ economicRegion }`, `{ commodity }`, and the cross-tabulations
 * `{ stage, economicRegion }` and `{ stage, commodity }`, each row's value and count the number
 * of deposits; `detail` lists every deposit with its stage and place.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when `deposits` is not iterable, a deposit does not match
 * {@link DepositSchema} (the message names the field, e.g. `deposits[0].stage`), two deposits
 * share an id, or the gazetteer is not one.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const pipeline = depositPipeline(
 *   [
 *     { id: 'dep-tulallar', name: 'Tulallar', locationId: 'AZ-GYG', commodities: ['gold'], stage: 'production', stageHistory: [{ stage: 'production', from: '2023-02-11' }] },
 *     { id: 'dep-tutxun', name: 'Tutxun', locationId: 'AZ-KAL', commodities: ['gold', 'copper'], stage: 'exploration' },
 *   ],
 *   { asOf: '2022-12-31', gazetteer: azGazetteer },
 * );
 * pipeline.detail.deposits.map((d) => [d.depositId, d.stage, d.regionId]);
 * //=> [['dep-tulallar', 'unknown', 'az-er-ganja-dashkasan'], ['dep-tutxun', 'exploration', 'az-er-eastern-zangazur']]
 * pipeline.breakdown?.find((row) => row.keys.stage === 'exploration' && row.keys.commodity === 'copper')?.value;
 * //=> 1
 * ```
 *
 * @category Deposits indicators
 */
export function depositPipeline(
  deposits: Iterable<Readonly<Deposit>>,
  options: Readonly<DepositPipelineOptions>,
): DetailedResult<DepositPipelineDetail> {
  const { asOf, gazetteer } = options;
  assertCalendarDate(asOf, 'asOf');
  assertGazetteer(gazetteer);
  const list = parseEach(DepositSchema, deposits, 'deposits', (d) => d.id);
  const collected = collect(list, asOf, gazetteer);
  const { tallies } = collected;
  const detail: DepositPipelineDetail = { asOf, deposits: collected.deposits };
  return {
    ...resultFrom(entry, {
      value: collected.deposits.length,
      breakdown: [
        ...rowsOf(tallies.stage),
        ...rowsOf(tallies.economicRegion),
        ...rowsOf(tallies.commodity),
        ...rowsOf(tallies.stageRegion),
        ...rowsOf(tallies.stageCommodity),
      ],
      definitions: {
        asOf,
        stageRule: 'latest stageHistory entry on or before asOf, else the current stage',
      },
      sourceIds: [...collected.sourceIds].sort(),
      notes: notesOf(collected, asOf),
    }),
    detail,
  };
}

/**
 * The definition of {@link depositPipeline}: on a dataset, it counts the dataset's deposits on
 * the report date, placed with the report's gazetteer.
 *
 * @internal
 */
export const depositPipelineIndicator = defineIndicator({
  entry,
  compute: depositPipeline,
  fromDataset: (context) =>
    context.data.deposits.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no deposits.' }
      : [
          depositPipeline(context.data.deposits, {
            asOf: context.asOf,
            gazetteer: context.gazetteer,
          }),
        ],
});
