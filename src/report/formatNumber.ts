/**
 * Writes a number with comma thousands separators, as English text does: `2554` → `'2,554'`.
 *
 * @remarks
 * Integers are written whole; other numbers keep up to `fractionDigits` decimals (default 2),
 * without trailing zeros. Independent of the runtime's locale data.
 *
 * @param value - The number (finite).
 * @param fractionDigits - The most decimals to keep.
 * @returns The text, e.g. `'1,234.5'`.
 * @internal
 */
export function formatNumber(value: number, fractionDigits = 2): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed === '' ? grouped : `${grouped}.${trimmed}`;
  return negative && text !== '0' ? `-${text}` : text;
}
