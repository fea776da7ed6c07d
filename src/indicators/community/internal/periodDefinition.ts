import type { Period } from '../../../core/period.js';
import type { DefinitionValue } from '../../contract/indicatorResult.js';

/**
 * A period as recorded in a result's definitions: `end` is `null` for an open-ended period.
 *
 * @param period - The period.
 * @returns `{ start, end }`.
 * @internal
 */
export function periodDefinition(period: Readonly<Period>): DefinitionValue {
  return { start: period.start, end: period.end ?? null };
}
