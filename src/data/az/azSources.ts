import { type Source, SourceSchema } from '../../index.js';
import { deepFreeze } from './deepFreeze.js';

/**
 * The sources behind the Azerbaijani gazetteer, the Great Return regions and the list of
 * liberated territories.
 *
 * @remarks
 * Every `sourceIds` entry of {@link azLocations} and {@link azLiberatedTerritories} names one of
 * these. The economic regions come from Decree No. 1386 of 7 July 2021 (`src-az-decree-1386`),
 * the codes from ISO 3166-2 as published in Debian iso-codes 4.15 (`src-iso-codes-4.15`).
 * `reliability` is `verified` for official texts and data files, `secondary` for press reports.
 * Where a page's headline was not recorded, `title` names the document the page reports.
 *
 * @example
 * ```ts
 * azSources.find((source) => source.id === 'src-az-decree-1386')?.title;
 * //=> 'Decree No. 1386 of 7 July 2021 "On the new division of economic regions in the Republic of Azerbaijan"'
 * ```
 *
 * @category Azerbaijan
 */
export const azSources: readonly Source[] = /* @__PURE__ */ (() =>
  deepFreeze(
    [
      {
        id: 'src-az-decree-1386',
        title:
          'Decree No. 1386 of 7 July 2021 "On the new division of economic regions in the Republic of Azerbaijan"',
        publisher: 'President of the Republic of Azerbaijan',
        url: 'http://shirvan-ih.gov.az/az/news/2170.html',
        language: 'az',
        reliability: 'verified',
        note: 'Full Azerbaijani text of paragraph 1 (items 1.1 to 1.14) as published by a local executive authority; the same text is at https://sabah.az/?name=xeber&news_id=15894 and https://metbuat.az/news/1411798/azerbaycanin-yeni-iqtisadi-rayonlari.html, the decree number with an English list at http://old.gratanet.com/news/president-azerbaijan-adopted-new-division-of-economic-regions. The decree raised the number of economic regions from 10 to 14.',
      },
      {
        id: 'src-iso-codes-4.15',
        title: 'ISO 3166-2 subdivision codes (iso_3166-2.json) in Debian iso-codes 4.15.0',
        publisher: 'Debian iso-codes team',
        url: 'https://salsa.debian.org/iso-codes-team/iso-codes',
        reliability: 'verified',
        note: '78 entries for Azerbaijan: the autonomous republic AZ-NX, 11 municipalities and 66 rayons. The name of AZ-KAN is written Kǝngǝrli, with U+01DD where Azerbaijani uses U+0259 (ə). Ağdərə has no code.',
      },
      {
        id: 'src-ssc-classification-2024',
        title: 'Administrative-territorial classification of Azerbaijan (revised March 2024)',
        publisher: 'Metbuat.az, reporting the State Statistical Committee',
        url: 'https://metbuat.az/news/1494111/azerbaycanin-inzibati-erazi-bolgusu-tesnifati.html',
        language: 'az',
        reliability: 'secondary',
        note: 'Ten cities of republican subordination (Bakı, Gəncə, Xankəndi, Lənkəran, Mingəçevir, Naftalan, Sumqayıt, Şəki, Şirvan, Yevlax) and 57 republic-subordinated rayons. The committee treats Lənkəran, Şəki and Yevlax as city units that include their rural territory; the decree calls them rayons and ISO 3166-2 keeps a city code and a rayon code for each.',
      },
      {
        id: 'src-az-law-1043-viq',
        title: 'Law No. 1043-VIQ of 5 December 2023 "On the establishment of Ağdərə district"',
        publisher: 'Metbuat.az',
        url: 'https://metbuat.az/news/1488627/agdere-rayonunun-yaradilmasi-haqqinda.html',
        language: 'az',
        reliability: 'secondary',
        note: 'The district is formed from 1,660.83 km² of Kəlbəcər (735.84 km²), Tərtər (851.25 km²) and Ağdam (73.74 km²), with Ağdərə city as its centre. Also reported at https://axar.az/news/toplum/806264.html.',
      },
      {
        id: 'src-unikal-412979',
        title: 'Ağdərə included in the Karabakh economic region',
        publisher: 'Unikal.az',
        url: 'https://unikal.az/news/412979/agdere-qarabag-iqtisadi-rayonunun-terkibine-daxil-edilib',
        language: 'az',
        reliability: 'secondary',
        note: 'Reports the presidential decree that placed Ağdərə district in the Karabakh economic region, after Decree No. 1386.',
      },
      {
        id: 'src-goygol-ih',
        title: 'Göygöl district: population',
        publisher: 'Göygöl District Executive Authority',
        url: 'http://goygol-ih.gov.az/az/ehalisi.html',
        language: 'az',
        reliability: 'verified',
        note: '65,252 residents at the end of 2021: 26,150 urban (40.1 %) and 39,102 rural (59.9 %).',
      },
      {
        id: 'src-great-return-program',
        title:
          'First State Program on the Great Return to the territories of the Republic of Azerbaijan liberated from occupation',
        publisher: 'Today.az',
        url: 'http://www.today.az/news/politics/232139.html',
        language: 'en',
        reliability: 'secondary',
        note: 'Azərbaycan Respublikasının işğaldan azad edilmiş ərazilərinə Böyük Qayıdışa dair I Dövlət Proqramı, approved by Presidential Order of 16 November 2022: utilities, social infrastructure, housing and jobs for the return of citizens to the Karabakh and Eastern Zangazur economic regions; 34,500 families (about 140,000 citizens) to be resettled by the end of 2026.',
      },
      {
        id: 'src-azertag-2020-10-04',
        title:
          'President Ilham Aliyev congratulates people of Azerbaijan on liberation of Jabrayil city and 9 villages of Jabrayil district from occupation',
        publisher: 'AZERTAC',
        url: 'https://azertag.az/en/xeber/President_Ilham_Aliyev_congratulates_people_of_Azerbaijan_on_liberation_of_Jabrayil_city_and_9_villages_of_Jabrayil_district_from_occupation-1603837',
        publishedOn: '2020-10-04',
        language: 'en',
        reliability: 'secondary',
        note: 'Cəbrayıl city and nine villages of Cəbrayıl district liberated on 4 October 2020.',
      },
      {
        id: 'src-azernews-169969',
        title: 'Azerbaijan liberates key Jabrayil city',
        publisher: 'Azernews',
        url: 'https://www.azernews.az/nation/169969.html',
        publishedOn: '2020-10-04',
        language: 'en',
        reliability: 'secondary',
        note: 'Reports that on 3 October 2020 Suqovuşan (Madagiz), between the Tərtər and Ağdərə districts, was taken back with villages of Tərtər, Cəbrayıl and Füzuli.',
      },
      {
        id: 'src-newsaz-fuzuli-2021',
        title: 'Azerbaijan marks one year since liberation of Fuzuli city',
        publisher: 'News.az',
        url: 'https://news.az/news/azerbaijan-marks-one-year-since-liberation-of-fuzuli-city',
        publishedOn: '2021-10-17',
        language: 'en',
        reliability: 'secondary',
        note: 'Füzuli city and seven villages of the district liberated on 17 October 2020.',
      },
      {
        id: 'src-newsaz-zangilan-2021',
        title: 'Azerbaijan marks one year since liberation of Zangilan from Armenian occupation',
        publisher: 'News.az',
        url: 'https://news.az/news/azerbaijan-marks-one-year-since-liberation-of-zangilan-from-armenian-occupation',
        publishedOn: '2021-10-20',
        language: 'en',
        reliability: 'secondary',
        note: 'Zəngilan city and six villages liberated on 20 October 2020, with villages of the Füzuli, Cəbrayıl and Xocavənd districts.',
      },
      {
        id: 'src-newsaz-gubadli-2025',
        title: 'Azerbaijan marks five years since Gubadli liberation',
        publisher: 'News.az',
        url: 'https://news.az/news/azerbaijan-marks-five-years-since-gubadli-liberation',
        publishedOn: '2025-10-25',
        language: 'en',
        reliability: 'secondary',
        note: 'Qubadlı city liberated on 25 October 2020; the district was under occupation from 31 August 1993.',
      },
      {
        id: 'src-alarabiya-shusha-2020',
        title: 'Azerbaijan says it has captured Nagorno-Karabakh town of Shusha',
        publisher: 'Al Arabiya',
        url: 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha',
        publishedOn: '2020-11-08',
        language: 'en',
        reliability: 'secondary',
        note: 'The President announced on 8 November 2020 that Şuşa had been liberated.',
      },
      {
        id: 'src-azernews-172374',
        title:
          'Azerbaijan liberates 23 new villages in Fuzuli, Khojaly, Khojavand, Jabrayil, Gubadli and Zangilan regions',
        publisher: 'Azernews',
        url: 'https://www.azernews.az/karabakh/172374.html',
        publishedOn: '2020-11-09',
        language: 'en',
        reliability: 'secondary',
        note: 'Villages of the Füzuli, Xocalı, Xocavənd, Cəbrayıl and Qubadlı districts liberated by 9 November 2020, after Şuşa on 8 November.',
      },
      {
        id: 'src-newsaz-lachin-2022',
        title: 'Azerbaijan marks 2nd anniversary of liberation of Lachin from occupation',
        publisher: 'News.az',
        url: 'https://news.az/news/azerbaijan-marks-2nd-anniversary-of-liberation-of-lachin-from-occupation',
        language: 'en',
        reliability: 'secondary',
        note: 'Under item 2 of the statement of 10 November 2020, the Ağdam district was returned to Azerbaijan by 20 November 2020, Kəlbəcər by 25 November 2020 and Laçın by 1 December 2020.',
      },
      {
        id: 'src-newsaz-2024-09-20',
        title: 'Azerbaijan marks Day of Khankendi, Khojaly, Khojavand and Aghdara',
        publisher: 'News.az',
        url: 'https://news.az/news/azerbaijan-marks-day-of-khankendi-khojaly-khojavand-and-aghdara',
        publishedOn: '2024-09-20',
        language: 'en',
        reliability: 'secondary',
        note: 'The cities of Xankəndi, Xocalı, Xocavənd and Ağdərə came under Azerbaijani control with the local anti-terrorist measures of 19-20 September 2023; the day is marked under a decree of 18 September 2024.',
      },
      {
        id: 'src-report-2025-12-29',
        title: 'Böyük Qayıdış: Ümumilikdə 32 yaşayış məntəqəsinə köç olub',
        publisher: 'Report.az',
        url: 'https://report.az/daxili-siyaset/boyuk-qayidis-umumilikde-32-yasayis-menteqesine-koc-olub',
        publishedOn: '2025-12-29',
        language: 'az',
        reliability: 'secondary',
        note: 'The State Committee for Refugees and IDPs lists the 32 settlements of the liberated territories resettled under the Great Return program, among them the villages Talış, Həsənriz, Suqovuşan, Kolatağ and Vəngli of Ağdərə district.',
      },
    ].map((source) => SourceSchema.parse(source)),
  ))();
