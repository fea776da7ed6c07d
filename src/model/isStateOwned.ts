import type { ImpactDataset } from './impactDataset.js';
import { type StateOwnershipOptions, stateOwnership } from './stateOwnership.js';

/**
 * Options of {@link isStateOwned}: the same as those of {@link stateOwnership}.
 *
 * @category Model
 */
export type IsStateOwnedOptions = StateOwnershipOptions;

/**
 * Tells whether the state owns a majority of a company, or controls it, from the dataset's
 * ownership records.
 *
 * @remarks
 * `true` exactly when {@link stateOwnership} gives the status `stateOwned`: the state's
 * effective share along the chains of shareholdings (the products of the stakes) is above 50 %
 * for certain, or the state controls the company through a chain of controlling interests
 * (`controlByLegalFramework`, or `votingRights` or `shareholding` above 50 %). The threshold is
 * that of EITI Requirement 2.6(a) ("a wholly or majority government-owned company") and of the
 * OECD Guidelines on Corporate Governance of State-Owned Enterprises (ownership or control); see
 * {@link stateOwnership}. A minority participation is not state ownership: a state holding
 * 32.7 % of a parent that holds 100 % of a subsidiary holds 32.7 % of the subsidiary, which is
 * not state-owned. `false` also when the records leave it undetermined (a stake without a
 * stated share): {@link stateOwnership} tells these cases apart.
 *
 * @param dataset - The dataset holding the ownership records and organizations.
 * @param options - `companyId`, the company (or organization) to test, by default the dataset's
 * company; `asOf`, the day to test, by default every interest regardless of its dates.
 * @returns `true` when the state holds more than 50 % or controls the company.
 *
 * @example
 * ```ts
 * import { azergoldDataset } from 'mining-impact/data/azergold';
 *
 * isStateOwned(azergoldDataset, { asOf: '2025-11-14' });
 * //=> true
 * ```
 *
 * @category Model
 */
export function isStateOwned(
  dataset: Pick<ImpactDataset, 'ownership' | 'organizations' | 'company'>,
  options: Readonly<IsStateOwnedOptions> = {},
): boolean {
  return stateOwnership(dataset, options).status === 'stateOwned';
}
