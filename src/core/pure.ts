/**
 * Runs a builder once and returns its value, marked free of side effects for bundlers.
 *
 * @remarks
 * Module-level schemas and tables are built through `pure(() => …)`. The
 * `@__NO_SIDE_EFFECTS__` annotation survives the build, so a bundler drops a schema that an
 * application never uses, even though building a zod schema is a chain of calls.
 *
 * @param build - The function that builds the value.
 * @returns What `build` returns.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function pure<T>(build: () => T): T {
  return build();
}
