// The size budgets of `npm run size` (size-limit 12, esbuild, brotli). The peer dependency zod is
// left out of every check except the one that adds it back (modifyEsbuildConfig), which measures
// what a browser page that builds and renders a report really downloads.

/** Bundles zod (a peer dependency, which size-limit always leaves out) into the check. */
const withZod = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== 'zod'),
});

// biome-ignore lint/style/noDefaultExport: size-limit reads the default export of its config.
export default [
  {
    name: 'core barrel (ESM, everything imported)',
    path: 'dist/index.js',
    import: '*',
    // 96.28 kB measured: the report builder, the checks of added records and the indicators'
    // folds (94.4 kB before them; 90 kB before the GRI 2-7, 2-8 and 405-1 a indicators,
    // governance bodies, the 401-1 flows of the accumulator and the lazily built schema fields).
    limit: '97 kB',
  },
  {
    name: 'one small function: ratio',
    path: 'dist/index.js',
    import: '{ ratio }',
    limit: '1.05 kB',
  },
  {
    name: 'one indicator: resultProgress',
    path: 'dist/index.js',
    import: '{ resultProgress }',
    // 3.9 kB before object schemas built their fields lazily (about 90 B in every bundle with an
    // object schema, for a root import that builds about 310 schemas instead of about 1,500).
    limit: '3.95 kB',
  },
  {
    name: 'one workforce indicator: localEmploymentShare (its own catalog entry only)',
    path: 'dist/index.js',
    import: '{ localEmploymentShare }',
    limit: '5.2 kB',
  },
  {
    name: 'one indicator with places and exchange rates: communityInvestment',
    path: 'dist/index.js',
    import: '{ communityInvestment }',
    // 10.21 kB measured: mandatory payments apart (GRI 201-1 / EITI 6.1) and lazy schema fields.
    limit: '10.3 kB',
  },
  {
    name: 'one indicator with projections: jobsInTerritories',
    path: 'dist/index.js',
    import: '{ jobsInTerritories }',
    limit: '8.4 kB',
  },
  {
    name: 'reference data: mining-impact/data/azergold (ESM, with the core it parses with)',
    path: 'dist/data/azergold/index.js',
    import: '*',
    // 16.79 kB measured: the employee and governance-body schemas the dataset schema now holds.
    limit: '17 kB',
  },
  {
    name: 'data/az (ESM, everything imported)',
    path: 'dist/data/az/index.js',
    import: '*',
    limit: '8 kB',
  },
  {
    name: 'data/az, one list: greatReturnRegionIds',
    path: 'dist/data/az/index.js',
    import: '{ greatReturnRegionIds }',
    // 1.1 kB before the location schema built its fields lazily (see resultProgress).
    limit: '1.15 kB',
  },
  {
    name: 'dataset validation: validateDataset',
    path: 'dist/index.js',
    import: '{ validateDataset }',
    // 22.38 kB measured: governance bodies and their rule, the new employee fields.
    limit: '22.6 kB',
  },
  {
    name: 'workforce summary: summarizeWorkforce',
    path: 'dist/index.js',
    import: '{ summarizeWorkforce }',
    // 5.95 kB measured: the accumulator's 401-1 flow counts and its versioned snapshot.
    limit: '6 kB',
  },
  {
    name: 'fast employee validation: isEmployee (generated Ajv code, no runtime dependency)',
    path: 'dist/index.js',
    import: '{ isEmployee }',
    limit: '3 kB',
  },
  {
    name: 'report builder and light renderers: buildImpactReport, renderMarkdown, renderCsv, renderJson',
    path: 'dist/index.js',
    import: '{ buildImpactReport, renderMarkdown, renderCsv, renderJson }',
    // 92.76 kB measured (89.65 kB before the one pass over employee records): the report
    // builder, the checks of records added one at a time (with the compact id index), and the
    // indicators' folds.
    limit: '93.5 kB',
  },
  {
    name: 'mining-impact/html (vega and vega-lite load on first render, not counted)',
    path: 'dist/html/index.js',
    import: '{ renderHtml }',
    ignore: ['vega', 'vega-lite', 'mining-impact'],
    // 5.33 kB measured: the inline style sheet (responsive and print rules), the charts' value
    // labels and descriptions, and the SVG's title and description.
    limit: '5.4 kB',
  },
  {
    name: 'mining-impact/engine (ESM, everything imported; the root entry it uses not counted)',
    path: 'dist/engine/index.js',
    import: '*',
    ignore: ['mining-impact'],
    // 3.12 kB measured: the query writer and the checks of the cube's rows.
    limit: '3.2 kB',
  },
  {
    name: 'report in a browser, zod included: buildImpactReport + renderMarkdown',
    path: 'dist/index.js',
    import: '{ buildImpactReport, renderMarkdown }',
    modifyEsbuildConfig: withZod,
    // 117.21 kB measured (114.25 kB before the one pass over employee records and the report
    // builder; 110 kB before the GRI 2-7, 2-8, 405-1 a and 401-1 additions).
    limit: '118 kB',
  },
];
