import { type Money, toDecimalString } from '../index.js';

/**
 * A number as the charts print it on a bar or in a description: the locale's digit grouping and
 * decimal sign, at most two decimals.
 *
 * @remarks
 * Rounded by `Intl.NumberFormat` (half away from zero on the decimal digits shown); an integer
 * prints whole (`3000` → `3,000` in `en`, `3.000` in `de`).
 *
 * @param value - A finite number.
 * @param locale - The locale of the digits (BCP 47), `'en'` by default.
 * @returns The number as text.
 *
 * @example
 * ```ts
 * chartNumber(3000);
 * //=> '3,000'
 * chartNumber(0.41379310344827586, 'de');
 * //=> '0,41'
 * ```
 *
 * @category Reports
 * @internal
 */
export function chartNumber(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * An amount of money as the charts print it: the currency code, then the exact decimal amount in
 * the currency's minor unit (ISO 4217), with the locale's grouping and decimal sign.
 *
 * @remarks
 * Exact: the digits come from {@link mining-impact!toDecimalString}, never from a float; the
 * whole part is grouped by `Intl.NumberFormat` as a `bigint`, so no digit is rounded.
 *
 * @param money - The amount.
 * @param locale - The locale of the digits (BCP 47), `'en'` by default.
 * @returns The amount as text, e.g. `'XOF 33,000,000'`.
 *
 * @example
 * ```ts
 * chartMoney({ amountMinor: 1_000_000, currency: 'AZN' });
 * //=> 'AZN 10,000.00'
 * chartMoney({ amountMinor: 1_000_000, currency: 'AZN' }, 'de');
 * //=> 'AZN 10.000,00'
 * ```
 *
 * @category Reports
 * @internal
 */
export function chartMoney(money: Readonly<Money>, locale = 'en'): string {
  const [whole = '0', fraction] = toDecimalString(money).split('.');
  const format = new Intl.NumberFormat(locale);
  const decimal = format.formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const grouped = format.format(BigInt(whole));
  // -0.50 has the whole part "-0", which as a bigint loses its sign.
  const sign = whole.startsWith('-') && !grouped.startsWith('-') ? '-' : '';
  return `${money.currency} ${sign}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/**
 * The number locale Vega formats axis labels with (d3-format's definition), read from `Intl`:
 * the locale's decimal sign and group separator, groups of three.
 *
 * @param locale - The locale (BCP 47).
 * @returns The definition, for the `locale.number` option of a Vega `View`.
 *
 * @example
 * ```ts
 * vegaNumberLocale('de');
 * //=> { decimal: ',', thousands: '.', grouping: [3], currency: ['', ''] }
 * ```
 *
 * @category Reports
 * @internal
 */
export function vegaNumberLocale(locale: string): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
} {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234.5);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
    grouping: [3],
    currency: ['', ''],
  };
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
