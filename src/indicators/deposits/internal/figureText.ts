/**
 * Writes a figure for a note: thousands grouped, one decimal from 1,000 up and three below,
 * trailing zeros dropped (`787050.6058` → `'787,050.6'`, `24.48` → `'24.48'`).
 *
 * @param value - A finite number.
 * @returns The figure in words.
 * @internal
 */
export function figureText(value: number): string {
  const decimals = Math.abs(value) >= 1000 ? 1 : 3;
  const [whole = '0', fraction = ''] = value.toFixed(decimals).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  return `${sign}${grouped}${trimmed === '' ? '' : `.${trimmed}`}`;
}
