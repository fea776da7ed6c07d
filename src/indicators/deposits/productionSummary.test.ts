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
      'Not added because a broader record of the same commodity and year covers them: gold 2023 (site s1).',
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
      'Not added because a broader record of the same commodity and year covers them: gold 2024 (site s1, deposit d1); gold 2024 (site s2, deposit d2).',
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
      dimensions: ['commodity', 'year'],
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
