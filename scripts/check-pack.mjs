#!/usr/bin/env node
// Packs the library with `npm pack`, installs the tarball into a scratch project and proves that
// it loads with `import` and with `require`, and that a TypeScript consumer type-checks under
// `moduleResolution` node16 and bundler. Runs offline: zod and date-fns are linked from this
// repository's node_modules.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** The oldest TypeScript the README promises (zod 4's own minimum); the newest is the repository's. */
const TS_MINIMUM = '5.5.4';
const scratch = mkdtempSync(join(tmpdir(), 'mining-impact-pack-'));
const run = (cmd, args, cwd = scratch) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/**
 * The compiler of the oldest supported TypeScript, installed once into the scratch project from
 * the npm registry (or npm's cache): it cannot be a development dependency of this repository,
 * whose `tsc` command would then be either version.
 */
let oldest;
function oldestTsc() {
  if (oldest !== undefined) return oldest;
  const dir = join(scratch, 'typescript-minimum');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ts-minimum', private: true }));
  run(
    'npm',
    [
      'install',
      '--dry-run=false',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `typescript@${TS_MINIMUM}`,
    ],
    dir,
  );
  oldest = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  return oldest;
}

try {
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--dry-run=false', '--pack-destination', scratch], root),
  );
  const tarball = join(scratch, packed[0].filename);
  const files = packed[0].files.map((f) => f.path).sort();
  console.log(`packed ${packed[0].filename}: ${files.length} files`);

  const modules = join(scratch, 'node_modules');
  const pkgDir = join(modules, 'mining-impact');
  mkdirSync(pkgDir, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  // The runtime dependencies and the peer dependency, linked from this repository.
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dep of [...Object.keys(own.dependencies), ...Object.keys(own.peerDependencies)]) {
    // A scoped package (`@duckdb/node-api`) needs its scope's folder first.
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
  }

  // Runtime: ESM import and CJS require of every entry point.
  const pkg = JSON.parse(
    run('node', ['-p', 'JSON.stringify(require("./node_modules/mining-impact/package.json"))']),
  );
  const entries = Object.keys(pkg.exports).filter(
    (k) => k !== './package.json' && !k.startsWith('./schema/'),
  );
  for (const entry of entries) {
    const specifier = entry === '.' ? 'mining-impact' : `mining-impact/${entry.slice(2)}`;
    writeFileSync(
      join(scratch, 'esm.mjs'),
      `import * as m from '${specifier}'; console.log(Object.keys(m).length);`,
    );
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      `const m = require('${specifier}'); console.log(Object.keys(m).length);`,
    );
    const esm = Number(run('node', ['esm.mjs']).trim());
    const cjs = Number(run('node', ['cjs.cjs']).trim());
    if (esm === 0 || esm !== cjs)
      throw new Error(`${specifier}: ESM has ${esm} exports, CJS has ${cjs}`);
    console.log(`${specifier}: import and require both give ${esm} exports`);
  }
  writeFileSync(
    join(scratch, 'smoke.mjs'),
    `import { ratio, moneyFromDecimal, isImpactError } from 'mining-impact';
const r = ratio(1, 4);
if (r.value !== 0.25) throw new Error('ratio');
if (moneyFromDecimal('1234.56', 'AZN').amountMinor !== 123456) throw new Error('money');
try { moneyFromDecimal('1.234', 'AZN'); throw new Error('no throw'); } catch (e) { if (!isImpactError(e, 'INVALID_AMOUNT')) throw e; }`,
  );
  run('node', ['smoke.mjs']);
  // The data subpath and the main entry share one copy of the library, in ESM and in CJS.
  const subpathSmoke = (load) => `${load}
if (m.capitalOf(az.azGazetteer)?.id !== 'AZ-BA') throw new Error('capitalOf');
if (m.resolvePlace(az.azGazetteer, 'Dashkesen')[0]?.location.id !== 'AZ-DAS') throw new Error('resolvePlace');`;
  writeFileSync(
    join(scratch, 'subpath.mjs'),
    subpathSmoke(
      "import * as m from 'mining-impact'; import * as az from 'mining-impact/data/az';",
    ),
  );
  writeFileSync(
    join(scratch, 'subpath.cjs'),
    subpathSmoke(
      "const m = require('mining-impact'); const az = require('mining-impact/data/az');",
    ),
  );
  run('node', ['subpath.mjs']);
  run('node', ['subpath.cjs']);

  // The report, its HTML page and the Node readers, through the packed entries, in ESM and CJS.
  const reportSmoke = (load) => `${load}
const report = m.buildImpactReport(gold.azergoldDataset, { asOf: '2025-12-31', period: { start: '2025-01-01' }, gazetteer: az.azGazetteer });
if (!m.renderMarkdown(report).includes('2,554')) throw new Error('renderMarkdown');
html.renderHtml(report).then((page) => { if (!page.includes('<svg')) throw new Error('renderHtml'); });
if (typeof node.readEmployees !== 'function') throw new Error('readEmployees');`;
  writeFileSync(
    join(scratch, 'report.mjs'),
    reportSmoke(
      "import * as m from 'mining-impact'; import * as az from 'mining-impact/data/az'; import * as gold from 'mining-impact/data/azergold'; import * as html from 'mining-impact/html'; import * as node from 'mining-impact/node';",
    ),
  );
  writeFileSync(
    join(scratch, 'report.cjs'),
    reportSmoke(
      "const m = require('mining-impact'); const az = require('mining-impact/data/az'); const gold = require('mining-impact/data/azergold'); const html = require('mining-impact/html'); const node = require('mining-impact/node');",
    ),
  );
  run('node', ['report.mjs']);
  run('node', ['report.cjs']);
  console.log('report, html and node entries work through import and require');

  // The engine and DuckDB entries: the cube query, run by DuckDB over a small file, read back.
  writeFileSync(
    join(scratch, 'employees.ndjson'),
    ['e1', 'e2']
      .map((id) =>
        JSON.stringify({
          id,
          companyId: 'azergold',
          homeLocationId: 'AZ-DAS',
          gender: 'female',
          hireDate: '2020-01-01',
          category: 'worker',
          contract: 'permanent',
          engagement: 'employee',
        }),
      )
      .join('\n'),
  );
  const engineSmoke = (load) => `${load}
if (!engine.workforceCubeSql({ asOf: '2025-06-30' }).includes("DATE '2025-06-30'")) throw new Error('workforceCubeSql');
duckdb.summarizeWorkforceWithDuckDb('employees.ndjson', { asOf: '2025-06-30', gazetteer: az.azGazetteer, threads: 1 }).then((r) => { if (r.summary.headcount !== 2) throw new Error('summarizeWorkforceWithDuckDb'); });`;
  writeFileSync(
    join(scratch, 'engine.mjs'),
    engineSmoke(
      "import * as az from 'mining-impact/data/az'; import * as engine from 'mining-impact/engine'; import * as duckdb from 'mining-impact/duckdb';",
    ),
  );
  writeFileSync(
    join(scratch, 'engine.cjs'),
    engineSmoke(
      "const az = require('mining-impact/data/az'); const engine = require('mining-impact/engine'); const duckdb = require('mining-impact/duckdb');",
    ),
  );
  run('node', ['engine.mjs']);
  run('node', ['engine.cjs']);
  console.log('engine and duckdb entries work through import and require');

  // The command, as npm links it.
  const bin = join(pkgDir, pkg.bin['mining-impact']);
  if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) throw new Error('no shebang');
  const json = JSON.parse(
    run('node', [bin, 'report', '--format', 'json', '--as-of', '2025-12-31']),
  );
  if (!json.facts.some((fact) => fact.count === 2554)) throw new Error('mining-impact report');
  if (run('node', [bin, '--version']).trim() !== pkg.version) throw new Error('--version');
  console.log('mining-impact report runs from the package');

  // JSON Schema files: importable with an import attribute and with require.
  writeFileSync(
    join(scratch, 'schema.mjs'),
    `import dataset from 'mining-impact/schema/dataset.json' with { type: 'json' };
import { createRequire } from 'node:module';
const site = createRequire(import.meta.url)('mining-impact/schema/site.json');
if (dataset.$id !== 'https://mining-impact.dev/schema/1.0/dataset.json') throw new Error(dataset.$id);
if (site.$id !== 'https://mining-impact.dev/schema/1.0/site.json') throw new Error(site.$id);`,
  );
  run('node', ['schema.mjs']);
  console.log('mining-impact/schema/*.json: import and require both resolve');

  // Types: a consumer under node16 (ESM and CJS) and bundler resolution.
  const consumer = `import { ratio, type Money, type CompanyId, CompanySchema, type Gazetteer } from 'mining-impact';
import { azGazetteer } from 'mining-impact/data/az';
import { type WorkforceCubeRow, workforceCubeSql } from 'mining-impact/engine';
import { type WorkforceDuckDbSummary, summarizeWorkforceWithDuckDb } from 'mining-impact/duckdb';
const gazetteer: Gazetteer = azGazetteer;
const sql: string = workforceCubeSql({ asOf: '2025-06-30' });
const rows: readonly WorkforceCubeRow[] = [];
const pending: Promise<WorkforceDuckDbSummary> = summarizeWorkforceWithDuckDb([], { asOf: '2025-06-30', gazetteer }).catch(() => { throw new Error('no files'); });
const money: Money = { amountMinor: 100, currency: 'AZN' };
const id: CompanyId = CompanySchema.shape.id.parse('azergold');
const value: number | null = ratio(1, 2).value;
// @ts-expect-error a plain string is not a CompanyId
const wrong: CompanyId = 'azergold';
export { money, id, value, wrong, gazetteer, sql, rows, pending };
`;
  const newest = JSON.parse(
    readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8'),
  ).version;
  const variants = [
    {
      name: 'node16-esm',
      module: 'node16',
      moduleResolution: 'node16',
      type: 'module',
      file: 'consumer.mts',
    },
    {
      name: 'node16-cjs',
      module: 'node16',
      moduleResolution: 'node16',
      type: 'commonjs',
      file: 'consumer.cts',
    },
    {
      name: 'bundler',
      module: 'esnext',
      moduleResolution: 'bundler',
      type: 'module',
      file: 'consumer.ts',
    },
  ];
  for (const v of variants) {
    const dir = join(scratch, v.name);
    mkdirSync(dir);
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: v.name, private: true, type: v.type }),
    );
    writeFileSync(join(dir, v.file), consumer);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: v.module,
          moduleResolution: v.moduleResolution,
          target: 'es2022',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: [v.file],
      }),
    );
    // The newest TypeScript (the repository's) and the oldest the README promises.
    for (const tsc of [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), oldestTsc()]) {
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    }
    console.log(
      `types: ${v.name} consumer type-checks with TypeScript ${newest} and ${TS_MINIMUM}`,
    );
  }
  const unexpected = files.filter(
    (f) => !/^(dist\/|schema\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f),
  );
  if (unexpected.length > 0)
    throw new Error(`unexpected files in the tarball: ${unexpected.join(', ')}`);
  const missing = [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'schema/dataset.json',
  ].filter((f) => !files.includes(f));
  if (missing.length > 0) throw new Error(`missing from the tarball: ${missing.join(', ')}`);
  console.log('pack check passed');
} finally {
  rmSync(scratch, { recursive: true, force: true });
  for (const f of readdirSync(root)) if (f.endsWith('.tgz')) rmSync(join(root, f));
}
