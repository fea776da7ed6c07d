import {
  type BuildImpactReportOptions,
  buildImpactReport,
  createImpactReportBuilder,
  type DatasetValidation,
  type FxTable,
  type ImpactReportBuilder,
  isImpactError,
  renderCsv,
  renderJson,
  renderMarkdown,
} from '../index.js';
import type { DatasetInput } from '../node/index.js';
import type { CliIo } from './cliIo.js';
import { DataError } from './dataError.js';
import { datasetPlaces } from './datasetPlaces.js';
import { helpTexts } from './helpTexts.js';
import { loadInput, printRejectedRows } from './loadInput.js';
import type { OutputFormat } from './outputFormat.js';
import { printIssues } from './printIssues.js';
import { type ReportOptions, reportOptions } from './reportOptions.js';
import { writeOut } from './writeOut.js';

type BuiltReport = ReturnType<typeof buildImpactReport>;

/** The options of the report of a dataset, as the command's flags and the dataset give them. */
function builderOptions(
  dataset: unknown,
  options: Readonly<ReportOptions>,
  io: CliIo,
): BuildImpactReportOptions {
  const { asOf, period, localityPolicy, territoryIds, currency, metalUnit } = options;
  const rates = (dataset as { fx?: unknown } | null)?.fx;
  // The dataset's own country: the Azerbaijani gazetteer only for an Azerbaijani dataset.
  const places = datasetPlaces(dataset);
  return {
    asOf,
    period,
    localityPolicy,
    gazetteer: places.gazetteer,
    territoryIds: territoryIds ?? places.territoryIds,
    fx: currency === undefined ? undefined : ({ currency, rates: rates ?? [] } as FxTable),
    now: [io.today(), asOf ?? ''].sort()[1],
    metalUnit,
  };
}

/**
 * Runs a step of the report; `undefined`, with the errors printed on stderr, when it finds the
 * dataset not valid.
 */
async function unlessInvalid<T>(step: () => T | Promise<T>, io: CliIo): Promise<T | undefined> {
  try {
    return await step();
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

/**
 * Reads the input; with `--as-of`, a folder's employee file is streamed into a report builder
 * (made from `dataset.json` before the first row), so that no record is held.
 */
async function readForReport(
  options: Readonly<ReportOptions>,
  io: CliIo,
): Promise<{ readonly input: DatasetInput; readonly builder?: ImpactReportBuilder }> {
  if (options.asOf === undefined) return { input: await loadInput(options.input, io) };
  const asOf = options.asOf;
  let builder: ImpactReportBuilder | undefined;
  const input = await loadInput(options.input, io, (dataset) => {
    const opened = createImpactReportBuilder(dataset, {
      ...builderOptions(dataset, options, io),
      asOf,
    });
    builder = opened;
    return (employee) => opened.add(employee);
  });
  return builder === undefined ? { input } : { input, builder };
}

/** Renders a report in a format; the HTML renderer (and Vega) is loaded only when asked for. */
async function renderReport(built: Readonly<BuiltReport>, format: OutputFormat): Promise<string> {
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

/** Writes the text to `--out` (atomically, never over the input), or to stdout when not given. */
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

/**
 * The `report` command: reads, checks and builds a report, and writes it in a format.
 *
 * @param args - The arguments after `report`.
 * @param io - The streams and today's date.
 * @returns The exit code: 0 done, 1 invalid data.
 * @throws UsageError for wrong usage; DataError when employee rows were rejected.
 * @internal
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = reportOptions(args);
  if (options === 'help') {
    io.stdout.write(helpTexts.report);
    return 0;
  }
  const read = await unlessInvalid(() => readForReport(options, io), io);
  if (read === undefined) return 1;
  const { input, builder } = read;
  if (printRejectedRows(input.employees, io)) throw new DataError();
  const built = await unlessInvalid(
    () =>
      builder?.finish() ??
      buildImpactReport(input.dataset, builderOptions(input.dataset, options, io)),
    io,
  );
  if (built === undefined) return 1;
  await writeReport(await renderReport(built, options.format), options, io);
  return 0;
}
