import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeFileError } from '../node/index.js';
import type { CliIo } from './cliIo.js';
import { helpTexts } from './helpTexts.js';
import { makeDirectory } from './makeDirectory.js';
import { parseFlags } from './parseFlags.js';
import { UsageError } from './usageError.js';

const require = createRequire(import.meta.url);

/** Copies the JSON Schema files into a folder, creating it. */
async function copySchemas(from: string, to: string, files: readonly string[]): Promise<void> {
  await makeDirectory(to, '--out');
  for (const file of files) {
    const target = join(to, file);
    try {
      await writeFile(target, await readFile(join(from, file)));
    } catch (error) {
      throw new UsageError(`--out: cannot write ${target}: ${describeFileError(error, target)}`);
    }
  }
}

/**
 * The `schema` command: writes the JSON Schema files of the dataset format into a folder.
 *
 * @param args - The arguments after `schema`.
 * @param io - The streams.
 * @returns The exit code 0.
 * @throws UsageError for wrong usage or a folder that cannot be written.
 * @internal
 */
export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(helpTexts.schema);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('schema takes no input');
  const from = dirname(require.resolve('mining-impact/schema/dataset.json'));
  const to = typeof values.out === 'string' ? values.out : 'schema';
  const files = (await readdir(from)).filter((f) => f.endsWith('.json')).sort();
  await copySchemas(from, to, files);
  io.stderr.write(`Wrote ${files.length} JSON Schema files to ${to}\n`);
  return 0;
}
