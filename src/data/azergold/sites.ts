import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * AzerGold's deposits, each in its district (ISO 3166-2 code) with its stage.
 *
 * @remarks
 * The stage is the latest one the sources support. `stageHistory` holds only changes dated to
 * the day by a source (Ağyoxuş, Mərəh, Tulallar); months and years (Çovdar's phases, Tutxun's
 * phases, Zod from August 2025) are kept in `note`. Resource figures are in `note`:
 * none is published with the code, category, grade and effective date a resource estimate
 * needs. Deposits of Anglo Asian Mining's production-sharing agreement, where AzerGold has
 * represented the state since 2024 (Vejnəli, Qızılbulaq, Dəmirli, Qoşa, …), are not AzerGold's
 * operations and are left out, as are exploration areas whose district or source is not stated
 * (Nərçala, Kəpəz) and the copper deposits planned for 2026 (Qaradağ, Xarxar, Cəyirçay), whose
 * sources name the two districts together, not each deposit's. Mazımçay is recorded as
 * planned: the source names it, its district and the year production is planned to start, but
 * not its metals (`polymetallic` stands for "a polymetallic deposit").
 *
 * @internal
 */
export const depositInputs: NonNullable<ImpactDatasetInput['deposits']> = [
  {
    id: 'dep-covdar',
    name: 'Çovdar',
    names: [{ value: 'Chovdar', lang: 'en', kind: 'transliteration' }],
    locationId: 'AZ-DAS',
    commodities: ['gold'],
    stage: 'production',
    operatorId: 'azergold',
    note:
      "AzerGold's first mine and the base of the Chovdar Integrated Regional Processing Area " +
      '(CIRPA); the day production began is not published. Star Mining LLC is the mining ' +
      'contractor since 2017. The oxide phase ended in August 2021 after 243,355 oz; the sulphide ' +
      'phase began in September 2020 and is planned to 2029. The extractable resource was raised ' +
      'from 179,000 to 534,000 oz; Star Mining gives total resources of 1,661,000 oz.',
    sourceIds: ['src-azergold-covdar', 'src-starmining-covdar'],
  },
  {
    id: 'dep-agyoxus',
    name: 'Ağyoxuş',
    names: [
      { value: 'Aghyokhush', lang: 'en', kind: 'transliteration' },
      { value: 'Ağyoxuş 1-2-3', lang: 'az', kind: 'variant' },
    ],
    locationId: 'AZ-DAS',
    commodities: ['gold'],
    stage: 'production',
    stageHistory: [{ stage: 'production', from: '2020-11-30', sourceIds: ['src-trend-3339878'] }],
    operatorId: 'azergold',
    note:
      'Discovered in 2017 and put on the state balance in June 2020; mined from 30 November 2020, ' +
      'the ore processed at Çovdar. About 40,000 oz potential. No later source says whether ' +
      'mining continues.',
    sourceIds: ['src-trend-3339878', 'src-today-201076'],
  },
  {
    id: 'dep-merah',
    name: 'Mərəh',
    names: [
      { value: 'Marakh', lang: 'en', kind: 'transliteration' },
      { value: 'Marah', lang: 'en', kind: 'variant' },
    ],
    locationId: 'AZ-DAS',
    commodities: ['gold'],
    stage: 'production',
    stageHistory: [{ stage: 'production', from: '2021-07-22', sourceIds: ['src-trend-3458743'] }],
    operatorId: 'azergold',
    note:
      'Discovered in 2018. The first blast, on 22 July 2021, is recorded as the start of ' +
      'production (mining); the source reports the blast, not a change of stage. A start of ' +
      'production on 23 July 2021 is attributed to a later Trend article (3855255) whose text ' +
      'was not available, so the recorded date stays the one the available source states.',
    sourceIds: ['src-trend-3458743'],
  },
  {
    id: 'dep-mazimcay',
    name: 'Mazımçay',
    names: [{ value: 'Mazymchay', lang: 'en', kind: 'transliteration' }],
    locationId: 'AZ-BAL',
    commodities: ['polymetallic'],
    stage: 'planned',
    operatorId: 'azergold',
    note:
      'A polymetallic deposit in the Balakən district where the company planned, in November ' +
      '2020, to start production in 2027. The source does not name its metals, give a resource ' +
      'or say whether exploration has begun; no later source was found.',
    sourceIds: ['src-trend-3339878'],
  },
  {
    id: 'dep-tulallar',
    name: 'Tulallar',
    locationId: 'AZ-GYG',
    commodities: ['gold'],
    stage: 'production',
    stageHistory: [{ stage: 'production', from: '2023-02-11', sourceIds: ['src-trend-3710092'] }],
    operatorId: 'azergold',
    note:
      'Called the "4th gold deposit put into operation" on 11 February 2023, the day of the first ' +
      'overburden removal. Micon (2022): 298,000 oz in situ, 85,000 oz recoverable.',
    sourceIds: ['src-trend-3710092'],
  },
  {
    id: 'dep-filizcay',
    name: 'Filizçay',
    names: [{ value: 'Filizchay', lang: 'en', kind: 'transliteration' }],
    locationId: 'AZ-BAL',
    commodities: ['zinc', 'lead', 'copper', 'silver', 'gold'],
    stage: 'development',
    operatorId: 'azergold',
    note:
      "AzerGold's largest project, a polymetallic deposit discovered in 1959. Recorded as in " +
      'development: a JORC evaluation (2022) gives 112.71 million tonnes of ore and about 3 ' +
      'million oz of gold in situ (preliminary), and trial production was planned for 2025; the ' +
      'sources do not say whether it began. A 50-year operating life to 2075 is planned.',
    sourceIds: ['src-azergold-filizcay', 'src-azergold-filizcay-2022'],
  },
  {
    id: 'dep-tutxun',
    name: 'Tutxun',
    names: [{ value: 'Tutkhun', lang: 'en', kind: 'transliteration' }],
    locationId: 'AZ-KAL',
    commodities: ['gold', 'silver', 'copper'],
    stage: 'exploration',
    operatorId: 'azergold',
    note:
      'Exploration in areas cleared of mines. Phase 1 (2022): 8.29 km² cleared within an area of ' +
      '85.56 km²; phase 2 from August 2024: 5,703 ha surveyed of a 27,360 ha site.',
    sourceIds: ['src-azergold-tutxun', 'src-azergold-eastern-zangazur-2024'],
  },
  {
    id: 'dep-zod',
    name: 'Zod',
    names: [
      { value: 'Söyüdlü', lang: 'az', kind: 'variant' },
      { value: 'Soyudlu', lang: 'en', kind: 'transliteration' },
      { value: 'Soutely', lang: 'en', kind: 'variant' },
      { value: 'Sotk', lang: 'hy-Latn', kind: 'exonym' },
    ],
    locationId: 'AZ-KAL',
    commodities: ['gold'],
    stage: 'exploration',
    operatorId: 'azergold',
    note:
      'Straddles the border with Armenia, 76 percent of it in Azerbaijan. AzerGold has carried out ' +
      'geological research since August 2025; the area was formerly under Anglo Asian Mining, ' +
      'which gave up its rights in 2021. Reserve figures conflict between sources and are not ' +
      'recorded.',
    sourceIds: ['src-report-zod', 'src-mte-zod-2021'],
  },
  {
    id: 'dep-ortakend',
    name: 'Ortakənd',
    locationId: 'AZ-CUL',
    commodities: ['gold'],
    stage: 'development',
    operatorId: 'azergold',
    note: 'The first gold deposit in the Nakhchivan Autonomous Republic being prepared for mining.',
    sourceIds: ['src-azerforum-13651456'],
  },
  {
    id: 'dep-goydag',
    name: 'Göydağ',
    locationId: 'AZ-CUL',
    commodities: ['copper'],
    stage: 'exploration',
    operatorId: 'azergold',
    note: 'A copper-porphyry area under intensive research.',
    sourceIds: ['src-azerforum-13651456'],
  },
  {
    id: 'dep-baskend',
    name: 'Başkənd',
    locationId: 'AZ-CUL',
    commodities: ['copper'],
    stage: 'exploration',
    operatorId: 'azergold',
    note: 'A copper area under intensive research.',
    sourceIds: ['src-azerforum-13651456'],
  },
  {
    id: 'dep-dashkasan-iron-ore',
    name: 'Daşkəsən iron ore deposits',
    names: [{ value: 'Dashkasan iron ore', lang: 'en', kind: 'exonym' }],
    locationId: 'AZ-DAS',
    commodities: ['iron-ore'],
    stage: 'development',
    operatorId: 'dashkasan-iron-ore',
    note:
      'Mined from 1954 to 1994 (92 million tonnes); 350 million tonnes of reserves. Recorded as in ' +
      'development: the subsidiary Dashkasan Iron Ore LLC is studying bringing them back into ' +
      'production.',
    sourceIds: ['src-trend-3385944', 'src-trend-3393002'],
  },
];

/**
 * AzerGold's places of operation.
 *
 * @remarks
 * The Chovdar Integrated Regional Processing Area (CIRPA) processes the ore of Çovdar and of
 * Ağyoxuş; Mərəh and Tulallar are mines of their own. Which sites the company counts as
 * significant locations of operation is not published, so `significant` is absent.
 *
 * @internal
 */
export const siteInputs: NonNullable<ImpactDatasetInput['sites']> = [
  {
    id: 'site-cirpa',
    name: 'Chovdar Integrated Regional Processing Area (CIRPA)',
    kind: 'processingPlant',
    companyId: 'azergold',
    locationId: 'AZ-DAS',
    depositIds: ['dep-covdar', 'dep-agyoxus'],
    sourceIds: ['src-azergold-covdar', 'src-trend-3339878'],
  },
  {
    id: 'site-merah',
    name: 'Mərəh mine',
    kind: 'mine',
    companyId: 'azergold',
    locationId: 'AZ-DAS',
    depositIds: ['dep-merah'],
    sourceIds: ['src-trend-3458743'],
  },
  {
    id: 'site-tulallar',
    name: 'Tulallar mine',
    kind: 'mine',
    companyId: 'azergold',
    locationId: 'AZ-GYG',
    depositIds: ['dep-tulallar'],
    sourceIds: ['src-trend-3710092'],
  },
];
