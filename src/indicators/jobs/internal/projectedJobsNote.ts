/**
 * The first note of every jobs projection result: the figures are projected, not realised.
 *
 * @remarks
 * GRI 203-2 (significant indirect economic impacts) is the disclosure the projected jobs
 * illustrate; a projection is never a count of jobs created (IRIS+ PI3687 counts those).
 *
 * @internal
 */
export const PROJECTED_JOBS_NOTE =
  'Projected jobs: estimates of the employment a development is expected to support (GRI 203-2, significant indirect economic impacts), not jobs created or counted.';
