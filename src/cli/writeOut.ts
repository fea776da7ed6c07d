import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from '../node/index.js';
import { UsageError } from './usageError.js';

/** How `writeOut` writes the temporary file: replaceable in tests (a full disk). */
export type WriteTemp = (path: string, text: string) => Promise<void>;

/** The files a command reads from an input path: the path itself and a folder's data files. */
function inputFiles(input: string): string[] {
  return [
    input,
    ...['dataset.json', 'employees.ndjson', 'employees.csv', 'employees.parquet'].map((f) =>
      join(input, f),
    ),
  ];
}

/** The real path and the device and inode of a path, or `undefined` when nothing is there. */
async function identity(
  path: string,
): Promise<{ readonly real: string; readonly id: string } | undefined> {
  try {
    const info = await stat(path);
    return { real: await realpath(path), id: `${info.dev}:${info.ino}` };
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that is one of the inputs: the same real path, or the same device and
 * inode (a symlink or a hard link to it).
 */
async function refuseInput(out: string, input: string | undefined): Promise<void> {
  if (input === undefined) return;
  const target = await identity(out);
  if (target === undefined) return;
  for (const file of inputFiles(input)) {
    const source = await identity(file);
    if (source !== undefined && (source.real === target.real || source.id === target.id))
      throw new UsageError(`--out: ${out} is the input ${file}; refusing to overwrite it`);
  }
}

/** Why a write to `out` failed, in words: a missing folder is named as such. */
function why(error: unknown, out: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' ? `no such folder: ${dirname(out)}` : describeFileError(error, out);
}

/**
 * Writes a report to `--out` atomically: into a temporary file in the same folder, renamed over
 * the target once complete, so a full disk or a kill mid-write leaves the old file whole.
 *
 * @param out - The path given to `--out` (a symlink is written through, to its target).
 * @param text - The report.
 * @param input - The input path of the command, never overwritten.
 * @param writeTemp - How the temporary file is written (the default writes it with `wx`).
 * @throws UsageError when `out` is an input (also through a symlink or a hard link), or when
 * writing or renaming fails; the temporary file is removed.
 * @internal
 */
export async function writeOut(
  out: string,
  text: string,
  input: string | undefined,
  writeTemp: WriteTemp = (path, data) => writeFile(path, data, { flag: 'wx' }),
): Promise<void> {
  await refuseInput(out, input);
  const target = (await identity(out))?.real ?? out;
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeTemp(temp, text);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`--out: cannot write ${out}: ${why(error, out)}`);
  }
}
