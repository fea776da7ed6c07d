import type { CompanyId, OrganizationId } from '../core/ids.js';
import type { ImpactDataset } from './impactDataset.js';

/**
 * Options of {@link isStateOwned}.
 *
 * @category Model
 */
export interface IsStateOwnedOptions {
  /** The company (or organization) to test; by default the dataset's company. */
  readonly companyId?: CompanyId | OrganizationId | undefined;
  /** The day to test; by default every interest counts, whatever its dates. */
  readonly asOf?: string | undefined;
}

/**
 * Tells whether the state owns or controls a company, from the dataset's ownership records.
 *
 * @remarks
 * Walks `ownership` upward from `companyId` (the dataset's company by default): the company is state-owned when a chain of
 * interests that hold on `asOf` (started on or before it, not ended before it; all interests
 * when `asOf` is omitted) reaches a party whose `entityType` is `state` or `stateBody`. Every
 * kind of interest counts (shareholding, voting rights, control by legal framework); cycles in
 * the ownership graph are walked once.
 *
 * @param dataset - The dataset holding the ownership records and organizations.
 * @param options - `companyId`, the company (or organization) to test, by default the dataset's
 * company; `asOf`, the day to test, by default every interest regardless of its dates.
 * @returns `true` when a chain of interests reaches a state or state body.
 *
 * @example
 * ```ts
 * isStateOwned(dataset, { asOf: '2025-11-14' });
 * //=> true
 * ```
 *
 * @category Model
 */
export function isStateOwned(
  dataset: Pick<ImpactDataset, 'ownership' | 'organizations' | 'company'>,
  options: Readonly<IsStateOwnedOptions> = {},
): boolean {
  const companyId = options.companyId ?? dataset.company.id;
  const { asOf } = options;
  const stateParties = new Set<string>();
  for (const organization of dataset.organizations) {
    if (organization.entityType === 'state' || organization.entityType === 'stateBody') {
      stateParties.add(organization.id);
    }
  }
  const { company } = dataset;
  if (company.entityType === 'state' || company.entityType === 'stateBody')
    stateParties.add(company.id);

  const owners = new Map<string, string[]>();
  for (const interest of dataset.ownership) {
    if (asOf !== undefined) {
      if (interest.start !== undefined && interest.start > asOf) continue;
      if (interest.end !== undefined && interest.end < asOf) continue;
    }
    const list = owners.get(interest.subjectId);
    if (list === undefined) owners.set(interest.subjectId, [interest.interestedPartyId]);
    else list.push(interest.interestedPartyId);
  }

  const seen = new Set<string>([companyId]);
  const queue: string[] = [companyId];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const owner of owners.get(next) ?? []) {
      if (stateParties.has(owner)) return true;
      if (!seen.has(owner)) {
        seen.add(owner);
        queue.push(owner);
      }
    }
  }
  return false;
}
