import { defineConfig } from 'vitest/config';

// The test run Stryker mutates against (`npm run mutation`): every runtime test, the corpus and
// the invariants included, without type tests or coverage. Modules stay loaded between runs
// (`isolate: false`): a mutant is switched on at run time, so only static mutants would need a
// reload, and the Stryker configuration leaves those out (`ignoreStatic`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: false },
    isolate: false,
    testTimeout: 60_000,
    // Property tests take a twentieth of their runs (test/fixtures/propertyRuns.ts).
    provide: { mutationRun: true },
  },
});
