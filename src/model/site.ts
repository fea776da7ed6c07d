import * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  type DepositId,
  DepositIdSchema,
  type LocationId,
  LocationIdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type LocalizedName, LocalizedNameSchema } from './localizedName.js';

/**
 * What a site is.
 *
 * @example
 * ```ts
 * SiteKindSchema.parse('mine');
 * //=> 'mine'
 * ```
 *
 * @category Model
 */
export const SiteKindSchema = pure(() =>
  z.enum(['mine', 'processingPlant', 'office', 'explorationCamp', 'other']),
);

/**
 * What a site is: `'mine'`, `'processingPlant'`, `'office'`, `'explorationCamp'` or `'other'`.
 *
 * @remarks
 * The schema is `SiteSchema.shape.kind`.
 *
 * @example
 * ```ts
 * const kind: SiteKind = 'processingPlant';
 * ```
 *
 * @category Model
 */
export type SiteKind = 'mine' | 'processingPlant' | 'office' | 'explorationCamp' | 'other';

/**
 * A place of operation of the company: a mine, a plant, an office or a camp.
 *
 * @remarks
 * Sites are the "operations" and "locations of operation" of GRI 202-2 and 413-1. `significant`
 * marks the significant locations of operation; the reporter discloses what makes one
 * significant.
 *
 * @example
 * ```ts
 * SiteSchema.parse({ id: 'site-chovdar', name: 'Çovdar', kind: 'mine', companyId: 'azergold', locationId: 'AZ-DAS', depositIds: ['dep-chovdar'] }).kind;
 * //=> 'mine'
 * ```
 *
 * @category Model
 */
export const SiteSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: SiteIdSchema,
      /** The name of the site. */
      name: () => z.string().min(1).max(500),
      /** Other names of the site. */
      names: () => z.array(LocalizedNameSchema).optional(),
      /** What the site is. */
      kind: SiteKindSchema,
      /** The company operating the site. */
      companyId: CompanyIdSchema,
      /** Where the site is (a district, or a settlement within one). */
      locationId: LocationIdSchema,
      /** The deposits the site works. */
      depositIds: () => z.array(DepositIdSchema),
      /** Whether the reporter counts the site as a significant location of operation. */
      significant: () => z.boolean().optional(),
      /** The sources behind the site's data. */
      sourceIds: () => z.array(SourceIdSchema).optional(),
    }),
  ),
);

/**
 * A place of operation of the company: a mine, a plant, an office or a camp (see
 * {@link SiteSchema}).
 *
 * @remarks
 * Sites are the "operations" and "locations of operation" of GRI 202-2 and 413-1.
 *
 * @example
 * ```ts
 * const site: Site = SiteSchema.parse({ id: 's1', name: 'Çovdar', kind: 'mine', companyId: 'azergold', locationId: 'AZ-DAS', depositIds: [] });
 * ```
 *
 * @category Model
 */
export interface Site {
  /** The id other records cite. */
  readonly id: SiteId;
  /** The name of the site. */
  readonly name: string;
  /** Other names of the site. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** What the site is. */
  readonly kind: SiteKind;
  /** The company operating the site. */
  readonly companyId: CompanyId;
  /** Where the site is (a district, or a settlement within one). */
  readonly locationId: LocationId;
  /** The deposits the site works. */
  readonly depositIds: readonly DepositId[];
  /** Whether the reporter counts the site as a significant location of operation. */
  readonly significant?: boolean | undefined;
  /** The sources behind the site's data. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}
