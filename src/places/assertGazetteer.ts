import { ImpactError } from '../core/ImpactError.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Checks that a value looks like a gazetteer before a lookup reads it.
 *
 * @param gazetteer - The value passed as a gazetteer.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when it has no `byId` map.
 * @internal
 */
export function assertGazetteer(gazetteer: Gazetteer): void {
  const byId = (gazetteer as { byId?: { get?: unknown } } | null | undefined)?.byId;
  if (typeof byId?.get !== 'function') {
    throw new ImpactError('INVALID_ARGUMENT', 'expected a Gazetteer (see createGazetteer)');
  }
}
