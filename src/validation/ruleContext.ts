import type { Location } from '../model/location.js';

/**
 * What the cross-record rules of {@link validateDataset} need besides the dataset.
 *
 * @internal
 */
export interface RuleContext {
  /** Today, `YYYY-MM-DD`: actual dates may not lie after it. */
  readonly now: string;
  /** The last day a planned date may fall on: `now` plus 15 years. */
  readonly farFuture: string;
  /** The year of `now`. */
  readonly nowYear: number;
  /** The gazetteer's locations by id (empty without a gazetteer). */
  readonly gazetteer: ReadonlyMap<string, Location>;
}
