import { defineConfig } from 'vitest/config';

// The test run Stryker mutates against (`npm run mutation`): every runtime test but the command's,
// the corpus and the invariants included, without type tests or coverage. Modules stay loaded between runs
// (`isolate: false`): a mutant is switched on at run time, so only static mutants would need a
// reload, and the Stryker configuration leaves those out (`ignoreStatic`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The command changes the working directory, which worker threads cannot; it mutates nothing
    // of the indicators or the model that the report and reader tests do not already reach.
    // The API snapshot test reads the built declarations, and the browser tests need a browser:
    // neither exercises a mutant.
    exclude: ['src/cli/**', 'test/api/**', 'src/**/*.browser.test.ts'],
    typecheck: { enabled: false },
    isolate: false,
    testTimeout: 60_000,
    // Property tests take a twentieth of their runs (test/fixtures/propertyRuns.ts).
    provide: { mutationRun: true },
  },
});
