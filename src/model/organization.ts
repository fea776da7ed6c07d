import * as z from 'zod';
import { OrganizationIdSchema } from '../core/ids.js';
import { pure } from '../core/pure.js';
import { organizationFields } from './organizationFields.js';

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
  z.strictObject({
    /** The id other records cite. */
    id: OrganizationIdSchema,
    ...organizationFields(),
  }),
);

/**
 * An organization (see {@link OrganizationSchema}).
 *
 * @example
 * ```ts
 * const state: Organization = OrganizationSchema.parse({ id: 'state-az', name: 'Republic of Azerbaijan', entityType: 'state' });
 * ```
 *
 * @category Model
 */
export type Organization = z.infer<typeof OrganizationSchema>;
