import { defineConfig, type Options } from 'tsup';

/** A path inside `src/data/`, on any platform. */
const IN_DATA = /[\\/]src[\\/]data[\\/]/;
/** Marks the plugin's own resolution, so that it does not recurse. */
const RESOLVING = Symbol('data-uses-root-entry');

/**
 * The reference-data subpaths import the library through its root entry (`mining-impact`)
 * instead of sharing a chunk with it: when `pure` sits in a shared chunk, bundlers no longer see
 * the `pure(…)` calls of the root entry as free of side effects, and importing one function
 * would pull in every schema. Data modules may therefore use only what the root entry exports.
 */
const dataUsesRootEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-uses-root-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === RESOLVING || !IN_DATA.test(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: RESOLVING,
      });
      if (resolved.errors.length > 0 || IN_DATA.test(resolved.path)) return resolved;
      return { path: 'mining-impact', external: true };
    });
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'data/az/index': 'src/data/az/index.ts',
    'data/azergold/index': 'src/data/azergold/index.ts',
  },
  format: ['esm', 'cjs'],
  // TypeScript 6: tsup's declaration worker sets `baseUrl`, which TS 6 reports as TS5101.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Without splitting the CJS build would inline a separate copy of shared modules per entry.
  splitting: true,
  esbuildPlugins: [dataUsesRootEntry],
  target: 'node20',
  outDir: 'dist',
});
