import { type ImpactErrorCode, impactErrorMessages } from './impactErrorMessages.js';

/**
 * The error thrown when a function of the library is called outside its documented domain.
 *
 * @remarks
 * `name` is always `'ImpactError'` and `code` is one of {@link ImpactErrorCode}. The message is
 * `[mining-impact] <message for the code>`, followed by `: <detail>` when the thrower names the
 * offending value. Data problems found while validating a dataset are reported as issues, never
 * thrown; `ImpactError` is for contract violations such as adding two currencies.
 *
 * @example
 * ```ts
 * const error = new ImpactError('CURRENCY_MISMATCH', 'AZN and USD');
 * error.message;
 * //=> '[mining-impact] Amounts in different currencies cannot be combined without an exchange rate: AZN and USD'
 * error.code;
 * //=> 'CURRENCY_MISMATCH'
 * ```
 *
 * @category Errors
 */
export class ImpactError extends Error {
  /** The error class name, always `'ImpactError'`. */
  override readonly name = 'ImpactError';
  /** The stable code of the error, one of {@link ImpactErrorCode}. */
  readonly code: ImpactErrorCode;

  /**
   * Creates an error for a code, with an optional detail naming the offending value.
   *
   * @param code - The stable code of the error.
   * @param detail - The offending value or context, appended to the message.
   * @param options - The standard error options, e.g. `{ cause }`.
   */
  constructor(code: ImpactErrorCode, detail?: string, options?: ErrorOptions) {
    const base = `[mining-impact] ${impactErrorMessages[code]}`;
    super(detail === undefined ? base : `${base}: ${detail}`, options);
    this.code = code;
  }
}

/**
 * Tells whether a value is an {@link ImpactError}, optionally with a given code.
 *
 * @remarks
 * Checks `instanceof` first, then falls back to the `name` and a known `code`, so an error
 * from another copy of the library (two versions in one `node_modules`) is recognised too.
 *
 * @param value - The caught value.
 * @param code - The code the error must have, when given.
 * @returns `true` when `value` is an `ImpactError` (with `code`, when given).
 *
 * @example
 * ```ts
 * try {
 *   sumMoney([{ amountMinor: 1, currency: 'AZN' }, { amountMinor: 1, currency: 'USD' }]);
 * } catch (error) {
 *   isImpactError(error, 'CURRENCY_MISMATCH');
 *   //=> true
 * }
 * ```
 *
 * @category Errors
 */
export function isImpactError(value: unknown, code?: ImpactErrorCode): value is ImpactError {
  if (!(value instanceof Error)) return false;
  if (value.name !== 'ImpactError') return false;
  const actual = (value as { code?: unknown }).code;
  if (typeof actual !== 'string' || !Object.hasOwn(impactErrorMessages, actual)) return false;
  return code === undefined || actual === code;
}
