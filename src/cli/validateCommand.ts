import { type DatasetValidation, validateDataset } from '../index.js';
import type { CliIo } from './cliIo.js';
import { datasetPlaces } from './datasetPlaces.js';
import { asOfFrom } from './dateFlags.js';
import { helpTexts } from './helpTexts.js';
import { loadInput, printRejectedRows } from './loadInput.js';
import { parseFlags } from './parseFlags.js';
import { printIssues } from './printIssues.js';
import { UsageError } from './usageError.js';

/**
 * The `validate` command: checks a dataset and its employee rows, and lists the issues.
 *
 * @param args - The arguments after `validate`.
 * @param io - The streams and today's date.
 * @returns The exit code: 0 valid, 1 errors or rejected rows.
 * @throws UsageError for wrong usage.
 * @internal
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(helpTexts.validate);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`validate takes one input, not ${positionals.length}`);
  const now = asOfFrom(values['as-of']) ?? io.today();
  const input = await loadInput(positionals[0], io);
  const rejected = printRejectedRows(input.employees, io);
  const { gazetteer } = datasetPlaces(input.dataset);
  const result: DatasetValidation = validateDataset(input.dataset, { now, gazetteer });
  printIssues(result.issues, io.stdout);
  return result.valid && !rejected ? 0 : 1;
}
