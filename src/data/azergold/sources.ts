import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * The sources behind the AzerGold reference dataset, one per document or page.
 *
 * @remarks
 * `reliability` follows the confidence of the fact where it was checked: `verified` for a
 * primary source (a company, government or standards-body page), `secondary` for a news agency
 * or a third party, `unverified` where no independent confirmation was found. Titles in square
 * brackets are descriptive: the page title was not recorded. `publishedOn` is set only where the
 * page shows its date; an inferred date is stated in `note` instead.
 *
 * @internal
 */
export const sourceInputs: NonNullable<ImpactDatasetInput['sources']> = [
  // --- The company, its founding and its owners -------------------------------------------------
  {
    id: 'src-report-founding',
    title: '[AzerGold ceaselessly continues production]',
    publisher: 'Report.az',
    url: 'https://report.az/en/amp/industry/azergold-ceaselessly-continues-production/',
    language: 'en',
    reliability: 'secondary',
    note:
      'States that AzerGold CJSC was established by "Decree … № 1047 dated February 11, 2015" of ' +
      'the President. The kind of act differs between sources: Report.az in Azerbaijani and qia.az ' +
      'call it an order (sərəncam), anews.az a decree (fərman). Several Azernews articles give ' +
      '11 February 2016, which is an error. Trend (14 February 2023) calls 11 February 2023 the ' +
      '8th anniversary of the foundation.',
  },
  {
    id: 'src-azergold-statute-2015',
    title: 'Statute and structure of AzerGold CJSC approved',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/media/press-relizler/statute-and-structure-of-azergold-cjsc-approved',
    publishedOn: '2015-05-14',
    language: 'en',
    reliability: 'verified',
    note:
      'The Cabinet of Ministers approved the statute and structure. All shares belong to the ' +
      'state. Initial charter capital AZN 2,000,000 (2,000,000 shares of AZN 1). Mandate: study, ' +
      'exploration, management, extraction, processing and sale of precious and non-ferrous metal ' +
      'ore deposits. Later capital figures conflict (AZN 62 million after a 2020 increase per ' +
      'Azernews, AZN 37 million per qia.az) and are not recorded.',
  },
  {
    id: 'src-aih-2020',
    title: 'List of state-owned companies to be managed by AIH approved',
    publisher: 'Azerbaijan Investment Holding',
    url: 'https://www.aih.gov.az/media/news/the-list-of-state-owned-companies-to-be-managed-by-aih-was-approved-133?lang=en',
    publishedOn: '2020-10-05',
    language: 'en',
    reliability: 'verified',
    note:
      'AzerGold Closed Joint-Stock Company is on the list of state-owned companies transferred to ' +
      'the management of Azerbaijan Investment Holding by a decree of the President. The page is ' +
      'dated 5 October 2020, while Trend (17 April 2024) cites the list as approved by the decree ' +
      'dated 5 November 2020; because of this conflict the interest carries no start date.',
  },
  {
    id: 'src-report-aih-powers',
    title: '[Azerbaijan Investment Holding given powers over AzerGold]',
    publisher: 'Report.az',
    url: 'https://report.az/maliyye-xeberleri/azerbaycan-investisiya-holdinqine-azergold-la-bagli-selahiyyetler-verilib',
    language: 'az',
    reliability: 'secondary',
    note:
      "An order moved the powers over AzerGold's charter, charter capital and annual reports from " +
      'the Cabinet of Ministers to Azerbaijan Investment Holding. Calls the 2015 founding act an ' +
      'order (sərəncam).',
  },
  {
    id: 'src-trend-3393002',
    title: '[Dashkasan Iron Ore LLC established under AzerGold]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/business/3393002.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'The subsidiary "Dashkasan Iron Ore" LLC (Daşkəsən Dəmir Filiz MMC) was established on ' +
      "14 December 2020. AzerGold's share in it is not stated.",
  },

  // --- Workforce ---------------------------------------------------------------------------------
  {
    id: 'src-trend-4117320',
    title: '[AzerGold on the regional origin of its workforce and its social projects]',
    publisher: 'Trend News Agency',
    url: 'https://www.trend.az/business/4117320.html',
    language: 'en',
    reliability: 'secondary',
    quote:
      "over 80 percent of AzerGold CJSC's 2,554 employees hail from the regions, with a " +
      'significant proportion from the remote villages within the Ganja-Dashkasan economic region',
    note:
      "The company's reply to a request by Trend. The page as stored shows no date: about " +
      '14 November 2025, inferred from the adjacent Trend article 4117295, which is dated ' +
      "2025-11-14. The 2,554 figure may include contractors' workers (see the Russian version, " +
      'src-dayaz-1795448, and the reply to Editor.az, src-editor-az-jobs). The same reply names ' +
      'seven areas of its social projects in the Daşkəsən and Göygöl districts (sports and ' +
      'health, environmental protection, agricultural development, education, public awareness, ' +
      'support for entrepreneurship, historical and cultural heritage), says that "hundreds of ' +
      'community members" benefit from them, and expects new mines in Karabakh, Eastern Zangazur ' +
      'and elsewhere in the Lesser Caucasus to give "thousands" of citizens permanent employment.',
  },
  {
    id: 'src-dayaz-1795448',
    title: '[AzerGold statement to Trend on its workforce, Russian version]',
    publisher: 'Day.Az',
    url: 'https://news.day.az/economy/1795448.html',
    language: 'ru',
    reliability: 'secondary',
    note:
      'The Russian version of the same company reply speaks of 2,554 people "employed as a result ' +
      'of AzerGold\'s activity" (трудоустроенных в результате деятельности), which points to a ' +
      "figure that includes contractors' workers rather than direct headcount.",
  },
  {
    id: 'src-editor-az-jobs',
    title: '[AzerGold reply to Editor.az on jobs and layoffs]',
    publisher: 'Editor.az',
    url: 'https://editor.az/azergold-da-kutlevi-ixtisarlar-gozlenilir-qurumdan-resmi-cavab',
    language: 'az',
    reliability: 'secondary',
    note:
      "The company's official reply, on a page that shows no date: 2,128 people have permanent " +
      "jobs as a result of AzerGold's activity, 812 of them directly at AzerGold and 1,316 " +
      'through long-term contractors; more than 82 percent come from the regions, especially the ' +
      'Ganja-Dashkasan economic region and remote villages; no layoffs are planned for the current ' +
      'year. The reply also claims that Daşkəsən is among the top three districts and cities for ' +
      'average monthly wage (after Xankəndi and Baku). The figures are not recorded as a workforce ' +
      'summary because the day they refer to is unknown.',
  },

  // --- Deposits and sites ------------------------------------------------------------------------
  {
    id: 'src-azergold-covdar',
    title: '[Çovdar gold deposit]',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/layihe/covdar-yatagi-covdar-qizil-yatagi',
    language: 'en',
    reliability: 'verified',
    note:
      "AzerGold's first mine, in the Daşkəsən district; base of the Chovdar Integrated Regional " +
      'Processing Area (CIRPA). The oxide phase ended in August 2021 after 243,355 oz; the ' +
      'sulphide phase began in September 2020 and is planned to 2029. The extractable resource was ' +
      'raised from 179,000 to 534,000 oz.',
  },
  {
    id: 'src-starmining-covdar',
    title: '[Chovdar deposit]',
    publisher: 'Star Mining LLC',
    url: 'https://www.starmining.az/en/projects/chovdar-deposit',
    language: 'en',
    reliability: 'secondary',
    note:
      'The mining contractor at Çovdar since 2017. Gives total resources of 1,661,000 oz and ' +
      '"51.5 tons of ore", which is tonnes of gold mislabelled as ore.',
  },
  {
    id: 'src-trend-3339878',
    title: '[Mining starts at the Aghyokhush deposit]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/business/economy/3339878.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'Ağyoxuş (Aghyokhush) 1-2-3: discovered in 2017, put on the state balance in June 2020, ' +
      'mined from 30 November 2020; the ore is processed at Çovdar; about 40,000 oz potential; ' +
      'more than 100 permanent jobs planned. The same article gives the launch plan as of ' +
      '26 November 2020: Mərəh next, Tulallar and the Çovdar sulphide phase in 2022, Filizçay ' +
      'moved from 2027 to 2025, three copper deposits in the Şəmkir and Gədəbəy districts in ' +
      '2026, and production at "another polymetallic deposit in the Balakan district - the ' +
      'Mazymchay deposit" in 2027.',
  },
  {
    id: 'src-today-201076',
    title: '[Aghyokhush deposit put into operation]',
    publisher: 'Today.az',
    url: 'http://www.today.az/news/business/201076.html',
    language: 'en',
    reliability: 'secondary',
    note: 'Second report of the start of mining at Ağyoxuş.',
  },
  {
    id: 'src-trend-3458743',
    title: '[First blast at the Marakh gold deposit]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/politics/3458743.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'The first blast at the Mərəh (Marakh) gold deposit in the Daşkəsən district, on ' +
      '22 July 2021, watched by the President. The deposit was discovered in 2018.',
  },
  {
    id: 'src-trend-3710092',
    title: '[Tulallar gold deposit put into operation]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/business/3710092.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'First overburden removal at Tulallar (Göygöl district) on 11 February 2023; called the ' +
      '"4th gold deposit put into operation". Micon (2022): 298,000 oz in situ, 85,000 oz ' +
      'recoverable.',
  },
  {
    id: 'src-azergold-filizcay',
    title: 'Filizchay deposit',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/layihe/filizchay-deposit-filizchay-deposit',
    language: 'en',
    reliability: 'verified',
    quote:
      'during 50-year projected operation period until 2075 […] the project will open more than ' +
      '1000 new vacancies',
    note:
      "AzerGold's largest project, a polymetallic deposit (gold, silver, copper, zinc, lead) in " +
      'the Balakən district, discovered in 1959. The launch, first planned for 2027, was brought ' +
      'forward to 2025 (trial production).',
  },
  {
    id: 'src-azergold-filizcay-2022',
    title:
      'Ore reserve estimation in Filizchay delivers increase in the amount of mineral resources',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/media/press-relizler/filizcay-polimetal-yataginin-tesdiqlenmis-filiz-ehtiyatlarinin-hecmi-artirilib',
    publishedOn: '2022-09-22',
    language: 'en',
    reliability: 'verified',
    note:
      'A JORC evaluation gives 112.71 million tonnes of ore; preliminary metal reserves of about ' +
      '3 million oz of gold. No resource category, grade or effective date is published, so no ' +
      'resource estimate is recorded.',
  },
  {
    id: 'src-azergold-tutxun',
    title: '[Tutkhun area]',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/layihe/tutkhun-area-tutkhun-area',
    language: 'en',
    reliability: 'verified',
    note:
      'Gold-silver-copper exploration in the Kəlbəcər district. Phase 1 (2022): 8.29 km² cleared ' +
      'of mines, within an area of 85.56 km².',
  },
  {
    id: 'src-azergold-eastern-zangazur-2024',
    title: '[AzerGold continues geological investigations in Eastern Zangazur]',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/media/press-relizler/azergold-continues-geological-investigations-in-eastern-zangazur',
    language: 'en',
    reliability: 'verified',
    note: 'Phase 2 at Tutxun from August 2024: 5,703 ha surveyed of a 27,360 ha site.',
  },
  {
    id: 'src-report-zod',
    title: '[AzerGold: large-scale geological research underway at Zod gold deposit]',
    publisher: 'Report.az',
    url: 'https://report.az/en/industry/azergold-large-scale-geological-research-underway-at-zod-gold-deposit',
    language: 'en',
    reliability: 'secondary',
    note:
      'AzerGold has carried out geological research at Zod (Söyüdlü) in the Kəlbəcər district ' +
      'since August 2025. The deposit straddles the border with Armenia, 76 percent of it in ' +
      'Azerbaijan. Reserve figures differ between sources (more than 120 t or 112.5 t of gold) ' +
      'and are not recorded.',
  },
  {
    id: 'src-mte-zod-2021',
    title: '[Anglo Asian grows copper footprint in Azerbaijan]',
    publisher: 'Market Trading Essentials',
    url: 'https://www.markettradingessentials.com/2021/09/anglo-asian-grows-copper-footprint-in-azerbaijan/',
    language: 'en',
    reliability: 'secondary',
    note:
      "Zod (Soyudlu) was a contract area of Anglo Asian Mining's production-sharing agreement; " +
      'Anglo Asian Mining gave up its rights to it in 2021.',
  },
  {
    id: 'src-azerforum-13651456',
    title: '[AzerGold CSR Committee meets residents in Culfa]',
    publisher: 'Azerforum (Trend)',
    url: 'https://azerforum.com/article/13651456',
    language: 'az',
    reliability: 'secondary',
    note:
      "A meeting with the residents of Xanəgah village (Culfa district) near AzerGold's Ortakənd " +
      'gold, Göydağ copper-porphyry and Başkənd copper areas, where it carries out intensive ' +
      'research; Ortakənd is the first gold deposit in the Nakhchivan Autonomous Republic being ' +
      'prepared for mining. The page shows no date.',
  },
  {
    id: 'src-trend-3385944',
    title: '[AzerGold on Dashkasan iron ore and its gold exports]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/business/economy/3385944.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'The Daşkəsən iron ore deposits: 350 million tonnes of reserves, 92 million tonnes mined in ' +
      '1954-1994; studies to bring them back into production under the subsidiary Dashkasan Iron ' +
      'Ore LLC. Also: gold and silver are sold as doré bars refined by Argor-Heraeus in ' +
      'Switzerland.',
  },

  // --- Production ----------------------------------------------------------------------------------
  {
    id: 'src-abc-41764',
    title: '[AzerGold production in 2019]',
    publisher: 'ABC.az',
    url: 'http://abc.az/en/news/41764',
    language: 'en',
    reliability: 'secondary',
    note: 'Company figures for 2019: 55,200 oz of gold and 103,000 oz of silver.',
  },
  {
    id: 'src-trend-3551673',
    title: '[AzerGold production in 2021]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/business/economy/3551673.html',
    language: 'en',
    reliability: 'secondary',
    note: 'Company figures for 2021: 61,500 oz of gold and 134,400 oz of silver.',
  },
  {
    id: 'src-today-215318',
    title: '[AzerGold production in 2021]',
    publisher: 'Today.az',
    url: 'http://www.today.az/news/business/215318.html',
    language: 'en',
    reliability: 'secondary',
    note: 'Second report of the 2021 figures.',
  },
  {
    id: 'src-metbuat-1463183',
    title: '[AzerGold increased its production in 2022]',
    publisher: 'Metbuat.az',
    url: 'https://metbuat.az/news/1463183/azergold-2022-ci-ilde-hasilatini-artirib.html',
    language: 'az',
    reliability: 'secondary',
    note:
      'Company figures for 2022: 62,100 oz of gold and 223,100 oz of silver; 318,000 oz of gold ' +
      'and 711,000 oz of silver in 2017-2022.',
  },
  {
    id: 'src-trend-3855092',
    title: '[AzerGold production in 2023]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/business/3855092.html',
    language: 'en',
    reliability: 'secondary',
    note: 'Company figures for 2023: 63,700 oz of gold, a record, and 114,300 oz of silver.',
  },

  // --- Social programs -----------------------------------------------------------------------------
  {
    id: 'src-azergold-2023-07-10',
    title: 'Zakir Ibrahimov met with local residents in Dashkasan',
    publisher: 'AzerGold CJSC',
    url: 'https://www.azergold.az/az/ksm/tedbirler/zakir-ibrahimov-met-with-local-residents-in-dashkasan',
    publishedOn: '2023-07-10',
    language: 'en',
    reliability: 'verified',
    note:
      "Lists the company's CSR work: a new modular building for the full secondary school of " +
      'Gushchu settlement; a water pipeline to Chovdar and Chaikend villages with a new wellhead; ' +
      'better water supply for Yukhari Dashkasan and Madanchi settlements; reconstructed ' +
      'mini-football, volleyball and basketball grounds in Dashkasan; the launch of the regional ' +
      'Autism Center in Ganja; support for beekeeping. No dates, amounts or beneficiary counts.',
  },
  {
    id: 'src-azergold-2024-12-28',
    title: 'Another meeting with citizens in Dashkasan city',
    publisher: 'AzerGold CJSC',
    url: 'https://azergold.az/en/media/press-relizler/another-meeting-with-citizens-in-dashkasan-city',
    language: 'en',
    reliability: 'verified',
    note:
      'A meeting of the CSR Committee with citizens on 28 December (2024, from the context: it ' +
      'reviewed the projects of 2024 and those planned for 2025). Projects of 2024, run in ' +
      'partnership with Dashkasan Iron Ore LLC and the Dashkasan district executive authority: ' +
      'support for potato growing in Dashkasan; protection and reintroduction of Red Book plants; ' +
      '"Təmiz Daşkəsən" (Clean Dashkasan); "Book Stand"; the "Xəzinə" (Treasure) museum ' +
      'exposition; seven social campaigns. No amounts or beneficiary counts.',
  },
  {
    id: 'src-metbuat-1363592',
    title: '[AzerGold and its partners support the Coronavirus Response Support Fund]',
    publisher: 'Metbuat.az',
    url: 'https://metbuat.az/news/1363592/azergold-ve-terefdaslari-koronavirusla-mubarizeye-destek-fon.html',
    language: 'az',
    reliability: 'secondary',
    note:
      "AzerGold's Executive Board decided to donate AZN 300,000 to the Coronavirus Response " +
      'Support Fund set up by the decree of 19 March 2020, drawn from its payroll fund. The ' +
      'contractors Star Mining, Azplast 2012 and AT Geotech gave AZN 50,000 each; that money is ' +
      "not AzerGold's and is not recorded.",
  },

  // --- Award ---------------------------------------------------------------------------------------
  {
    id: 'src-azergold-csr-award-claim',
    title: '[AzerGold statement on its National CSR Award]',
    publisher: 'AzerGold CJSC',
    language: 'en',
    reliability: 'unverified',
    note:
      'The award is recorded as the company reports it. No independent source was found: no list ' +
      "of winners and no report of a ceremony names AzerGold, and the organisers' pages found " +
      '(the announcement of the first competition in 2018, the report on the third edition in ' +
      '2020) do not mention it. The year, the nomination and the claim of being the first ' +
      'state-owned company to receive the award are unconfirmed and left out of the award record. ' +
      'The page on which the company states the award is not identified.',
  },
  {
    id: 'src-ask-2018',
    title: 'Azərbaycanda ilk dəfə KSM layihələri üzrə ümumrespublika müsabiqəsi elan olunub',
    publisher: "National Confederation of Entrepreneurs' (Employers') Organizations of Azerbaijan",
    url: 'http://ask.org.az/2018/10/02/az-rbaycanda-ilk-d-f-ksm-layih-l-ri-uzr-umumrespublika-musabiq-si-elan-olunub',
    publishedOn: '2018-10-02',
    language: 'az',
    reliability: 'secondary',
    note:
      'Announces the first national competition of CSR projects (for projects of 2016-2018), ' +
      "organised by the National Confederation of Entrepreneurs' Organizations (ASK), PROAKTIV PR " +
      'and the Eurasian International Relations and Research Public Union, with ministries on the ' +
      'commission; winners to receive the National CSR Award on 21 December 2018. Does not name ' +
      'AzerGold.',
  },
  {
    id: 'src-trend-3515376',
    title: '[Winners of the third National CSR Award]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/society/3515376.html',
    language: 'en',
    reliability: 'secondary',
    note:
      'The 2020 edition was the third; Bakcell won the "Good Health and Wellbeing" nomination. ' +
      'Does not name AzerGold.',
  },

  // --- Economic contribution ---------------------------------------------------------------------
  {
    id: 'src-azernews-168768',
    title: '[AzerGold revenue and payments to the state budget, January-August 2020]',
    publisher: 'AzerNews',
    url: 'https://www.azernews.az/business/168768.html',
    language: 'en',
    reliability: 'secondary',
    note: 'Also reports the AZN 3 million ordered from the 2020 state budget for the Daşkəsən iron-ore assessment.',
  },
  {
    id: 'src-trend-3196526',
    title: '[AzerGold transfers to the state budget in 2019]',
    publisher: 'Trend News Agency',
    url: 'https://en.trend.az/azerbaijan/business/3196526.html',
    language: 'en',
    reliability: 'secondary',
    note: 'About AZN 13.5 million in 2019 (approximate, not recorded) and AZN 12.6 million in 2018.',
  },
  {
    id: 'src-azvision-176367',
    title: '[Azerbaijan revenues from gold and silver sales in 2023]',
    publisher: 'AzVision',
    url: 'https://en.azvision.az/news/176367/news.html',
    language: 'en',
    reliability: 'secondary',
  },

  // --- Employment multipliers ---------------------------------------------------------------------
  {
    id: 'src-icmm-2017',
    title: "Mining's social and economic contribution",
    publisher: 'International Council on Mining and Metals (ICMM)',
    url: 'https://www.icmm.com/en-gb/stories/2017/minings-social-economic-contribution',
    publishedOn: '2017-07-03',
    language: 'en',
    reliability: 'verified',
    quote:
      'a conservative estimate is that the mining sector contributes two to five additional jobs ' +
      'for every direct job created',
    note:
      'A global, conservative estimate, not specific to Azerbaijan; multipliers vary with ' +
      'remoteness, local supply capacity and fly-in/fly-out work. The sentence speaks of indirect ' +
      'jobs, so the range is read as a Type I multiplier of 1 + 2 = 3 to 1 + 5 = 6 ((direct + ' +
      'indirect) / direct); if the additional jobs also include induced jobs, the same range is a ' +
      'Type II multiplier and Type I is lower.',
  },
];
