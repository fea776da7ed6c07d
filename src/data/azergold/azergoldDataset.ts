import {
  DATASET_SCHEMA_VERSION,
  type ImpactDataset,
  ImpactDatasetSchema,
} from '../../model/impactDataset.js';
import { awardInputs } from './awards.js';
import { companyInput, organizationInputs, ownershipInputs } from './company.js';
import { financialInputs, governmentPaymentInputs, stateFlowInputs } from './economic.js';
import { landInputs } from './land.js';
import { locationInputs } from './locations.js';
import { productionInputs } from './production.js';
import { programInputs } from './programs.js';
import { projectionInputs } from './projections.js';
import { depositInputs, siteInputs } from './sites.js';
import { sourceInputs } from './sources.js';
import { workforceInputs } from './workforce.js';

// Annotated `@__PURE__` rather than wrapped in `pure`: data modules use only what the root entry
// exports (see tsup.config.ts).

/**
 * What public sources say about AzerGold CJSC, the state-owned Azerbaijani gold miner, as an
 * {@link ImpactDataset} in which every fact cites its {@link mining-impact!Source}.
 *
 * @remarks
 * Parsed with {@link ImpactDatasetSchema}, so its ids are branded and every collection is present.
 * It holds the company (founded by the presidential act of 11 February 2015) and its ownership
 * (all shares held by the Republic of Azerbaijan, managed by Azerbaijan Investment Holding), the
 * published workforce (2,554 people, over 80 percent from the regions: at least 2,044), eleven
 * deposits and three sites with their districts and stages, gold and silver production for
 * 2019 and 2021-2023, the social programs in the seven areas of its work in Daşkəsən and Göygöl,
 * the National CSR Award as the company reports it (unconfirmed), a job projection for
 * Filizçay with ICMM multipliers, marked as assumed, and the 8.29 km² cleared of mines in the
 * Tutxun area in 2022, as reported.
 *
 * Nothing is invented: what the sources do not say is absent, and where a required field forces
 * a choice (a program's start, a form of contribution) the choice is explained in the record's
 * description or note. Districts and first-level cities are cited by ISO 3166-2 code (`AZ-DAS`,
 * `AZ-GYG`, …) and are not repeated: `locations` holds only the dataset's own villages. There
 * are no employee records. The guide "The AzerGold reference case" lists every source and every
 * assumption.
 *
 * @example
 * ```ts
 * import { azergoldDataset } from 'mining-impact/data/azergold';
 *
 * azergoldDataset.workforce[0]?.headcount;
 * //=> 2554
 * azergoldDataset.workforce[0]?.fromRegions;
 * //=> { min: 2044, phrase: 'over 80 percent of 2,554' }
 * ```
 *
 * @category Reference data
 */
export const azergoldDataset: ImpactDataset = /* @__PURE__ */ ImpactDatasetSchema.parse({
  schemaVersion: DATASET_SCHEMA_VERSION,
  company: companyInput,
  organizations: organizationInputs,
  ownership: ownershipInputs,
  locations: locationInputs,
  sites: siteInputs,
  deposits: depositInputs,
  workforce: workforceInputs,
  programs: programInputs,
  awards: awardInputs,
  projections: projectionInputs,
  production: productionInputs,
  land: landInputs,
  financials: financialInputs,
  governmentPayments: governmentPaymentInputs,
  stateFlows: stateFlowInputs,
  sources: sourceInputs,
});
