import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { JobProjectionSchema, ProjectionPhaseSchema } from './jobProjection.js';

const projection = {
  id: 'proj-zod',
  depositId: 'dep-zod',
  scenario: { label: 'Illustrative', kind: 'assumed' },
  phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }],
  sourceIds: [],
};

describe('JobProjectionSchema', () => {
  it('accepts phases, a local hire share as a fraction or bounds, and ranged multipliers', () => {
    accepts(JobProjectionSchema, { ...projection, localHireShare: 0.8 });
    const parsed = accepts(JobProjectionSchema, {
      ...projection,
      localHireShare: { min: 0.8, phrase: 'over 80 percent' },
      multipliers: {
        typeI: { low: 1.4, central: 1.8, high: 2.2 },
        typeII: { low: 2, high: 3 },
        sourceId: 'src-io',
      },
    });
    expect(parsed.localHireShare).toEqual({ min: 0.8, phrase: 'over 80 percent' });
  });

  it('rejects a local hire share outside [0, 1], also as bounds', () => {
    rejects(
      JobProjectionSchema,
      { ...projection, localHireShare: 80 },
      ['localHireShare'],
      'too_big',
    );
    rejects(
      JobProjectionSchema,
      { ...projection, localHireShare: { min: 80, phrase: '80 percent' } },
      ['localHireShare', 'min'],
      'too_big',
    );
    rejects(
      JobProjectionSchema,
      { ...projection, localHireShare: { min: 0.9, max: 0.8 } },
      ['localHireShare', 'max'],
      'bounds.min_above_max',
    );
    rejects(
      JobProjectionSchema,
      { ...projection, localHireShare: { phrase: 'most' } },
      ['localHireShare'],
      'bounds.empty',
    );
  });

  it('rejects a projection without phases and unordered multipliers', () => {
    rejects(JobProjectionSchema, { ...projection, phases: [] }, ['phases'], 'too_small');
    rejects(
      JobProjectionSchema,
      {
        ...projection,
        multipliers: { typeI: { low: 1.4, central: 2.5, high: 2.2 }, sourceId: 's' },
      },
      ['multipliers', 'typeI', 'central'],
      'range.unordered',
    );
  });
});

describe('ProjectionPhaseSchema', () => {
  it('accepts a one-year phase and rejects one that ends before it starts', () => {
    accepts(ProjectionPhaseSchema, {
      phase: 'construction',
      startYear: 2026,
      endYear: 2026,
      directJobs: 800,
    });
    rejects(
      ProjectionPhaseSchema,
      { phase: 'construction', startYear: 2027, endYear: 2026, directJobs: 800 },
      ['endYear'],
      'period.end_before_start',
    );
  });
});
