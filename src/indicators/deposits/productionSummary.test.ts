import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { type ProductionRecord, ProductionRecordSchema } from '../../model/productionRecord.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { productionSummary, productionSummaryIndicator } from './productionSummary.js';

function record(fields: Record<string, unknown>): ProductionRecord {
  return ProductionRecordSchema.parse({ sourceIds: ['src-prod'], ...fields });
}

const records: ProductionRecord[] = [
  record({ year: 2022, commodity: 'gold', siteId: 's1', quantity: { value: 1000, unit: 'kg' } }),
  record({ year: 2022, commodity: 'gold', siteId: 's2', quantity: { value: 500, unit: 'kg' } }),
  record({
    year: 2023,
    commodity: 'gold',
    quantity: { value: 2, unit: 't' },
    sourceIds: ['src-annual'],
  }),
  record({ year: 2023, commodity: 'gold', siteId: 's1', quantity: { value: 1200, unit: 'kg' } }),
  record({
    year: 2024,
    commodity: 'gold',
    quantity: { value: 100_000, unit: 'ozt' },
    note: 'in doré',
  }),
  record({ year: 2023, commodity: 'silver', quantity: { value: 0, unit: 't' } }),
  record({ year: 2024, commodity: 'silver', quantity: { value: 5, unit: 't' } }),
  record({ year: 2021, commodity: 'copper', quantity: { value: 100, unit: 't' } }),
  record({ year: 2023, commodity: 'copper', quantity: { value: 120, unit: 't' } }),
];

/** The row of a commodity and year. */
function row(result: ReturnType<typeof productionSummary>, commodity: string, year: number) {
  return result.breakdown?.find(
    (r) => r.keys.commodity === commodity && r.keys.year === String(year),
  );
}

/** The keys of every row, in order, as [commodity, year]. */
function keysOf(
  result: ReturnType<typeof productionSummary>,
): [string | undefined, string | undefined][] {
  return (result.breakdown ?? []).map((r) => [r.keys.commodity, r.keys.year]);
}

// Built by a function and called inside each test, so that each test runs the computation.
const summaryOf = (): ReturnType<typeof productionSummary> => productionSummary(records);

describe('productionSummary', () => {
  it('adds the records of a commodity and year, converted to tonnes', () => {
    const summary = summaryOf();
    // gold 2022: 1,000 kg + 500 kg = 1,500 kg = 1.5 t, from 2 records.
    expect(row(summary, 'gold', 2022)).toMatchObject({
      value: 1.5,
      count: 2,
      label: 'gold 2022 (t)',
    });
    // gold 2024: 100,000 ozt × 31.1034768 g = 3,110,347.68 g = 3.11034768 t.
    expect(row(summary, 'gold', 2024)?.value).toBe(3.11034768);
  });

  it('does not add a record that a broader record of the same year covers', () => {
    const summary = summaryOf();
    // gold 2023: the company-wide 2 t covers site s1's 1,200 kg, which is not added: 2 t, 1 record.
    expect(row(summary, 'gold', 2023)).toMatchObject({ value: 2, count: 1 });
    expect(summary.notes).toContain(
      'Not added because a broader record of the same commodity and period covers them: gold 2023 (site s1).',
    );
  });

  it('gives the year-on-year change as a ratio with its parts', () => {
    const summary = summaryOf();
    // gold 2023 on 2022: (2 − 1.5) / 1.5 = 0.5 / 1.5 = 1/3.
    const change2023 = row(summary, 'gold', 2023)?.ratio;
    expect(change2023?.numerator).toBe(0.5);
    expect(change2023?.denominator).toBe(1.5);
    expect(change2023?.value).toBeCloseTo(1 / 3, 12);
    // gold 2024 on 2023: (3.11034768 − 2) / 2 = 1.11034768 / 2 = 0.55517384.
    expect(row(summary, 'gold', 2024)?.ratio).toEqual({
      numerator: 1.11034768,
      denominator: 2,
      value: 0.55517384,
    });
  });

  it('has no change, with a reason, when the previous year is missing or zero', () => {
    // The first year of a commodity, and copper 2023 (no 2022 record): MISSING_DATA.
    const summary = summaryOf();
    for (const [commodity, year] of [
      ['gold', 2022],
      ['copper', 2021],
      ['copper', 2023],
    ] as const) {
      expect(row(summary, commodity, year)?.ratio).toEqual({
        numerator: null,
        denominator: null,
        value: null,
        reason: 'MISSING_DATA',
      });
    }
    // silver 2024 on a 2023 of 0 t: (5 − 0) / 0 has no value.
    expect(row(summary, 'silver', 2024)?.ratio).toEqual({
      numerator: 5,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('orders rows by commodity, then year, each keyed by commodity and year', () => {
    const summary = summaryOf();
    expect(keysOf(summary)).toEqual([
      ['copper', '2021'],
      ['copper', '2023'],
      ['gold', '2022'],
      ['gold', '2023'],
      ['gold', '2024'],
      ['silver', '2023'],
      ['silver', '2024'],
    ]);
    for (const r of summary.breakdown ?? [])
      expect(Object.keys(r.keys)).toEqual(['commodity', 'year']);
  });

  it('orders the years of a commodity and compares each with the year before, whatever the input order', () => {
    const summary = productionSummary([
      record({ year: 2024, commodity: 'gold', quantity: { value: 3, unit: 't' } }),
      record({ year: 2022, commodity: 'gold', quantity: { value: 1, unit: 't' } }),
      record({ year: 2023, commodity: 'gold', quantity: { value: 1.5, unit: 't' } }),
    ]);
    // 2022: first year, no change. 2023 on 2022: (1.5 − 1) / 1 = 0.5. 2024 on 2023:
    // (3 − 1.5) / 1.5 = 1.
    expect(summary.breakdown?.map((r) => [r.keys, r.value, r.ratio])).toEqual([
      [
        { commodity: 'gold', year: '2022' },
        1,
        { numerator: null, denominator: null, value: null, reason: 'MISSING_DATA' },
      ],
      [{ commodity: 'gold', year: '2023' }, 1.5, { numerator: 0.5, denominator: 1, value: 0.5 }],
      [{ commodity: 'gold', year: '2024' }, 3, { numerator: 1.5, denominator: 1.5, value: 1 }],
    ]);
  });

  it('is a table of quantities with no headline, with its unit, sources and notes', () => {
    const summary = summaryOf();
    expect(IndicatorResultSchema.safeParse(summary).success).toBe(true);
    expect(summary).toMatchObject({
      indicatorId: 'deposits.productionSummary',
      unit: 'quantity',
      quantityUnit: 't',
      value: null,
      reason: 'BREAKDOWN_ONLY',
      standards: ['SASB EM-MM-000.A'],
      definitions: { unit: 't' },
      sourceIds: ['src-annual', 'src-prod'],
    });
    expect(summary.notes).toContain('gold 2024 (company-wide): in doré');
    expect(summary.notes).toContain(
      'Quantities reported in other units are converted to t exactly (1 ozt = 31.1034768 g).',
    );
  });

  it('summarises in another unit on request', () => {
    const inOunces = productionSummary(records, { unit: 'ozt' });
    // 100,000 ozt stays 100,000 ozt; 2 t = 2,000,000 g / 31.1034768 = 64,301.4931372559610… ozt.
    expect(row(inOunces, 'gold', 2024)?.value).toBe(100_000);
    expect(row(inOunces, 'gold', 2023)?.value).toBeCloseTo(64301.493137256, 9);
    expect(inOunces.definitions).toEqual({ unit: 'ozt' });
    expect(inOunces.quantityUnit).toBe('ozt');
  });

  it('covers per-deposit records with a site record, and keeps other sites', () => {
    const summaryOfSites = productionSummary([
      record({ year: 2024, commodity: 'gold', siteId: 's1', quantity: { value: 10, unit: 'kg' } }),
      record({
        year: 2024,
        commodity: 'gold',
        siteId: 's1',
        depositId: 'd1',
        quantity: { value: 4, unit: 'kg' },
      }),
      record({
        year: 2024,
        commodity: 'gold',
        depositId: 'd2',
        quantity: { value: 3, unit: 'kg' },
      }),
      record({
        year: 2024,
        commodity: 'gold',
        siteId: 's2',
        depositId: 'd2',
        quantity: { value: 3, unit: 'kg' },
      }),
    ]);
    // Added: s1 10 kg and d2 3 kg = 13 kg = 0.013 t; the s1/d1 and s2/d2 records are covered.
    expect(row(summaryOfSites, 'gold', 2024)).toMatchObject({ value: 0.013, count: 2 });
    expect(summaryOfSites.notes).toContain(
      'Not added because a broader record of the same commodity and period covers them: gold 2024 (site s1, deposit d1); gold 2024 (site s2, deposit d2).',
    );
    // All in tonnes? No: kilograms were converted.
    expect(
      summaryOfSites.notes.some((n) => n.startsWith('Quantities reported in other units')),
    ).toBe(true);
  });

  it('says nothing about conversion when every record is in the summary unit', () => {
    const same = productionSummary([
      record({ year: 2024, commodity: 'zinc', quantity: { value: 3, unit: 't' } }),
    ]);
    expect(same.notes).toHaveLength(1);
    expect(same.breakdown).toHaveLength(1);
  });

  it('returns an empty table for no records', () => {
    expect(productionSummary([]).breakdown).toEqual([]);
  });

  it('reads the records once from any iterable, and gives every row a value', () => {
    const fromSet = productionSummary(new Set(records));
    expect(fromSet).toEqual(summaryOf());
    // No row is null, so no row has a reason.
    for (const r of fromSet.breakdown ?? []) {
      expect(r.value).not.toBeNull();
      expect(r.reason).toBeUndefined();
    }
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(records));
    productionSummary(records);
    expect(records).toEqual(copy);
  });

  describe('errors', () => {
    it('rejects two records of one commodity, year and scope', () => {
      const twice = [records[0] as ProductionRecord, records[0] as ProductionRecord];
      expect(() => productionSummary(twice)).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('two production records of gold in 2022 for site s1'),
        }),
      );
    });
    it('names a record with neither site nor deposit company-wide', () => {
      // records[6] is silver 2024 with no siteId and no depositId: its scope is 'company-wide'.
      const twice = [records[6] as ProductionRecord, records[6] as ProductionRecord];
      expect(() => productionSummary(twice)).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining(
            'two production records of silver in 2024 for company-wide',
          ),
        }),
      );
    });
    it('rejects a year that is not an integer', () => {
      const bad = { ...(records[0] as ProductionRecord), year: 2022.5 };
      expect(() => productionSummary([bad])).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
    it('rejects a record that does not match its schema, naming the field', () => {
      const bad = {
        ...(records[0] as ProductionRecord),
        quantity: { value: -1, unit: 't' as const },
      };
      expect(() => productionSummary([records[1] as ProductionRecord, bad])).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('records[1].quantity.value'),
        }),
      );
    });
    it('rejects an unknown unit', () => {
      expect(() => productionSummary(records, { unit: 'lb' as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });

  test.prop([fc.shuffledSubarray(records, { minLength: records.length })])(
    'does not depend on the order of the records',
    (shuffled) => {
      expect(productionSummary(shuffled)).toEqual(summaryOf());
    },
  );

  test.prop([
    fc.array(
      fc.record({
        year: fc.integer({ min: 2000, max: 2010 }),
        commodity: fc.constantFrom('gold', 'silver'),
        siteId: fc.constantFrom('s1', 's2', 's3'),
        quantity: fc.record({
          value: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
          unit: fc.constantFrom('g' as const, 'kg' as const, 't' as const, 'ozt' as const),
        }),
      }),
      { maxLength: 30 },
    ),
  ])('gives finite, non-negative production and ratios without NaN', (raw) => {
    const unique = [
      ...new Map(raw.map((r) => [`${r.commodity}|${r.year}|${r.siteId}`, r])).values(),
    ].map((r) => record(r));
    const result = productionSummary(unique);
    for (const r of result.breakdown ?? []) {
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.ratio?.value === null || Number.isFinite(r.ratio?.value)).toBe(true);
    }
  });
});

describe('productionSummary as of a day (regression)', () => {
  const history = [
    record({ year: 2009, commodity: 'gold', quantity: { value: 11_000, unit: 'kg' } }),
    record({ year: 2015, commodity: 'gold', quantity: { value: 16_000, unit: 'kg' } }),
    record({ year: 2010, commodity: 'gold', partOfYear: 'Q1', quantity: { value: 3, unit: 't' } }),
  ];

  it('a report as of 2009-12-31 lists no 2015 production', () => {
    const summary = productionSummary(history, { asOf: '2009-12-31' });
    // Only 2009 (11,000 kg = 11 t) had ended on 2009-12-31; 2010 Q1 and 2015 are left out.
    expect(summary.breakdown?.map((r) => [r.keys.year, r.value])).toEqual([['2009', 11]]);
    expect(summary.notes).toContain(
      'Left out: periods that had not ended on 2009-12-31: gold 2010 Q1; gold 2015.',
    );
    expect(summary.definitions).toEqual({ unit: 't', asOf: '2009-12-31' });
  });

  it('leaves out a year that had not ended, and keeps a quarter that had', () => {
    // On 2010-06-30 the first quarter of 2010 had ended (it ends 2010-03-31), the year had not.
    const summary = productionSummary(history, { asOf: '2010-06-30' });
    expect(summary.breakdown?.map((r) => r.keys)).toEqual([
      { commodity: 'gold', year: '2009' },
      { commodity: 'gold', year: '2010', quarter: 'Q1' },
    ]);
  });

  it('follows the report date on a dataset', () => {
    const dataset = { ...baseDataset(), production: history };
    const [result] = productionSummaryIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2009-12-31' }),
    ) as readonly ReturnType<typeof productionSummary>[];
    expect(result?.breakdown?.some((r) => r.keys.year === '2015')).toBe(false);
  });

  it('rejects an asOf that is not a calendar date', () => {
    expect(() => productionSummary(history, { asOf: '2009-12' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('productionSummary by quarter and half', () => {
  const q = (year: number, partOfYear: string | undefined, kg: number) =>
    record({
      year,
      commodity: 'gold',
      ...(partOfYear === undefined ? {} : { partOfYear }),
      quantity: { value: kg, unit: 'kg' },
    });

  it('keeps the published year and adds rows for quarters, never adding them into it', () => {
    // 2024 published as 10,000 kg; its quarters 2,000 + 2,500 + 2,500 + 2,900 = 9,900 kg.
    const summary = productionSummary([
      q(2024, undefined, 10_000),
      q(2024, 'Q1', 2_000),
      q(2024, 'Q2', 2_500),
      q(2024, 'Q3', 2_500),
      q(2024, 'Q4', 2_900),
    ]);
    expect(summary.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ commodity: 'gold', year: '2024' }, 10],
      [{ commodity: 'gold', year: '2024', quarter: 'Q1' }, 2],
      [{ commodity: 'gold', year: '2024', quarter: 'Q2' }, 2.5],
      [{ commodity: 'gold', year: '2024', quarter: 'Q3' }, 2.5],
      [{ commodity: 'gold', year: '2024', quarter: 'Q4' }, 2.9],
    ]);
    expect(summary.breakdown?.[1]?.label).toBe('gold 2024 Q1 (t)');
    expect(summary.breakdown?.[1]?.ratio).toBeUndefined();
    // Q1 + Q2 = 4.5 t and Q3 + Q4 = 5.4 t: 9.9 t against the published 10 t.
    expect(summary.notes).toContain(
      'gold 2024: published 10 t for the year; its parts (Q1 + Q2 + Q3 + Q4) add up to 9.9 t. The published year is used; parts are never added into a published year.',
    );
  });

  it('builds a year not published from its halves, and compares it with the year before', () => {
    // 2023 published: 8,000 kg. 2024: H1 4,000 kg and H2 5,000 kg = 9 t, not published as a
    // year. Change: (9 − 8) / 8 = 0.125.
    const summary = productionSummary([
      q(2023, undefined, 8_000),
      q(2024, 'H1', 4_000),
      q(2024, 'H2', 5_000),
    ]);
    expect(summary.breakdown?.map((r) => [r.keys, r.value, r.count])).toEqual([
      [{ commodity: 'gold', year: '2023' }, 8, 1],
      [{ commodity: 'gold', year: '2024' }, 9, 2],
      [{ commodity: 'gold', year: '2024', half: 'H1' }, 4, 1],
      [{ commodity: 'gold', year: '2024', half: 'H2' }, 5, 1],
    ]);
    expect(summary.breakdown?.[1]?.ratio).toEqual({ numerator: 1, denominator: 8, value: 0.125 });
    expect(summary.notes).toContain(
      'gold 2024: not published for the year; its row is the sum of H1 + H2.',
    );
  });

  it('prefers a published half to its quarters, and gives no year for a partial one', () => {
    // 2025: H1 published 4,000 kg, Q1 1,500 + Q2 2,000 = 3,500 kg disagree; Q3 only: no year.
    const summary = productionSummary([
      q(2025, 'H1', 4_000),
      q(2025, 'Q1', 1_500),
      q(2025, 'Q2', 2_000),
      q(2025, 'Q3', 1_000),
    ]);
    expect(summary.breakdown?.map((r) => r.keys.half ?? r.keys.quarter ?? 'year')).toEqual([
      'H1',
      'Q1',
      'Q2',
      'Q3',
    ]);
    expect(summary.notes).toContain(
      'gold 2025 H1: published 4 t; Q1 + Q2 = 3.5 t. The published H1 is used; quarters are never added into a published half.',
    );
    expect(summary.notes).toContain(
      'gold 2025: only H1, Q1, Q2, Q3 published, which do not make up the year: no row for the year.',
    );
  });

  it('refuses two records of one quarter and scope, and marks an approximate figure', () => {
    expect(() => productionSummary([q(2024, 'Q1', 1), q(2024, 'Q1', 2)])).toThrow(
      'two production records of gold in 2024 Q1 for company-wide',
    );
    const about = productionSummary([
      record({
        year: 2024,
        commodity: 'gold',
        quantity: { value: 620_000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' },
      }),
    ]);
    expect(about.notes).toContain(
      'approximate: gold 2024 (company-wide) published as "around 620,000 oz" (the figure is taken as the value).',
    );
  });
});

describe('productionSummaryIndicator', () => {
  it('has a valid, frozen catalog entry keyed by commodity and year', () => {
    const { entry } = productionSummaryIndicator;
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'deposits.productionSummary',
      family: 'deposits',
      functionName: 'productionSummary',
      unit: 'quantity',
      results: 'one',
      dimensions: ['commodity', 'year', 'quarter', 'half'],
    });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(productionSummaryIndicator.compute).toBe(productionSummary);
  });

  it('summarises the dataset production in the unit every record shares', () => {
    // The base dataset: gold 2024 at site-hill, deposit dep-hill, 1.5 t.
    const outcome = productionSummaryIndicator.fromDataset(indicatorContextOf(baseDataset()));
    const [result] = outcome as readonly ReturnType<typeof productionSummary>[];
    expect(result?.quantityUnit).toBe('t');
    expect(result?.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ commodity: 'gold', year: '2024' }, 1.5],
    ]);
  });

  it('summarises in ounces when every record is in ounces, else in tonnes', () => {
    const base = baseDataset();
    const inOunces = {
      ...base,
      production: [
        { year: 2023, commodity: 'gold', quantity: { value: 1000, unit: 'ozt' }, sourceIds: [] },
        { year: 2024, commodity: 'gold', quantity: { value: 1200, unit: 'ozt' }, sourceIds: [] },
      ],
    };
    const [ounces] = productionSummaryIndicator.fromDataset(
      indicatorContextOf(inOunces),
    ) as readonly ReturnType<typeof productionSummary>[];
    // 1,000 ozt and 1,200 ozt stay in ounces; change (1,200 − 1,000) / 1,000 = 0.2.
    expect(ounces?.quantityUnit).toBe('ozt');
    expect(ounces?.breakdown?.map((r) => r.value)).toEqual([1000, 1200]);
    const mixed = {
      ...base,
      production: [
        ...inOunces.production,
        { year: 2024, commodity: 'silver', quantity: { value: 2, unit: 't' }, sourceIds: [] },
      ],
    };
    const [tonnes] = productionSummaryIndicator.fromDataset(
      indicatorContextOf(mixed),
    ) as readonly ReturnType<typeof productionSummary>[];
    expect(tonnes?.quantityUnit).toBe('t');
  });

  it('says the data is absent when the dataset reports no production', () => {
    const dataset = { ...baseDataset(), production: [] };
    expect(productionSummaryIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset reports no production.',
    });
  });
});
