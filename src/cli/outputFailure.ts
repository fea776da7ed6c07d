/** Where a failed write is reported and how the process ends: the process's, or a test's. */
export interface OutputFailureIo {
  /** Standard error (which may itself be the stream that failed). */
  readonly stderr: { write(text: string): unknown };
  /** Ends the process with an exit code. */
  readonly exit: (code: number) => void;
}

/**
 * The exit code after a reader closed the pipe: 128 + 13 (SIGPIPE), what a shell reports for a
 * command killed by SIGPIPE.
 *
 * @internal
 */
export const EXIT_BROKEN_PIPE = 141;

/**
 * The handler of an `'error'` event of standard output or standard error: a reader that went
 * away (`EPIPE`, as with `| head -c 10`) ends the command quietly with {@link EXIT_BROKEN_PIPE},
 * as a command killed by SIGPIPE; any other failure (a full disk, `ENOSPC`, as with `>/dev/full`)
 * ends it with one line on standard error and exit 1; never an unhandled `'error'` event and its
 * stack trace.
 *
 * @param io - Standard error and how to exit.
 * @returns The handler; it reports only the first failure (writing the message may fail too).
 * @internal
 */
export function outputFailure(io: OutputFailureIo): (error: unknown) => void {
  let failed = false;
  return (error) => {
    if (failed) return;
    failed = true;
    const code = (error as { code?: unknown } | null)?.code;
    // The reader went away (`| head`): end quietly, as a process killed by SIGPIPE would.
    if (code === 'EPIPE') {
      io.exit(EXIT_BROKEN_PIPE);
      return;
    }
    try {
      io.stderr.write(
        `mining-impact: cannot write the output (${typeof code === 'string' ? code : 'error'}); stopped\n`,
      );
    } catch {
      // Standard error is gone too: the exit code still says it.
    }
    io.exit(1);
  };
}
