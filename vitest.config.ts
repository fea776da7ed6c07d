import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // The real-browser tests need Debian's Chromium: `npm run test:browser` runs them.
    exclude: ['**/node_modules/**', 'src/**/*.browser.test.ts'],
    // The property tests over whole datasets take a second or two on an idle machine; on a
    // loaded one (two cores, coverage on) they must not fail for want of time. Speed is measured
    // by the benchmark, never by a test's clock.
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.test-d.ts',
        'src/**/index.ts',
        // The worker-thread plumbing of summarizeWorkforceFile: Node 20 cannot start a worker from
        // a .ts module, so the unit tests run the shard function in-process (the runner is mocked)
        // and scripts/check-workers.mjs (`npm run test:workers`) runs these two on the built package.
        'src/node/runShardInWorker.ts',
        'src/node/workforceShardWorker.ts',
      ],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
      reporter: [['text', { skipFull: true }], 'text-summary'],
    },
  },
});
