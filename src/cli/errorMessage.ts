/**
 * The first line of an error's message, without the library's `[mining-impact] ` prefix.
 *
 * @param error - The caught value.
 * @returns The line.
 * @internal
 */
export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/^\[mining-impact\] /, '')
    .replace(/\n[\s\S]*$/, '');
}
