import type { Count } from '../../../core/count.js';
import { addCount, EMPTY_TALLY, isPoint } from './countTally.js';
import type { RateValue } from './ratePer.js';

/**
 * The sum of counts as an indicator value: the number, or `null` with `BOUNDED` and bounds, or
 * `MISSING_DATA` when there is none or one is not reported; with notes for approximate counts.
 *
 * @internal
 */
export function countValue(counts: readonly (Readonly<Count> | undefined)[]): {
  readonly fields: RateValue;
  readonly notes: readonly string[];
} {
  if (counts.length === 0 || counts.some((count) => count === undefined))
    return { fields: { value: null, reason: 'MISSING_DATA' }, notes: [] };
  let tally = EMPTY_TALLY;
  for (const count of counts) if (count !== undefined) tally = addCount(tally, count);
  const notes = tally.approximate.map(
    (phrase) => `approximate: a count was published as "${phrase}" (taken as the value).`,
  );
  if (isPoint(tally)) return { fields: { value: tally.min }, notes };
  const bounds = tally.max === null ? { min: tally.min } : { min: tally.min, max: tally.max };
  return { fields: { value: null, reason: 'BOUNDED', bounds }, notes };
}
