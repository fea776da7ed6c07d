import { ImpactError } from '../../core/ImpactError.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import { firstIssue } from '../firstIssue.js';

/**
 * Checks deposits against the Deposit schema and for unique ids.
 *
 * @param deposits - The deposits as given.
 * @param name - The name of the argument, for the message (e.g. `'deposits'`).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `deposits` is not an array, a deposit does
 * not match {@link DepositSchema} (the message names the first issue, e.g.
 * `deposits[2].stageHistory.0.from`), or two deposits share an id.
 * @internal
 */
export function checkDepositList(deposits: readonly Readonly<Deposit>[], name: string): void {
  if (!Array.isArray(deposits)) {
    throw new ImpactError('INVALID_ARGUMENT', `${name} must be an array of Deposit`);
  }
  const seen = new Set<string>();
  for (const [index, deposit] of deposits.entries()) {
    const parsed = DepositSchema.safeParse(deposit);
    if (!parsed.success) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        firstIssue(parsed.error.issues, `${name}[${index}]`),
        {
          cause: parsed.error,
        },
      );
    }
    if (seen.has(deposit.id))
      throw new ImpactError('INVALID_ARGUMENT', `two deposits ${deposit.id}`);
    seen.add(deposit.id);
  }
}
