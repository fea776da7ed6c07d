import * as z from 'zod';
import { pure } from '../core/pure.js';

/**
 * What kind of legal or public entity an organization is (after BODS `entityType`).
 *
 * @remarks
 * `state` is a country as an owner; `stateBody` is a ministry, agency, state holding or other
 * public body; `registeredEntity` a company or other registered body; `ngo` a non-governmental
 * organization.
 *
 * @example
 * ```ts
 * EntityTypeSchema.parse('stateBody');
 * //=> 'stateBody'
 * ```
 *
 * @category Model
 */
export const EntityTypeSchema = pure(() =>
  z.enum(['registeredEntity', 'stateBody', 'state', 'ngo', 'other']),
);

/**
 * A kind of entity (see {@link EntityTypeSchema}).
 *
 * @example
 * ```ts
 * const type: EntityType = 'state';
 * ```
 *
 * @category Model
 */
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * An identifier of an organization in a public register, as an org-id.guide scheme and an id.
 *
 * @example
 * ```ts
 * OrganizationIdentifierSchema.parse({ scheme: 'AZ-IVI', id: '1234567891' }).scheme;
 * //=> 'AZ-IVI'
 * ```
 *
 * @category Model
 */
export const OrganizationIdentifierSchema = pure(() =>
  z.strictObject({
    /** The org-id.guide list prefix, e.g. `'AZ-IVI'` (Azerbaijan taxpayer register). */
    scheme: z
      .string()
      .regex(/^[A-Z]{2,3}(?:-[A-Z0-9]{2,12})+$/, 'Expected an org-id.guide prefix, e.g. AZ-IVI.'),
    /** The identifier within the register. */
    id: z.string().min(1).max(200),
  }),
);

/**
 * A register identifier (see {@link OrganizationIdentifierSchema}).
 *
 * @example
 * ```ts
 * const identifier: OrganizationIdentifier = { scheme: 'AZ-IVI', id: '1234567891' };
 * ```
 *
 * @category Model
 */
export type OrganizationIdentifier = z.infer<typeof OrganizationIdentifierSchema>;
