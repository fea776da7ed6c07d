import {
  buildImpactReport,
  type DatasetValidation,
  type FxTable,
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
  const input = await loadInput(options.input, io);
  if (printRejectedRows(input.employees, io)) throw new DataError();
  const built = buildReport(input, options, io);
  if (built === undefined) return 1;
  await writeReport(await renderReport(built, options.format), options, io);
  return 0;
}
