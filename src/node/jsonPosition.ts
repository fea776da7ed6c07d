/**
 * The 1-based line and column of a character offset in a text.
 *
 * @param text - The text.
 * @param offset - The offset (clamped to the text).
 * @returns The line and column; a column counts UTF-16 code units from 1.
 * @internal
 */
export function jsonPosition(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
