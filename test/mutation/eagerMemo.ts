/**
 * `memo` as the mutation run loads it: the value built when the module that declares it loads.
 *
 * @remarks
 * For the reason of test/mutation/eagerLazyShape.ts: a value built on first use would be built
 * once, under whichever mutant was switched on then, and kept between mutants.
 */
export function memo<T>(build: () => T): () => T {
  const value = build();
  return (): T => value;
}
