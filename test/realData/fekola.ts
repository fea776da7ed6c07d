// A test dataset built from the published figures of a real company: Fekola S.A., the Malian
// company that holds B2Gold Corp.'s Fekola gold mine in the cercle of Kéniéba (Kayes region,
// Mali), owned 80 % by B2Gold and 20 % by the State of Mali.
//
// Every figure comes from a public page whose address is in `sources`, and every fact names the
// sources it comes from (`sourceIds`, `sourceId`). Quotes are verbatim (French or English, as
// published). B2Gold's own news releases, whether on b2gold.com or a wire service, are
// `verified`; the Malian and trade press quoting the company's annual press conferences is
// `secondary`. Nothing is invented: where a source gives a year or a month, the partial date is
// kept ('2016', '2015-02', '2020-11'); where a share is published without a count ("97 %",
// "more than 93%"), it is a published share, never a count; where only a bound is published
// ("more than 2,200 employees"), it is a bound.
//
// Where a required field of the model forces a day that no source gives (a program's period
// starts on a full day), the choice is marked ASSUMPTION here and explained in the record's note.
// Facts the model cannot hold without invented precision are left out (see the test file's
// header): payments to the State of Mali, purchases from Malian suppliers, the dated change of
// ownership from 90/10 to 80/20, money published as approximate ("environ 2,1 milliards").
import type { ImpactDatasetInput } from '../../src/model/impactDataset.js';

// --- Source ids -------------------------------------------------------------------------------
const MALIWEB_2023_CONFERENCE = 'src-maliweb-3009416';
const INFO360_2023_02_02 = 'src-info360-2023-02-02';
const MALIACTU_2023_CONFERENCE = 'src-maliactu-228-milliards';
const BAMADA_2020_CONFERENCE = 'src-bamada-162-milliards-2020';
const BAMADA_2021_CONFERENCE = 'src-bamada-production-record-2021';
const B2GOLD_2020_08_19 = 'src-b2gold-2020-08-19';
const B2GOLD_2018_08_14 = 'src-b2gold-2018-08-14';
const ECOFIN_2024_09_13 = 'src-ecofin-2024-09-13';
const B2GOLD_2018_03_15 = 'src-b2gold-2018-03-15';
const B2GOLD_2019_01_16 = 'src-b2gold-2019-01-16';
const B2GOLD_2020_01_16 = 'src-b2gold-2020-01-16';
const WALLACE_2021 = 'src-wallace-2020-production';
const B2GOLD_2022_02_22 = 'src-b2gold-2022-02-22';
const MINIERE_AFRICAINE_2024 = 'src-miniereafricaine-2023-production';
const ECOFIN_2025 = 'src-ecofin-2024-production';
const BAMADA_2022_H1 = 'src-bamada-h1-2022';
const JOURNALDUMALI_2022_Q3 = 'src-journaldumali-q3-2022';
const B2GOLD_RESERVES_2023 = 'src-b2gold-reserves-2023';
const B2GOLD_RESERVES_2016 = 'src-b2gold-reserves-2016';
const B2GOLD_FEKOLA_PAGE = 'src-b2gold-fekola-page';
const B2GOLD_FEKOLA_COMPLEX_PAGE = 'src-b2gold-fekola-complex-page';
const BAMADA_FEKOLA_LOCATION = 'src-bamada-fekola-espoir';
const MALIWEB_FADOUGOU_2019 = 'src-maliweb-2801607';
const MALIWEB_FADOUGOU_COST = 'src-maliweb-2800802';
const MALIJET_2020_CONFERENCE = 'src-malijet-90-milliards';
const PDAC_2021 = 'src-pdac-2021-sustainability-award';
const BAMADA_COMMUNITY_2020 = 'src-bamada-1-8-milliard';
const MALIWEB_KENIEBA_2020 = 'src-maliweb-2905746';
const MALIWEB_SCHOLARSHIPS = 'src-maliweb-2785400';
const MALIWEB_SCHOLARSHIPS_DATE = 'src-maliweb-2783879';

/**
 * What public sources say about Fekola S.A. and the Fekola gold mine in Mali, as an
 * {@link ImpactDatasetInput}; every fact cites its sources, every source has its address.
 */
export const fekolaDataset = {
  schemaVersion: '1.0',
  company: {
    id: 'fekola-sa',
    name: 'Fekola S.A.',
    names: [{ value: 'Fekola SA', lang: 'en', kind: 'variant' }],
    entityType: 'registeredEntity',
    jurisdiction: 'ML',
    // "In 2016, … the Company formed a new 100% owned subsidiary company, Fekola SA": a year.
    foundedOn: '2016',
    commodities: ['gold'],
    sourceIds: [B2GOLD_2018_08_14],
  },
  organizations: [
    {
      id: 'b2gold',
      name: 'B2Gold Corp.',
      entityType: 'registeredEntity',
      jurisdiction: 'CA',
      url: 'https://www.b2gold.com',
      sourceIds: [B2GOLD_2018_08_14],
    },
    {
      id: 'state-ml',
      name: 'State of Mali',
      names: [{ value: 'État du Mali', lang: 'fr', kind: 'official' }],
      entityType: 'state',
      jurisdiction: 'ML',
      sourceIds: [B2GOLD_2018_08_14, B2GOLD_2020_08_19],
    },
  ],
  // B2Gold 80 %, State of Mali 20 % (10 % free-carried + 10 % bought; converted to preference
  // shares in 2024). No start dates: the sources give months (shareholders' agreement "August
  // 2017", approval announced in August 2018), and an interest starts on a full day. The earlier
  // 90/10 split (bamada) is left out for the same reason: without dates both would hold at once.
  ownership: [
    {
      subjectId: 'fekola-sa',
      interestedPartyId: 'b2gold',
      type: 'shareholding',
      share: { exact: 80 },
      sourceIds: [B2GOLD_2018_08_14, B2GOLD_2020_01_16],
    },
    {
      subjectId: 'fekola-sa',
      interestedPartyId: 'state-ml',
      type: 'shareholding',
      share: { exact: 20 },
      sourceIds: [B2GOLD_2018_08_14, B2GOLD_2020_08_19, ECOFIN_2024_09_13],
    },
  ],
  // Generic admin levels: the Kayes region is a first-level division, the cercle of Kéniéba a
  // second-level one, the commune of Dabia is below the cercle (`other`).
  locations: [
    { id: 'ML', kind: 'country', name: 'Mali', sourceIds: [B2GOLD_FEKOLA_COMPLEX_PAGE] },
    {
      id: 'ml-kayes',
      kind: 'adminLevel1',
      name: 'Kayes',
      parentId: 'ML',
      sourceIds: [BAMADA_FEKOLA_LOCATION],
    },
    {
      id: 'ml-cercle-kenieba',
      kind: 'adminLevel2',
      name: 'Kéniéba',
      names: [{ value: 'Keniéba', lang: 'fr', kind: 'variant' }],
      parentId: 'ml-kayes',
      sourceIds: [BAMADA_FEKOLA_LOCATION, MALIWEB_FADOUGOU_2019],
    },
    {
      id: 'ml-fadougou',
      kind: 'village',
      name: 'Fadougou',
      parentId: 'ml-cercle-kenieba',
      sourceIds: [MALIWEB_FADOUGOU_2019],
    },
    {
      id: 'ml-commune-dabia',
      kind: 'other',
      name: 'Dabia',
      parentId: 'ml-cercle-kenieba',
      sourceIds: [MALIWEB_KENIEBA_2020],
    },
    {
      id: 'ml-segoundo',
      kind: 'village',
      name: 'Ségoundo',
      parentId: 'ml-commune-dabia',
      sourceIds: [MALIWEB_KENIEBA_2020],
    },
  ],
  sites: [
    {
      id: 'site-fekola',
      name: 'Fekola Mine',
      kind: 'mine',
      companyId: 'fekola-sa',
      locationId: 'ml-cercle-kenieba',
      depositIds: ['dep-fekola'],
      significant: true,
      sourceIds: [B2GOLD_FEKOLA_PAGE, BAMADA_FEKOLA_LOCATION],
    },
  ],
  deposits: [
    {
      id: 'dep-fekola',
      name: 'Fekola Mine',
      locationId: 'ml-cercle-kenieba',
      commodities: ['gold'],
      stage: 'production',
      stageHistory: [
        // "early work activities … began in February 2015": a month, read as construction.
        { stage: 'construction', from: '2015-02', sourceIds: [B2GOLD_FEKOLA_PAGE] },
        // "achieved commercial production on November 30, 2017": a day.
        {
          stage: 'production',
          from: '2017-11-30',
          sourceIds: [B2GOLD_FEKOLA_PAGE, B2GOLD_2018_03_15],
        },
      ],
      operatorId: 'fekola-sa',
      estimates: [
        // 43,800,000 t at 2.37 g/t, 3,340,000 oz (also published as 103,900 kg), Probable.
        {
          reportingCode: 'NI43-101',
          effectiveDate: '2016-12-31',
          category: 'probable',
          commodity: 'gold',
          ore: { value: 43_800_000, unit: 't' },
          grade: { value: 2.37, unit: 'g/t' },
          containedMetal: { value: 3_340_000, unit: 'ozt', phrase: '3,340,000 oz' },
          sourceId: B2GOLD_RESERVES_2016,
        },
        // Indicated as at 31 December 2019: 110,600,000 t at 1.70 g/t for 6,052,000 oz.
        {
          reportingCode: 'NI43-101',
          effectiveDate: '2019-12-31',
          category: 'indicated',
          commodity: 'gold',
          ore: { value: 110_600_000, unit: 't' },
          grade: { value: 1.7, unit: 'g/t' },
          containedMetal: { value: 6_052_000, unit: 'ozt', phrase: '6,052,000 ounces of gold' },
          // B2Gold's statement page, in every version read (2016 and 2023, see the sources):
          // "Mineral Resources are reported inclusive of those Mineral Resources that have been
          // converted to Mineral Reserves." Read as holding for this B2Gold estimate too.
          inclusiveOfReserves: true,
          sourceId: B2GOLD_2020_01_16,
        },
        // Probable, depleted to 31 December 2023: 48,000 kt at 1.63 g/t, 2,510 koz (100 %).
        {
          reportingCode: 'NI43-101',
          effectiveDate: '2023-12-31',
          category: 'probable',
          commodity: 'gold',
          ore: { value: 48_000_000, unit: 't' },
          grade: { value: 1.63, unit: 'g/t' },
          containedMetal: { value: 2_510_000, unit: 'ozt', phrase: '2,510 (x 1,000 oz)' },
          sourceId: B2GOLD_RESERVES_2023,
        },
      ],
      note:
        'The Fekola Mine as B2Gold reports it: the Fekola open pit, the Cardinal zone and ' +
        'stockpiles (Medinandi permit). Estimates are on a 100 % project basis under the CIM ' +
        'standards (NI 43-101). No Proven reserves and no Measured resources are published for ' +
        'Fekola: the reserve lines are Probable only, the resource line Indicated only (Inferred ' +
        'is not recorded). Effective dates: the 2016 statement gives its resource model date ' +
        '(31 December 2016); the 2023 statement is "updated to account for mining depletion, ' +
        'using topographic surfaces as of December 31, 2023", read here as its effective date. ' +
        'Stage: "early work activities … began in February 2015" is read as the start of ' +
        'construction; no exploration stage is dated in the sources used.',
      sourceIds: [B2GOLD_FEKOLA_PAGE],
    },
    {
      id: 'dep-fekola-regional',
      name: 'Fekola Regional',
      // The sources used place it only in "southwest Mali", about 20 km from the mine.
      locationId: 'ML',
      commodities: ['gold'],
      stage: 'development',
      estimates: [
        // Probable, depleted to 31 December 2023: 13,800 kt at 1.97 g/t, 880 koz (100 %).
        {
          reportingCode: 'NI43-101',
          effectiveDate: '2023-12-31',
          category: 'probable',
          commodity: 'gold',
          ore: { value: 13_800_000, unit: 't' },
          grade: { value: 1.97, unit: 'g/t' },
          containedMetal: { value: 880_000, unit: 'ozt', phrase: '880 (x 1,000 oz)' },
          sourceId: B2GOLD_RESERVES_2023,
        },
      ],
      note:
        'Fekola Regional: the Anaconda area (Bantako, Menankoto and Bakolobi permits) and the ' +
        'Dandoko permit, about 20 km from the Fekola Mine. Stage: awaiting its exploitation ' +
        'permit when the sources were written (the 2024 agreement with the State applies the ' +
        '2023 mining code to it), recorded as development; no stage is dated. B2Gold reports it ' +
        '90 % attributable, so it is not held like the mine (80 % through Fekola S.A.); its holder ' +
        'and operator are not named in the sources used, so no operator is recorded. The cercle ' +
        'is not stated in the sources used: the location is the country.',
      sourceIds: [B2GOLD_FEKOLA_COMPLEX_PAGE, ECOFIN_2024_09_13],
    },
  ],
  // The workforce of B2Gold in Mali as the company published it at its yearly press
  // conferences and in a news release. ASSUMPTION: the figures are attributed to Fekola S.A.;
  // the sources speak of "B2Gold Mali" and of employing them "avec la mine de Fékola", and may
  // include B2Gold's exploration and Bamako staff. "Fin 2022" is read as 31 December 2022 (the
  // same for 2020 and 2021). Headcounts of the year ends are the Malians plus the expatriates
  // (nobody else is counted: an employee is one or the other).
  workforce: [
    {
      companyId: 'fekola-sa',
      asOf: '2020-08-19',
      // "more than 2,200 employees": at least 2,201.
      headcount: { min: 2201, phrase: 'more than 2,200 employees in Mali' },
      scope: 'employees',
      shares: {
        hostCountryNationals: { min: 0.93, minExclusive: true, phrase: 'more than 93% Malians' },
      },
      note:
        'Stated in the news release of 19 August 2020 ("With more than 2,200 employees in Mali ' +
        '(more than 93% Malians)"); the day is that of the release. Neither the number of ' +
        'Malians nor that of expatriates is given.',
      sourceIds: [B2GOLD_2020_08_19],
    },
    {
      companyId: 'fekola-sa',
      asOf: '2020-12-31',
      // 2,053 Malians + 130 expatriates = 2,183.
      headcount: 2183,
      scope: 'employees',
      byNationality: { hostCountry: 2053, expatriate: 130 },
      note:
        '"La société minière employait 2.053 Maliens et 130 expatriés à la fin de 2020." No ' +
        'share is published with these counts.',
      sourceIds: [BAMADA_2020_CONFERENCE],
    },
    {
      companyId: 'fekola-sa',
      asOf: '2021-12-31',
      // 2,247 Malians + 81 expatriates = 2,328.
      headcount: 2328,
      scope: 'employees',
      byNationality: { hostCountry: 2247, expatriate: 81 },
      shares: { hostCountryNationals: { value: 0.97, phrase: 'près de 97 %' } },
      note: '"À la fin de 2021, B2Gold Mali employait 2247 Maliens et 81 expatriés".',
      sourceIds: [BAMADA_2021_CONFERENCE],
    },
    {
      companyId: 'fekola-sa',
      asOf: '2022-12-31',
      // 2,697 Malians + 95 expatriates = 2,792.
      headcount: 2792,
      scope: 'employees',
      byNationality: { hostCountry: 2697, expatriate: 95 },
      shares: { hostCountryNationals: { value: 0.97, phrase: '97%' } },
      note:
        '"Avec la mine de Fékola, nous employons 2 697 Maliens et 95 expatriés" (end of 2022); ' +
        'Maliweb writes the share as "97%", Info360 as "près de 97 %".',
      sourceIds: [MALIWEB_2023_CONFERENCE, INFO360_2023_02_02, MALIACTU_2023_CONFERENCE],
    },
  ],
  programs: [
    {
      id: 'prg-community-development',
      title: 'Community development around the Fekola Mine',
      names: [
        {
          value: 'Plan de développement des communautés (PDC)',
          lang: 'fr',
          kind: 'official',
        },
      ],
      description:
        "B2Gold's community development in the communes of Kéniéba and Dabia around the Fekola " +
        'Mine: schools, community health centres, water supply, fish ponds, market gardens and ' +
        'other income-generating activities. Since 2018 the projects follow a Community ' +
        'Development Plan drawn up with the 10 communities around the mine, local officials, ' +
        'women, young people and artisanal miners, whose technical committee selects them.',
      category: 'infrastructure',
      categories: ['education', 'sportsAndHealth', 'entrepreneurship'],
      sdgs: [],
      status: 'implementation',
      // ASSUMPTION: the sources date the start only to the year ("phase d'installation débutée
      // en 2015"); a program period starts on a full day, so 1 January 2015 stands for it.
      period: { start: '2015-01-01' },
      locations: [{ locationId: 'ml-cercle-kenieba' }],
      participants: [{ organizationId: 'b2gold', role: 'funding' }],
      obligation: 'notStated',
      form: 'notStated',
      spend: [],
      reportedAmounts: [
        {
          basis: 'cumulative',
          period: { start: '2015' },
          // ASSUMPTION: the total is read as standing when it was stated (the visit of 23-24
          // November 2020); the sentence could also be read as the total up to 2018.
          asOf: '2020-11',
          // XOF has no minor unit: 1,735,878,694 francs CFA.
          value: { amountMinor: 1_735_878_694, currency: 'XOF' },
          phrase:
            '1 735 878 694 FCFA d’investissements dans le cadre du développement communautaire',
          description: 'Community development investment since the installation phase',
          sourceIds: [BAMADA_COMMUNITY_2020],
        },
      ],
      primaryPurpose: 'community',
      beneficiaries: { count: 10, unit: 'community', estimated: false },
      note:
        'Beneficiaries: the 10 communities the Community Development Plan of 2018 is for; the ' +
        'projects before 2018 may have reached others. The period start is an assumption (see ' +
        'the dataset). The cumulative total: bamada (November 2020) counts 1,735,878,694 FCFA ' +
        'from 2015 (headline: "1,8 milliard"); Maliweb, on the same visit, writes "1,7 milliard ' +
        'FCFA d’investissement de B2Gold entre 2016 et 2020". Whether the projects are mandatory ' +
        'or voluntary, and cash or in kind, is not stated. Left out: "plus de 3 milliards FCFA ' +
        'investis en 6 ans" (Maliweb, November 2022), whose first year is not stated, and ' +
        '"environ 2,1 milliards de Fcfa" of community investment in 2020 (bamada), an ' +
        'approximate amount the model cannot hold.',
      sourceIds: [BAMADA_COMMUNITY_2020, MALIWEB_KENIEBA_2020],
    },
    {
      id: 'prg-fadougou-resettlement',
      title: 'Resettlement of the village of Fadougou',
      description:
        'The village of Fadougou, next to the Fekola open pit, was rebuilt about 2 km away on ' +
        '110 hectares: housing, a mosque, a nine-classroom primary school, a market, a community ' +
        'health centre with a maternity ward and a solar-powered water supply. The keys were ' +
        'handed over on 31 January 2019.',
      category: 'infrastructure',
      sdgs: [],
      status: 'closed',
      // ASSUMPTION: the start is known only as a year (the socio-economic surveys of 2016); 1
      // January 2016 stands for it. The end is the handover of the keys, a published day.
      period: { start: '2016-01-01', end: '2019-01-31' },
      locations: [{ locationId: 'ml-fadougou' }],
      participants: [{ organizationId: 'b2gold', role: 'funding' }],
      // "relocating the residents wasn’t a condition of the mine permit" (PDAC).
      obligation: 'voluntary',
      form: 'notStated',
      spend: [],
      reportedAmounts: [
        {
          basis: 'cumulative',
          period: { start: '2016' },
          asOf: '2019-01',
          // USD 20,000,000.00 = 2,000,000,000 cents; the publisher's own equivalent: XOF
          // 11,500,000,000 (no minor unit).
          value: { amountMinor: 2_000_000_000, currency: 'USD' },
          equivalents: [{ amountMinor: 11_500_000_000, currency: 'XOF' }],
          phrase: 'Coût du projet : 20 millions de dollars, soit 11,5 milliards de francs CFA.',
          description: 'Cost of the new village of Fadougou, as of its handover',
          sourceIds: [MALIWEB_FADOUGOU_COST, MALIWEB_FADOUGOU_2019],
        },
      ],
      beneficiaries: { count: 3272, unit: 'person', estimated: false },
      note:
        'People resettled: 3,272 (913 households) as the country director gave them in January ' +
        '2020; before the move the 2016 surveys counted 3,264 people (905 households) to move, ' +
        'and other articles give 3,223 or 4,400 inhabitants. Cost: US$20 million (11.5 billion ' +
        'FCFA) per two Maliweb articles; another Maliweb article gives "un montant global de 50 ' +
        'millions de Dollar" and bamada "plus de 12 milliards de F CFA": the figures conflict. ' +
        'The cost is recorded as cumulative since 2016 (an assumption: the year of the surveys) ' +
        'as of the handover. Whether the program serves the community or the operation first is ' +
        'not stated. Left out: "Over 400 members of the community were employed during ' +
        'construction" (B2Gold; PDAC writes "employed 400"), since a result holds no bound.',
      sourceIds: [MALIWEB_FADOUGOU_2019, MALIJET_2020_CONFERENCE, PDAC_2021],
    },
    {
      id: 'prg-scholarships-2018',
      title: 'Higher-education scholarships for 10 Malian school-leavers',
      description:
        'Ten scholarships (five to young women, five to young men), chosen among 1,959 ' +
        'applicants for excellence, gender and social conditions, handed over with computers ' +
        'and school bags at the Sheraton hotel in Bamako on 25 October 2018; four of the ' +
        'students come from the cercle of Kéniéba.',
      category: 'education',
      sdgs: [],
      // ASSUMPTION: running when the source was written (scholarships over 7 years from 2018);
      // its present status is not stated, and a program status has no "not stated".
      status: 'implementation',
      period: { start: '2018-10-25' },
      locations: [{ locationId: 'ML' }],
      participants: [{ organizationId: 'b2gold', role: 'funding' }],
      obligation: 'notStated',
      form: 'notStated',
      spend: [],
      // 387,000,000 francs CFA "sur une période de 7 ans": the budget, XOF has no minor unit.
      budget: { amountMinor: 387_000_000, currency: 'XOF' },
      primaryPurpose: 'community',
      beneficiaries: { count: 10, unit: 'person', estimated: false },
      note:
        'The period starts on the handover ceremony, the only day published; its end (7 years ' +
        'on) is not given as a day or a year. The budget covers the 7 years; no spending by ' +
        'year is published.',
      sourceIds: [MALIWEB_SCHOLARSHIPS, MALIWEB_SCHOLARSHIPS_DATE],
    },
    {
      id: 'prg-segoundo-health-centre',
      title: 'Community health centre at Ségoundo',
      description:
        'A community health centre built in 2020 at Ségoundo, in the rural commune of Dabia, ' +
        'by a local contractor; under construction when the country director visited it on 23 ' +
        'or 24 November 2020.',
      category: 'sportsAndHealth',
      categories: ['infrastructure'],
      sdgs: [],
      status: 'implementation',
      // ASSUMPTION: the works are dated only to the year ("réalisées, cette année", 2020); 1
      // January 2020 stands for the start. No end is published.
      period: { start: '2020-01-01' },
      locations: [{ locationId: 'ml-segoundo' }],
      participants: [{ organizationId: 'b2gold', role: 'funding' }],
      obligation: 'notStated',
      form: 'notStated',
      spend: [],
      reportedAmounts: [
        {
          // ASSUMPTION: the investment is read as spent in 2020, the year of the works.
          basis: 'spent',
          period: { start: '2020' },
          // 33,000,000 francs CFA (no minor unit).
          value: { amountMinor: 33_000_000, currency: 'XOF' },
          phrase: '« Un investissement de 33 millions FCFA »',
          description: 'Construction of the health centre',
          sourceIds: [MALIWEB_KENIEBA_2020],
        },
      ],
      primaryPurpose: 'community',
      note:
        'The amount was given by the local contractor who built the centre, not by B2Gold. No ' +
        'beneficiary count is published.',
      sourceIds: [MALIWEB_KENIEBA_2020],
    },
  ],
  // Gold produced at the Fekola Mine, in troy ounces, on a 100 % basis, as B2Gold reported it.
  production: [
    {
      siteId: 'site-fekola',
      year: 2017,
      commodity: 'gold',
      quantity: { value: 111_450, unit: 'ozt' },
      note: 'Including pre-commercial production (commercial production from 30 November 2017).',
      sourceIds: [B2GOLD_2018_03_15],
    },
    {
      siteId: 'site-fekola',
      year: 2018,
      commodity: 'gold',
      quantity: { value: 439_068, unit: 'ozt' },
      sourceIds: [B2GOLD_2019_01_16],
    },
    {
      siteId: 'site-fekola',
      year: 2019,
      commodity: 'gold',
      quantity: { value: 455_810, unit: 'ozt' },
      sourceIds: [B2GOLD_2020_01_16],
    },
    {
      siteId: 'site-fekola',
      year: 2020,
      commodity: 'gold',
      quantity: { value: 622_518, unit: 'ozt' },
      note:
        "As quoted by Wallace Refiners; B2Gold's three-mine total less Masbate and Otjikoto " +
        'gives the same figure (995,258 − 204,699 − 168,041 = 622,518).',
      sourceIds: [WALLACE_2021],
    },
    {
      siteId: 'site-fekola',
      year: 2021,
      commodity: 'gold',
      quantity: { value: 567_795, unit: 'ozt' },
      note:
        "As quoted by bamada; B2Gold's release gives the three-mine total and the other two " +
        'mines, which leave the same figure (987,595 − 222,227 − 197,573 = 567,795).',
      sourceIds: [BAMADA_2021_CONFERENCE, B2GOLD_2022_02_22],
    },
    {
      siteId: 'site-fekola',
      year: 2022,
      commodity: 'gold',
      quantity: { value: 598_661, unit: 'ozt' },
      sourceIds: [INFO360_2023_02_02, MALIWEB_2023_CONFERENCE],
    },
    {
      siteId: 'site-fekola',
      year: 2022,
      partOfYear: 'H1',
      commodity: 'gold',
      quantity: { value: 224_714, unit: 'ozt' },
      sourceIds: [BAMADA_2022_H1],
    },
    {
      siteId: 'site-fekola',
      year: 2022,
      partOfYear: 'Q3',
      commodity: 'gold',
      quantity: { value: 129_933, unit: 'ozt' },
      sourceIds: [JOURNALDUMALI_2022_Q3],
    },
    {
      siteId: 'site-fekola',
      year: 2022,
      partOfYear: 'Q4',
      commodity: 'gold',
      quantity: { value: 244_013, unit: 'ozt' },
      note: 'A record quarter, per the source.',
      sourceIds: [INFO360_2023_02_02],
    },
    {
      siteId: 'site-fekola',
      year: 2023,
      commodity: 'gold',
      quantity: { value: 590_243, unit: 'ozt' },
      sourceIds: [MINIERE_AFRICAINE_2024],
    },
    {
      siteId: 'site-fekola',
      year: 2024,
      commodity: 'gold',
      quantity: { value: 392_946, unit: 'ozt' },
      sourceIds: [ECOFIN_2025, B2GOLD_FEKOLA_COMPLEX_PAGE],
    },
  ],
  sources: [
    // --- Workforce and the yearly press conferences in Bamako -----------------------------------
    {
      id: MALIWEB_2023_CONFERENCE,
      title:
        '[Conférence annuelle de B2Gold : la société déclare une autre performance opérationnelle remarquable]',
      publisher: 'Maliweb',
      url: 'https://www.maliweb.net/economie/mines-dor-societes/conference-annuelle-de-b2gold-la-societe-declare-une-autre-performance-operationnelle-remarquable-3009416.html',
      quote:
        'De plus, 97% de la main-d’œuvre de B2Gold, en date de fin 2022, étaient des maliens (2697 maliens contre 95 expatriés).',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Reports the press conference held on 1 February 2023. Also: "228 milliards XOF versés ' +
        'au gouvernement en 2022 (soit un total de plus de 813 milliards XOF depuis 2016.)", not ' +
        'recorded (no entity for payments to governments), and 598 661 ounces produced at Fekola ' +
        'in 2022.',
    },
    {
      id: INFO360_2023_02_02,
      title:
        'B2Gold Mali: La production globale d’or de la Société a été de 1 027 874 onces en 2022.',
      publisher: 'Info360',
      url: 'https://info360.info/2023/02/02/b2gold-mali-la-production-globale-dor-de-la-societe-a-ete-de-1-027-874-onces-en-2022/',
      publishedOn: '2023-02-02',
      quote:
        'B2Gold Mali employait à fin 2022, 2 697 Maliens et 95 expatriés. Cela signifie que près de 97 % de sa main-d’œuvre est malienne.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Quotes the CEO: "La Mine de Fekola a produit 598 661 onces au cours de l’année … et a ' +
        'atteint un record de production trimestriel de 244 013 onces d’or au quatrième ' +
        'trimestre".',
    },
    {
      id: MALIACTU_2023_CONFERENCE,
      title:
        'Clive T. Johnson, président directeur exécutif de B2GOLD face à la presse : «B2Gold a versé 228 milliards FCFA au Trésor public en 2022 et 813 milliards FCFA de 2016 à 2022»',
      publisher: 'Maliactu',
      url: 'https://maliactu.net/clive-t-johnson-president-directeur-executif-de-b2gold-face-a-la-presse-b2gold-a-verse-228-milliards-fcfa-au-tresor-public-en-2022-et-813-milliards-fcfa-de-2016-a-2022',
      quote: 'Avec la mine de Fékola, nous employons 2 697 Maliens et 95 expatriés',
      language: 'fr',
      reliability: 'secondary',
    },
    {
      id: BAMADA_2020_CONFERENCE,
      title: '[B2Gold-Mali : 162 milliards de Fcfa payés à l’Etat en 2020]',
      publisher: 'Bamada.net',
      url: 'http://bamada.net/b2gold-mali-162-milliards-de-fcfa-payes-a-letat-en-2020',
      quote:
        'Concernant le nombre d’employés, la société minière employait 2.053 Maliens et 130 expatriés à la fin de 2020.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Reports the press conference on 2020 (held in 2021; the day is not recorded). Also ' +
        '"environ 622.000 onces d’or" produced in 2020, "près de 162 milliards de Fcfa" paid to ' +
        'the State and "environ 2,1 milliards de Fcfa" of community investment: approximate ' +
        'figures, not recorded.',
    },
    {
      id: BAMADA_2021_CONFERENCE,
      title:
        'Production record de 1 047 414 onces d’or en 2021 : La Société B2Gold dédie ce succès à la Mine de Fékola et au peuple malien',
      publisher: 'Bamada.net',
      url: 'http://bamada.net/production-record-de-1-047-414-onces-dor-en-2021-la-societe-b2gold-dedie-ce-succes-a-la-mine-de-fekola-et-au-peuple-malien',
      quote:
        'La preuve, à la fin de 2021, B2Gold Mali employait 2247 Maliens et 81 expatriés, soit près de 97 % de l’effectif de la société constitué de Maliens.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Also: "En 2021, la Mine de Fékola a en effet produit 567 795 onces", and payments to ' +
        'the government ("près de 238 milliards", "plus de 595 milliards de francs CFA" from ' +
        '2016 to the end of 2021), not recorded.',
    },
    {
      id: B2GOLD_2020_08_19,
      title: 'B2Gold Continues to Operate Unimpeded at its Fekola Mine in Mali',
      publisher: 'B2Gold Corp. (PR Newswire)',
      url: 'https://prnewswire.com/news-releases/b2gold-continues-to-operate-unimpeded-at-its-fekola-mine-in-mali-301114619.html',
      publishedOn: '2020-08-19',
      quote:
        'With more than 2,200 employees in Mali (more than 93% Malians), B2Gold has provided major economic benefits, training and capacity building to Malians',
      language: 'en',
      reliability: 'verified',
      note:
        'Also: "The State of Mali has a 20% ownership in the Fekola Mine, in addition to ' +
        'benefitting from royalties and taxes."',
    },
    // --- Company and ownership ----------------------------------------------------------------------
    {
      id: B2GOLD_2018_08_14,
      title:
        'B2Gold Announces that the Malian Government Has Approved the Purchase of an Additional 10% Interest in the Fekola Mine (Fekola SA)',
      publisher: 'B2Gold Corp. (GlobeNewswire)',
      url: 'https://news.canadianminingreport.com/company/news/b2gold-announces-that-the-malian-government-has-approved',
      publishedOn: '2018-08-14',
      quote:
        "In 2016, pursuant to applicable mining law, the Company formed a new 100% owned subsidiary company, Fekola SA, which now holds the Company's interest in the Fekola Mine.",
      language: 'en',
      reliability: 'verified',
      note:
        'The Council of Ministers and the President of Mali "approved the participation of the ' +
        'State in Fekola SA for a total interest of 20%": a 10 % free-carried interest under the ' +
        "shareholders' agreement of August 2017 and a further 10 % the State elected to buy. The " +
        'release says the Company was informed on 8 August 2018 and "will transfer" the shares: ' +
        'no day of transfer is published. The jurisdiction of Fekola SA (Mali) is inferred from ' +
        '"pursuant to applicable mining law".',
    },
    {
      id: ECOFIN_2024_09_13,
      title: 'Gold: Mali Seals Deal to Earn More from Fekola Complex',
      publisher: 'Agence Ecofin',
      url: 'https://www.ecofinagency.com/mining/1309-45889-gold-mali-seals-deal-to-earn-more-from-fekola-complex',
      publishedOn: '2024-09-13',
      quote:
        'The government has converted its 20% stake in the Fekola mine from ordinary shares to preference shares, giving it priority in dividend distribution.',
      language: 'en',
      reliability: 'secondary',
      note:
        'Also: the 2023 mining code will apply to the new Fekola Regional deposit, whose ' +
        'production was expected from 2025.',
    },
    // --- Production ---------------------------------------------------------------------------------
    {
      id: B2GOLD_2018_03_15,
      title:
        'B2Gold Reports Strong Fourth Quarter and Full-Year 2017 Results; 2018 Outlook Provides for Very Strong Production Growth with Forecast Gold Production of Between 910,000 and 950,000 Ounces',
      publisher: 'B2Gold Corp. (GlobeNewswire, via EIN News)',
      url: 'https://duediligence.einnews.com/pr_news/437022043/b2gold-reports-strong-fourth-quarter-and-full-year-2017-results-2018-outlook-provides-for-very-strong-production-growth-with-forecast-gold-production',
      publishedOn: '2018-03-15',
      quote:
        'Fekola Mine gold production was 111,450 ounces in 2017 (including pre-commercial production)',
      language: 'en',
      reliability: 'verified',
      note: 'Also: "Fekola Mine achieved commercial production on November 30, 2017".',
    },
    {
      id: B2GOLD_2019_01_16,
      title:
        'B2Gold Reports Record 2018 Annual Gold Production of 953,504 Oz & Gold Revenues of $1.2 B; Forecast Annual Cash Flows from Operations of $450 M; 2019 Forecast Gold Production of 935,000 - 975,000 Oz',
      publisher: 'B2Gold Corp.',
      url: 'https://b2gold.com/news/index.php?content_id=715',
      publishedOn: '2019-01-16',
      quote:
        'The new Fekola Mine in Mali, in its first full-year of commercial production, continued to significantly outperform expectations, with gold production of 439,068 ounces',
      language: 'en',
      reliability: 'verified',
    },
    {
      id: B2GOLD_2020_01_16,
      title:
        'B2Gold Announces Updated Fekola Mineral Resource Including A Substantial Increase in Indicated Mineral Resources for the Fekola Project in Mali (B2Gold 80%/State of Mali 20%)',
      publisher: 'B2Gold Corp. (CNW)',
      url: 'http://newswire.ca/en/releases/archive/January2020/16/c2388.html',
      publishedOn: '2020-01-16',
      quote:
        'Updated Fekola Indicated Mineral Resource estimate as at December 31, 2019 of 110,600,000 tonnes at 1.70 grams per tonne ("g/t") gold for a total of 6,052,000 ounces of gold',
      language: 'en',
      reliability: 'verified',
      note:
        'Also: "(after adjusting for the 455,810 ounces of gold produced in 2019)", the 2019 ' +
        'production of the Fekola Mine, and the ownership in the title.',
    },
    {
      id: WALLACE_2021,
      title: 'B2Gold posts twelfth consecutive year of record annual gold production',
      publisher: 'Wallace Refiners',
      url: 'https://wallacerefiners.com/b2gold-posts-twelfth-consecutive-year-of-record-annual-gold-production',
      quote:
        'The significant increase in gold production over 2019 was driven by the Fekola mine in Mali, which produced an annual record of 622,518 ounces of gold',
      language: 'en',
      reliability: 'secondary',
    },
    {
      id: B2GOLD_2022_02_22,
      title:
        'B2Gold Reports Strong Q4 and Full-Year 2021 Results, Record Annual Total Gold Production of 1,047,414 Oz Within 2021 Cost Guidance and Generating Strong 2021 Operating Cashflows of $724 M',
      publisher: 'B2Gold Corp.',
      url: 'https://b2gold.com/news/b2gold-reports-strong-q4-and-full-year-2021-results-record-annual-total-gold-production-of-1047414-oz-within-2021-cost-guidance-and-generating-strong-2021-operating-cashflows-of-724-m',
      publishedOn: '2022-02-22',
      quote:
        "Consolidated 2021 gold production from the Company's three operating mines of 987,595 ounces",
      language: 'en',
      reliability: 'verified',
      note:
        'Also: "Record annual gold production achieved by both the Masbate Mine of 222,227 ounces ' +
        'and Otjikoto Mine of 197,573 ounces". The Fekola figure is not in the highlights seen.',
    },
    {
      id: MINIERE_AFRICAINE_2024,
      title: '[B2Gold annonce des ralentissements pour sa mine de Fekola en 2024]',
      publisher: 'Minière Africaine',
      url: 'https://miniereafricaine.com/b2gold-annonce-des-ralentissements-pour-sa-mine-de-fekola-en-2024',
      quote:
        "La moitié de la production totale de l'entreprise B2Gold provient de la mine de Fekola, située au Mali, soit 590,243 onces pour 2023 sur un total de 1,061,060 d'onces.",
      language: 'fr',
      reliability: 'secondary',
    },
    {
      id: ECOFIN_2025,
      title: '[Mali: B2Gold sticks to Fekola forecast despite 21% production drop]',
      publisher: 'Agence Ecofin',
      url: 'https://www.ecofinagency.com/mining/0905-46742-mali-b2gold-sticks-to-fekola-forecast-despite-21-production-drop',
      quote:
        'Last year, Fekola produced 392,946 ounces of gold, down 33% year-on-year; it processed less.',
      language: 'en',
      reliability: 'secondary',
      note:
        "Written after B2Gold's quarterly report of 7 May 2025; the publication day is not " +
        'recorded. "Last year" is 2024.',
    },
    {
      id: BAMADA_2022_H1,
      title:
        '[Mali : la mine d’or de Fekola annonce une production de 123 066 onces d’or au 2e trimestre 2022]',
      publisher: 'Bamada.net',
      url: 'https://bamada.net/mali-la-mine-dor-de-fekola-annonce-une-production-de-123-066-onces-dor-au-2e-trimestre-2022',
      quote: 'Pour le tout le premier semestre, la mine Fekola a produit 224.714 onces d’or.',
      language: 'fr',
      reliability: 'secondary',
      note: 'From the financial report of 14 July 2022, per the article.',
    },
    {
      id: JOURNALDUMALI_2022_Q3,
      title: '[Fekola : B2 Gold annonce une baisse de ses prévisions de production]',
      publisher: 'Journal du Mali',
      url: 'http://www.journaldumali.com/tag/mine/',
      quote: 'La mine a donc produit seulement129 933 onces d’or au troisième trimestre 2022.',
      language: 'fr',
      reliability: 'secondary',
      note: 'The address is a tag page that listed the article when it was read.',
    },
    // --- Resources and reserves ---------------------------------------------------------------------
    {
      id: B2GOLD_RESERVES_2023,
      title: 'Summary of Mineral Reserve & Mineral Resource Estimates',
      publisher: 'B2Gold Corp.',
      url: 'https://b2gold.com/projects/reserves-resources/',
      quote:
        'Mali Fekola Mine (including Fekola Open Pit, Cardinal Zone, and stockpiles) 48,000 1.63 2,510 80 2,010 Fekola Regional 13,800 1.97 880 90 790 Total Fekola Complex 61,800 1.70 3,390 2,800',
      language: 'en',
      reliability: 'verified',
      note:
        'The version "updated to account for mining depletion, using topographic surfaces as of ' +
        'December 31, 2023"; the quote is a row of the Probable Mineral Reserves Statement ' +
        '(tonnes × 1,000, g/t Au, contained ounces × 1,000 on a 100 % basis, attributable %, ' +
        'attributable ounces × 1,000). The page has shown other versions at the same address. ' +
        'It also says: "Mineral Reserves are reported from pit designs and underground stope ' +
        'designs based on Indicated Mineral Resources. Mineral Resources are reported inclusive ' +
        'of those Mineral Resources that have been converted to Mineral Reserves."',
    },
    {
      id: B2GOLD_RESERVES_2016,
      title: 'Mineral Reserve & Mineral Resource Estimates',
      publisher: 'B2Gold Corp.',
      url: 'http://www.b2gold.com/projects/reserves-resources/',
      quote: 'Fekola 43,800,000 2.37 3,340,000 103,900',
      language: 'en',
      reliability: 'verified',
      note:
        'An earlier version of the page: "Mineral Reserves and Resource estimates are reported ' +
        'from B2Gold’s Mineral Resource model that has an effective date of December 31, 2016." ' +
        'The quote is the Fekola row of the Probable Mineral Reserves Statement: tonnes, g/t Au, ' +
        'contained ounces and contained kilograms. The page also says: "Mineral Resources are ' +
        'reported inclusive of those Mineral Resources that have been converted to Mineral ' +
        'Reserves."',
    },
    // --- The mine and its place -------------------------------------------------------------------
    {
      id: B2GOLD_FEKOLA_PAGE,
      title: 'Fekola Mine – Mali',
      publisher: 'B2Gold Corp.',
      url: 'https://www.b2gold.com/projects/producing/fekola/',
      quote:
        'Led by core members of B2Gold’s construction team, early work activities at the Company’s third and largest mine began in February 2015.',
      language: 'en',
      reliability: 'verified',
      note:
        'Also: "Within only 60 days from start-up, the mine achieved commercial production on ' +
        'November 30, 2017". An earlier version calls it the Company\'s "fifth" mine.',
    },
    {
      id: B2GOLD_FEKOLA_COMPLEX_PAGE,
      title: '[Fekola Mine – Mali: About Fekola]',
      publisher: 'B2Gold Corp.',
      url: 'https://www.b2gold.com/operations-projects/producing/fekola-mine-mali/default.aspx',
      quote:
        'The Fekola Complex is located in southwest Mali, on the border between Mali and Senegal, approximately 500 km due west of the capital city, Bamako.',
      language: 'en',
      reliability: 'verified',
      note:
        'Lists Fekola Regional (the Anaconda area and the Dandoko permit) in the Fekola Complex; ' +
        'its "Mine Snapshot" shows "392,946 oz Gold production" without a year in the copy read ' +
        '(2024, per Ecofin). Read at an address with ":443" after the host.',
    },
    {
      id: BAMADA_FEKOLA_LOCATION,
      title: '[Mine d’or de Fekola : un espoir pour les populations rurales]',
      publisher: 'Bamada.net',
      url: 'https://bamada.net/mine-dor-de-fekola-un-espoir-pour-les-populations-rurales',
      quote:
        'Située dans la Région de Kayes, à 40 km au Sud-ouest du centre ville de Keniéba et à 2 km du village de Fadougou, la mine d’or de Fekola dont les travaux ont débuté en 2015, est détenue à 90% par la compagnie canadienne B2Gold et à 10% par l’Etat malien.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Cited for the place only. The 90 % / 10 % split it gives (before the State took its ' +
        'second 10 %) is not recorded: its dates are not published as days.',
    },
    // --- Programs -----------------------------------------------------------------------------------
    {
      id: MALIWEB_FADOUGOU_2019,
      title:
        '[Pour la sécurité des populations autour de la mine d’or de Fekola, la société B2Gold réinstalle le village de Fadougou dans une cité moderne avec toutes les commodités]',
      publisher: 'Maliweb',
      url: 'https://maliweb.net/economie/mines-dor-societes/pour-la-securite-des-populations-autour-de-la-mine-dor-de-fekola-la-societe-b2gold-reinstalle-le-village-de-fadougou-dans-une-cite-moderne-avec-toutes-les-commodites-2801607.html?amp=1',
      quote:
        'Le jeudi 31 janvier 2019 restera journée mémorable pour les populations du village de Fadougou (dans le cercle de Kéniéba) et la société minière B2Gold.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Also: "D’un coût de 20 millions de dollars, le nouveau site de Fadougou a été construit ' +
        'à 2 km de l’ancien village". Other articles date the handover to 31 January 2018, a ' +
        'Wednesday; 31 January 2019 was a Thursday, as this source says.',
    },
    {
      id: MALIWEB_FADOUGOU_COST,
      title: 'Habitat : B2Gold-Mali transforme Fadougou en Cité moderne',
      publisher: 'Maliweb',
      url: 'https://maliweb.net/economie/mines-dor-societes/habitat-b2gold-mali-transforme-fadougou-en-cite-moderne-2800802.html',
      quote: 'Coût du projet : 20 millions de dollars, soit 11,5 milliards de francs CFA.',
      language: 'fr',
      reliability: 'secondary',
    },
    {
      id: MALIJET_2020_CONFERENCE,
      title: '[Mine d’or de Fekola : plus de 90 milliards de F CFA injectés dans le trésor malien]',
      publisher: 'Malijet',
      url: 'https://malijet.co/economie/mine-dor-de-fekola-plus-de-90-milliards-de-f-cfa-injectes-dans-le-tresor-malien',
      quote:
        'la réinstallation du village de Fadougou (913 ménages réinstallées, 3 272 personnes réinstallées, 700 structures construites et équipées de panneaux solaires, de CSCOM et maternité…)',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Reports the press conference of January 2020 by the country director. Also "plus de 90 ' +
        'milliards de FCFA" paid to the State in 2019, not recorded.',
    },
    {
      id: PDAC_2021,
      title: '2021 Sustainability Award',
      publisher: 'Prospectors & Developers Association of Canada',
      url: 'https://www.pdac.ca/about-pdac/awards/2021-award-recipients/2021-sustainability-award',
      quote:
        'Although relocating the residents wasn’t a condition of the mine permit, it soon became obvious that building a new village was an opportunity to invest in the long-term social and economic development of the villagers.',
      language: 'en',
      reliability: 'secondary',
    },
    {
      id: BAMADA_COMMUNITY_2020,
      title: 'Keniéba: B2Gold investit 1,8 milliard, dans le développement communautaire',
      publisher: 'Bamada.net',
      url: 'https://bamada.net/kenieba-b2gold-investit-18-milliard-dans-le-developpement-communautaire',
      quote:
        'De sa phase d’installation débutée en 2015 à l’opérationnalisation de son exploitation, en 2018, la société minière B2GOLD totalise 1 735 878 694 FCFA d’investissements dans le cadre du développement communautaire',
      language: 'fr',
      reliability: 'secondary',
      note:
        'Also: "En 2018, B2Gold et les parties prenantes locales ont élaboré un Plan de ' +
        'développement des communautés (PDC) destiné aux 10 communautés entourant la mine de ' +
        'Fékola". Reports the country director\'s visit of November 2020.',
    },
    {
      id: MALIWEB_KENIEBA_2020,
      title: 'Kéniéba : B2Gold éjecte 1,7 milliard FCFA dans le développement local',
      publisher: 'Maliweb',
      url: 'https://www.maliweb.net/economie/mines-dor-societes/kenieba-b2gold-ejecte-17-milliard-fcfa-dans-le-developpement-local-2905746.html',
      quote:
        '« Un investissement de 33 millions FCFA », a indiqué Mamoudou Keita, l’entrepreneur local qui a exécuté les travaux.',
      language: 'fr',
      reliability: 'secondary',
      note:
        'The country director "a visité, les 23 et 24 novembre 2020, les infrastructures ' +
        'réalisées, cette année, par sa société"; the amount is that of the health centre at ' +
        'Ségoundo, "dans la commune rurale de Dabia".',
    },
    {
      id: MALIWEB_SCHOLARSHIPS,
      title:
        '[Education : B2Gold offre 10 bourses d’études à 10 bacheliers pour un montant de 387 millions de FCFA]',
      publisher: 'Maliweb',
      url: 'https://maliweb.net/education/education-b2gold-offre-10-bourses-detudes-a-10-bacheliers-pour-un-montant-de-387-millions-de-fcfa-2785400.html',
      quote:
        'Le montant total de ces bourses qui ont été remises aux bénéficiaires, le jeudi 25 octobre, à l’hôtel Sheraton, est de 387 millions de Fcfa sur une période de 7 ans.',
      language: 'fr',
      reliability: 'secondary',
      note: 'Also: "10 dossiers dont 5 filles et 5 garçons ont été retenus".',
    },
    {
      id: MALIWEB_SCHOLARSHIPS_DATE,
      title:
        '[Education : la société d’exploitation d’or B2Gold consacre 387 millions de CFA pour les études supérieures de 10 étudiants maliens]',
      publisher: 'Maliweb',
      url: 'https://maliweb.net/education/education-la-societe-dexploitation-dor-b2gold-consacre-387-millions-de-cfa-pour-les-etudes-superieures-de-10-etudiants-maliens-2783879.html',
      quote:
        'La cérémonie de remise desdites bourses d’un montant de 387 millions de FCFA, s’est déroulée le jeudi 25 octobre 2018 à l’hôtel Sheraton de Bamako en présence de Madame le ministre des Mines et du Pétrole.',
      language: 'fr',
      reliability: 'secondary',
    },
  ],
} satisfies ImpactDatasetInput;
