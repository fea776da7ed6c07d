import type { LocalityPolicy } from '../index.js';
import { UsageError } from './usageError.js';

/**
 * Reads `--locality`: `sameDistrict`, `sameEconomicRegion`, `withinKm:<km>`,
 * `listedLocations:<id>,<id>…` or `outsideCapital[:<id>,…]`.
 *
 * @param text - The flag's value.
 * @returns The policy.
 * @throws UsageError when the text is none of these.
 * @internal
 */
export function parseLocality(text: string): LocalityPolicy {
  const [kind, rest] = text.split(/:(.*)/s, 2) as [string, string | undefined];
  const ids = (rest ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (kind === 'sameDistrict' && rest === undefined) return { kind };
  if (kind === 'sameEconomicRegion' && rest === undefined) return { kind };
  if (kind === 'withinKm' && rest !== undefined && /^\d+(\.\d+)?$/.test(rest) && Number(rest) > 0)
    return { kind, km: Number(rest) };
  if (kind === 'listedLocations' && ids.length > 0) return { kind, locationIds: ids as never[] };
  if (kind === 'outsideCapital') return { kind, capitalIds: ids as never[] };
  throw new UsageError(
    `--locality: "${text.slice(0, 60)}" is not a policy (sameDistrict, sameEconomicRegion, withinKm:<km>, listedLocations:<ids>, outsideCapital[:<ids>])`,
  );
}
