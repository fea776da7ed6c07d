import { describe, expect, it } from 'vitest';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { sdgCoverage } from './sdgCoverage.js';

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
    expect(result.breakdown?.map((r) => [r.key, r.count])).toEqual([
      ['3', 1],
      ['4', 2],
      ['15', 1],
    ]);
    expect(result.sourceIds).toEqual(['s1', 's2', 'src-1']);
    // A plain count of goals: nothing to qualify it.
    expect(result.notes).toEqual([]);
  });
  it('is 0 without programs', () => {
    expect(sdgCoverage([]).value).toBe(0);
  });
});
