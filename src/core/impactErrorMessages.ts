/**
 * The message behind every {@link ImpactErrorCode}, kept in one place.
 *
 * @remarks
 * Each thrown {@link ImpactError} starts with `[mining-impact]`, then the message for its code,
 * then, when given, a detail naming the offending value. Tests pin these texts, so changing one
 * is a breaking change.
 *
 * @example
 * ```ts
 * impactErrorMessages.CURRENCY_MISMATCH;
 * //=> 'Amounts in different currencies cannot be combined without an exchange rate'
 * ```
 *
 * @category Errors
 */
export const impactErrorMessages = {
  INVALID_AMOUNT: 'The amount is not a valid decimal for its currency',
  UNKNOWN_CURRENCY: 'The currency is not an active ISO 4217 code with a minor unit',
  CURRENCY_MISMATCH: 'Amounts in different currencies cannot be combined without an exchange rate',
  INVALID_RATE: 'The exchange rate is not a positive decimal string',
  UNSAFE_INTEGER: 'The result leaves the safe-integer range',
  INVALID_QUANTITY: 'The quantity is not a finite, non-negative number in a known unit',
  INVALID_NUMBER: 'The value is not a finite number',
  INVALID_DATE: 'The value is not a calendar date in YYYY-MM-DD form',
  INVALID_PERIOD: 'The period ends before it starts',
  INVALID_ARGUMENT: 'The argument is not valid for this function',
  INVALID_LOCATION: 'The location does not match the Location schema',
  DUPLICATE_LOCATION: 'Two locations of a gazetteer share an id or an ISO 3166-2 code',
  INVALID_GRADE: 'The grade is not between 0 and 100 % (1,000,000 g/t)',
  INVALID_MULTIPLIER: 'The multipliers would give negative or unordered jobs',
  MISSING_FX_RATE: 'No exchange rate of the table applies to the amount',
  INVALID_DATASET: 'The dataset has validation errors',
  FILE_UNREADABLE: 'The file or folder cannot be read',
  INVALID_JSON: 'The file is not valid JSON',
  INVALID_UTF8: 'The file is not valid UTF-8',
  MISSING_PEER_DEPENDENCY: 'An optional peer dependency this function needs is not installed',
} as const satisfies Readonly<Record<ImpactErrorCode, string>>;

/**
 * The stable code of an {@link ImpactError}; each code has its message in the library's
 * `impactErrorMessages` table.
 *
 * @remarks
 * - `INVALID_AMOUNT`: a malformed decimal, or more fraction digits than the currency has.
 * - `UNKNOWN_CURRENCY`: a code that is not in the bundled ISO 4217 table.
 * - `CURRENCY_MISMATCH`: two currencies combined, or a rate applied to the wrong currency.
 * - `INVALID_RATE`: an exchange rate that is not a positive decimal string.
 * - `UNSAFE_INTEGER`: an integer result beyond `Number.MAX_SAFE_INTEGER`.
 * - `INVALID_QUANTITY`: a quantity that is negative, not finite or in an unknown unit.
 * - `INVALID_NUMBER`: a `NaN` or infinite number where a finite one is required.
 * - `INVALID_DATE`: a string that is not a real `YYYY-MM-DD` date.
 * - `INVALID_PERIOD`: a period whose end is before its start.
 * - `INVALID_ARGUMENT`: any other argument outside a function's documented domain.
 * - `INVALID_LOCATION`: a location given to a gazetteer that the Location schema rejects.
 * - `DUPLICATE_LOCATION`: two locations of one gazetteer with the same id or ISO 3166-2 code.
 * - `INVALID_GRADE`: an ore grade that is negative, not finite, above 100 % or above
 *   1,000,000 g/t (the whole tonne), or in an unknown unit.
 * - `INVALID_MULTIPLIER`: input-output employment multipliers whose low, central or high
 *   estimates would give negative or unordered indirect or induced jobs: a Type I below 1, a
 *   Type II below the Type I, or a Type II − Type I spread that shrinks from low to high.
 * - `MISSING_FX_RATE`: an amount to convert with an explicit exchange-rate table that holds no
 *   rate from its currency to the target currency dated on or before the amount's date.
 * - `INVALID_DATASET`: a dataset given to {@link buildImpactReport} that {@link validateDataset}
 *   finds errors in; the error's `cause` is the {@link DatasetValidation}.
 * - `FILE_UNREADABLE`: a path given to the file readers of `mining-impact/node` that does not
 *   exist, is not a file or folder of the expected kind, or cannot be read.
 * - `INVALID_JSON`: a file that does not parse as JSON; the detail gives the line and column.
 * - `INVALID_UTF8`: a file with bytes that are not UTF-8; the detail gives the line and column.
 * - `MISSING_PEER_DEPENDENCY`: an optional peer dependency is not installed (the charts of
 *   `mining-impact/html` need `vega` and `vega-lite`, `mining-impact/duckdb` needs
 *   `@duckdb/node-api`); the detail names the install command.
 *
 * @example
 * ```ts
 * const code: ImpactErrorCode = 'CURRENCY_MISMATCH';
 * ```
 *
 * @category Errors
 */
export type ImpactErrorCode =
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_RATE'
  | 'UNSAFE_INTEGER'
  | 'INVALID_QUANTITY'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_ARGUMENT'
  | 'INVALID_LOCATION'
  | 'DUPLICATE_LOCATION'
  | 'INVALID_GRADE'
  | 'INVALID_MULTIPLIER'
  | 'MISSING_FX_RATE'
  | 'INVALID_DATASET'
  | 'FILE_UNREADABLE'
  | 'INVALID_JSON'
  | 'INVALID_UTF8'
  | 'MISSING_PEER_DEPENDENCY';
