import type { Bounds } from '../../core/bounds.js';
import type { FxTable } from '../../core/fxTable.js';
import type { CompanyId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import type { ImpactDataset } from '../../model/impactDataset.js';
import type { Share } from '../../model/ownershipInterest.js';
import type { PartyId } from '../../model/partyId.js';
import type { MoneyBounds, ReportedMoney, ReportedPeriod } from '../../model/reportedAmount.js';
import {
  type StateFinancialFlow,
  StateFinancialFlowSchema,
  type StateFlowKind,
} from '../../model/stateFinancialFlow.js';
import {
  type StateControl,
  type StateOwnershipStatus,
  stateOwnership,
} from '../../model/stateOwnership.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  type AmountUse,
  amountUse,
  type DayPeriod,
  periodDefinitionOf,
  tallyOf,
  valueIn,
} from './internal/reportedMoney.js';

const entry = {
  id: 'economic.stateParticipation',
  title: 'State participation (EITI 2.6, 6.2)',
  unit: 'share',
  formula:
    "The state's effective ownership share (the sum over the ownership chains from the company to a state party of the products of their stakes), with its control and status; and the financial flows between the state and the company reported as spent within the period (transfers, loans, guarantees, equity, dividends, retained earnings, quasi-fiscal expenditures), totalled per direction, kind and currency, never across currencies without an exchange-rate table",
  standards: ['EITI 2.6', 'EITI 6.2'],
  family: 'economic',
  functionName: 'stateParticipation',
  results: 'one',
  dimensions: [],
} as const satisfies IndicatorCatalogEntry;

/**
 * What {@link stateParticipation} reads: the ownership records of a dataset and the state flows.
 *
 * @category Economic indicators
 */
export interface StateParticipationInput
  extends Pick<ImpactDataset, 'company' | 'organizations' | 'ownership'> {
  /** The financial flows between the state and the company. */
  readonly stateFlows?: Iterable<Readonly<StateFinancialFlow>> | undefined;
}

/**
 * Options of {@link stateParticipation}.
 *
 * @category Economic indicators
 */
export interface StateParticipationOptions {
  /** The company; by default the dataset's company. */
  readonly companyId?: CompanyId | undefined;
  /** The day the ownership is taken on; by default every interest counts. */
  readonly asOf?: string | undefined;
  /** The reporting period of the flows; without it every flow reported as spent counts. */
  readonly period?: Readonly<DayPeriod> | undefined;
  /** The exchange-rate table that brings the flows into one currency. */
  readonly fx?: Readonly<FxTable> | undefined;
}

/**
 * One counted flow between the state and the company.
 *
 * @category Economic indicators
 */
export interface StateFlowRow {
  /** The flow record. */
  readonly flowId: string;
  /** Who pays. */
  readonly direction: 'stateToCompany' | 'companyToState';
  /** What the flow is. */
  readonly kind: StateFlowKind;
  /** The state body, when recorded. */
  readonly counterpartyId?: PartyId | undefined;
  /** What the money is for. */
  readonly purpose?: string | undefined;
  /** The terms of a loan or guarantee. */
  readonly terms?: string | undefined;
  /** The period, as published. */
  readonly period: ReportedPeriod;
  /** The amount (in the table's currency when there is one). */
  readonly value: ReportedMoney;
}

/**
 * The totals of one direction and kind of flow.
 *
 * @category Economic indicators
 */
export interface StateFlowTotal {
  /** Who pays. */
  readonly direction: 'stateToCompany' | 'companyToState';
  /** What the flows are. */
  readonly kind: StateFlowKind;
  /** The exact totals, one per currency. */
  readonly money: readonly Money[];
  /** The sums of the bounded flows, per currency. */
  readonly bounded: readonly MoneyBounds[];
}

/**
 * The detail of {@link stateParticipation}.
 *
 * @category Economic indicators
 */
export interface StateParticipationDetail {
  /** The state's effective share in percent, exact or bounds (see {@link stateOwnership}). */
  readonly share: Share;
  /** Whether the state controls the company. */
  readonly control: StateControl;
  /** State-owned, minority, none or undetermined. */
  readonly status: StateOwnershipStatus;
  /** The chains of shareholdings from the company to a state party. */
  readonly chains: readonly { readonly partyIds: readonly PartyId[]; readonly share: Share }[];
  /** The counted flows, by direction, kind and period. */
  readonly flows: readonly StateFlowRow[];
  /** The totals per direction and kind. */
  readonly totals: readonly StateFlowTotal[];
  /** The flows not counted, and why. */
  readonly notCounted: readonly { readonly flowId: string; readonly use: AmountUse }[];
}

/** The value fields of a share in percent, as a share in [0, 1]. */
function shareValue(share: Share): ValueOrReason & { bounds?: Bounds } {
  if ('exact' in share) return { value: share.exact / 100 };
  return { value: null, reason: 'BOUNDED', bounds: { min: share.min / 100, max: share.max / 100 } };
}

/** The row of a counted flow. */
function rowOf(flow: Readonly<StateFinancialFlow>, fx: FxTable | undefined): StateFlowRow {
  return {
    flowId: flow.id,
    direction: flow.direction,
    kind: flow.kind,
    ...(flow.counterpartyId === undefined ? {} : { counterpartyId: flow.counterpartyId }),
    ...(flow.purpose === undefined ? {} : { purpose: flow.purpose }),
    ...(flow.terms === undefined ? {} : { terms: flow.terms }),
    period: { ...flow.amount.period },
    value: valueIn(flow.amount, fx),
  };
}

/** The totals per direction and kind, in the order the rows come. */
function totalsOf(rows: readonly StateFlowRow[]): StateFlowTotal[] {
  const groups = new Map<string, StateFlowRow[]>();
  for (const row of rows) {
    const key = `${row.direction}/${row.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const tally = tallyOf(group.map((r) => r.value));
    const first = group[0] as StateFlowRow;
    return {
      direction: first.direction,
      kind: first.kind,
      money: tally.exact,
      bounded: tally.bounded,
    };
  });
}

/** By direction, kind, then the first day of the period. */
function byDirection(a: StateFlowRow, b: StateFlowRow): number {
  const x = `${a.direction}/${a.kind}/${a.period.start}`;
  const y = `${b.direction}/${b.kind}/${b.period.start}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Describes the state's participation in a company as EITI Requirement 2.6 asks: its effective
 * ownership share, control and status, and the financial flows between the state and the
 * company, quasi-fiscal expenditures (EITI 6.2) included.
 *
 * @remarks
 * EITI 2.6 asks for the government's level of ownership in extractive companies and the
 * financial relationship between the state and state-owned enterprises (transfers of funds,
 * retained earnings, reinvestment, loans and guarantees); 6.2 for the quasi-fiscal expenditures
 * of state-owned enterprises. The share, control and status are those of
 * {@link stateOwnership} (effective share along ownership chains; state-owned above 50 % or with
 * control). Unit `share`: `value` is the effective share in [0, 1] (`null` with `BOUNDED` and
 * `bounds` when a stake is a range or unstated); `0` when no chain reaches the state. The flows
 * count when reported as `spent` within `options.period`; cumulative totals, budgets and
 * amounts across an end of the period are listed in `detail.notCounted`. `detail.totals` sums
 * them per direction and kind, per currency (converted only with an `fx` table); a guarantee is
 * a contingent liability at its published amount, not cash.
 *
 * @param input - The company, organizations, ownership records and state flows.
 * @param options - The company, the day of the ownership, the period and the table.
 * @returns The effective share, or `null` with `BOUNDED`; `detail` holds status and flows.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a flow does not match
 * {@link StateFinancialFlowSchema}; `MISSING_FX_RATE` when the table lacks a rate.
 *
 * @example
 * ```ts
 * // The Republic holds 100 % of the company.
 * stateParticipation(dataset).value;
 * //=> 1
 * ```
 *
 * @category Economic indicators
 */
export function stateParticipation(
  input: Readonly<StateParticipationInput>,
  options: Readonly<StateParticipationOptions> = {},
): DetailedResult<StateParticipationDetail> {
  const owned = stateOwnership(input, { companyId: options.companyId, asOf: options.asOf });
  const flows = parseEach(
    StateFinancialFlowSchema,
    input.stateFlows ?? [],
    'stateFlows',
    (f) => f.id,
  ).filter((f) => f.companyId === owned.companyId);
  const uses = flows.map((flow) => ({ flow, use: amountUse(flow.amount, options.period) }));
  const counted = uses.filter((u) => u.use === 'counted').map((u) => u.flow);
  const rows = counted.map((f) => rowOf(f, options.fx)).sort(byDirection);
  const { bounds, ...value } = shareValue(owned.share);
  return resultFrom(entry, {
    ...value,
    ...(bounds === undefined ? {} : { bounds }),
    definitions: {
      companyId: owned.companyId,
      asOf: options.asOf ?? 'every interest',
      period: periodDefinitionOf(options.period),
      currency: options.fx?.currency ?? 'as published',
    },
    sourceIds: uniqueSourceIds([
      ...input.ownership.map((i) => i.sourceIds),
      ...counted.map((f) => f.amount.sourceIds),
    ]),
    notes: [
      ...(rows.some((r) => r.kind === 'guarantee')
        ? ['Guarantees are contingent liabilities at their published amount, not cash.']
        : []),
      ...(rows.some((r) => r.kind === 'quasiFiscal')
        ? ['Quasi-fiscal expenditures are listed as EITI 6.2 asks.']
        : []),
    ],
    detail: {
      share: owned.share,
      control: owned.control,
      status: owned.status,
      chains: owned.chains,
      flows: rows,
      totals: totalsOf(rows),
      notCounted: uses
        .filter((u) => u.use !== 'counted')
        .map((u) => ({ flowId: u.flow.id, use: u.use })),
    },
  });
}

/**
 * The definition of {@link stateParticipation}: on a dataset whose company the state owns or
 * participates in, or with state flows.
 *
 * @internal
 */
export const stateParticipationIndicator = defineIndicator({
  entry,
  compute: stateParticipation,
  fromDataset: (context) => {
    const { data } = context;
    const result = stateParticipation(data, {
      asOf: context.asOf,
      period: context.period,
      fx: context.fx,
    });
    return result.detail.status === 'none' && result.detail.flows.length === 0
      ? {
          status: 'notApplicable',
          detail: 'The state has no recorded participation in the company.',
        }
      : [result];
  },
});
