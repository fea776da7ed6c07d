/**
 * Wraps a builder in a function that runs it on its first call and returns the same value on
 * every call, marked free of side effects for bundlers.
 *
 * @remarks
 * For module-level values that only some calls need (a schema that one function parses with):
 * unlike `pure`, which builds when the module loads, the value is built when it is first
 * used, so importing the library does not pay for it.
 *
 * @param build - The function that builds the value.
 * @returns A function that returns what `build` returns, built once.
 * @example
 * const table = memo(() => new Map([['a', 1]]));
 * table() === table();
 * //=> true
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function memo<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return (): T => {
    built ??= { value: build() };
    return built.value;
  };
}
