/**
 * A command's own failure on bad data (exit 1), already explained on stderr.
 *
 * @internal
 */
export class DataError extends Error {
  /** The error class name. */
  override readonly name = 'DataError';
}
