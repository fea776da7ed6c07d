import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { ImpactError } from '../core/ImpactError.js';
import type { IndicatorDefinition } from '../indicators/contract/defineIndicator.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { datasetContextOf as indicatorContextOf } from '../indicators/datasetContextOf.js';
import { ImpactDatasetSchema } from '../model/impactDataset.js';
import { createGazetteer } from '../places/createGazetteer.js';
import { buildImpactReport } from './buildImpactReport.js';
import { categoryLabel } from './categoryLabel.js';
import { compareDisclosureCodes } from './compareDisclosureCodes.js';
import { describeResult } from './describeResult.js';
import { districtPlace } from './districtPlace.js';
import { numberFormatter } from './numberFormatter.js';
import { renderJson } from './renderJson.js';
import { reportIndicators } from './reportIndicators.js';
import { hasFigure, resultStatus } from './resultStatus.js';

const data = ImpactDatasetSchema.parse(baseDataset());
const gazetteer = createGazetteer(data.locations);
const context = indicatorContextOf(data, {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
});

/** A definition of a made-up indicator with the given id that runs `fromDataset`. */
function definition(
  id: string,
  fromDataset: IndicatorDefinition['fromDataset'],
): IndicatorDefinition {
  return {
    entry: {
      id,
      title: id,
      unit: 'count',
      formula: 'f',
      standards: [],
      family: 'workforce',
      functionName: 'f',
      results: 'many',
      resultKeys: ['n'],
      dimensions: [],
    },
    compute: () => undefined,
    fromDataset,
  };
}

function result(indicatorId: string, fields: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    indicatorId,
    title: 'T',
    unit: 'count',
    value: null,
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
    ...fields,
  };
}

describe('compareDisclosureCodes', () => {
  it('orders by the numbers, shorter first, then by text', () => {
    const codes = ['GRI 201-1', 'GRI 14.10', 'GRI 2-8', 'GRI 14', 'GRI 2-7'];
    expect([...codes].sort(compareDisclosureCodes)).toEqual([
      'GRI 2-7',
      'GRI 2-8',
      'GRI 14',
      'GRI 14.10',
      'GRI 201-1',
    ]);
    expect(compareDisclosureCodes('A 1', 'B 1')).toBeLessThan(0);
    expect(compareDisclosureCodes('B 1', 'A 1')).toBeGreaterThan(0);
    expect(compareDisclosureCodes('GRI 2-8', 'GRI 2-8')).toBe(0);
  });
});

describe('districtPlace', () => {
  it('finds the district, keeps a place without one, and falls back to the id', () => {
    expect(districtPlace(gazetteer, 'v-hill')).toEqual({ id: 'XX-D1', label: 'Hill District' });
    expect(districtPlace(gazetteer, 'XX-R1')).toEqual({ id: 'XX-R1', label: 'Hill Region' });
    expect(districtPlace(gazetteer, 'nowhere')).toEqual({ id: 'nowhere', label: 'nowhere' });
  });
});

describe('reportIndicators', () => {
  it('marks a definition that throws an ImpactError as failed and keeps going', () => {
    const registry = [
      definition('a.failing', () => {
        throw new ImpactError('INVALID_ARGUMENT', 'boom');
      }),
      definition('a.notApplicable', () => [
        result('a.notApplicable', { reason: 'ZERO_DENOMINATOR' }),
        result('a.notApplicable', { reason: 'NOT_APPLICABLE' }),
      ]),
      definition('a.missing', () => [result('a.missing', { reason: 'MISSING_DATA' })]),
      definition('a.absent', () => ({ status: 'dataAbsent', detail: 'No programs.' })),
      definition('a.empty', () => []),
      definition('a.reported', () => [
        result('a.reported', { reason: 'MISSING_DATA' }),
        result('a.reported', { value: 1 }),
      ]),
    ];
    const { results, coverage } = reportIndicators(context, registry);
    const status = Object.fromEntries(
      coverage.map((c) => [c.indicatorId, [c.status, c.detail, c.results]]),
    );
    expect(status).toEqual({
      'a.failing': [
        'failed',
        '[mining-impact] The argument is not valid for this function: boom',
        0,
      ],
      // The best status of its results, with its cause: here the zero denominator of the
      // formula ('f'), since the result has no note.
      'a.notApplicable': ['notApplicable', 'The denominator is zero: f.', 2],
      'a.missing': ['dataAbsent', 'An input it needs is missing: f.', 1],
      'a.absent': ['dataAbsent', 'No programs.', 0],
      'a.empty': ['notComputed', 'The report does not compute this indicator.', 0],
      'a.reported': ['reported', undefined, 2],
    });
    // A note on method (an assumption, a default used) or a definition is not the cause; a note
    // that says what is missing is, else the unknown part of the ratio, with the formula.
    const progress = reportIndicators(context, [
      definition('a.progress', () => [
        result('a.progress', {
          reason: 'MISSING_DATA',
          notes: ['No baseline was given; 0 was used.'],
          ratio: { numerator: 7, denominator: null, value: null, reason: 'MISSING_DATA' },
        }),
      ]),
      definition('a.noted', () => [
        result('a.noted', {
          reason: 'MISSING_DATA',
          notes: [
            'A default rate is assumed.',
            'The overall figure divides by the sum of program counts.',
            'The population of the area is not known.',
          ],
        }),
      ]),
    ]).coverage.map((c) => c.detail);
    expect(progress).toEqual([
      'The denominator is not known (the numerator is 7): f.',
      'The population of the area is not known.',
    ]);
    // Registry order, each indicator's results in its own order.
    expect(results.map((r) => [r.indicatorId, r.value])).toEqual([
      ['a.notApplicable', null],
      ['a.notApplicable', null],
      ['a.missing', null],
      ['a.reported', null],
      ['a.reported', 1],
    ]);
  });

  it('lets any other error through', () => {
    const registry = [
      definition('a.bug', () => {
        throw new TypeError('a bug');
      }),
    ];
    expect(() => reportIndicators(context, registry)).toThrow(TypeError);
  });
});

describe('small helpers', () => {
  it('tells which rows and results give a figure', () => {
    const keys = { k: 'a' };
    expect(hasFigure({ keys, value: null, money: [{ amountMinor: 1, currency: 'AZN' }] })).toBe(
      true,
    );
    expect(hasFigure({ keys, value: null, money: [] })).toBe(false);
    expect(hasFigure({ keys, value: null, range: { low: 1, high: 2 } })).toBe(true);
    expect(
      resultStatus(result('x', { unit: 'money', money: [{ amountMinor: 0, currency: 'AZN' }] })),
    ).toBe('reported');
    expect(resultStatus(result('x', { unit: 'money', money: [] }))).toBe('dataAbsent');
  });

  it('labels categories, writes money exactly and describes an index', () => {
    expect(categoryLabel('publicAwareness')).toBe('public awareness');
    expect(categoryLabel('constructor')).toBe('constructor');
    // JPY has no minor unit: 1,234,567 minor units are JPY 1,234,567.
    expect(numberFormatter('en').money({ amountMinor: 1_234_567, currency: 'JPY' })).toBe(
      'JPY 1,234,567',
    );
    expect(describeResult(result('x', { unit: 'index', value: 0.123456 }))).toBe('0.1235');
    expect(
      describeResult(
        result('x', {
          unit: 'quantity',
          quantityUnit: 't',
          reason: 'BOUNDED',
          bounds: { max: 2.5 },
        }),
      ),
    ).toBe('at most 2.5 t');
  });

  it('leaves undefined keys out of the JSON', () => {
    const report = buildImpactReport(baseDataset(), {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: '2025-11-14',
    });
    const withUndefined = { ...report, company: { ...report.company, extra: undefined } };
    expect(renderJson(withUndefined)).toBe(renderJson(report));
  });
});

describe('buildImpactReport picks the workforce summary on or before asOf', () => {
  it('takes the latest one and ignores later ones', () => {
    const input = baseDataset();
    const site = input.workforce?.[0];
    if (site === undefined) throw new Error('fixture');
    input.workforce = [
      {
        ...site,
        asOf: '2023-12-31',
        headcount: 90,
        fromRegions: { min: 51 },
        local: 50,
        nonLocal: 40,
        byOrigin: { 'XX-D1': 50, 'XX-CAP': 40 },
        byGender: { female: 10, male: 80 },
      },
      site,
      {
        ...site,
        asOf: '2022-12-31',
        headcount: 80,
        fromRegions: { min: 41 },
        local: 40,
        nonLocal: 40,
        byOrigin: { 'XX-D1': 40, 'XX-CAP': 40 },
        byGender: { female: 10, male: 70 },
      },
    ];
    input.employees = [];
    const report = buildImpactReport(input, {
      asOf: '2024-06-30',
      period: { start: '2024-01-01' },
      now: '2025-11-14',
    });
    // The summary of 2024-12-31 lies after asOf; of the two before, 2023-12-31 is the latest.
    expect(report.eiti.economicContribution.employment).toMatchObject({
      asOf: '2023-12-31',
      headcount: 90,
      byGender: { female: 10, male: 80 },
    });
    expect(report.facts.filter((f) => f.id.endsWith('.headcount')).map((f) => f.asOf)).toEqual([
      '2023-12-31',
      '2022-12-31',
    ]);
  });
});
