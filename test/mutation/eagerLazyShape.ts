import type { LazyFields } from '../../src/core/lazyShape.js';

/**
 * `lazyShape` as the mutation run loads it: every field built at once, when the module that
 * declares the schema loads, as the schemas were written before they were built lazily.
 *
 * @remarks
 * The mutation run keeps modules loaded between mutants (`isolate: false`), so a field built on
 * its first read would be built once, under whichever mutant was switched on then, and kept:
 * a mutant inside it could never take effect. Built at load, such a mutant is static, and the
 * Stryker configuration leaves static mutants out (`ignoreStatic`), as it did for these fields
 * when they were built eagerly. Only vitest.mutation.config.ts uses this module.
 */
export function lazyShape<T extends Readonly<Record<string, unknown>>>(fields: T): LazyFields<T> {
  const shape: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields))
    shape[key] = typeof field === 'function' ? field() : field;
  return shape as LazyFields<T>;
}
