/** A plain decimal number as the report writes them: not a formula, left as it is. */
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/**
 * Quotes one CSV cell (RFC 4180) and neutralises spreadsheet formulas.
 *
 * @remarks
 * A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it (a plain number such as
 * `-0.5` is left as it is). A cell holding a comma, a double quote, a carriage return or a line
 * feed is enclosed in double quotes, with each double quote doubled.
 *
 * @param value - The cell's text, a number, or `undefined`/`null` for an empty cell.
 * @returns The cell as it goes between the commas.
 * @internal
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
