import { defineConfig, type Options } from 'tsup';

/** A path inside `src/data/`, on any platform. */
const IN_DATA = /[\\/]src[\\/]data[\\/]/;
/** The folders of the subpath entries and the command, and the package specifier of each. */
const SUBPATHS: readonly (readonly [RegExp, string | null])[] = [
  [/[\\/]src[\\/]data[\\/]az[\\/]/, 'mining-impact/data/az'],
  [/[\\/]src[\\/]data[\\/]azergold[\\/]/, 'mining-impact/data/azergold'],
  [/[\\/]src[\\/]node[\\/]/, 'mining-impact/node'],
  [/[\\/]src[\\/]html[\\/]/, 'mining-impact/html'],
  [/[\\/]src[\\/]engine[\\/]/, 'mining-impact/engine'],
  [/[\\/]src[\\/]duckdb[\\/]/, 'mining-impact/duckdb'],
  [/[\\/]src[\\/]cli[\\/]/, null],
];
/** The subpath folder a path lies in, as its index in {@link SUBPATHS}; -1 for the root entry. */
const subpathOf = (path: string): number => SUBPATHS.findIndex(([folder]) => folder.test(path));
/** Marks the plugin's own resolution, so that it does not recurse. */
const RESOLVING = Symbol('data-uses-root-entry');

/**
 * The subpaths (reference data, `node`, `html`) and the command import the library through its
 * root entry (`mining-impact`) and each other through their own specifiers (`mining-impact/node`),
 * instead of sharing a chunk with it: when `pure` sits in a shared chunk, bundlers no longer see
 * the `pure(…)` calls of the root entry as free of side effects, and importing one function
 * would pull in every schema. Subpath modules may therefore use only what the entries export.
 */
const dataUsesRootEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-uses-root-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      const from = subpathOf(args.importer);
      if (args.pluginData === RESOLVING || from === -1) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: RESOLVING,
      });
      if (resolved.errors.length > 0) return resolved;
      const to = subpathOf(resolved.path);
      // Data modules share their folder tree; every other subpath bundles only its own folder.
      if (to === from || (IN_DATA.test(args.importer) && IN_DATA.test(resolved.path)))
        return resolved;
      return { path: (to === -1 ? null : SUBPATHS[to]?.[1]) ?? 'mining-impact', external: true };
    });
  },
};

/** esbuild's object of a family namespace (`export * as safety from …`) and its `__export` call. */
const NAMESPACE_OBJECT = /^var (\w+_exports) = \{\};\n__export\(\1, \{\n([\s\S]*?)\n\}\);$/gm;

/**
 * Marks the objects of family namespaces (`export * as safety from …`) free of side effects.
 *
 * @remarks
 * esbuild builds a namespace object with a call, `__export(safety_exports, { … })`, which
 * bundlers must keep: importing one function of the root entry would then pull in every member
 * of every namespace and the schemas they use. The plugin wraps the object in an IIFE annotated
 * `@__PURE__`, on the same lines (so that the source maps still match), and bundlers drop it when
 * the namespace is not used.
 */
const pureNamespaces: NonNullable<Options['plugins']>[number] = {
  name: 'pure-namespaces',
  renderChunk(code) {
    if (!code.includes('_exports, {')) return undefined;
    return {
      code: code.replace(
        NAMESPACE_OBJECT,
        (_, name: string, members: string) =>
          `var ${name} = /* @__PURE__ */ (() => { const namespace = {};\n__export(namespace, {\n${members}\n}); return namespace; })();`,
      ),
    };
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'data/az/index': 'src/data/az/index.ts',
    'data/azergold/index': 'src/data/azergold/index.ts',
    'node/index': 'src/node/index.ts',
    // The worker thread of summarizeWorkforceFile, started from node/index by its file name.
    'node/workforceShardWorker': 'src/node/workforceShardWorker.ts',
    'html/index': 'src/html/index.ts',
    'engine/index': 'src/engine/index.ts',
    'duckdb/index': 'src/duckdb/index.ts',
    'cli/index': 'src/cli/index.ts',
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
  plugins: [pureNamespaces],
  target: 'node20',
  // The command resolves its package with `import.meta.url`, which the CJS build shims.
  shims: true,
  outDir: 'dist',
});
