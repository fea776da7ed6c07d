import * as z from 'zod';
import { CompanyIdSchema, OrganizationIdSchema } from '../core/ids.js';
import { pure } from '../core/pure.js';

/**
 * The id of a party: a company or another organization.
 *
 * @remarks
 * Used where either may appear: shareholders, program participants, award recipients,
 * operators of deposits.
 *
 * @example
 * ```ts
 * PartyIdSchema.parse('state-az');
 * //=> 'state-az'
 * ```
 *
 * @category Model
 */
export const PartyIdSchema = pure(() => z.union([CompanyIdSchema, OrganizationIdSchema]));

/**
 * A company or organization id (see {@link PartyIdSchema}).
 *
 * @example
 * ```ts
 * const party: PartyId = PartyIdSchema.parse('azergold');
 * ```
 *
 * @category Model
 */
export type PartyId = z.infer<typeof PartyIdSchema>;
