import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { ProgramResultSchema } from '../../model/socialProgram.js';

type ProgramResultInput = z.input<typeof ProgramResultSchema>;

import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type IndicatorResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import { resultProgress, resultProgressIndicator } from './resultProgress.js';

const period = { start: '2023-09-01', end: '2024-06-30' };
/** A program result as a dataset states it (checked by the schema; not yet parsed). */
const make = (r: object): ProgramResultInput => {
  const input = { title: 'Pupils taught', measure: 'unit', period, ...r } as ProgramResultInput;
  ProgramResultSchema.parse(input);
  return input;
};

/** The progress of one result, as the only result of one program. */
function progressOf(result: ProgramResultInput): IndicatorResult {
  const [progress, ...rest] = resultProgress([makeProgram({ id: 'p', results: [result] })]);
  expect(rest).toEqual([]);
  return progress as IndicatorResult;
}

describe('resultProgress: the catalog entry', () => {
  it('is community.resultProgress, a ratio, one result per program result', () => {
    expect(IndicatorCatalogEntrySchema.parse(resultProgressIndicator.entry)).toMatchObject({
      id: 'community.resultProgress',
      family: 'community',
      functionName: 'resultProgress',
      unit: 'ratio',
      results: 'many',
      resultKeys: ['programId', 'result'],
      dimensions: [],
    });
    expect(resultProgressIndicator.compute).toBe(resultProgress);
    expect(communityIndicators).toContain(resultProgressIndicator);
  });
});

describe('resultProgress', () => {
  it('measures progress from the baseline', () => {
    // (240 − 0) / (300 − 0) = 0.8
    const result = progressOf(make({ baseline: 0, target: 300, actual: 240 }));
    expect(result.value).toBe(0.8);
    expect(result.ratio).toEqual({ numerator: 240, denominator: 300, value: 0.8 });
    expect(result.indicatorId).toBe('community.resultProgress');
    expect(result.keys).toEqual({ programId: 'p', result: '0' });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('uses 0 as the baseline when absent, and says so', () => {
    // 150 / 200 = 0.75
    const result = progressOf(make({ target: 200, actual: 150 }));
    expect(result.value).toBe(0.75);
    expect(result.definitions.baseline).toBe(0);
    expect(result.notes).toHaveLength(1);
  });
  it('handles decreasing targets', () => {
    // (25 − 40) / (10 − 40) = −15 / −30 = 0.5
    expect(
      progressOf(make({ measure: 'percentage', baseline: 40, target: 10, actual: 25 })).value,
    ).toBe(0.5);
  });
  it('reports overshoot above 1 and regression below 0', () => {
    // (120 − 20) / (100 − 20) = 100 / 80 = 1.25; (10 − 20) / 80 = −0.125
    expect(progressOf(make({ baseline: 20, target: 100, actual: 120 })).value).toBe(1.25);
    expect(progressOf(make({ baseline: 20, target: 100, actual: 10 })).value).toBe(-0.125);
  });
  it('is null for qualitative results', () => {
    const result = progressOf(
      make({ measure: 'qualitative', description: 'Museum exposition opened' }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('NOT_APPLICABLE');
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('is null with MISSING_DATA without an actual or a target', () => {
    expect(progressOf(make({ target: 10 })).reason).toBe('MISSING_DATA');
    expect(progressOf(make({ actual: 10 })).reason).toBe('MISSING_DATA');
  });
  it('is null with ZERO_DENOMINATOR when the target equals the baseline', () => {
    expect(progressOf(make({ baseline: 5, target: 5, actual: 7 })).reason).toBe('ZERO_DENOMINATOR');
  });
});

describe('resultProgress over programs', () => {
  const programs = [
    makeProgram({
      id: 'school',
      results: [
        make({ baseline: 0, target: 300, actual: 240 }),
        make({ measure: 'qualitative', description: 'Library opened' }),
        make({ baseline: 10, target: 20, actual: 20, sourceIds: ['src-b', 'src-a', 'src-b'] }),
      ],
    }),
    makeProgram({ id: 'no-results' }),
    makeProgram({ id: 'water', results: [make({ target: 4, actual: 1 })] }),
  ];

  it('gives one result per program result, keyed by program and index, in input order', () => {
    const results = resultProgress(programs);
    // school: 240 / 300 = 0.8; the qualitative one has none; (20 − 10) / (20 − 10) = 1.
    // water: 1 / 4 = 0.25.
    expect(results.map((r) => [r.keys, r.value, r.reason])).toEqual([
      [{ programId: 'school', result: '0' }, 0.8, undefined],
      [{ programId: 'school', result: '1' }, null, 'NOT_APPLICABLE'],
      [{ programId: 'school', result: '2' }, 1, undefined],
      [{ programId: 'water', result: '0' }, 0.25, undefined],
    ]);
    // The sources of a result, unique and sorted.
    expect(results[2]?.sourceIds).toEqual(['src-a', 'src-b']);
  });

  it('leaves qualitative results out on request, keeping the indices', () => {
    const results = resultProgress(programs, { includeQualitative: false });
    expect(results.map((r) => r.keys)).toEqual([
      { programId: 'school', result: '0' },
      { programId: 'school', result: '2' },
      { programId: 'water', result: '0' },
    ]);
  });

  it('is empty without results, and refuses what is not a program', () => {
    expect(resultProgress([makeProgram()])).toEqual([]);
    expect(() => resultProgress([{ id: 'x' }] as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('resultProgress on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('measures the quantitative results of the programs', () => {
    const outcome = resultProgressIndicator.fromDataset(contextOf(baseDataset(), choices));
    // The school program: pupils 240 of a target of 300 from 0: 0.8.
    expect(outcome).toMatchObject([
      { keys: { programId: 'prog-school', result: '0' }, value: 0.8 },
    ]);
  });

  it('is notApplicable when no program states a quantitative result', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({
      ...p,
      results: [
        { title: 'Opened', measure: 'qualitative' as const, period: { start: '2024-01-01' } },
      ],
    }));
    expect(
      resultProgressIndicator.fromDataset(contextOf({ ...dataset, programs }, choices)),
    ).toEqual({ status: 'notApplicable', detail: 'No program states a quantitative result.' });
  });
});
