/**
 * Where the command writes and what it may read from its environment: injected, so tests run
 * the command without a process.
 *
 * @internal
 */
export interface CliIo {
  /** Standard output. */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  /** Standard error: messages and the progress bar. */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  /** Today, `YYYY-MM-DD`: the default `--as-of` and the validation date. */
  readonly today: () => string;
}
