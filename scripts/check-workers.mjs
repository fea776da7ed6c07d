#!/usr/bin/env node
// Runs summarizeWorkforceFile of the BUILT package (run after `npm run build`) with real worker
// threads, from the ESM entry (dist/node/index.js) and the CJS one (dist/node/index.cjs), and
// checks that `workers: 2` and `workers: 3` give exactly what `workers: 1` gives on generated
// NDJSON files: the summary, the counts, the issues with their row numbers, issuesOmitted, or
// the same error. The files hold invalid rows, blank lines, CRLF line ends, a byte order mark,
// a last line without LF, a line over 1 MiB and rows of another company; they are far smaller
// than the 32 MiB from which the threads start by default, and `workers` forces the split. One
// file of 32 MiB checks the default. The worker threads started are counted ('worker' event):
// the calling thread scans the first range, so `workers: n` starts n − 1 threads. A refused row
// in the first range must terminate the threads of the others: they stop reading at once.
import { deepStrictEqual, ok } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const builds = [
  {
    name: 'ESM',
    node: await import(pathToFileURL(join(root, 'dist/node/index.js')).href),
    az: await import(pathToFileURL(join(root, 'dist/data/az/index.js')).href),
  },
  {
    name: 'CJS',
    node: require(join(root, 'dist/node/index.cjs')),
    az: require(join(root, 'dist/data/az/index.cjs')),
  },
];

let started = 0;
/** The exits of the worker threads: a promise of its exit code per thread, in start order. */
const exits = [];
process.on('worker', (worker) => {
  started++;
  exits.push(new Promise((resolve) => worker.once('exit', resolve)));
});

/** A small deterministic generator (a linear congruential one), so that every run checks the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'mining-impact-workers-'));
const file = (name, text) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

/** The lines of an employee file: mostly valid rows, some rejected ones, blank lines. */
function employeeLines(count, seed, homes, company = () => 'miner') {
  const next = random(seed);
  const pick = (values) => values[Math.floor(next() * values.length)];
  const lines = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.03) lines.push(pick(['', '   ', '{"id":', 'not json', '[1, 2]']));
    else {
      const record = {
        id: `e-${i}`,
        companyId: company(i),
        siteId: pick(['site-a', 'site-b', 'site-unknown', undefined]),
        homeLocationId: pick(homes),
        gender: roll < 0.05 ? 'F' : pick(['female', 'male', 'other', 'undisclosed']),
        birthYear: pick([1960, 1975, 1990, 2001, undefined]),
        hireDate: roll < 0.07 ? '2023-02-29' : pick(['2010-05-01', '2020-01-15', '2025-07-01']),
        terminationDate: pick([undefined, undefined, '2024-12-31', '2026-03-01']),
        category: pick(['worker', 'specialist', 'manager', 'seniorManagement']),
        contract: pick(['permanent', 'temporary']),
        engagement: pick(['employee', 'employee', 'contractor']),
        nationality: pick(['hostCountry', 'expatriate', 'notStated', undefined]),
      };
      lines.push(JSON.stringify(record));
    }
  }
  return lines;
}

/** The files checked, as [name, text]. */
function files(homes) {
  const lines = employeeLines(4000, 1, homes);
  const crlf = employeeLines(3000, 2, homes).map((line, i) => (i % 3 === 0 ? `${line}\r` : line));
  const late = employeeLines(3000, 3, homes, (i) => (i === 2400 ? 'other' : 'miner'));
  const longLine = employeeLines(2000, 4, homes);
  longLine[1200] = `{"id":"${'x'.repeat(1_100_000)}"}`;
  const bom = employeeLines(1000, 5, homes);
  bom[700] = `\uFEFF${bom[700]}`;
  return [
    ['rows, LF, no LF at the end', lines.join('\n')],
    ['rows, some CRLF, a BOM, LF at the end', `\uFEFF${crlf.join('\n')}\n`],
    ['a row of another company at row 2,401', late.join('\n')],
    ['a line over 1 MiB', `${longLine.join('\n')}\n\n\n`],
    ['a BOM on line 701 (not dropped)', bom.join('\r\n')],
    ['invalid rows only', '{\n[]\n\nnot json\n'],
    ['one row', lines[1]],
    ['empty', ''],
  ];
}

/** The result of a call, or its error as name, code and message. */
async function outcome(run) {
  try {
    return { result: await run() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
}

let checks = 0;
for (const { name: build, node, az } of builds) {
  const homes = [...az.azGazetteer.byId.keys()].sort().slice(0, 40).concat(['XX-NOWHERE']);
  const optionSets = [
    {
      asOf: '2025-06-30',
      gazetteer: az.azGazetteer,
      sites: [
        { id: 'site-a', locationId: homes[3] },
        { id: 'site-b', locationId: homes[17] },
      ],
      localityPolicy: { kind: 'sameDistrict' },
      includeContractors: true,
    },
    { asOf: '2025-06-30', gazetteer: az.azGazetteer, companyId: 'miner', maxIssues: 5 },
    { asOf: '2025-06-30', gazetteer: az.azGazetteer, companyId: 'miner', maxIssues: 0 },
  ];
  for (const [name, text] of files(homes)) {
    const path = file(`${build}-${checks}.ndjson`, text);
    const size = statSync(path).size;
    for (const options of optionSets) {
      const one = await outcome(() =>
        node.summarizeWorkforceFile(path, { ...options, workers: 1 }),
      );
      // The files mean what their names say: issues kept, and the refused row where it is.
      if (name.startsWith('rows')) {
        const { issues, issuesOmitted } = one.result;
        const total = issues.length + issuesOmitted;
        ok(total > 0, `${name}: no issues`);
        deepStrictEqual(issues.length, Math.min(options.maxIssues ?? 1000, total));
      }
      if (name.startsWith('a row of another'))
        ok(/, row 2401: employee "e-2400"/.test(one.error.message));
      for (const workers of [2, 3]) {
        const bytes = [];
        const before = started;
        const many = await outcome(() =>
          node.summarizeWorkforceFile(path, {
            ...options,
            workers,
            onBytes: (n) => bytes.push(n),
          }),
        );
        deepStrictEqual(many, one, `${build}, ${name}, workers: ${workers}`);
        if (size > 1_000) ok(started - before >= 1, `${build}, ${name}: no worker thread started`);
        if (size > 0 && 'result' in many)
          deepStrictEqual(bytes.at(-1), size, `${build}, ${name}: bytes`);
        for (let i = 1; i < bytes.length; i++) ok(bytes[i] >= bytes[i - 1], 'bytes read go back');
        checks++;
      }
    }
    console.log(
      `${build}: ${name} (${size.toLocaleString('en')} bytes): workers 2 and 3 = workers 1`,
    );
  }
  // CSV stays in the calling thread.
  const csv = file(
    `${build}.csv`,
    'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement\ne-1,miner,AZ-DAS,female,2020-01-01,worker,permanent,employee\n',
  );
  const before = started;
  deepStrictEqual(
    await outcome(() => node.summarizeWorkforceFile(csv, { ...optionSets[1], workers: 3 })),
    await outcome(() => node.summarizeWorkforceFile(csv, { ...optionSets[1], workers: 1 })),
  );
  deepStrictEqual(started, before, `${build}: CSV started worker threads`);
  checks++;
}

// The default: a file of 32 MiB or more is split in min(availableParallelism(), 4) threads.
{
  const { node, az } = builds[0];
  const homes = [...az.azGazetteer.byId.keys()].sort().slice(0, 40);
  const lines = employeeLines(150_000, 6, homes);
  const path = file('large.ndjson', `${lines.join('\n')}\n`);
  const size = statSync(path).size;
  ok(size >= 32 * 1024 * 1024, `the large file has only ${size} bytes`);
  const options = { asOf: '2025-06-30', gazetteer: az.azGazetteer, maxIssues: 100 };
  const one = await outcome(() => node.summarizeWorkforceFile(path, { ...options, workers: 1 }));
  const before = started;
  deepStrictEqual(await outcome(() => node.summarizeWorkforceFile(path, options)), one);
  const expected = Math.min(availableParallelism(), 4);
  deepStrictEqual(started - before, expected - 1, 'default worker threads');
  console.log(
    `ESM: default on ${size.toLocaleString('en')} bytes: ${started - before} worker threads = workers 1`,
  );
  checks++;
}

// A row of another company in the first range (row 2): the calling thread meets it at once and
// terminates the threads of the later ranges, which would otherwise scan their 16 MB or more.
for (const { name: build, node, az } of builds) {
  const homes = [...az.azGazetteer.byId.keys()].sort().slice(0, 40);
  const valid = (id, companyId) =>
    JSON.stringify({
      id,
      companyId,
      homeLocationId: homes[0],
      gender: 'female',
      hireDate: '2020-01-01',
      category: 'worker',
      contract: 'permanent',
      engagement: 'employee',
    });
  const lines = [valid('e-first', 'miner'), valid('e-other', 'other')].concat(
    employeeLines(150_000, 7, homes),
  );
  const path = file(`${build}-stopped.ndjson`, `${lines.join('\n')}\n`);
  const options = { asOf: '2025-06-30', gazetteer: az.azGazetteer, companyId: 'miner' };
  const one = await outcome(() => node.summarizeWorkforceFile(path, { ...options, workers: 1 }));
  ok(/, row 2: /.test(one.error?.message), `${build}: the refused row is not row 2`);
  const size = statSync(path).size;
  const before = started;
  const bytes = [0];
  const many = await outcome(() =>
    node.summarizeWorkforceFile(path, { ...options, workers: 3, onBytes: (n) => bytes.push(n) }),
  );
  deepStrictEqual(many, one, `${build}: a refused row in the first range`);
  deepStrictEqual(started - before, 2, `${build}: worker threads of the later ranges`);
  // Once both threads have exited, the bytes read over all ranges are still far from the two
  // later ranges (some 11 MB each): the threads were stopped, not left to finish.
  await Promise.all(exits.slice(before));
  const read = bytes.at(-1);
  ok(read < size / 3, `${build}: ${read} of ${size} bytes read: the threads were not stopped`);
  console.log(`${build}: a refused row in the first range terminates the other threads`);
  checks++;
}

// A process started with options a worker thread refuses (`node --input-type=module -e …`, as a
// one-line script or a benchmark runs it): its worker threads start without them and give what
// one thread gives.
{
  const { node, az } = builds[0];
  const homes = [...az.azGazetteer.byId.keys()].sort().slice(0, 40);
  const path = file('eval.ndjson', `${employeeLines(3_000, 8, homes).join('\n')}\n`);
  const options = { asOf: '2025-06-30', gazetteer: az.azGazetteer, maxIssues: 20 };
  const one = await outcome(() => node.summarizeWorkforceFile(path, { ...options, workers: 1 }));
  const script = `import { summarizeWorkforceFile } from ${JSON.stringify(pathToFileURL(join(root, 'dist/node/index.js')).href)};
import { azGazetteer } from ${JSON.stringify(pathToFileURL(join(root, 'dist/data/az/index.js')).href)};
let threads = 0;
process.on('worker', () => threads++);
const result = await summarizeWorkforceFile(${JSON.stringify(path)}, { asOf: '2025-06-30', gazetteer: azGazetteer, maxIssues: 20, workers: 2 });
console.log(JSON.stringify({ result, threads }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  deepStrictEqual(child.status, 0, `node --input-type=module -e: ${child.stderr}`);
  const { result, threads } = JSON.parse(child.stdout);
  deepStrictEqual(threads, 1, 'node --input-type=module -e: worker threads');
  deepStrictEqual({ result }, JSON.parse(JSON.stringify(one)), 'node --input-type=module -e');
  console.log('ESM: workers: 2 under node --input-type=module -e = workers 1');
  checks++;
}

rmSync(scratch, { recursive: true, force: true });
console.log(`worker check passed: ${checks} comparisons, ${started} worker threads started`);
