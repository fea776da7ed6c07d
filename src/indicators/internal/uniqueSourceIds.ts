import type { SourceId } from '../../core/ids.js';

/**
 * Collects source ids from several lists: unique, sorted.
 *
 * @param lists - The lists of source ids (absent lists are skipped).
 * @returns The distinct ids in ascending order.
 * @internal
 */
export function uniqueSourceIds(lists: Iterable<readonly SourceId[] | undefined>): SourceId[] {
  const ids = new Set<SourceId>();
  for (const list of lists) for (const id of list ?? []) ids.add(id);
  return [...ids].sort();
}
