/**
 * The Node options a shard's worker thread starts with: those of the process, without the one a
 * worker started from a file refuses. `--input-type` (as in `node --input-type=module -e …`)
 * applies to code given as a string; a worker inheriting it stops at once with
 * `ERR_INPUT_TYPE_NOT_ALLOWED`.
 *
 * @param execArgv - The options of the process (`process.execArgv`).
 * @returns The options for the worker, in order.
 *
 * @example
 * ```ts
 * workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=512']);
 * //=> ['-e', 'code', '--max-old-space-size=512']
 * ```
 *
 * @internal
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const options: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const option = execArgv[i] as string;
    if (option === '--input-type') {
      i++; // and its value, the next argument
      continue;
    }
    if (!option.startsWith('--input-type=')) options.push(option);
  }
  return options;
}
