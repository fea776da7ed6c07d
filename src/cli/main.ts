import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { azergoldDataset } from '../data/azergold/index.js';
import {
  buildImpactReport,
  type DatasetValidation,
  type FxTable,
  type Issue,
  isCalendarDate,
  isImpactError,
  type LocalityPolicy,
  MoneySchema,
  renderCsv,
  renderJson,
  renderMarkdown,
  summarizeIssues,
  terminalText,
  validateDataset,
} from '../index.js';
import { type DatasetInput, readDatasetInput } from '../node/index.js';
import type { CliIo } from './cliIo.js';
import { datasetPlaces } from './datasetPlaces.js';
import { helpTexts } from './helpTexts.js';
import { parseLocality } from './parseLocality.js';
import { progressBar } from './progressBar.js';
import { UsageError } from './usageError.js';
import { writeOut } from './writeOut.js';

const FORMATS = ['md', 'html', 'json', 'csv'] as const;
const require = createRequire(import.meta.url);

/** A command's own failure on bad data (exit 1), already explained on stderr. */
class DataError extends Error {}

/** Runs `parseArgs`, turning its errors (unknown flag, missing value) into usage errors. */
function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** `--as-of`, checked; `undefined` when not given. */
function asOfFrom(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw new UsageError(`--as-of: "${String(value).slice(0, 40)}" is not a date YYYY-MM-DD`);
  return value;
}

async function load(input: string | undefined, io: CliIo): Promise<DatasetInput> {
  if (input === undefined) return { dataset: azergoldDataset, employees: null };
  const bar = progressBar(io, 'Reading employees');
  try {
    return await readDatasetInput(input, { onProgress: bar.update });
  } catch (error) {
    if (isImpactError(error, 'FILE_UNREADABLE')) throw new UsageError(message(error));
    throw error;
  } finally {
    bar.done();
  }
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/^\[mining-impact\] /, '')
    .replace(/\n[\s\S]*$/, '');
}

/** Prints rejected employee rows; true when there were any. */
function printRows(employees: DatasetInput['employees'], io: CliIo): boolean {
  if (employees === null) return false;
  const { counts, issues, issuesByCode, path } = employees;
  io.stderr.write(
    `${terminalText(path)}: ${counts.read} rows read, ${counts.valid} valid, ${counts.rejected} rejected\n`,
  );
  if (counts.rejected === 0) return false;
  for (const [code, count] of Object.entries(issuesByCode).sort())
    io.stderr.write(`  error  ${code}  ${count}\n`);
  for (const issue of issues.slice(0, 20))
    io.stderr.write(
      `  row ${issue.row}${issue.column === null ? '' : `, column ${terminalText(issue.column)}`}: ${issue.code}: ${terminalText(issue.message)}\n`,
    );
  if (issues.length > 20) io.stderr.write(`  … and ${issues.length - 20} more\n`);
  return true;
}

function printIssues(issues: readonly Issue[], out: CliIo['stdout']): void {
  const summary = summarizeIssues(issues);
  for (const entry of summary.byCode) {
    out.write(`${entry.severity.padEnd(7)} ${entry.code}  ${entry.count}\n`);
    for (const issue of issues.filter((i) => i.code === entry.code).slice(0, 5))
      out.write(
        `          ${issue.path === '' ? '/' : terminalText(issue.path)}: ${terminalText(issue.message)}\n`,
      );
    if (entry.count > 5) out.write(`          … and ${entry.count - 5} more\n`);
  }
  out.write(`${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos\n`);
}

type Format = (typeof FORMATS)[number];
type BuiltReport = ReturnType<typeof buildImpactReport>;

/** The flags of `report` as `parseArgs` reads them. */
interface ReportFlags {
  readonly format?: string | undefined;
  readonly out?: string | undefined;
  readonly 'as-of'?: string | undefined;
  readonly period?: string | undefined;
  readonly locality?: string | undefined;
  readonly currency?: string | undefined;
  readonly territories?: string | undefined;
  readonly 'metal-unit'?: string | undefined;
  readonly help?: boolean | undefined;
}

/** The arguments of `report`, checked. */
interface ReportOptions {
  /** The input file; the bundled AzerGold dataset when not given. */
  readonly input: string | undefined;
  /** `--format`. */
  readonly format: Format;
  /** `--as-of`; by default the dataset's latest dated fact (the library's default). */
  readonly asOf: string | undefined;
  /** `--period`; by default the year of the as-of day, to that day. */
  readonly period: { readonly start: string; readonly end: string } | undefined;
  /** `--locality`, when given. */
  readonly localityPolicy: LocalityPolicy | undefined;
  /** `--currency`, when given. */
  readonly currency: string | undefined;
  /**
   * `--territories`; `undefined` for the default: the liberated territories for an Azerbaijani
   * dataset, none for another.
   */
  readonly territoryIds: readonly string[] | undefined;
  /** `--metal-unit`: the unit of contained metal (`oz` is read as troy ounces); tonnes by default. */
  readonly metalUnit: 't' | 'kg' | 'ozt';
  /** `--out`; stdout when not given. */
  readonly out: string | undefined;
}

/** Reads the flags and positionals of `report`. */
function parseReportArgs(args: readonly string[]): {
  readonly values: ReportFlags;
  readonly positionals: readonly string[];
} {
  return parse(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        period: { type: 'string' },
        locality: { type: 'string' },
        currency: { type: 'string' },
        territories: { type: 'string' },
        'metal-unit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
}

/** `--format`, `md` by default. */
function formatFrom(value: string | undefined): Format {
  const format = value ?? 'md';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format: "${format.slice(0, 20)}" is not one of ${FORMATS.join(', ')}`);
  return format as Format;
}

/**
 * `--period start..end`: two dates, in order, ending on or before the as-of date; the year to
 * date by default.
 */
function periodFrom(
  value: string | undefined,
  asOf: string | undefined,
): { readonly start: string; readonly end: string } | undefined {
  if (typeof value !== 'string')
    return asOf === undefined ? undefined : { start: `${asOf.slice(0, 4)}-01-01`, end: asOf };
  const parts = value.split('..');
  const [start = '', end = ''] = parts;
  if (
    parts.length !== 2 ||
    !isCalendarDate(start) ||
    !isCalendarDate(end) ||
    end < start ||
    (asOf !== undefined && end > asOf)
  )
    throw new UsageError(
      `--period: "${value.slice(0, 40)}" is not start..end within the as-of date`,
    );
  return { start, end };
}

/** `--currency`, an active ISO 4217 code of the bundled table, when given. */
function currencyFrom(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!MoneySchema.shape.currency.safeParse(value).success)
    throw new UsageError(`--currency: "${value.slice(0, 20)}" is not an ISO 4217 code such as AZN`);
  return value;
}

/** The units `--metal-unit` takes: `oz` is the troy ounce, the unit gold and silver are counted in. */
const METAL_UNITS: Readonly<Record<string, 't' | 'kg' | 'ozt'>> = { oz: 'ozt', t: 't', kg: 'kg' };

/** `--metal-unit oz|t|kg`, tonnes by default. */
function metalUnitFrom(value: string | undefined): 't' | 'kg' | 'ozt' {
  if (typeof value !== 'string') return 't';
  const unit = Object.hasOwn(METAL_UNITS, value) ? METAL_UNITS[value] : undefined;
  if (unit === undefined)
    throw new UsageError(`--metal-unit: "${value.slice(0, 20)}" is not one of oz, t, kg`);
  return unit;
}

/** `--territories`, comma-separated ids; `undefined` (the dataset's default) when absent. */
function territoriesFrom(value: string | undefined): readonly string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Checks the arguments of `report`, in the order of the flags' checks, throwing usage errors. */
function reportOptions(
  values: Readonly<ReportFlags>,
  positionals: readonly string[],
  _io: CliIo,
): ReportOptions {
  if (positionals.length > 1)
    throw new UsageError(`report takes one input, not ${positionals.length}`);
  const format = formatFrom(values.format);
  const asOf = asOfFrom(values['as-of']);
  const period = periodFrom(values.period, asOf);
  const localityPolicy: LocalityPolicy | undefined =
    typeof values.locality === 'string' ? parseLocality(values.locality) : undefined;
  return {
    input: positionals[0],
    format,
    asOf,
    period,
    localityPolicy,
    currency: currencyFrom(values.currency),
    territoryIds: territoriesFrom(values.territories),
    metalUnit: metalUnitFrom(values['metal-unit']),
    out: values.out,
  };
}

/**
 * Builds the report of a dataset; `undefined`, with the errors printed on stderr, when the
 * dataset is not valid.
 */
function buildReport(
  input: Readonly<DatasetInput>,
  options: Readonly<ReportOptions>,
  io: CliIo,
): BuiltReport | undefined {
  const { asOf, period, localityPolicy, territoryIds, currency, metalUnit } = options;
  const rates = (input.dataset as { fx?: unknown } | null)?.fx;
  // The dataset's own country: the Azerbaijani gazetteer only for an Azerbaijani dataset.
  const places = datasetPlaces(input.dataset);
  try {
    return buildImpactReport(input.dataset, {
      asOf,
      period,
      localityPolicy,
      gazetteer: places.gazetteer,
      territoryIds: territoryIds ?? places.territoryIds,
      fx: currency === undefined ? undefined : ({ currency, rates: rates ?? [] } as FxTable),
      now: [io.today(), asOf ?? ''].sort()[1],
      metalUnit,
    });
  } catch (error) {
    if (!isImpactError(error, 'INVALID_DATASET')) throw error;
    const validation = error.cause as DatasetValidation;
    io.stderr.write(
      `mining-impact: the dataset is not valid (${validation.summary.errors} errors); run "mining-impact validate" for the details\n`,
    );
    printIssues(
      validation.issues.filter((i) => i.severity === 'error'),
      io.stderr,
    );
    return undefined;
  }
}

/** Renders a report in a format; the HTML renderer (and Vega) is loaded only when asked for. */
async function renderReport(built: Readonly<BuiltReport>, format: Format): Promise<string> {
  switch (format) {
    case 'html': {
      const { renderHtml } = await import('../html/index.js');
      return await renderHtml(built);
    }
    case 'json':
      return renderJson(built);
    case 'csv':
      return renderCsv(built);
    default:
      return renderMarkdown(built);
  }
}

/**
 * Writes the text to `--out` (atomically, never over the input), or to stdout when not given.
 */
async function writeReport(
  text: string,
  options: Readonly<ReportOptions>,
  io: CliIo,
): Promise<void> {
  const { out, input } = options;
  if (typeof out !== 'string') {
    io.stdout.write(text);
    return;
  }
  await writeOut(out, text, input);
  io.stderr.write(`Wrote ${out}\n`);
}

/** The `report` command: reads, checks and builds a report, and writes it in a format. */
async function report(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseReportArgs(args);
  if (values.help === true) {
    io.stdout.write(helpTexts.report);
    return 0;
  }
  const options = reportOptions(values, positionals, io);
  const input = await load(options.input, io);
  if (printRows(input.employees, io)) throw new DataError();
  const built = buildReport(input, options, io);
  if (built === undefined) return 1;
  await writeReport(await renderReport(built, options.format), options, io);
  return 0;
}

async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (values.help === true) {
    io.stdout.write(helpTexts.validate);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`validate takes one input, not ${positionals.length}`);
  const now = asOfFrom(values['as-of']) ?? io.today();
  const input = await load(positionals[0], io);
  const rejected = printRows(input.employees, io);
  const { gazetteer } = datasetPlaces(input.dataset);
  const result: DatasetValidation = validateDataset(input.dataset, { now, gazetteer });
  printIssues(result.issues, io.stdout);
  return result.valid && !rejected ? 0 : 1;
}

async function schema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (values.help === true) {
    io.stdout.write(helpTexts.schema);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('schema takes no input');
  const from = dirname(require.resolve('mining-impact/schema/dataset.json'));
  const to = typeof values.out === 'string' ? values.out : 'schema';
  const files = (await readdir(from)).filter((f) => f.endsWith('.json')).sort();
  try {
    await mkdir(to, { recursive: true });
    for (const file of files) await writeFile(join(to, file), await readFile(join(from, file)));
  } catch (error) {
    throw new UsageError(`--out: cannot write to ${to}: ${message(error)}`);
  }
  io.stderr.write(`Wrote ${files.length} JSON Schema files to ${to}\n`);
  return 0;
}

/**
 * Runs the `mining-impact` command.
 *
 * @param argv - The arguments after the program name.
 * @param io - Standard output and error, and today's date.
 * @returns The exit code: 0 done, 1 invalid data, 2 wrong usage.
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') {
      io.stdout.write(
        `${(require('mining-impact/package.json') as { version: string }).version}\n`,
      );
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(helpTexts.main);
      return 0;
    }
    if (command === 'report') return await report(rest, io);
    if (command === 'validate') return await validate(rest, io);
    if (command === 'schema') return await schema(rest, io);
    throw new UsageError(
      command === undefined ? 'no command given' : `unknown command "${command.slice(0, 40)}"`,
    );
  } catch (error) {
    if (error instanceof DataError) return 1;
    if (error instanceof UsageError) {
      io.stderr.write(
        `mining-impact: ${terminalText(error.message)}\nRun "mining-impact --help" for usage.\n`,
      );
      return 2;
    }
    io.stderr.write(`mining-impact: ${terminalText(message(error))}\n`);
    return 1;
  }
}
