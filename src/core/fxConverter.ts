import type { CalendarDate } from './calendarDate.js';
import { convertMoney } from './convertMoney.js';
import type { FxRate } from './fxRate.js';
import { type FxTable, FxTableSchema } from './fxTable.js';
import { ImpactError } from './ImpactError.js';
import type { Money } from './money.js';

/** One conversion: the amount in the table's currency and the rate used (`null`: none needed). */
export type FxConversion = { readonly money: Money; readonly rate: FxRate | null };

/**
 * Prepares the conversion of dated amounts with an {@link FxTable}.
 *
 * @remarks
 * The table is checked against {@link FxTableSchema} and its rates into the table's currency are
 * indexed by source currency, sorted by date. Each conversion then uses the rate with the latest
 * date on or before the amount's date ({@link convertMoney}: exact, half to even). Two rates of
 * one pair on one day must agree.
 *
 * @param table - The exchange-rate table.
 * @returns A function converting an amount dated `date` into the table's currency.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the table does not match the schema or two
 * rates of one pair and day differ; the returned function throws `MISSING_FX_RATE` when no rate
 * applies to an amount (its currency has no rate to the table's currency dated on or before the
 * amount's date).
 * @internal
 */
export function fxConverter(
  table: Readonly<FxTable>,
): (money: Readonly<Money>, date: CalendarDate) => FxConversion {
  const parsed = FxTableSchema.safeParse(table);
  if (!parsed.success) {
    // A failed parse has at least one issue.
    const issue = parsed.error.issues[0] as { path: PropertyKey[]; message: string };
    const path = ['fx', ...issue.path.map(String)].join('.');
    throw new ImpactError('INVALID_ARGUMENT', `${path}: ${issue.message}`, {
      cause: parsed.error,
    });
  }
  const target = table.currency;
  const byCurrency = new Map<string, FxRate[]>();
  for (const rate of table.rates) {
    if (rate.to !== target || rate.from === target) continue;
    const list = byCurrency.get(rate.from) ?? [];
    const sameDay = list.find((r) => r.date === rate.date);
    if (sameDay !== undefined && sameDay.rate !== rate.rate) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `two ${rate.from}→${target} rates dated ${rate.date}: ${sameDay.rate} and ${rate.rate}`,
      );
    }
    if (sameDay === undefined) list.push(rate);
    byCurrency.set(rate.from, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => (a.date < b.date ? -1 : 1));

  return (money, date) => {
    if (money.currency === target) {
      return { money: { amountMinor: money.amountMinor, currency: target }, rate: null };
    }
    const list = byCurrency.get(money.currency) ?? [];
    // The last rate dated on or before `date`: binary search over the sorted dates.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((list[middle] as FxRate).date <= date) low = middle + 1;
      else high = middle;
    }
    const rate = low === 0 ? undefined : list[low - 1];
    if (rate === undefined) {
      throw new ImpactError('MISSING_FX_RATE', `${money.currency}→${target} on or before ${date}`);
    }
    return { money: convertMoney(money, rate), rate };
  };
}
