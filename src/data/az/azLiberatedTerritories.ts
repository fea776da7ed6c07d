import { LocationSchema, SourceSchema } from '../../index.js';
import { deepFreeze } from './deepFreeze.js';
import type { LiberatedTerritory } from './liberatedTerritory.js';

type Entry = [id: string, years: (2020 | 2023)[], sourceIds: string[], note: string];

/**
 * The districts and cities of Azerbaijan whose territory was liberated in 2020-2023, each with
 * its sources.
 *
 * @remarks
 * Twelve units of the Karabakh and East Zangezur economic regions: the five districts of East
 * Zangezur, Cəbrayıl, Kəlbəcər, Qubadlı, Laçın and Zəngilan (2020); Füzuli, Şuşa and Ağdam
 * (2020); Xocalı, Xocavənd and Ağdərə (in part in 2020, the rest in September 2023); and the
 * city of Xankəndi (2023). A unit is listed when the cited sources state that it, or
 * settlements of it, were liberated; partly occupied districts such as Ağdam and Füzuli count
 * whole.
 *
 * Not listed, though in the Karabakh region: Bərdə and Ağcabədi, which none of the sources
 * names as occupied; and Tərtər. The villages of Tərtər that the sources name as liberated in
 * October 2020 (Suqovuşan, Talış) belong to Ağdərə since Law No. 1043-VIQ of 5 December 2023;
 * whether any other part of today's Tərtər district was under occupation is not settled by these
 * sources.
 *
 * @example
 * ```ts
 * azLiberatedTerritories.find((entry) => entry.locationId === 'AZ-XA')?.years;
 * //=> [2023]
 * ```
 *
 * @category Azerbaijan
 */
export const azLiberatedTerritories: readonly LiberatedTerritory[] = /* @__PURE__ */ (() =>
  deepFreeze(
    (
      [
        [
          'AZ-CAB',
          [2020],
          ['src-azertag-2020-10-04'],
          'Cəbrayıl city and nine villages on 4 October 2020.',
        ],
        [
          'AZ-FUZ',
          [2020],
          ['src-newsaz-fuzuli-2021'],
          'Füzuli city and seven villages on 17 October 2020.',
        ],
        [
          'AZ-ZAN',
          [2020],
          ['src-newsaz-zangilan-2021'],
          'Zəngilan city and six villages on 20 October 2020.',
        ],
        ['AZ-QBI', [2020], ['src-newsaz-gubadli-2025'], 'Qubadlı city on 25 October 2020.'],
        ['AZ-SUS', [2020], ['src-alarabiya-shusha-2020'], 'Şuşa on 8 November 2020.'],
        [
          'AZ-AGM',
          [2020],
          ['src-newsaz-lachin-2022'],
          'Returned by 20 November 2020 under the statement of 10 November 2020.',
        ],
        [
          'AZ-KAL',
          [2020],
          ['src-newsaz-lachin-2022'],
          'Returned by 25 November 2020 under the statement of 10 November 2020.',
        ],
        [
          'AZ-LAC',
          [2020],
          ['src-newsaz-lachin-2022'],
          'Returned by 1 December 2020 under the statement of 10 November 2020.',
        ],
        [
          'AZ-XCI',
          [2020, 2023],
          ['src-azernews-172374', 'src-newsaz-2024-09-20'],
          'Villages by 9 November 2020; Xocalı city in September 2023.',
        ],
        [
          'AZ-XVD',
          [2020, 2023],
          ['src-newsaz-zangilan-2021', 'src-azernews-172374', 'src-newsaz-2024-09-20'],
          'Villages in October and November 2020; Xocavənd city in September 2023.',
        ],
        ['AZ-XA', [2023], ['src-newsaz-2024-09-20'], 'Xankəndi city in September 2023.'],
        [
          'az-district-aghdara',
          [2020, 2023],
          ['src-azernews-169969', 'src-report-2025-12-29', 'src-newsaz-2024-09-20'],
          'Suqovuşan, now a village of Ağdərə, on 3 October 2020; Ağdərə city in September 2023.',
        ],
      ] satisfies Entry[]
    ).map(
      ([locationId, years, sourceIds, note]): LiberatedTerritory => ({
        locationId: LocationSchema.shape.id.parse(locationId),
        years,
        sourceIds: sourceIds.map((id) => SourceSchema.shape.id.parse(id)),
        note,
      }),
    ),
  ))();
