import type { Period } from '../../../core/period.js';

/**
 * Whether a record's period lies within the chosen period; every closed period does when none is
 * chosen, and an open-ended record never lies within a chosen one.
 *
 * @internal
 */
export function withinPeriod(
  recordPeriod: Readonly<Period>,
  period: Readonly<Period> | undefined,
): boolean {
  if (period === undefined) return true;
  const end = recordPeriod.end;
  return (
    recordPeriod.start >= period.start &&
    end !== undefined &&
    (period.end === undefined || end <= period.end)
  );
}
