import { defineConfig } from 'tsup';

// The benchmark bundles the library from its TypeScript sources with esbuild, as tsup builds
// dist/ (same target, no minification, so that CPU profiles name the functions); zod, date-fns
// and csv-parse stay external, loaded from node_modules as an application would.
export default defineConfig({
  entry: {
    run: 'bench/run.ts',
    worker: 'bench/worker.ts',
    soak: 'bench/soak.ts',
    programScaling: 'bench/programScaling.ts',
    parquetRatio: 'bench/parquetRatio.ts',
    // summarizeWorkforceFile starts its worker threads from this file, beside the bundle.
    workforceShardWorker: 'src/node/workforceShardWorker.ts',
  },
  outDir: 'bench/.out',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  dts: false,
  sourcemap: false,
  splitting: false,
});
