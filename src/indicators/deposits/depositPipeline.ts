import { type CalendarDate, isCalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { DepositId, SourceId } from '../../core/ids.js';
import type { Commodity } from '../../model/company.js';
import { type Deposit, type MineStage, MineStageSchema } from '../../model/deposit.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { byPlaceKey, placeOf, UNKNOWN_PLACE } from '../placeOf.js';
import { resultFrom } from '../resultFrom.js';
import { checkDepositList } from './checkDepositList.js';
import { depositPipelineEntry } from './depositsCatalog.js';

/**
 * Options of {@link depositPipeline}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const options: DepositPipelineOptions = { asOf: '2024-12-31', gazetteer: azGazetteer };
 * ```
 *
 * @category Deposits
 */
export type DepositPipelineOptions = {
  /** The day of the pipeline: each deposit is at the stage its history gives on this day. */
  readonly asOf: CalendarDate;
  /** The gazetteer that places each deposit in its economic region and district. */
  readonly gazetteer: Gazetteer;
};

/**
 * One deposit of the pipeline, at its stage on `asOf` (see {@link depositPipeline}).
 *
 * @example
 * ```ts
 * const entry: DepositPipelineEntry = {
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
 * @category Deposits
 */
export type DepositPipelineEntry = {
  /** The deposit. */
  readonly depositId: DepositId;
  /** Its name. */
  readonly name: string;
  /** Its stage on `asOf`; `unknown` when its dated history begins after `asOf`. */
  readonly stage: MineStage | 'unknown';
  /** The day the stage began, from the history; `null` for an undated current stage. */
  readonly stageFrom: CalendarDate | null;
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
};

/**
 * The deposits by stage, economic region and commodity (see {@link depositPipeline}).
 *
 * @example
 * ```ts
 * declare const pipeline: DepositPipeline;
 * pipeline.deposits.filter((d) => d.stage === 'exploration').length;
 * ```
 *
 * @category Deposits
 */
export type DepositPipeline = {
  /** The day of the pipeline. */
  readonly asOf: CalendarDate;
  /** Every deposit, sorted by id. */
  readonly deposits: readonly DepositPipelineEntry[];
  /** The same figures as an indicator result. */
  readonly result: IndicatorResult;
};

/** The stage of a deposit on a day, with its basis. */
function stageOn(
  deposit: Readonly<Deposit>,
  asOf: CalendarDate,
): Pick<DepositPipelineEntry, 'stage' | 'stageFrom' | 'stageBasis'> & { sourceIds: SourceId[] } {
  const history = deposit.stageHistory ?? [];
  if (history.length === 0) {
    return { stage: deposit.stage, stageFrom: null, stageBasis: 'current', sourceIds: [] };
  }
  let latest: (typeof history)[number] | undefined;
  for (const entry of history) {
    if (entry.from <= asOf && (latest === undefined || entry.from >= latest.from)) latest = entry;
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

/** Counts deposits per key, keeping the first label seen. */
function tally(
  rows: Map<string, { label: string; count: number }>,
  key: string,
  label: string,
): void {
  const row = rows.get(key) ?? { label, count: 0 };
  row.count += 1;
  rows.set(key, row);
}

/**
 * Counts deposits by lifecycle stage on a day, by economic region and by commodity: the pipeline
 * of a miner's projects.
 *
 * @remarks
 * The stage of a deposit on `asOf` is read from its `stageHistory` when it has one: the entry
 * with the latest `from` on or before `asOf` (so a mine in production since 2023 was not yet in
 * production on 2022-12-31). A deposit without a history is counted at its current `stage`,
 * whatever `asOf`, and a note names it: its stage is not dated. A deposit whose history begins
 * after `asOf` has stage `unknown` on that day (it is still counted, never dropped). The region
 * and district are those of the deposit's location ({@link economicRegionOf},
 * {@link districtOf}), `unknown` when the gazetteer cannot place it. A deposit holding several
 * commodities counts once under each, so the commodity rows may add up to more than the number
 * of deposits; the stage and region rows add up to it exactly.
 *
 * @param deposits - The deposits; ids must be unique.
 * @param options - The day of the pipeline and the gazetteer.
 * @returns The deposits with their stage and place, and the indicator result (unit `count`):
 * `value` is the number of deposits; the breakdown has rows of dimension `stage` (every lifecycle
 * stage, in lifecycle order, with 0 where none is, then `unknown` when some deposit is),
 * `economicRegion`, `commodity`, and the cross-tabulations `stage|economicRegion` and
 * `stage|commodity` (keys `<stage>|<region>`, `<stage>|<commodity>`), each row's value and count
 * the number of deposits.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a deposit does not match {@link DepositSchema}, two deposits share an
 * id, or the gazetteer is not one.
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
 * pipeline.deposits.map((d) => [d.depositId, d.stage, d.regionId]);
 * //=> [['dep-tulallar', 'unknown', 'az-er-ganja-dashkasan'], ['dep-tutxun', 'exploration', 'az-er-eastern-zangazur']]
 * ```
 *
 * @category Deposits
 */
export function depositPipeline(
  deposits: readonly Readonly<Deposit>[],
  options: Readonly<DepositPipelineOptions>,
): DepositPipeline {
  const { asOf, gazetteer } = options;
  if (!isCalendarDate(asOf)) throw new ImpactError('INVALID_DATE', `asOf ${String(asOf)}`);
  checkGazetteer(gazetteer);
  checkDepositList(deposits, 'deposits');

  const sorted = [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  const entries: DepositPipelineEntry[] = [];
  const sourceIds = new Set<SourceId>();
  const undated: string[] = [];
  const beforeHistory: string[] = [];
  const unplaced: string[] = [];
  const stages = new Map<string, { label: string; count: number }>(
    MineStageSchema.options.map((stage) => [stage, { label: stage, count: 0 }]),
  );
  const regions = new Map<string, { label: string; count: number }>();
  const commodities = new Map<string, { label: string; count: number }>();
  const stageRegion = new Map<string, { label: string; count: number }>();
  const stageCommodity = new Map<string, { label: string; count: number }>();
  for (const deposit of sorted) {
    const { sourceIds: stageSources, ...stage } = stageOn(deposit, asOf);
    const place = placeOf(gazetteer, deposit.locationId);
    const regionId = place.region?.id ?? UNKNOWN_PLACE;
    const regionName = place.region?.name ?? UNKNOWN_PLACE;
    entries.push({
      depositId: deposit.id,
      name: deposit.name,
      ...stage,
      regionId,
      districtId: place.district?.id ?? UNKNOWN_PLACE,
      commodities: [...deposit.commodities],
    });
    for (const id of [...(deposit.sourceIds ?? []), ...stageSources]) sourceIds.add(id);
    if (stage.stageBasis === 'current') undated.push(deposit.id);
    if (stage.stageBasis === 'beforeHistory') beforeHistory.push(deposit.id);
    if (place.region === undefined) unplaced.push(deposit.id);
    tally(stages, stage.stage, stage.stage);
    tally(regions, regionId, regionName);
    tally(stageRegion, `${stage.stage}|${regionId}`, `${stage.stage}, ${regionName}`);
    for (const commodity of new Set(deposit.commodities)) {
      tally(commodities, commodity, commodity);
      tally(stageCommodity, `${stage.stage}|${commodity}`, `${stage.stage}, ${commodity}`);
    }
  }

  const stageOrder = [...MineStageSchema.options, 'unknown'];
  const byStage = (a: string, b: string): number => {
    const [sa = '', ra = ''] = a.split('|');
    const [sb = '', rb = ''] = b.split('|');
    return stageOrder.indexOf(sa) - stageOrder.indexOf(sb) || byPlaceKey(ra, rb);
  };
  const rowsOf = (
    dimension: string,
    counts: ReadonlyMap<string, { label: string; count: number }>,
    order: (a: string, b: string) => number,
  ): BreakdownRow[] =>
    [...counts.keys()].sort(order).map((key) => {
      const { label, count } = counts.get(key) as { label: string; count: number };
      return { dimension, key, label, value: count, count };
    });
  const breakdown = [
    ...rowsOf('stage', stages, byStage),
    ...rowsOf('economicRegion', regions, byPlaceKey),
    ...rowsOf('commodity', commodities, byPlaceKey),
    ...rowsOf('stage|economicRegion', stageRegion, byStage),
    ...rowsOf('stage|commodity', stageCommodity, byStage),
  ];

  const notes = [
    'A deposit counts at the stage of its latest stage-history entry on or before asOf; without a history, at its current stage.',
  ];
  if (undated.length > 0) {
    notes.push(
      `Deposits without a stage history count at their current stage, which is not dated: ${undated.join(', ')}.`,
    );
  }
  if (beforeHistory.length > 0) {
    notes.push(
      `Deposits whose stage history begins after ${asOf} have stage unknown: ${beforeHistory.join(', ')}.`,
    );
  }
  if (unplaced.length > 0) {
    notes.push(`Deposits the gazetteer places in no economic region: ${unplaced.join(', ')}.`);
  }
  if (sorted.some((deposit) => new Set(deposit.commodities).size > 1)) {
    notes.push(
      'A deposit holding several commodities counts under each, so the commodity rows add up to more than the number of deposits.',
    );
  }
  const result = resultFrom(depositPipelineEntry, {
    value: entries.length,
    breakdown,
    definitions: {
      asOf,
      stageRule: 'latest stageHistory entry on or before asOf, else the current stage',
    },
    sourceIds: [...sourceIds].sort(),
    notes,
  });
  return { asOf, deposits: entries, result };
}
