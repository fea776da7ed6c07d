import { type Money, toDecimalString } from '../index.js';

/**
 * A number as the charts print it on a bar or in a description: English digit grouping, at most
 * two decimals.
 *
 * @remarks
 * Rounded by `Intl.NumberFormat` (half away from zero on the decimal digits shown); an integer
 * prints whole (`3000` → `3,000`).
 *
 * @param value - A finite number.
 * @returns The number as text.
 *
 * @example
 * ```ts
 * chartNumber(3000);
 * //=> '3,000'
 * chartNumber(0.41379310344827586);
 * //=> '0.41'
 * ```
 *
 * @category Reports
 * @internal
 */
export function chartNumber(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

/**
 * An amount of money as the charts print it: the currency code, then the exact decimal amount in
 * the currency's minor unit (ISO 4217), the whole part grouped by thousands.
 *
 * @remarks
 * Exact: the digits come from {@link mining-impact!toDecimalString}, never from a float.
 *
 * @param money - The amount.
 * @returns The amount as text, e.g. `'XOF 33,400,000'`.
 *
 * @example
 * ```ts
 * chartMoney({ amountMinor: 1_000_000, currency: 'AZN' });
 * //=> 'AZN 10,000.00'
 * ```
 *
 * @category Reports
 * @internal
 */
export function chartMoney(money: Readonly<Money>): string {
  const [whole = '', fraction] = toDecimalString(money).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${money.currency} ${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Breaks a label into lines of at most `width` characters at spaces, so that a long legend label
 * is shown whole on several lines instead of being cut.
 *
 * @remarks
 * A word longer than `width` stands on a line of its own, unbroken.
 *
 * @param text - The label.
 * @param width - The longest line, in characters (at least 1).
 * @returns The lines, in order; one line when the label fits.
 *
 * @example
 * ```ts
 * wrapLabel('Base case: operations (dep-a)', 16);
 * //=> ['Base case:', 'operations', '(dep-a)']
 * ```
 *
 * @category Reports
 * @internal
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [text] : lines;
}

/**
 * A Vega expression that shows each long legend label on several lines ({@link wrapLabel}): the
 * label's lines, found by its position in the list of labels, or the label itself.
 *
 * @remarks
 * The labels are dataset text; they enter the expression as JSON string literals (with the two
 * line separators U+2028 and U+2029 escaped, which JSON leaves raw), so no label can change the
 * expression. They are looked up by position (`indexof`), not as object keys, so a label such as
 * `constructor` is an ordinary label.
 *
 * @param labels - The legend's labels.
 * @param width - The longest line, in characters.
 * @returns The expression, for a legend's `labelExpr`.
 *
 * @example
 * ```ts
 * wrappedLabelExpr(['a b'], 1);
 * //=> '[["a","b"]][indexof(["a b"], datum.label)] || datum.label'
 * ```
 *
 * @category Reports
 * @internal
 */
export function wrappedLabelExpr(labels: readonly string[], width: number): string {
  const literal = (value: unknown): string =>
    JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  const lines = labels.map((label) => wrapLabel(label, width));
  return `${literal(lines)}[indexof(${literal(labels)}, datum.label)] || datum.label`;
}
