// The Fekola dataset (test/realData/fekola.ts) holds published figures of a real company, and
// these tests check that the library's indicators give them back as published: the share of
// host-country nationals from the published counts (exact) or from the published "97 %" alone
// (its rounding interval), production by year as of a day, the resource and reserve statement
// with the published contained ounces, the State of Mali's 20 % as a minority stake, and the
// amounts of the community programs as period and cumulative amounts. Every expected number is
// derived by hand in a comment.
//
// Not in the dataset, because the model has no place for them without invented precision (see
// the final report of the work): payments to the State of Mali (228 billion XOF in 2022, "plus
// de 813 milliards XOF depuis 2016": there is no entity for payments to governments yet),
// purchases from Malian suppliers (311 / 159 billion FCFA), the dated change of ownership from
// 90/10 to 80/20 (an ownership interest starts on a full day; the sources give months), and
// money published as approximate ("environ 2,1 milliards de Fcfa").
import { describe, expect, it } from 'vitest';
import { productionSummary } from '../../src/indicators/deposits/productionSummary.js';
import { resourceReserveStatement } from '../../src/indicators/deposits/resourceReserveStatement.js';
import { hostCountryNationalShare } from '../../src/indicators/workforce/hostCountryNationalShare.js';
import type { ImpactDataset } from '../../src/model/impactDataset.js';
import { isStateOwned } from '../../src/model/isStateOwned.js';
import { stateOwnership } from '../../src/model/stateOwnership.js';
import type { WorkforceSummary } from '../../src/model/workforceSummary.js';
import { buildImpactReport } from '../../src/report/buildImpactReport.js';
import { renderMarkdown } from '../../src/report/renderMarkdown.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { fekolaDataset } from './fekola.js';

/** The validation day: after every date of the dataset (the latest source is of 2025). */
const NOW = '2025-11-14';

/** The dataset as the library parses it, failing the test when validation does not accept it. */
function parsedDataset(): ImpactDataset {
  const validation = validateDataset(fekolaDataset, { now: NOW });
  if (validation.data === undefined) throw new Error('the Fekola dataset does not parse');
  return validation.data;
}

/** The published workforce summary of a day. */
function summaryOn(dataset: ImpactDataset, asOf: string): WorkforceSummary {
  const summary = dataset.workforce.find((w) => w.asOf === asOf);
  if (summary === undefined) throw new Error(`no workforce summary on ${asOf}`);
  return summary;
}

/** Every string under one of `keys` anywhere in `value`, as `[path, id]`. */
function collect(value: unknown, keys: ReadonlySet<string>, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collect(item, keys, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]): [string, string][] => {
    if (keys.has(key) && typeof child === 'string') return [[`${path}/${key}`, child]];
    if (keys.has(key) && Array.isArray(child))
      return child.map((id, i): [string, string] => [`${path}/${key}/${i}`, String(id)]);
    return collect(child, keys, `${path}/${key}`);
  });
}

describe('the Fekola dataset', () => {
  it('is accepted by validateDataset without errors, with one CRIRSCO warning', () => {
    const validation = validateDataset(fekolaDataset, { now: NOW });
    expect(validation.valid).toBe(true);
    expect(validation.summary.errors).toBe(0);
    // CRIRSCO template: a Probable reserve comes from Indicated (or Measured) resources. B2Gold
    // publishes Fekola Regional's Probable reserve; the dataset records no resource line for it,
    // so the one warning points at that reserve line (Fekola Mine's rests on its Indicated line).
    expect(
      validation.issues
        .filter((issue) => issue.severity === 'warning')
        .map((issue) => [issue.code, issue.path]),
    ).toEqual([['estimate.reserve_without_resource', '/deposits/1/estimates/0/category']]);
    // The notes (infos): 6 locations without a point, 3 parties without a register id (the
    // company and 2 organizations), 4 programs without results.
    expect(validation.summary.byCode.map((c) => [c.code, c.severity, c.count])).toEqual([
      ['estimate.reserve_without_resource', 'warning', 1],
      ['location.no_point', 'info', 6],
      ['organization.no_identifier', 'info', 3],
      ['program.no_results', 'info', 4],
    ]);
  });

  it('cites a source with an address for every fact, and every source is cited', () => {
    const { sources, ...citing } = fekolaDataset;
    const ids = new Set<string>(sources.map((s) => s.id));
    expect(ids.size).toBe(sources.length);
    const citations = collect(citing, new Set(['sourceIds', 'sourceId']));
    expect(citations.filter(([, id]) => !ids.has(id))).toEqual([]);
    const cited = new Set(citations.map(([, id]) => id));
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const source of sources) {
      expect(source.url, source.id).toMatch(/^https?:\/\//);
      expect(source.reliability, source.id).toBeDefined();
      expect(source.quote, source.id).toBeDefined();
    }
    // Every workforce summary, program, production record and estimate names a source.
    const dataset = parsedDataset();
    for (const record of [...dataset.workforce, ...dataset.programs, ...dataset.production])
      expect(record.sourceIds.length).toBeGreaterThan(0);
  });

  it('keeps partial dates as published: a year, a month', () => {
    const dataset = parsedDataset();
    // "In 2016, … the Company formed … Fekola SA".
    expect(dataset.company.foundedOn).toBe('2016');
    // "early work activities … began in February 2015".
    expect(dataset.deposits[0]?.stageHistory?.[0]).toMatchObject({
      stage: 'construction',
      from: '2015-02',
    });
    // The cumulative community investment stands as of the month it was stated.
    expect(dataset.programs[0]?.reportedAmounts?.[0]).toMatchObject({
      basis: 'cumulative',
      period: { start: '2015' },
      asOf: '2020-11',
    });
  });
});

describe('the share of host-country nationals (Malians) at Fekola', () => {
  it('is exactly 2,697 / 2,792 at the end of 2022, inside the published "97 %"', () => {
    const result = hostCountryNationalShare(summaryOn(parsedDataset(), '2022-12-31'));
    // 2,697 Malians + 95 expatriates = 2,792 people; 2,697 / 2,792 = 0.965974…
    // "97 %" stands for [0.965, 0.975): 0.965 × 2,792 = 2,694.28 ≤ 2,697 < 2,722.2 = 0.975 × 2,792.
    expect(result.ratio).toEqual({ numerator: 2697, denominator: 2792, value: 2697 / 2792 });
    expect(result.value).toBeCloseTo(0.96597, 5);
    expect(result.notes).toEqual([
      'The share of hostCountryNationals is published as "97%", which stands for [0.965, 0.975); the counts give it exactly: 2697 / 2792.',
    ]);
    // The expatriates' row: 95 / 2,792 = 0.034025…
    expect(result.breakdown?.map((row) => [row.keys.nationality, row.count])).toEqual([
      ['hostCountry', 2697],
      ['expatriate', 95],
    ]);
    expect(result.breakdown?.[1]?.value).toBeCloseTo(0.03403, 5);
  });

  it('is exactly 2,247 / 2,328 at the end of 2021, just inside "près de 97 %"', () => {
    const result = hostCountryNationalShare(summaryOn(parsedDataset(), '2021-12-31'));
    // 2,247 + 81 = 2,328; 2,247 / 2,328 = 0.965206…, above 0.965 by 0.000206… (0.965 × 2,328 =
    // 2,246.52 ≤ 2,247), so the published share and the counts agree.
    expect(result.ratio).toEqual({ numerator: 2247, denominator: 2328, value: 2247 / 2328 });
    expect(result.value).toBeCloseTo(0.965206, 6);
  });

  it('is exactly 2,053 / 2,183 at the end of 2020, where no share is published', () => {
    const result = hostCountryNationalShare(summaryOn(parsedDataset(), '2020-12-31'));
    // 2,053 + 130 = 2,183; 2,053 / 2,183 = 0.940449… (2,183 × 0.94 = 2,052.02).
    expect(result.ratio).toEqual({ numerator: 2053, denominator: 2183, value: 2053 / 2183 });
    expect(result.value).toBeCloseTo(0.940449, 6);
    expect(result.notes).toEqual([]);
  });

  it('gives [0.965, 0.975) from the published "97 %" alone, without the counts', () => {
    const { byNationality: _counts, ...shareOnly } = summaryOn(parsedDataset(), '2022-12-31');
    const result = hostCountryNationalShare(shareOnly);
    // "97 %" = 0.97 ± 0.005: [0.97 − 0.005, 0.97 + 0.005) = [0.965, 0.975), never a count.
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.965, max: 0.975, phrase: '97%' },
    ]);
  });

  it('gives (0.93, 1] from "more than 2,200 employees (more than 93% Malians)"', () => {
    const summary = summaryOn(parsedDataset(), '2020-08-19');
    // "More than 2,200" is at least 2,201 people: a bound, no central figure.
    expect(summary.headcount).toEqual({ min: 2201, phrase: 'more than 2,200 employees in Mali' });
    const result = hostCountryNationalShare(summary);
    // "More than 93%" is above 0.93 and at most 1; no count of Malians narrows it.
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.93, max: 1, phrase: 'more than 93% Malians' },
    ]);
    expect(result.notes).toEqual([
      'The share of hostCountryNationals is published as "more than 93% Malians", which stands for (0.93, 1]; the counts do not narrow it.',
    ]);
  });
});

describe('the amounts of the community programs', () => {
  it('counts the 2020 amount of the Ségoundo health centre as published, in 2020 only', () => {
    const report = buildImpactReport(fekolaDataset, {
      asOf: '2020-12-31',
      period: { start: '2020-01-01', end: '2020-12-31' },
      now: NOW,
    });
    const investment = report.indicators.find(
      (r) => r.indicatorId === 'community.communityInvestment',
    );
    // XOF has no minor unit: 33 millions FCFA = 33,000,000 minor units, the only amount of 2020.
    expect(investment?.money).toEqual([{ amountMinor: 33_000_000, currency: 'XOF' }]);
    expect(report.eiti.socialExpenditures.rows).toEqual([
      {
        programId: 'prg-segoundo-health-centre',
        program: 'Community health centre at Ségoundo',
        period: { start: '2020', end: '2020' },
        beneficiaryIds: [],
        beneficiaryStated: false,
        expenditure: 'social',
        primaryPurpose: 'community',
        obligation: 'notStated',
        form: 'notStated',
        value: { amountMinor: 33_000_000, currency: 'XOF' },
        deemedValue: false,
        phrase: '« Un investissement de 33 millions FCFA »',
      },
    ]);
    // The 2021-2022 period holds none of it: an amount for 2020 is never prorated elsewhere.
    const later = buildImpactReport(fekolaDataset, {
      asOf: '2022-12-31',
      period: { start: '2021-01-01', end: '2022-12-31' },
      now: NOW,
    });
    const none = later.indicators.find((r) => r.indicatorId === 'community.communityInvestment');
    expect(none?.money).toEqual([]);
  });

  it('reports the cumulative 1,735,878,694 FCFA apart, since 2015, never split into years', () => {
    const report = buildImpactReport(fekolaDataset, {
      asOf: '2020-12-31',
      period: { start: '2020-01-01', end: '2020-12-31' },
      now: NOW,
    });
    const investment = report.indicators.find(
      (r) => r.indicatorId === 'community.communityInvestment',
    );
    // Not in the total (XOF 33,000,000 only), but stated apart with its words.
    expect(investment?.notes).toContain(
      'Cumulative totals are reported apart, since their start and as of their day, never split into years: prg-community-development: XOF 1,735,878,694 since 2015, as of 2020-11 ("1 735 878 694 FCFA d’investissements dans le cadre du développement communautaire").',
    );
    const fact = report.facts.find((f) => f.id === 'programs.reportedAmounts.0.0');
    expect(fact).toMatchObject({
      statement:
        'Community development around the Fekola Mine: XOF 1,735,878,694 spent in total since 2015, as of 2020-11, published as "1 735 878 694 FCFA d’investissements dans le cadre du développement communautaire".',
      asOf: '2020-11',
    });
  });

  it("states the resettlement's cost with the publisher's own equivalent in francs CFA", () => {
    const report = buildImpactReport(fekolaDataset, {
      asOf: '2020-12-31',
      period: { start: '2020-01-01', end: '2020-12-31' },
      now: NOW,
    });
    const fact = report.facts.find((f) => f.id === 'programs.reportedAmounts.1.0');
    // USD 20,000,000.00 = 2,000,000,000 cents; "soit 11,5 milliards de francs CFA" = XOF
    // 11,500,000,000, the publisher's figure, not a conversion at a rate.
    expect(fact?.statement).toBe(
      'Resettlement of the village of Fadougou: USD 20,000,000.00 (XOF 11,500,000,000 as published) spent in total since 2016, as of 2019-01, published as "Coût du projet : 20 millions de dollars, soit 11,5 milliards de francs CFA.".',
    );
  });
});

describe('the production of the Fekola Mine', () => {
  it('gives back the published ounces of each year, 2017 to 2024', () => {
    const summary = productionSummary(parsedDataset().production, { unit: 'ozt' });
    const years = summary.breakdown?.filter((row) => Object.keys(row.keys).length === 2);
    // In troy ounces, as published; no record is converted.
    expect(years?.map((row) => [row.keys.year, row.value])).toEqual([
      ['2017', 111_450],
      ['2018', 439_068],
      ['2019', 455_810],
      ['2020', 622_518],
      ['2021', 567_795],
      ['2022', 598_661],
      ['2023', 590_243],
      ['2024', 392_946],
    ]);
    // 2019 on 2018: (455,810 − 439,068) / 439,068 = 16,742 / 439,068 = 0.038131 (+3.8 %).
    expect(years?.[2]?.ratio?.value).toBeCloseTo(0.038131, 6);
    // 2024 on 2023: (392,946 − 590,243) / 590,243 = −197,297 / 590,243 = −0.334264, the
    // "down 33% year-on-year" of the source.
    expect(years?.[7]?.ratio?.value).toBeCloseTo(-0.334264, 6);
  });

  it('keeps the published 2022 figure, not the sum of its published parts', () => {
    const summary = productionSummary(parsedDataset().production, { unit: 'ozt' });
    // H1 224,714 + Q3 129,933 + Q4 244,013 = 598,660, one ounce below the published 598,661.
    expect(summary.notes).toContain(
      'gold 2022: published 598,661 ozt for the year; its parts (H1 + Q3 + Q4) add up to 598,660 ozt. The published year is used; parts are never added into a published year.',
    );
    const parts = summary.breakdown?.filter((row) => Object.keys(row.keys).length === 3);
    expect(parts?.map((row) => [row.keys.half ?? row.keys.quarter, row.value])).toEqual([
      ['H1', 224_714],
      ['Q3', 129_933],
      ['Q4', 244_013],
    ]);
  });

  it('lists no production after asOf: as of 2020-12-31, nothing of 2021', () => {
    const summary = productionSummary(parsedDataset().production, {
      unit: 'ozt',
      asOf: '2020-12-31',
    });
    expect(summary.breakdown?.map((row) => [row.keys.year, row.value])).toEqual([
      ['2017', 111_450],
      ['2018', 439_068],
      ['2019', 455_810],
      ['2020', 622_518],
    ]);
    expect(summary.notes).toContain(
      'Left out: periods that had not ended on 2020-12-31: gold 2021; gold 2022; gold 2022 H1; gold 2022 Q3; gold 2022 Q4; gold 2023; gold 2024.',
    );
  });
});

describe('the resources and reserves of the Fekola Complex', () => {
  /** The value of a statement row by category and measure. */
  function row(asOf: string, category: string, measure: 'ore' | 'metal'): number | null {
    const statement = resourceReserveStatement(parsedDataset().deposits, {
      commodity: 'gold',
      asOf,
      metalUnit: 'ozt',
    });
    const found = statement.breakdown?.find(
      (r) => r.keys.category === category && r.keys.measure === measure,
    );
    return found?.value ?? null;
  }

  it('gives back the published Probable reserves of end-2023, not ore × grade', () => {
    // Ore: 48,000 kt + 13,800 kt = 61,800 kt, the published "Total Fekola Complex".
    expect(row('2024-12-31', 'probable', 'ore')).toBe(61_800_000);
    // Metal: 2,510 koz + 880 koz = 3,390 koz, the published total. Ore × grade would give
    // 48,000,000 t × 1.63 g/t = 78,240,000 g ÷ 31.1034768 = 2,515,474.4 ozt and 13,800,000 t ×
    // 1.97 g/t = 27,186,000 g ÷ 31.1034768 = 874,050.2 ozt, 3,389,524.6 ozt in all.
    expect(row('2024-12-31', 'probable', 'metal')).toBe(3_390_000);
    // No Proven reserve is published: proved + probable is the Probable line.
    expect(row('2024-12-31', 'provedProbable', 'metal')).toBe(3_390_000);
    expect(row('2024-12-31', 'proved', 'metal')).toBeNull();
    const statement = resourceReserveStatement(parsedDataset().deposits, {
      commodity: 'gold',
      asOf: '2024-12-31',
      metalUnit: 'ozt',
    });
    // Ore × grade: 13,800,000 t × 1.965 to 1.975 g/t = 871,831.8 to 876,268.6 ozt; 880,000 oz
    // published (rounded to 10,000 oz) stands for 875,000 to 885,000 ozt. The intervals meet:
    // the difference is B2Gold's rounding, and the published figure stays without a note.
    expect(statement.notes.some((note) => note.includes('outside the rounding'))).toBe(false);
  });

  it('gives back the Indicated resource of end-2019: 6,052,000 oz, not 6,044,983 oz', () => {
    // 110,600,000 t × 1.70 g/t = 188,020,000 g ÷ 31.1034768 = 6,044,983.4 ozt; published 6,052,000.
    expect(row('2019-12-31', 'indicated', 'ore')).toBe(110_600_000);
    expect(row('2019-12-31', 'indicated', 'metal')).toBe(6_052_000);
  });

  it('gives back the Probable reserve of end-2016 as of 2018: 43,800,000 t, 3,340,000 oz', () => {
    // 43,800,000 t × 2.37 g/t = 103,806,000 g ÷ 31.1034768 = 3,337,440.4 ozt; published 3,340,000.
    expect(row('2018-12-31', 'probable', 'ore')).toBe(43_800_000);
    expect(row('2018-12-31', 'probable', 'metal')).toBe(3_340_000);
  });

  it('CRIRSCO template: states that B2Gold reports resources inclusive of reserves', () => {
    // https://b2gold.com/projects/reserves-resources/: "Mineral Resources are reported inclusive
    // of those Mineral Resources that have been converted to Mineral Reserves." As of 2024 the
    // Indicated 6,052,000 oz of end-2019 therefore already holds the Probable 2,510,000 oz of
    // the Fekola Mine: adding the two would count the reserve twice.
    const statement = resourceReserveStatement(parsedDataset().deposits, {
      commodity: 'gold',
      asOf: '2024-12-31',
      metalUnit: 'ozt',
    });
    expect(statement.notes).toContain(
      'NI43-101: the resources of dep-fekola are stated inclusive of reserves: the reserves are part of them, not additional.',
    );
    // Fekola Regional has reserves only: it has no resource line, so no inclusion to state.
    expect(statement.notes.some((note) => note.includes('dep-fekola-regional include'))).toBe(
      false,
    );
  });
});

describe('the ownership of Fekola S.A.', () => {
  it('gives the State of Mali its published 20 % as a minority stake, not state ownership', () => {
    const dataset = parsedDataset();
    expect(isStateOwned(dataset)).toBe(false);
    // One chain, Fekola S.A. ← State of Mali, of 20 %: at most 50 %, and the 80 % holder (B2Gold)
    // is not the state, so there is no control.
    expect(stateOwnership(dataset)).toStrictEqual({
      companyId: 'fekola-sa',
      share: { exact: 20 },
      chains: [{ partyIds: ['fekola-sa', 'state-ml'], share: { exact: 20 } }],
      control: 'notControlled',
      status: 'minority',
    });
  });
});

describe('the impact report of Fekola S.A.', () => {
  it('builds and renders, and the Markdown shows the published figures and words', () => {
    const report = buildImpactReport(fekolaDataset, {
      asOf: '2022-12-31',
      period: { start: '2020-01-01', end: '2022-12-31' },
      now: NOW,
      metalUnit: 'ozt',
    });
    expect(report.company).toEqual({
      id: 'fekola-sa',
      name: 'Fekola S.A.',
      stateOwned: false,
      stateShare: { exact: 20 },
      stateOwnership: 'minority',
    });
    const markdown = renderMarkdown(report);
    for (const text of [
      '- Fekola S.A. was founded in 2016. Sources: [src-b2gold-2018-08-14](#source-src-b2gold-2018-08-14) (verified).',
      // The company's name ends with a full stop: the sentence gets no second one.
      'State of Mali holds a shareholding of 20 % in Fekola S.A. Sources:',
      // The bound share of a bound headcount, with the published words.
      '- A share in (0.93, 1\\] of at least 2,201 people are host-country nationals on 2020-08-19, published as "more than 93% Malians".',
      // The counts of end-2022 and the published "97 %" with its interval.
      '- 2,697 of 2,792 people are host-country nationals on 2022-12-31, a share of 0.966, published as a share of "97%" (\\[0.965, 0.975)).',
      // 2,697 / 2,792 = 0.96597… shown as 0.966 (96.6 %).
      '<a id="indicator-workforce-hostCountryNationalShare"></a>\n#### Share of the workforce who are host-country nationals',
      'Figure: 0.966 (96.6 %, 2,697 / 2,792).',
      // The rows by nationality: the share, the people counted and the ratio's parts.
      '| hostCountry | 0.966 (96.6 %) | 2,697 | 2,697 / 2,792 |',
      '| expatriate | 0.034 (3.4 %) | 95 | 95 / 2,792 |',
      '| 2020 | Community health centre at Ségoundo | not stated | not stated | not stated | XOF 33,000,000 (“« Un investissement de 33 millions FCFA »”) |',
      'prg-community-development: XOF 1,735,878,694 since 2015, as of 2020-11',
      '- Resettlement of the village of Fadougou: USD 20,000,000.00 (XOF 11,500,000,000 as published) spent in total since 2016, as of 2019-01',
      '- Employment on 2022-12-31 (published summary, scope: employees): 2,792. Sources:',
      // The money of the programs, as published: the total since 2015 and the 2020 amount.
      '| Community health centre at Ségoundo | 2020 | spent in the period | XOF | XOF 33,000,000 (“« Un investissement de 33 millions FCFA »”) | [src-maliweb-2905746](#source-src-maliweb-2905746) |',
      'gold 2022: published 598,661 ozt for the year; its parts (H1 + Q3 + Q4) add up to 598,660 ozt.',
      'Left out: periods that had not ended on 2022-12-31: gold 2023; gold 2024.',
    ])
      expect(markdown).toContain(text);
  });

  it('states the reserves of end-2023 in ounces in a report as of 2024', () => {
    const report = buildImpactReport(fekolaDataset, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01', end: '2024-12-31' },
      now: NOW,
      metalUnit: 'ozt',
    });
    const statement = report.indicators.find(
      (r) => r.indicatorId === 'deposits.resourceReserveStatement',
    );
    // 2,510,000 + 880,000 = 3,390,000 ozt, as published.
    expect(
      statement?.breakdown?.find(
        (r) => r.keys.category === 'probable' && r.keys.measure === 'metal',
      ),
    ).toMatchObject({ value: 3_390_000, quantityUnit: 'ozt', count: 2 });
    expect(() => renderMarkdown(report)).not.toThrow();
  });
});
