import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { categoryLabel } from '../categoryLabel.js';
import type { NumberFormatter } from '../numberFormatter.js';
import type { RichText, TableBlock } from './reportDocument.js';

/**
 * The program categories by district as one table: a row per district, a column per category,
 * each cell the number of programs of that category active there (`0` when none), from the
 * rows of `community.categoryCoverage` keyed by district and category.
 *
 * @param result - The result of `community.categoryCoverage`.
 * @param fmt - The formatter of the numbers.
 * @returns The table; `undefined` when the result has no rows by district and category.
 *
 * @example
 * ```ts
 * categoryDistrictTable(result, numberFormatter('en'))?.header[0];
 * //=> 'District'
 * ```
 *
 * @internal
 */
export function categoryDistrictTable(
  result: Readonly<IndicatorResult>,
  fmt: NumberFormatter,
): TableBlock | undefined {
  const rows = (result.breakdown ?? []).filter(
    (r) => r.keys.district !== undefined && r.keys.category !== undefined,
  );
  if (rows.length === 0) return undefined;
  const categories = [...new Set(rows.map((r) => r.keys.category ?? ''))];
  const districts = [...new Set(rows.map((r) => r.keys.district ?? ''))];
  // A district's name: the label of its own row (keys: district only), else its id.
  const names = new Map(
    (result.breakdown ?? [])
      .filter((r) => Object.keys(r.keys).length === 1 && r.label !== undefined)
      .map((r) => [r.keys.district, r.label]),
  );
  const cell = (district: string, category: string): RichText => {
    const row = rows.find((r) => r.keys.district === district && r.keys.category === category);
    const n = row?.count ?? row?.value;
    return [n === undefined || n === null ? '' : fmt.number(n)];
  };
  return {
    kind: 'table',
    caption: 'Programs active by district and category (number of programs).',
    header: ['District', ...categories.map(categoryLabel)],
    rows: districts.map((d) => [[names.get(d) ?? d], ...categories.map((c) => cell(d, c))]),
    numeric: [false, ...categories.map(() => true)],
  };
}
