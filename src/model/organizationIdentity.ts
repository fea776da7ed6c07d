import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
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
 * What kind of legal or public entity an organization is (after BODS `entityType`).
 *
 * @remarks
 * `'state'` is a country as an owner; `'stateBody'` a ministry, agency, state holding or other
 * public body; `'registeredEntity'` a company or other registered body; `'ngo'` a
 * non-governmental organization; `'other'` anything else. The schema is
 * `OrganizationSchema.shape.entityType`.
 *
 * @example
 * ```ts
 * const type: EntityType = 'state';
 * ```
 *
 * @category Model
 */
export type EntityType = 'registeredEntity' | 'stateBody' | 'state' | 'ngo' | 'other';

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
  z.strictObject(
    lazyShape({
      /** The org-id.guide list prefix, e.g. `'AZ-IVI'` (Azerbaijan taxpayer register). */
      scheme: () =>
        z
          .string()
          .regex(
            /^[A-Z]{2,3}(?:-[A-Z0-9]{2,12})+$/,
            'Expected an org-id.guide prefix, e.g. AZ-IVI.',
          ),
      /** The identifier within the register. */
      id: () => z.string().min(1).max(200),
    }),
  ),
);

/**
 * An identifier of an organization in a public register, as an org-id.guide scheme and an id.
 *
 * @remarks
 * The schema is `OrganizationSchema.shape.identifiers.unwrap().element`.
 *
 * @example
 * ```ts
 * const identifier: OrganizationIdentifier = { scheme: 'AZ-IVI', id: '1234567891' };
 * ```
 *
 * @category Model
 */
export interface OrganizationIdentifier {
  /** The org-id.guide list prefix, e.g. `'AZ-IVI'` (Azerbaijan taxpayer register). */
  readonly scheme: string;
  /** The identifier within the register. */
  readonly id: string;
}
