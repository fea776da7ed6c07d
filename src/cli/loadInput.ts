import { isImpactError, terminalText } from '../index.js';
import {
  type DatasetInput,
  type ReadDatasetInputOptions,
  readDatasetInput,
} from '../node/index.js';
import type { CliIo } from './cliIo.js';
import { errorMessage } from './errorMessage.js';
import { progressBar } from './progressBar.js';
import { UsageError } from './usageError.js';

/**
 * Reads the input of a command: a dataset file or folder, or the bundled AzerGold dataset
 * (loaded only then) when no input is given.
 *
 * @param input - The path given, if any.
 * @param io - Where the progress bar is drawn.
 * @param streamEmployees - Where a folder's employees are streamed to, instead of being kept.
 * @returns The dataset and the employee-file summary.
 * @throws UsageError when the input cannot be read.
 * @internal
 */
export async function loadInput(
  input: string | undefined,
  io: CliIo,
  streamEmployees?: ReadDatasetInputOptions['streamEmployees'],
): Promise<DatasetInput> {
  if (input === undefined) {
    const { azergoldDataset } = await import('../data/azergold/index.js');
    return { dataset: azergoldDataset, employees: null };
  }
  const bar = progressBar(io, 'Reading employees');
  try {
    return await readDatasetInput(input, { onProgress: bar.update, streamEmployees });
  } catch (error) {
    if (isImpactError(error, 'FILE_UNREADABLE')) throw new UsageError(errorMessage(error));
    throw error;
  } finally {
    bar.done();
  }
}

/**
 * Prints the counts of the employee file's rows and the rejected ones on stderr.
 *
 * @param employees - The employee-file summary, `null` without an employee file.
 * @param io - Where to print.
 * @returns Whether rows were rejected.
 * @internal
 */
export function printRejectedRows(employees: DatasetInput['employees'], io: CliIo): boolean {
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
