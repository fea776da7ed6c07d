import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

/** An absolute path in this folder (the project, or Stryker's sandbox copy of it). */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** The module each lazily building helper is replaced with in the mutation run. */
const EAGER = new Map([
  [here('src/core/lazyShape.ts'), here('test/mutation/eagerLazyShape.ts')],
  [here('src/core/memo.ts'), here('test/mutation/eagerMemo.ts')],
]);

/**
 * Builds lazily built schema fields and memoized values at load in the mutation run (see
 * test/mutation/eagerLazyShape.ts): mutants inside them become static, as they were before the
 * fields were built lazily, instead of being switched on after the one build that is kept.
 */
const eagerBuilds: Plugin = {
  name: 'eager-builds',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/(?:lazyShape|memo)\.js$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved === null ? null : (EAGER.get(resolved.id) ?? null);
  },
};

// The test run Stryker mutates against (`npm run mutation`): every runtime test but the command's,
// the corpus and the invariants included, without type tests or coverage. Modules stay loaded between runs
// (`isolate: false`): a mutant is switched on at run time, so only static mutants would need a
// reload, and the Stryker configuration leaves those out (`ignoreStatic`).
export default defineConfig({
  plugins: [eagerBuilds],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The command changes the working directory, which worker threads cannot; it mutates nothing
    // of the indicators or the model that the report and reader tests do not already reach.
    // The API snapshot test reads the built declarations, and the browser tests need a browser:
    // neither exercises a mutant.
    // The tests of lazyShape and memo test the lazy builds this run replaces (see eagerBuilds).
    exclude: [
      'src/cli/**',
      'test/api/**',
      'src/**/*.browser.test.ts',
      'src/core/lazyShape.test.ts',
      'src/core/memo.test.ts',
    ],
    typecheck: { enabled: false },
    isolate: false,
    testTimeout: 60_000,
    // Property tests take a twentieth of their runs (test/fixtures/propertyRuns.ts).
    provide: { mutationRun: true },
  },
});
