import type { CompanyId, OrganizationId } from '../core/ids.js';
import type { ImpactDataset } from './impactDataset.js';
import type { OwnershipInterest, Share } from './ownershipInterest.js';
import type { PartyId } from './partyId.js';

/**
 * Options of {@link stateOwnership} and {@link isStateOwned}.
 *
 * @category Model
 */
export interface StateOwnershipOptions {
  /** The company (or organization) to test; by default the dataset's company. */
  readonly companyId?: CompanyId | OrganizationId | undefined;
  /** The day to test; by default every interest counts, whatever its dates. */
  readonly asOf?: string | undefined;
}

/**
 * One chain of shareholdings from a company up to a state party, and the share it carries.
 *
 * @category Model
 */
export interface StateOwnershipChain {
  /** The parties from the company (first) up to the state or state body (last). */
  readonly partyIds: readonly PartyId[];
  /**
   * The product of the stakes along the chain, in percent: exact when every stake is exact,
   * else bounds (a stake without a stated share counts as 0 to 100 %).
   */
  readonly share: Share;
}

/**
 * Whether the state controls a company through a chain of controlling interests:
 * `'controlled'`, `'notControlled'` or `'unknown'` (a chain might control, but a share on it is
 * not stated or is a range across 50 %).
 *
 * @example
 * ```ts
 * const control: StateControl = 'unknown';
 * ```
 *
 * @category Model
 */
export type StateControl = 'controlled' | 'notControlled' | 'unknown';

/**
 * The state's position in a company: `'stateOwned'` (effective share above 50 %, or control),
 * `'minority'` (a participation of at most 50 %, without control), `'none'` (no state
 * participation recorded, no control) or `'undetermined'` (the records allow both answers).
 *
 * @example
 * ```ts
 * const status: StateOwnershipStatus = 'minority';
 * ```
 *
 * @category Model
 */
export type StateOwnershipStatus = 'stateOwned' | 'minority' | 'none' | 'undetermined';

/**
 * What {@link stateOwnership} finds: the state's effective share, the chains behind it, control
 * and the resulting status.
 *
 * @category Model
 */
export interface StateOwnership {
  /** The company tested. */
  readonly companyId: PartyId;
  /**
   * The state's effective share, in percent: the sum over the chains of the products of their
   * stakes, at most 100; exact when every chain is, else bounds. `{ exact: 0 }` without chains.
   */
  readonly share: Share;
  /** The chains of shareholdings from the company to a state party, in the order walked. */
  readonly chains: readonly StateOwnershipChain[];
  /** Whether the state controls the company (see {@link StateControl}). */
  readonly control: StateControl;
  /**
   * When `control` is `'controlled'`: the parties from the company (first) up to the state party
   * (last), each controlling the one before it.
   */
  readonly controlChain?: readonly PartyId[] | undefined;
  /** The status: majority or control, minority, none, or undetermined. */
  readonly status: StateOwnershipStatus;
}

/** At most this many interests are followed while listing chains; beyond, the upper bound is 100 %. */
const MAX_STEPS = 10_000;

/** The interests that hold on a day, by subject, and the state parties. */
interface OwnershipGraph {
  readonly stateParties: ReadonlySet<string>;
  readonly bySubject: ReadonlyMap<string, readonly OwnershipInterest[]>;
}

/**
 * The parts of a dataset that {@link stateOwnership} reads: the ownership records, the
 * organizations and the company.
 *
 * @category Model
 */
export type OwnershipData = Pick<ImpactDataset, 'ownership' | 'organizations' | 'company'>;

function graphOf(dataset: OwnershipData, asOf: string | undefined): OwnershipGraph {
  const stateParties = new Set<string>();
  for (const party of [dataset.company, ...dataset.organizations]) {
    if (party.entityType === 'state' || party.entityType === 'stateBody')
      stateParties.add(party.id);
  }
  const bySubject = new Map<string, OwnershipInterest[]>();
  for (const interest of dataset.ownership) {
    if (asOf !== undefined) {
      if (interest.start !== undefined && interest.start > asOf) continue;
      if (interest.end !== undefined && interest.end < asOf) continue;
    }
    const list = bySubject.get(interest.subjectId);
    if (list === undefined) bySubject.set(interest.subjectId, [interest]);
    else list.push(interest);
  }
  return { stateParties, bySubject };
}

/** A share as fractions: its lower and upper bounds and whether it is exact. */
interface Stake {
  readonly min: number;
  readonly max: number;
  readonly exact: boolean;
}

function stakeOf(share: Share | undefined): Stake {
  if (share === undefined) return { min: 0, max: 1, exact: false };
  if ('exact' in share) return { min: share.exact / 100, max: share.exact / 100, exact: true };
  return { min: share.min / 100, max: share.max / 100, exact: false };
}

/** A percentage from a fraction, without the float noise of products (12 significant digits). */
function percent(fraction: number): number {
  return Number(Math.min(100, fraction * 100).toPrecision(12));
}

function shareOf(stake: Stake): Share {
  const min = percent(stake.min);
  const max = percent(stake.max);
  return stake.exact || min === max ? { exact: min } : { min, max };
}

/**
 * Lists the chains of shareholdings from the company to a state party: depth first, a party at
 * most once per chain (a cycle is cut where it closes), a chain ending at its first state party.
 */
function shareChains(
  graph: OwnershipGraph,
  companyId: string,
): { chains: { partyIds: PartyId[]; stake: Stake }[]; complete: boolean } {
  const chains: { partyIds: PartyId[]; stake: Stake }[] = [];
  let steps = 0;
  const walk = (path: PartyId[], stake: Stake): void => {
    const subject = path[path.length - 1] as string;
    for (const interest of graph.bySubject.get(subject) ?? []) {
      if (interest.type !== 'shareholding' || path.includes(interest.interestedPartyId)) continue;
      if (++steps > MAX_STEPS) return;
      const link = stakeOf(interest.share);
      const next: Stake = {
        min: stake.min * link.min,
        max: stake.max * link.max,
        exact: stake.exact && link.exact,
      };
      const partyIds = [...path, interest.interestedPartyId];
      if (graph.stateParties.has(interest.interestedPartyId))
        chains.push({ partyIds, stake: next });
      else if (next.max > 0) walk(partyIds, next);
    }
  };
  walk([companyId as PartyId], { min: 1, max: 1, exact: true });
  return { chains, complete: steps <= MAX_STEPS };
}

/** Whether an interest gives its holder control: surely, possibly, or not. */
function controlBy(interest: OwnershipInterest): 'yes' | 'maybe' | 'no' {
  if (interest.type === 'controlByLegalFramework') return 'yes';
  if (interest.type === 'other' || interest.share === undefined) return 'maybe';
  const stake = stakeOf(interest.share);
  if (stake.min > 0.5) return 'yes';
  return stake.max > 0.5 ? 'maybe' : 'no';
}

/**
 * The parties the state controls, surely or possibly: the state parties, then every subject of a
 * controlling interest whose holder is already in the set, until nothing changes. `via` records,
 * for each surely controlled party, the holder that controls it.
 */
function controlledParties(graph: OwnershipGraph): {
  sure: Map<string, string | null>;
  possible: Set<string>;
} {
  const sure = new Map<string, string | null>([...graph.stateParties].map((id) => [id, null]));
  const possible = new Set<string>(graph.stateParties);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [subject, interests] of graph.bySubject) {
      for (const interest of interests) {
        const kind = controlBy(interest);
        if (kind === 'yes' && !sure.has(subject) && sure.has(interest.interestedPartyId)) {
          sure.set(subject, interest.interestedPartyId);
          changed = true;
        }
        if (kind !== 'no' && !possible.has(subject) && possible.has(interest.interestedPartyId)) {
          possible.add(subject);
          changed = true;
        }
      }
    }
  }
  return { sure, possible };
}

function controlOf(
  graph: OwnershipGraph,
  companyId: string,
): { control: StateControl; controlChain?: PartyId[] } {
  const { sure, possible } = controlledParties(graph);
  if (sure.has(companyId)) {
    const chain: PartyId[] = [];
    for (let id: string | null | undefined = companyId; typeof id === 'string'; id = sure.get(id)) {
      chain.push(id as PartyId);
    }
    return { control: 'controlled', controlChain: chain };
  }
  return { control: possible.has(companyId) ? 'unknown' : 'notControlled' };
}

function statusOf(share: Share, control: StateControl, chains: number): StateOwnershipStatus {
  const min = 'exact' in share ? share.exact : share.min;
  const max = 'exact' in share ? share.exact : share.max;
  if (control === 'controlled' || min > 50) return 'stateOwned';
  if (control === 'unknown' || max > 50) return 'undetermined';
  return chains === 0 ? 'none' : 'minority';
}

/**
 * Finds the state's effective share in a company along its ownership chains, whether the state
 * controls it, and whether it is state-owned.
 *
 * @remarks
 * **Effective share.** Every chain of `shareholding` interests from the company up to a party
 * whose `entityType` is `state` or `stateBody` (the reporting company counts when it is one)
 * carries the product of its stakes; the effective share is the sum over the chains, at most
 * 100 %. A state holding 32.7 % of a parent that holds 100 % of a subsidiary holds 32.7 % of the
 * subsidiary. A stake given as a range, or without a share, makes the result bounds (a missing
 * share counts as 0 to 100 %); nothing is rounded but float noise (12 significant digits). Only
 * interests that hold on `asOf` count (started on or before it, not ended before it; all of them
 * without `asOf`). A chain visits a party once (a cycle is cut where it closes) and ends at its
 * first state party; voting rights and control carry no ownership share. Should the walk pass
 * 10,000 interests, the lower bound stands and the upper bound becomes 100 %.
 *
 * **Control.** A party controls a subject through an interest of type
 * `controlByLegalFramework`, or `votingRights` or `shareholding` of more than 50 % (the lower
 * bound of a range above 50 %). The state controls its own parties and, along a chain of
 * controlling interests, every party they control: the OECD Guidelines on Corporate Governance
 * of State-Owned Enterprises (2024, "Applicability and definitions") consider an SOE any
 * enterprise "in which the state exercises ownership or control", ownership comprising "direct
 * majority ownership and, provided that control exists, ... other types of direct and indirect
 * ownership", and an equivalent degree of control deriving from "legal stipulations, corporate
 * articles of association or arrangements under private or public law". Control is `unknown`
 * when a chain could control but a stake on it is unstated, a range across 50 %, or of type
 * `other`.
 *
 * **Status.** `stateOwned` when the effective share is above 50 % (its lower bound) or the state
 * controls the company: EITI Requirement 2.6(a) (2019 Standard) defines a state-owned
 * enterprise as "a wholly or majority government-owned company" (majority: 50 % plus one share,
 * per the EITI and Open Ownership guidance on defining SOEs). `minority` when the share is at
 * most 50 % for certain and there is no control: the participation is reported with its
 * percentage, not as state ownership. `none` without chains or control; `undetermined` when
 * the records allow either answer.
 *
 * @param dataset - The dataset holding the ownership records and organizations.
 * @param options - `companyId`, by default the dataset's company; `asOf`, the day to test, by
 * default every interest regardless of its dates.
 * @returns The effective share, its chains, control and the status.
 *
 * @example
 * ```ts
 * // The state holds 32.7 % of the parent, which holds 100 % of the subsidiary.
 * const owned = stateOwnership(dataset, { companyId: 'subsidiary' });
 * owned.share;
 * //=> { exact: 32.7 }
 * owned.status;
 * //=> 'minority'
 * ```
 *
 * @category Model
 */
export function stateOwnership(
  dataset: OwnershipData,
  options: Readonly<StateOwnershipOptions> = {},
): StateOwnership {
  const companyId: PartyId = options.companyId ?? dataset.company.id;
  const graph = graphOf(dataset, options.asOf);
  if (graph.stateParties.has(companyId)) {
    const partyIds = [companyId];
    return {
      companyId,
      share: { exact: 100 },
      chains: [{ partyIds, share: { exact: 100 } }],
      control: 'controlled',
      controlChain: partyIds,
      status: 'stateOwned',
    };
  }
  const { chains, complete } = shareChains(graph, companyId);
  const total: Stake = {
    min: chains.reduce((sum, chain) => sum + chain.stake.min, 0),
    max: complete ? chains.reduce((sum, chain) => sum + chain.stake.max, 0) : 1,
    exact: complete && chains.every((chain) => chain.stake.exact),
  };
  const share = shareOf(total);
  const control = controlOf(graph, companyId);
  return {
    companyId,
    share,
    chains: chains.map(({ partyIds, stake }) => ({ partyIds, share: shareOf(stake) })),
    ...control,
    status: statusOf(share, control.control, chains.length),
  };
}
