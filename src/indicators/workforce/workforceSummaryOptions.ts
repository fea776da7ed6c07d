import type { CalendarDate } from '../../core/calendarDate.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { Site } from '../../model/site.js';
import type { Gazetteer } from '../../places/gazetteer.js';

/**
 * Options of {@link summarizeWorkforce} and {@link createWorkforceAccumulator}.
 *
 * @category Workforce indicators
 */
export interface WorkforceSummaryOptions {
  /** The day of the count: people hired on or before it and not terminated on or before it. */
  readonly asOf: CalendarDate;
  /** The gazetteer that holds the home locations and the sites' locations. */
  readonly gazetteer: Gazetteer;
  /**
   * The sites people work at, for locality: an employee's `siteId` is looked up here. A person
   * without a site, or with a site not listed, has locality `unknown`.
   */
  readonly sites?: Iterable<Readonly<Pick<Site, 'id' | 'locationId'>>> | undefined;
  /**
   * The definition of "local" behind `local`, `nonLocal` and `localityUnknown`; without one
   * those counts are left out of the summary.
   */
  readonly localityPolicy?: LocalityPolicy | undefined;
  /**
   * The capital's locations for `fromCapital` and `fromRegions`; absent or empty to use the
   * gazetteer's capital.
   */
  readonly capitalIds?: readonly string[] | undefined;
  /**
   * The company the summary is for. Without it, the company of the records (which must all name
   * the same one); required when there are no records.
   */
  readonly companyId?: string | undefined;
  /**
   * Count contractors' workers too (scope `employeesAndContractors`, with `byEngagement`); by
   * default only the company's employees count (scope `employees`).
   */
  readonly includeContractors?: boolean | undefined;
}
