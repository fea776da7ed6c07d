import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { depositPipeline, depositPipelineIndicator } from './depositPipeline.js';

const deposit = (fields: Record<string, unknown>): Deposit =>
  DepositSchema.parse({ commodities: ['gold'], stage: 'exploration', ...fields });

/** The rows keyed by exactly these dimensions, in order, as [keys, value]. */
function rowsBy(
  rows: readonly BreakdownRow[] | undefined,
  dimensions: readonly string[],
): [BreakdownRow['keys'], number | null][] {
  return (rows ?? [])
    .filter((r) => Object.keys(r.keys).join() === dimensions.join())
    .map((r) => [r.keys, r.value]);
}

const deposits = [
  deposit({
    id: 'd-mine',
    name: 'Mine',
    locationId: 'AZ-GYG',
    stage: 'production',
    stageHistory: [
      { stage: 'exploration', from: '2015-01-01' },
      { stage: 'construction', from: '2020-06-01', sourceIds: ['src-build'] },
      { stage: 'production', from: '2023-02-11', sourceIds: ['src-blast'] },
    ],
    sourceIds: ['src-mine'],
  }),
  deposit({
    id: 'd-poly',
    name: 'Poly',
    locationId: 'AZ-BAL',
    commodities: ['zinc', 'copper', 'gold'],
    stage: 'development',
  }),
  deposit({
    id: 'd-late',
    name: 'Late',
    locationId: 'AZ-KAL',
    stage: 'exploration',
    stageHistory: [{ stage: 'exploration', from: '2025-08-01' }],
  }),
  deposit({ id: 'd-nowhere', name: 'Nowhere', locationId: 'AZ-XYZ', commodities: ['copper'] }),
];

describe('depositPipeline', () => {
  it('takes the stage on asOf from the history, else the current stage', () => {
    const pipeline = depositPipeline(deposits, { asOf: '2022-12-31', gazetteer: azGazetteer });
    // d-mine: construction since 2020-06-01 (production begins 2023-02-11, after asOf).
    // d-poly: no history → its current stage, development. d-late: history from 2025 → unknown.
    // d-nowhere: no history → exploration; its location is not in the gazetteer.
    expect(pipeline.detail).toEqual({
      asOf: '2022-12-31',
      deposits: [
        {
          depositId: 'd-late',
          name: 'Late',
          stage: 'unknown',
          stageFrom: null,
          stageBasis: 'beforeHistory',
          regionId: 'az-er-eastern-zangazur',
          districtId: 'AZ-KAL',
          commodities: ['gold'],
        },
        {
          depositId: 'd-mine',
          name: 'Mine',
          stage: 'construction',
          stageFrom: '2020-06-01',
          stageBasis: 'history',
          regionId: 'az-er-ganja-dashkasan',
          districtId: 'AZ-GYG',
          commodities: ['gold'],
        },
        {
          depositId: 'd-nowhere',
          name: 'Nowhere',
          stage: 'exploration',
          stageFrom: null,
          stageBasis: 'current',
          regionId: 'unknown',
          districtId: 'unknown',
          commodities: ['copper'],
        },
        {
          depositId: 'd-poly',
          name: 'Poly',
          stage: 'development',
          stageFrom: null,
          stageBasis: 'current',
          regionId: 'az-er-shaki-zagatala',
          districtId: 'AZ-BAL',
          commodities: ['zinc', 'copper', 'gold'],
        },
      ],
    });
    // On the day production began, and later, d-mine is in production.
    const later = depositPipeline(deposits, { asOf: '2023-02-11', gazetteer: azGazetteer });
    expect(later.detail.deposits.find((d) => d.depositId === 'd-mine')).toMatchObject({
      stage: 'production',
      stageFrom: '2023-02-11',
    });
  });

  it('reads stage dates given to the year or month from their first day, with a note', () => {
    // Exploration from 1993, production from May 1997 (construction not recorded).
    const kumbel = DepositSchema.parse({
      id: 'dep-y',
      name: 'Y',
      locationId: 'AZ-DAS',
      commodities: ['gold'],
      stage: 'production',
      stageHistory: [
        { stage: 'exploration', from: '1993' },
        { stage: 'production', from: '1997-05' },
      ],
    });
    const stageOn = (asOf: string) => depositPipeline([kumbel], { asOf, gazetteer: azGazetteer });
    // 1997-04-30: May 1997 has not begun; exploration since 1993.
    expect(stageOn('1997-04-30').detail.deposits[0]).toMatchObject({
      stage: 'exploration',
      stageFrom: '1993',
    });
    // 1997-05-10 falls inside May 1997: counted in production, with a note that it may be later.
    const inMay = stageOn('1997-05-10');
    expect(inMay.detail.deposits[0]).toMatchObject({ stage: 'production', stageFrom: '1997-05' });
    expect(inMay.notes).toContain(
      'Stages dated only to the year or month that 1997-05-10 falls in are counted as begun, though they may have begun after 1997-05-10: dep-y (production from 1997-05).',
    );
    // 1997-06-01: May is over, no note.
    expect(stageOn('1997-06-01').notes.some((n) => n.startsWith('Stages dated only'))).toBe(false);
    // 1992-12-31: before the history.
    expect(stageOn('1992-12-31').detail.deposits[0]?.stage).toBe('unknown');
  });

  it('counts the deposits by stage, region and commodity, with cross-tabulations', () => {
    const result = depositPipeline(deposits, { asOf: '2022-12-31', gazetteer: azGazetteer });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      indicatorId: 'deposits.depositPipeline',
      unit: 'count',
      value: 4,
      standards: ['GRI 2-6'],
    });
    expect(result.reason).toBeUndefined();
    // Every stage in lifecycle order, 0 where none is; 1 + 1 + 1 + 1 (unknown) = 4.
    expect(rowsBy(result.breakdown, ['stage'])).toEqual([
      [{ stage: 'planned' }, 0],
      [{ stage: 'exploration' }, 1],
      [{ stage: 'development' }, 1],
      [{ stage: 'construction' }, 1],
      [{ stage: 'production' }, 0],
      [{ stage: 'careAndMaintenance' }, 0],
      [{ stage: 'closure' }, 0],
      [{ stage: 'postClosure' }, 0],
      [{ stage: 'unknown' }, 1],
    ]);
    expect(rowsBy(result.breakdown, ['economicRegion'])).toEqual([
      [{ economicRegion: 'az-er-eastern-zangazur' }, 1],
      [{ economicRegion: 'az-er-ganja-dashkasan' }, 1],
      [{ economicRegion: 'az-er-shaki-zagatala' }, 1],
      [{ economicRegion: 'unknown' }, 1],
    ]);
    // gold: d-mine, d-poly, d-late = 3; copper: d-poly, d-nowhere = 2; zinc: d-poly = 1 (6 > 4).
    expect(rowsBy(result.breakdown, ['commodity'])).toEqual([
      [{ commodity: 'copper' }, 2],
      [{ commodity: 'gold' }, 3],
      [{ commodity: 'zinc' }, 1],
    ]);
    expect(rowsBy(result.breakdown, ['stage', 'economicRegion'])).toEqual([
      [{ stage: 'exploration', economicRegion: 'unknown' }, 1],
      [{ stage: 'development', economicRegion: 'az-er-shaki-zagatala' }, 1],
      [{ stage: 'construction', economicRegion: 'az-er-ganja-dashkasan' }, 1],
      [{ stage: 'unknown', economicRegion: 'az-er-eastern-zangazur' }, 1],
    ]);
    expect(rowsBy(result.breakdown, ['stage', 'commodity'])).toEqual([
      [{ stage: 'exploration', commodity: 'copper' }, 1],
      [{ stage: 'development', commodity: 'copper' }, 1],
      [{ stage: 'development', commodity: 'gold' }, 1],
      [{ stage: 'development', commodity: 'zinc' }, 1],
      [{ stage: 'construction', commodity: 'gold' }, 1],
      [{ stage: 'unknown', commodity: 'gold' }, 1],
    ]);
    // Every row: its count is its value, never null, so no row has a reason.
    for (const row of result.breakdown ?? []) {
      expect(row.count).toBe(row.value);
      expect(row.reason).toBeUndefined();
    }
    const ganja = result.breakdown?.find(
      (r) => Object.keys(r.keys).length === 1 && r.keys.economicRegion === 'az-er-ganja-dashkasan',
    );
    expect(ganja?.label).toBe('Gəncə-Daşkəsən');
    expect(result.sourceIds).toEqual(['src-build', 'src-mine']);
    expect(result.notes).toEqual([
      'A deposit counts at the stage of its latest stage-history entry on or before asOf; without a history, at its current stage.',
      'Deposits without a stage history count at their current stage, which is not dated: d-nowhere, d-poly.',
      'Deposits whose stage history begins after 2022-12-31 have stage unknown: d-late.',
      'Deposits the gazetteer places in no economic region: d-nowhere.',
      'A deposit holding several commodities counts under each, so the commodity rows add up to more than the number of deposits.',
    ]);
    expect(result.definitions.asOf).toBe('2022-12-31');
  });

  it('gives the AzerGold pipeline at the end of 2024', () => {
    const result = depositPipeline(azergoldDataset.deposits, {
      asOf: '2024-12-31',
      gazetteer: azGazetteer,
    });
    // 12 deposits: production Çovdar, Ağyoxuş, Mərəh, Tulallar (4); development Filizçay,
    // Ortakənd, the Daşkəsən iron ore (3); exploration Tutxun, Zod, Göydağ, Başkənd (4); planned
    // Mazımçay (1).
    expect(result.value).toBe(12);
    const stages = new Map(rowsBy(result.breakdown, ['stage']).map(([k, v]) => [k.stage, v]));
    expect([
      stages.get('production'),
      stages.get('development'),
      stages.get('exploration'),
      stages.get('planned'),
    ]).toEqual([4, 3, 4, 1]);
    // Gəncə-Daşkəsən: 4 in Daşkəsən + Tulallar in Göygöl = 5; Naxçıvan: the 3 of Culfa; Eastern
    // Zangazur: Tutxun and Zod in Kəlbəcər = 2; Şəki-Zaqatala: Filizçay and Mazımçay in Balakən = 2.
    expect(rowsBy(result.breakdown, ['economicRegion'])).toEqual([
      [{ economicRegion: 'az-er-eastern-zangazur' }, 2],
      [{ economicRegion: 'az-er-ganja-dashkasan' }, 5],
      [{ economicRegion: 'az-er-nakhchivan' }, 3],
      [{ economicRegion: 'az-er-shaki-zagatala' }, 2],
    ]);
    // Before Ağyoxuş (2020-11-30) the three dated deposits are unknown on 2020-06-30.
    const early = depositPipeline(azergoldDataset.deposits, {
      asOf: '2020-06-30',
      gazetteer: azGazetteer,
    });
    expect(
      early.detail.deposits.filter((d) => d.stage === 'unknown').map((d) => d.depositId),
    ).toEqual(['dep-agyoxus', 'dep-merah', 'dep-tulallar']);
    expect(result.detail.deposits.every((d) => d.regionId !== 'unknown')).toBe(true);
  });

  it('adds no note about several commodities when each deposit holds one', () => {
    const result = depositPipeline([deposits[0] as Deposit, deposits[3] as Deposit], {
      asOf: '2024-12-31',
      gazetteer: azGazetteer,
    });
    // d-mine (gold only, dated history, Göygöl) and d-nowhere (copper only, no history, no
    // region): 1 gold + 1 copper = 2 commodity rows for 2 deposits, nothing to warn about.
    expect(rowsBy(result.breakdown, ['commodity']).map(([, value]) => value)).toEqual([1, 1]);
    expect(result.notes).toEqual([
      'A deposit counts at the stage of its latest stage-history entry on or before asOf; without a history, at its current stage.',
      'Deposits without a stage history count at their current stage, which is not dated: d-nowhere.',
      'Deposits the gazetteer places in no economic region: d-nowhere.',
    ]);
  });

  it('is empty without deposits', () => {
    const result = depositPipeline([], { asOf: '2024-12-31', gazetteer: azGazetteer });
    expect(result.value).toBe(0);
    // The eight lifecycle stages, each at 0; no other row.
    expect(result.breakdown?.map((r) => r.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.detail.deposits).toEqual([]);
  });

  it('reads the deposits once from any iterable', () => {
    function* generated(): Generator<Deposit> {
      yield* deposits;
    }
    const fromList = depositPipeline(deposits, { asOf: '2022-12-31', gazetteer: azGazetteer });
    expect(depositPipeline(generated(), { asOf: '2022-12-31', gazetteer: azGazetteer })).toEqual(
      fromList,
    );
  });

  it('rejects a bad date, invalid or duplicate deposits and a bad gazetteer', () => {
    const asOf = '2024-12-31';
    expect(() => depositPipeline(deposits, { asOf: '2024-13-01', gazetteer: azGazetteer })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    const broken = { ...deposits[0], stage: 'mining' } as unknown as Deposit;
    expect(() => depositPipeline([broken], { asOf, gazetteer: azGazetteer })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('deposits[0].stage'),
      }),
    );
    const twice = [deposits[1] as Deposit, deposits[1] as Deposit];
    expect(() => depositPipeline(twice, { asOf, gazetteer: azGazetteer })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('d-poly appears twice'),
      }),
    );
    expect(() =>
      depositPipeline(42 as unknown as Deposit[], { asOf, gazetteer: azGazetteer }),
    ).toThrow('deposits must be an iterable');
    expect(() =>
      depositPipeline('none' as unknown as Deposit[], { asOf, gazetteer: azGazetteer }),
    ).toThrow('deposits must be an iterable');
    expect(() => depositPipeline(deposits, { asOf, gazetteer: {} as typeof azGazetteer })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  test.prop([
    fc.shuffledSubarray(deposits),
    fc.constantFrom('2019-01-01', '2022-12-31', '2030-01-01'),
  ])(
    'adds up to the number of deposits by stage and by region, whatever their order',
    (subset, asOf) => {
      const forward = depositPipeline(subset, { asOf, gazetteer: azGazetteer });
      const backward = depositPipeline([...subset].reverse(), { asOf, gazetteer: azGazetteer });
      expect(backward).toEqual(forward);
      for (const dimensions of [['stage'], ['economicRegion'], ['stage', 'economicRegion']]) {
        const sum = rowsBy(forward.breakdown, dimensions).reduce((t, [, v]) => t + (v ?? 0), 0);
        expect(sum).toBe(subset.length);
      }
    },
  );
});

describe('depositPipelineIndicator', () => {
  it('has a valid, frozen catalog entry keyed by its dimensions', () => {
    const { entry } = depositPipelineIndicator;
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'deposits.depositPipeline',
      family: 'deposits',
      functionName: 'depositPipeline',
      unit: 'count',
      results: 'one',
      dimensions: ['stage', 'economicRegion', 'commodity'],
    });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(depositPipelineIndicator.compute).toBe(depositPipeline);
  });

  it('counts the dataset deposits on the report date', () => {
    // The base dataset has one deposit, dep-hill in XX-D1, in production since 2016-07-01.
    const outcome = depositPipelineIndicator.fromDataset(
      indicatorContextOf(baseDataset(), { asOf: '2024-12-31' }),
    );
    expect(Array.isArray(outcome)).toBe(true);
    const [result] = outcome as readonly ReturnType<typeof depositPipeline>[];
    expect(result?.value).toBe(1);
    expect(result?.definitions.asOf).toBe('2024-12-31');
    expect(
      result?.breakdown?.find(
        (r) => Object.keys(r.keys).length === 1 && r.keys.stage === 'production',
      )?.value,
    ).toBe(1);
    // The dataset's own locations extend the gazetteer: XX-D1 lies in the region XX-R1.
    expect(result?.detail.deposits[0]).toMatchObject({
      depositId: 'dep-hill',
      stage: 'production',
      regionId: 'XX-R1',
      districtId: 'XX-D1',
    });
  });

  it('says the data is absent when the dataset has no deposits', () => {
    const dataset = { ...baseDataset(), deposits: [], production: [], projections: [] };
    expect(depositPipelineIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no deposits.',
    });
  });
});
