import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * The reference dataset's own places: villages named by its sources, each under its district.
 *
 * @remarks
 * Districts and first-level cities are not repeated here: records cite them by their ISO 3166-2
 * code (`AZ-DAS` Daşkəsən, `AZ-GYG` Göygöl, `AZ-BAL` Balakən, `AZ-KAL` Kəlbəcər, `AZ-CUL`
 * Culfa, `AZ-GA` Gəncə), and the Azerbaijan gazetteer supplies them. A village's id is its
 * district's code, a colon and a slug of its name. Whether a village is remote is not stated by
 * the sources, so `remote` is absent.
 *
 * @internal
 */
export const locationInputs: NonNullable<ImpactDatasetInput['locations']> = [
  {
    id: 'AZ-DAS:covdar',
    kind: 'village',
    name: 'Çovdar',
    names: [{ value: 'Chovdar', lang: 'en', kind: 'transliteration' }],
    parentId: 'AZ-DAS',
    sourceIds: ['src-azergold-2023-07-10'],
  },
  {
    id: 'AZ-DAS:caykend',
    kind: 'village',
    name: 'Çaykənd',
    names: [{ value: 'Chaikend', lang: 'en', kind: 'transliteration' }],
    parentId: 'AZ-DAS',
    sourceIds: ['src-azergold-2023-07-10'],
  },
];
