import * as z from 'zod';
import type { CalendarDate } from '../core/calendarDate.js';
import { type OrganizationId, OrganizationIdSchema, type SourceId } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import type { HttpUrl } from './httpUrl.js';
import type { LocalizedName } from './localizedName.js';
import { organizationFields } from './organizationFields.js';
import type { EntityType, OrganizationIdentifier } from './organizationIdentity.js';

/**
 * An organization: a state, a state body, a company that is not the reporting company, an NGO.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({ id: 'state-az', name: 'Republic of Azerbaijan', entityType: 'state', jurisdiction: 'AZ' }).entityType;
 * //=> 'state'
 * ```
 *
 * @category Model
 */
export const OrganizationSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: OrganizationIdSchema,
      ...organizationFields(),
    }),
  ),
);

/**
 * An organization: a state, a state body, a company that is not the reporting company, an NGO
 * (see {@link OrganizationSchema}).
 *
 * @example
 * ```ts
 * const state: Organization = OrganizationSchema.parse({ id: 'state-az', name: 'Republic of Azerbaijan', entityType: 'state' });
 * ```
 *
 * @category Model
 */
export interface Organization {
  /** The id other records cite. */
  readonly id: OrganizationId;
  /** The official name. */
  readonly name: string;
  /** Other names: in other languages, transliterations, former names. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** Identifiers in public registers. */
  readonly identifiers?: readonly OrganizationIdentifier[] | undefined;
  /** What kind of entity it is. */
  readonly entityType: EntityType;
  /** The ISO 3166-1 alpha-2 code of the jurisdiction it is registered in. */
  readonly jurisdiction?: string | undefined;
  /** The day it was founded. */
  readonly foundedOn?: CalendarDate | undefined;
  /** Its website (http or https). */
  readonly url?: HttpUrl | undefined;
  /** The sources behind these facts. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}
