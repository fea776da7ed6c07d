/**
 * The `code` of a Node.js system error (`ENOENT`, `EISDIR`, …), or `'error'` when it has none.
 *
 * @param error - The caught value.
 * @returns The code.
 * @internal
 */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : 'error';
}
