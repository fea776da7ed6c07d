import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { moneyValue } from '../internal/moneyValue.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { type ClosureInput, type ClosureOptions, latestClosure } from './closurePlanCoverage.js';

const entry = {
  id: 'safety.closureProvision',
  title: 'Financial provision for closure',
  unit: 'money',
  formula:
    'Σ of the closure provisions in each operation’s latest closure record on or before asOf, by currency; rows by site',
  standards: ['GRI 14.8'],
  family: 'safety',
  functionName: 'closureProvision',
  results: 'one',
  dimensions: ['site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * GRI 14.8 (closure and rehabilitation): the financial provision for closure of the
 * operations.
 *
 * @remarks
 * Unit `money`. Each operation's latest closure record on or before `asOf` counts (operations as
 * in {@link closurePlanCoverage}); value Σ `provision` in minor units when every provision is in
 * one currency, `money` lists the total of each currency. Amounts are never converted. Rows keyed
 * `{ site }` for operations with a provision; operations without one are named in a note.
 *
 * @param input - The sites and their closure records.
 * @param options - The day and the kinds of site that are operations.
 * @returns Minor units of `currency`; `null` with `MULTIPLE_CURRENCIES` (see `money`) or with
 * `MISSING_DATA` when no operation states a provision.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when a site or a record does not match its schema.
 *
 * @example
 * ```ts
 * // USD 2,500,000.00 at one mine and USD 500,000.00 at another.
 * closureProvision({ sites, plans }, { asOf: '2024-12-31' }).value;
 * //=> 300000000
 * ```
 *
 * @category Safety indicators
 */
export function closureProvision(
  input: Readonly<ClosureInput>,
  options: Readonly<ClosureOptions>,
): IndicatorResult {
  const { operations, latest } = latestClosure(input, options);
  const withProvision = operations.flatMap((site) => {
    const plan = latest.get(site.id);
    return plan?.provision === undefined
      ? []
      : [{ site: site.id, plan, provision: plan.provision }];
  });
  const money = sumMoneyByCurrency(withProvision.map(({ provision }) => provision));
  const breakdown: BreakdownRow[] = withProvision.map(({ site, provision }) => ({
    keys: { site },
    value: provision.amountMinor,
    money: [provision],
  }));
  const without = operations.filter((site) => latest.get(site.id)?.provision === undefined);
  return resultFrom(entry, {
    ...moneyValue(money),
    money,
    breakdown,
    definitions: { asOf: options.asOf },
    sourceIds: uniqueSourceIds(withProvision.map(({ plan }) => plan.sourceIds)),
    notes:
      without.length === 0
        ? []
        : [
            `Operations without a stated closure provision: ${without.map((s) => s.id).join(', ')}.`,
          ],
  });
}

/**
 * The definition of {@link closureProvision}: on a dataset, its sites and closure records on the
 * report's day.
 *
 * @internal
 */
export const closureProvisionIndicator = defineIndicator({
  entry,
  compute: closureProvision,
  fromDataset: (context) =>
    context.data.closure.some((plan) => plan.provision !== undefined)
      ? [
          closureProvision(
            { sites: context.data.sites, plans: context.data.closure },
            { asOf: context.asOf },
          ),
        ]
      : { status: 'dataAbsent', detail: 'The dataset states no closure provision.' },
});
