import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'data/az/index': 'src/data/az/index.ts' },
  format: ['esm', 'cjs'],
  // TypeScript 6: tsup's declaration worker sets `baseUrl`, which TS 6 reports as TS5101.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Without splitting the CJS build would inline a separate copy of shared modules per entry.
  splitting: true,
  target: 'node20',
  outDir: 'dist',
});
