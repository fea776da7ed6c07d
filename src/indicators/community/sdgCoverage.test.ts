import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import { sdgCoverage, sdgCoverageIndicator } from './sdgCoverage.js';

describe('sdgCoverage: the catalog entry', () => {
  it('is community.sdgCoverage, a count with rows by goal', () => {
    expect(IndicatorCatalogEntrySchema.parse(sdgCoverageIndicator.entry)).toMatchObject({
      id: 'community.sdgCoverage',
      family: 'community',
      functionName: 'sdgCoverage',
      unit: 'count',
      results: 'one',
      dimensions: ['sdg'],
    });
    expect(sdgCoverageIndicator.compute).toBe(sdgCoverage);
    expect(communityIndicators).toContain(sdgCoverageIndicator);
  });
});

describe('sdgCoverage', () => {
  it('counts distinct goals and the programs naming each', () => {
    const programs = [
      makeProgram({ id: 'a', sdgs: [3, 4], sourceIds: ['s2'] }),
      makeProgram({ id: 'b', sdgs: [4, 15, 4], sourceIds: ['s1'] }),
      makeProgram({ id: 'c', sdgs: [] }),
    ];
    const result = sdgCoverage(programs);
    // Goals 3, 4 and 15: three distinct goals. Goal 4 is named by a and b (b twice, counted once).
    expect(result.value).toBe(3);
    expect(result.unit).toBe('count');
    expect(result.breakdown?.map((r) => [r.keys, r.value, r.count])).toEqual([
      [{ sdg: '3' }, 1, 1],
      [{ sdg: '4' }, 2, 2],
      [{ sdg: '15' }, 1, 1],
    ]);
    expect(result.sourceIds).toEqual(['s1', 's2', 'src-1']);
    // A plain count of goals: nothing to qualify it.
    expect(result.notes).toEqual([]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('is 0 without programs', () => {
    expect(sdgCoverage([]).value).toBe(0);
  });
  it('refuses a program that does not match the schema', () => {
    const broken = { ...makeProgram(), sdgs: [18] };
    expect(() => sdgCoverage([broken])).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('programs[0].sdgs.0'),
      }),
    );
  });
});

describe('sdgCoverage on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('counts the goals its programs name', () => {
    // The school program names goal 4 (quality education).
    expect(sdgCoverageIndicator.fromDataset(contextOf(baseDataset(), choices))).toMatchObject([
      { value: 1, breakdown: [{ keys: { sdg: '4' }, value: 1 }] },
    ]);
  });

  it('is dataAbsent when no program names a goal', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({ ...p, sdgs: [] }));
    expect(sdgCoverageIndicator.fromDataset(contextOf({ ...dataset, programs }, choices))).toEqual({
      status: 'dataAbsent',
      detail: 'No program names a Sustainable Development Goal.',
    });
  });
});
