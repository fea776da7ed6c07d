import { pure } from '../core/pure.js';
import { depositPipeline } from '../indicators/deposits/depositPipeline.js';
import { productionSummary } from '../indicators/deposits/productionSummary.js';
import { resourceReserveStatement } from '../indicators/deposits/resourceReserveStatement.js';
import type { Commodity } from '../model/company.js';
import type { IndicatorRunner } from './reportContext.js';

/**
 * The deposits indicators of a report.
 *
 * @remarks
 * One resource and reserve statement per commodity that has an estimate, in the order the
 * commodities first appear. Production is summarised in the unit all records share, else in
 * tonnes. The pipeline counts the deposits by stage on `asOf`, by economic region and commodity.
 *
 * @internal
 */
export const depositsRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: ['deposits.resourceReserveStatement'],
    run: (c) => {
      const commodities: Commodity[] = [];
      for (const deposit of c.data.deposits)
        for (const estimate of deposit.estimates ?? [])
          if (!commodities.includes(estimate.commodity)) commodities.push(estimate.commodity);
      if (commodities.length === 0)
        return { status: 'dataAbsent', detail: 'No deposit has a resource or reserve estimate.' };
      return {
        results: commodities.map((commodity) =>
          resourceReserveStatement(c.data.deposits, { commodity, asOf: c.asOf }),
        ),
      };
    },
  },
  {
    ids: ['deposits.depositPipeline'],
    run: (c) =>
      c.data.deposits.length === 0
        ? { status: 'dataAbsent', detail: 'The dataset has no deposits.' }
        : {
            results: [
              depositPipeline(c.data.deposits, { asOf: c.asOf, gazetteer: c.gazetteer }).result,
            ],
          },
  },
  {
    ids: ['deposits.productionSummary'],
    run: (c) => {
      const records = c.data.production;
      const first = records[0];
      if (first === undefined)
        return { status: 'dataAbsent', detail: 'The dataset reports no production.' };
      const unit = records.every((r) => r.quantity.unit === first.quantity.unit)
        ? first.quantity.unit
        : 't';
      return { results: [productionSummary(records, { unit })] };
    },
  },
]);
