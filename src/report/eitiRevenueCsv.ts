import { addMoney } from '../core/addMoney.js';
import type { CurrencyCode } from '../core/currencies.js';
import { toDecimalString } from '../core/toDecimalString.js';
import type {
  GovernmentPaymentRow,
  PaymentsToGovernmentsDetail,
} from '../indicators/economic/paymentsToGovernments.js';
import { isMoneyBounds } from '../model/reportedAmount.js';
import { csvCell } from './csvCell.js';

/**
 * The columns of {@link eitiRevenueCsv}, in order.
 *
 * @example
 * ```ts
 * EITI_REVENUE_COLUMNS[0];
 * //=> 'gfsCode'
 * ```
 *
 * @category Reports
 */
export const EITI_REVENUE_COLUMNS = [
  'gfsCode',
  'revenueStream',
  'governmentEntity',
  'level',
  'paidInKind',
  'currency',
  'amount',
  'note',
] as const;

/** One written row: a stream paid to one entity, in one currency. */
interface StreamRow {
  readonly row: GovernmentPaymentRow;
  readonly currency: CurrencyCode;
  readonly amountMinor: number;
  readonly inKind: boolean;
}

/** The key of a row's stream, entity, level and currency. */
function keyOf(row: GovernmentPaymentRow): string {
  return JSON.stringify([
    row.gfsCode ?? '',
    row.stream,
    row.recipient,
    row.level,
    row.value.currency,
  ]);
}

/** The exact payments summed per stream, entity, level and currency, in the order they come. */
function streamRows(rows: readonly GovernmentPaymentRow[]): StreamRow[] {
  const sums = new Map<string, StreamRow>();
  for (const row of rows) {
    if (isMoneyBounds(row.value)) continue;
    const key = keyOf(row);
    const previous = sums.get(key);
    sums.set(key, {
      row: previous?.row ?? row,
      currency: row.value.currency,
      amountMinor: addMoney(row.value, {
        amountMinor: previous?.amountMinor ?? 0,
        currency: row.value.currency,
      }).amountMinor,
      inKind: (previous?.inKind ?? false) || row.form === 'inKind',
    });
  }
  return [...sums.values()];
}

/** The line of a row. */
function line(cells: readonly (string | number | undefined)[]): string {
  return cells.map((cell) => csvCell(cell)).join(',');
}

/**
 * Writes a company's payments to governments in the layout of the revenue sheet of the EITI
 * Summary Data Template: one row per revenue stream, government entity and currency, with its
 * GFS code, as CSV that a national secretariat can paste.
 *
 * @remarks
 * The EITI Summary Data Template (2019) lists company payments by revenue stream with the IMF
 * GFS classification, the receiving government entity and the currency (EITI Requirements 4.1
 * and 7.2). Reads the `detail` of {@link paymentsToGovernments}: exact payments of the same
 * stream, GFS code, entity, level and currency are summed; `amount` is in major units as an
 * exact decimal (AZN 29.7 million is `29700000.00`); `paidInKind` is `yes` when a payment of the
 * row was in kind. A payment published as bounds cannot fill a template cell: it gets its own
 * row with an empty amount and the bounds in `note`. Cells are escaped against spreadsheet
 * formulas. The first line holds {@link EITI_REVENUE_COLUMNS}; lines end with `\n`.
 *
 * @param detail - The detail of a {@link paymentsToGovernments} result.
 * @returns The CSV text.
 *
 * @example
 * ```ts
 * eitiRevenueCsv(paymentsToGovernments(payments).detail).split('\n')[1];
 * //=> ',Taxes,Ministry of Taxes,national,no,AZN,29700000.00,'
 * ```
 *
 * @category Reports
 */
export function eitiRevenueCsv(detail: Readonly<PaymentsToGovernmentsDetail>): string {
  const exact = streamRows(detail.payments).map(({ row, currency, amountMinor, inKind }) =>
    line([
      row.gfsCode,
      row.stream,
      row.recipient,
      row.level,
      inKind ? 'yes' : 'no',
      currency,
      toDecimalString({ amountMinor, currency }),
      '',
    ]),
  );
  const bounded = detail.payments.flatMap((row) => {
    const value = row.value;
    if (!isMoneyBounds(value)) return [];
    const bounds = [
      value.min === undefined
        ? ''
        : `min ${toDecimalString({ amountMinor: value.min, currency: value.currency })}`,
      value.max === undefined
        ? ''
        : `max ${toDecimalString({ amountMinor: value.max, currency: value.currency })}`,
    ]
      .filter((b) => b !== '')
      .join(', ');
    return [
      line([
        row.gfsCode,
        row.stream,
        row.recipient,
        row.level,
        row.form === 'inKind' ? 'yes' : 'no',
        value.currency,
        '',
        `bounded: ${bounds}`,
      ]),
    ];
  });
  return `${[line(EITI_REVENUE_COLUMNS), ...exact, ...bounded].join('\n')}\n`;
}
