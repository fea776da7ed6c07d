import { ImpactError } from '../index.js';

/**
 * A table name: dotted parts, each a plain identifier or a quoted one (`"…"` with `""` for a
 * quote, or `` `…` `` with ` `` ` for a backtick), no control characters.
 */
const TABLE_NAME =
  /^(?:[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\p{Cc}]|"")+"|`(?:[^`\p{Cc}]|``)+`)(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\p{Cc}]|"")+"|`(?:[^`\p{Cc}]|``)+`))*$/u;

/**
 * Checks a table name before it is written into a query.
 *
 * @remarks
 * Only identifiers pass: plain ones (letters, digits, `_`, not starting with a digit) or quoted
 * ones whose quotes are doubled inside, joined by dots; at most 512 characters. Anything else
 * (a space, a semicolon, a comment, an unbalanced quote) is refused, so the name cannot end the
 * identifier and add SQL of its own.
 *
 * @param table - The name.
 * @returns The name, unchanged.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when it is not such an identifier.
 * @internal
 */
export function sqlTableName(table: unknown): string {
  if (typeof table !== 'string' || table.length > 512 || !TABLE_NAME.test(table)) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `the table ${JSON.stringify(String(table)).slice(0, 80)} is not an SQL identifier (letters, digits and _, or a quoted identifier, parts joined by dots)`,
    );
  }
  return table;
}
