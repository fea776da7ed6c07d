import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * AzerGold's land records: the mine clearance of the Tutxun exploration area in Kəlbəcər.
 *
 * @remarks
 * The company reports that phase 1 of the Tutxun work (2022) cleared 8.29 km² of mines within an
 * area of 85.56 km². The 85.56 km² is the area the clearance lay within, not land owned, leased
 * or disturbed, so it is kept in the note and not recorded as an area. The record is dated to
 * the year the source gives (2022), and is about the deposit area: AzerGold has no site there.
 * No safety, grievance, resettlement or closure figure of AzerGold is published in the stored
 * sources, so none is recorded.
 *
 * @internal
 */
export const landInputs: NonNullable<ImpactDatasetInput['land']> = [
  {
    depositId: 'dep-tutxun',
    asOf: '2022',
    areaUnit: 'km2',
    cleared: 8.29,
    sourceIds: ['src-azergold-tutxun'],
  },
];
