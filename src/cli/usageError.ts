/**
 * A mistake in the command line (unknown flag, bad value): exit code 2.
 *
 * @internal
 */
export class UsageError extends Error {
  /** The error class name. */
  override readonly name = 'UsageError';
}
