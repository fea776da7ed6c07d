/**
 * The five figures of a {@link JobsFigures}, in the order rows list them.
 *
 * @internal
 */
export const JOBS_COMPONENTS = ['direct', 'indirect', 'induced', 'total', 'local'] as const;

/**
 * One of the five figures of a {@link JobsFigures}: the `component` key of a jobs row.
 *
 * @internal
 */
export type JobsComponent = (typeof JOBS_COMPONENTS)[number];

/**
 * The components a `total` may add up.
 *
 * @internal
 */
export type TotalComponent = 'direct' | 'indirect' | 'induced';
