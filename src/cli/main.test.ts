/// <reference types="node" />
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
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { employeeParquet } from '../../test/fixtures/employeeParquet.js';
import { main } from './main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    today: () => '2025-12-31',
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('mining-impact report', () => {
  it('prints the AzerGold report as Markdown by default, with the seed facts and their sources', async () => {
    const { code, out, err } = await run('report');
    expect(code).toBe(0);
    expect(err).toBe('');
    const line = (pattern: RegExp) => out.split('\n').find((l) => pattern.test(l)) ?? '';
    expect(line(/^- 2,554 people/)).toContain('[src-trend-4117320](#source-src-trend-4117320)');
    // Without --as-of: the day of the dataset's latest dated fact, and the report says so.
    expect(out).toContain(
      '- As of 2025-11-14, the latest dated fact in the dataset (the workforce summary of 2025-11-14, at /workforce/0/asOf): no date was given. Reporting period: 2025-01-01 to 2025-11-14, the calendar year of that day up to it',
    );
    expect(line(/^- At least 2,044 .* from outside the capital/)).toMatch(
      /a share of at least 0\.80, published as "over 80 percent of 2,554"\. Sources: .*src-trend-4117320/,
    );
    expect(line(/7 categories in Daşkəsən \(Dashkasan\) and Göygöl \(Goygol\)/)).toContain(
      '[src-trend-4117320](#source-src-trend-4117320)',
    );
    expect(line(/National CSR Award/)).toContain(
      '[src-azergold-csr-award-claim](#source-src-azergold-csr-award-claim)',
    );
    for (const id of ['src-trend-4117320', 'src-azergold-csr-award-claim'])
      expect(out).toMatch(new RegExp(`^- <a id="source-${id}"></a>\`${id}\`: `, 'm'));
  });

  it('writes JSON, CSV and HTML, to stdout or a file', async () => {
    const json = await run('report', '--format', 'json', '--as-of', '2025-12-31');
    expect(JSON.parse(json.out).asOf).toBe('2025-12-31');
    const csv = await run('report', '-f', 'csv');
    expect(csv.out.startsWith('indicatorId,title,unit,')).toBe(true);
    const out = join(dir, 'report.html');
    const html = await run('report', '--format', 'html', '--out', out, '--locality', 'withinKm:50');
    expect(html.code).toBe(0);
    expect(html.err).toBe(`Wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain('<svg');
  });

  it('reports on a dataset file with a period and a locality policy', async () => {
    const path = file('base.json', JSON.stringify(baseDataset()));
    const { code, out } = await run(
      'report',
      path,
      '--as-of',
      '2024-12-31',
      '--period',
      '2024-01-01..2024-12-31',
      '--locality',
      'listedLocations:XX-D1',
    );
    expect(code).toBe(0);
    expect(out).toContain('# Impact report: Example Mining CJSC');
    expect(out).toContain(
      'Definition of "local": home in or under XX-D1 (the report\'s locality policy)',
    );
  });

  it('converts community investment with --currency and takes --territories', async () => {
    const path = file('fx.json', JSON.stringify(baseDataset()));
    const { code, out } = await run(
      'report',
      path,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--currency',
      'AZN',
      '--territories',
      'XX-D1',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    // The dataset's only rate (USD to AZN at 1.7) is dated 2024-12-31, after the flow of
    // 2024-03-01: no rate applies, so the indicator fails and says why; the others still run.
    const investment = report.coverage.find(
      (c: { indicatorId: string }) => c.indicatorId === 'community.communityInvestment',
    );
    expect(investment.status).toBe('failed');
    expect(investment.detail).toContain('No exchange rate of the table applies to the amount');
    const territory = report.coverage.find(
      (c: { indicatorId: string }) => c.indicatorId === 'jobs.jobsInTerritories',
    );
    expect(territory.status).toBe('reported');
    const bad = await run('report', path, '--currency', 'azn');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--currency: "azn" is not an ISO 4217 code such as AZN');
  });

  it('gives contained metal in troy ounces with --metal-unit oz, and refuses other units', async () => {
    const path = file('metal.json', JSON.stringify(baseDataset()));
    const { code, out } = await run(
      'report',
      path,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--metal-unit',
      'oz',
    );
    expect(code).toBe(0);
    const statement = JSON.parse(out).indicators.find(
      (r: { indicatorId: string }) => r.indicatorId === 'deposits.resourceReserveStatement',
    );
    // dep-hill indicated: 1,000,000 t × 2.1 g/t = 2,100,000 g / 31.1034768 = 67,516.57 ozt.
    const metal = statement.breakdown.find(
      (row: { keys: Record<string, string> }) =>
        row.keys.category === 'indicated' && row.keys.measure === 'metal',
    );
    expect(metal.quantityUnit).toBe('ozt');
    expect(metal.value).toBeCloseTo(67516.57, 2);
    const bad = await run('report', path, '--metal-unit', 'lb');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--metal-unit: "lb" is not one of oz, t, kg');
  });

  it('reads a folder with dataset.json and employees.csv', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const { employees, ...rest } = baseDataset();
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    writeFileSync(
      join(folder, 'employees.csv'),
      'id,companyId,siteId,homeLocationId,gender,birthYear,hireDate,terminationDate,terminationReason,category,contract,engagement\r\n' +
        employees
          ?.map((e) =>
            [
              e.id,
              e.companyId,
              e.siteId ?? '',
              e.homeLocationId,
              e.gender,
              e.birthYear ?? '',
              e.hireDate,
              e.terminationDate ?? '',
              e.terminationReason ?? '',
              e.category,
              e.contract,
              e.engagement,
            ].join(','),
          )
          .join('\r\n'),
    );
    const { code, err, out } = await run('report', folder, '--as-of', '2024-12-31');
    expect(err).toContain('employees.csv: 2 rows read, 2 valid, 0 rejected');
    expect(code).toBe(0);
    expect(out).toContain('New employee hire rate');
  });

  it('reads a folder with dataset.json and employees.parquet, and refuses to write over it', async () => {
    const folder = join(dir, 'parquet-folder');
    mkdirSync(folder);
    const { employees, ...rest } = baseDataset();
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    const parquet = join(folder, 'employees.parquet');
    writeFileSync(parquet, employeeParquet(employees ?? []));
    const { code, err, out } = await run('report', folder, '--as-of', '2024-12-31');
    expect(err).toContain('employees.parquet: 2 rows read, 2 valid, 0 rejected');
    expect(code).toBe(0);
    expect(out).toContain('New employee hire rate');
    const refused = await run('report', folder, '--out', parquet);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`--out: ${parquet} is the input ${parquet}`);
  });

  it('rejects a folder whose employee rows are bad, naming the row, column and code', async () => {
    const folder = join(dir, 'bad-rows');
    mkdirSync(folder);
    const { employees, ...rest } = baseDataset();
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    writeFileSync(
      join(folder, 'employees.ndjson'),
      `${JSON.stringify(employees?.[0])}\n{"id":\n${JSON.stringify({ ...employees?.[1], hireDate: '2024-13-01' })}\n`,
    );
    const { code, err } = await run('report', folder);
    expect(code).toBe(1);
    expect(err).toContain('3 rows read, 1 valid, 2 rejected');
    expect(err).toContain('row 2: json.invalid');
    expect(err).toContain('row 3, column hireDate: schema.invalid_format');
  });

  it('streams a folder with --as-of: the report of the dataset holding its employees', async () => {
    const folder = join(dir, 'streamed');
    mkdirSync(folder);
    const dataset = baseDataset();
    const { employees, ...rest } = dataset;
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    writeFileSync(
      join(folder, 'employees.ndjson'),
      `${(employees ?? []).map((e) => JSON.stringify(e)).join('\n')}\n`,
    );
    const whole = file('whole.json', JSON.stringify(dataset));
    const flags = ['--as-of', '2024-12-31', '--format', 'json'];
    const fromFolder = await run('report', folder, ...flags);
    const fromFile = await run('report', whole, ...flags);
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.err).toContain('employees.ndjson: 2 rows read, 2 valid, 0 rejected');
    expect(fromFolder.out).toBe(fromFile.out);
    expect(JSON.parse(fromFolder.out).indicators.length).toBeGreaterThan(0);
  });

  it('streams a folder with --as-of and gives exit 1 for a row naming an unknown site', async () => {
    const folder = join(dir, 'streamed-bad-site');
    mkdirSync(folder);
    const { employees, ...rest } = baseDataset();
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    const rows = [employees?.[0], { ...employees?.[1], siteId: 'site-nowhere' }];
    writeFileSync(join(folder, 'employees.ndjson'), rows.map((e) => JSON.stringify(e)).join('\n'));
    const { code, err } = await run('report', folder, '--as-of', '2024-12-31');
    expect(code).toBe(1);
    expect(err).toContain('the dataset is not valid (1 errors)');
    expect(err).toContain('/employees/1/siteId');
    expect(err).toContain('ref.missing');
  });

  it('streams a folder with --as-of and gives exit 1 for an invalid dataset.json', async () => {
    const folder = join(dir, 'streamed-bad-dataset');
    mkdirSync(folder);
    const { employees, ...rest } = baseDataset();
    const broken = { ...rest, sites: [{ ...rest.sites?.[0], locationId: 'XX-NOPE' }] };
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(broken));
    writeFileSync(join(folder, 'employees.ndjson'), JSON.stringify(employees?.[0]));
    const { code, err } = await run('report', folder, '--as-of', '2024-12-31');
    expect(code).toBe(1);
    expect(err).toContain('the dataset is not valid (1 errors)');
    expect(err).toContain('ref.missing');
  });

  it('gives exit 1 and the errors for an invalid dataset', async () => {
    const path = file(
      'invalid.json',
      JSON.stringify({
        ...baseDataset(),
        sites: [{ ...baseDataset().sites?.[0], locationId: 'XX-NOPE' }],
      }),
    );
    const { code, err } = await run('report', path, '--as-of', '2024-12-31');
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe(
      'mining-impact: the dataset is not valid (1 errors); run "mining-impact validate" for the details',
    );
    expect(err).toContain('ref.missing');
  });

  it('gives one line and exit 2 for wrong usage', async () => {
    const cases: [string[], string][] = [
      [['report', '--bogus'], "Unknown option '--bogus'"],
      [['report', '--format', 'pdf'], '--format: "pdf" is not one of md, html, json, csv'],
      [['report', '--as-of', '2025-02-30'], '--as-of: "2025-02-30" is not a date YYYY-MM-DD'],
      [
        ['report', '--period', '2025-06-01..2025-01-01'],
        '--period: "2025-06-01..2025-01-01" is not start..end',
      ],
      // Issue 21, fault 19: these two were accepted with exit 0, and ABC gave exit 1.
      [
        ['report', '--period', '2025-01-01..2025-06-30..junk'],
        '--period: "2025-01-01..2025-06-30..junk" is not start..end within the as-of date',
      ],
      [
        ['report', '--as-of', '2025-06-30', '--period', '2025-01-01..2025-12-31'],
        '--period: "2025-01-01..2025-12-31" is not start..end within the as-of date',
      ],
      [['report', '--currency', 'ABC'], '--currency: "ABC" is not an ISO 4217 code such as AZN'],
      [['report', '--locality', 'nearby'], '--locality: "nearby" is not a policy'],
      [['report', 'a.json', 'b.json'], 'report takes one input, not 2'],
      [['report', join(dir, 'missing.json')], 'The file or folder cannot be read'],
      [['report', '--out', join(dir, 'no', 'such', 'dir', 'x.md')], '--out: cannot write'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [[], 'no command given'],
    ];
    for (const [argv, expected] of cases) {
      const { code, err, out } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')[0]).toContain(expected);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  // Issue 21, fault 4: --out naming the input, or a symlink to it, overwrote it with exit 0.
  it('refuses to write the report over its input, also through a symlink', async () => {
    const text = JSON.stringify(baseDataset());
    const path = file('input.json', text);
    const link = join(dir, 'input-link.json');
    symlinkSync(path, link);
    const folderInput = join(dir, 'input-folder');
    mkdirSync(folderInput);
    const { employees: _employees, ...noEmployees } = baseDataset();
    writeFileSync(join(folderInput, 'dataset.json'), JSON.stringify(noEmployees));
    const ndjson = join(folderInput, 'employees.ndjson');
    writeFileSync(ndjson, '');
    const cases: [string[], string][] = [
      [[path, '--out', path], `--out: ${path} is the input ${path}; refusing to overwrite it`],
      [[path, '--out', link], `--out: ${link} is the input ${path}; refusing to overwrite it`],
      [
        [folderInput, '--out', ndjson],
        `--out: ${ndjson} is the input ${ndjson}; refusing to overwrite it`,
      ],
    ];
    for (const [argv, expected] of cases) {
      const { code, err } = await run('report', ...argv, '--as-of', '2024-12-31');
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain(`\nmining-impact: ${expected}\n`.slice(argv[0] === path ? 1 : 0));
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readFileSync(ndjson, 'utf8')).toBe('');
  });

  it('reports malformed JSON with its line and column, and bad UTF-8, with exit 1', async () => {
    const json = await run(
      'report',
      file('broken.json', '{\n  "schemaVersion": "1.0",\n  "company": }\n'),
    );
    expect(json.code).toBe(1);
    expect(json.err).toMatch(
      /^mining-impact: The file is not valid JSON: .*broken\.json: line 3, column 14: /,
    );
    const utf8 = await run(
      'validate',
      file('latin1.json', Uint8Array.from([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d])),
    );
    expect(utf8.code).toBe(1);
    expect(utf8.err).toMatch(/The file is not valid UTF-8: .*latin1\.json: line 2, column 2\n$/);
  });
});

describe('mining-impact validate', () => {
  it('lists the issues grouped by code and exits 0 without errors', async () => {
    const { code, out } = await run('validate');
    expect(code).toBe(0);
    expect(out).toContain('warning award.no_date  1');
    expect(out).toMatch(/0 errors, 1 warnings, 14 infos\n$/);
  });

  it('exits 1 when there are errors', async () => {
    const path = file(
      'dangling.json',
      JSON.stringify({
        ...baseDataset(),
        sites: [{ ...baseDataset().sites?.[0], locationId: 'XX-NOPE' }],
      }),
    );
    const { code, out } = await run('validate', path, '--as-of', '2025-11-14');
    expect(code).toBe(1);
    expect(out).toMatch(/^error {3}ref\.missing {2}1\n {10}\/sites\/0\/locationId: /);
  });
});

describe('mining-impact schema, --help and --version', () => {
  it('writes the JSON Schema files', async () => {
    const out = join(dir, 'schemas');
    const { code, err } = await run('schema', '--out', out);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain('dataset.json');
    expect(err).toBe(`Wrote ${readdirSync(out).length} JSON Schema files to ${out}\n`);
    expect((await run('schema', 'x')).code).toBe(2);
  });

  it('has help on every command and a version', async () => {
    for (const argv of [
      ['--help'],
      ['report', '--help'],
      ['validate', '-h'],
      ['schema', '--help'],
    ]) {
      const { code, out } = await run(...argv);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: mining-impact/);
    }
    const version = await run('--version');
    expect(version.out).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});

describe('mining-impact in pipelines', () => {
  it('takes the format from the extension of --out, and markdown as an alias of md', async () => {
    const html = join(dir, 'inferred.html');
    expect((await run('report', '--as-of', '2025-12-31', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8').startsWith('<!doctype html>')).toBe(true);
    const json = join(dir, 'inferred.JSON');
    expect((await run('report', '--as-of', '2025-12-31', '-o', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).asOf).toBe('2025-12-31');
    const md = await run('report', '--as-of', '2025-12-31', '--format', 'markdown');
    expect(md.out.startsWith('# Impact report: AzerGold CJSC')).toBe(true);
  });

  it('refuses a --format that contradicts the extension of --out, writing nothing', async () => {
    const out = join(dir, 'conflict.md');
    const { code, err } = await run('report', '--format', 'html', '--out', out);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      `mining-impact: --format html conflicts with --out ${out} (.md is md); give one or make them agree`,
    );
    expect(readdirSync(dir)).not.toContain('conflict.md');
  });

  it('suggests the flag or command meant', async () => {
    const flag = await run('report', '--fromat', 'md');
    expect(flag.code).toBe(2);
    expect(flag.err.split('\n')[0]).toBe(
      "mining-impact: Unknown option '--fromat'; did you mean '--format'?",
    );
    const command = await run('reprot');
    expect(command.err.split('\n')[0]).toBe(
      'mining-impact: unknown command "reprot"; did you mean "report"?',
    );
    const far = await run('report', '--zzzzzz');
    expect(far.err.split('\n')[0]).toBe("mining-impact: Unknown option '--zzzzzz'");
  });

  it('says in words why an input cannot be read', async () => {
    const missing = join(dir, 'nowhere.json');
    const { code, err } = await run('validate', missing);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      `mining-impact: The file or folder cannot be read: no such file or folder: ${missing}`,
    );
    const out = join(dir, 'no-such-folder', 'r.md');
    const write = await run('report', '--out', out);
    expect(write.err.split('\n')[0]).toBe(
      `mining-impact: --out: cannot write ${out}: no such folder: ${join(dir, 'no-such-folder')}`,
    );
  });
});
