import * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  type OrganizationId,
  OrganizationIdSchema,
} from '../core/ids.js';
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
 * The id of a party: a {@link CompanyId} or an {@link OrganizationId}.
 *
 * @remarks
 * Used where either may appear: shareholders, program participants, award recipients,
 * operators of deposits. The schema is `OwnershipInterestSchema.shape.interestedPartyId`.
 *
 * @example
 * ```ts
 * const party: PartyId = OwnershipInterestSchema.shape.interestedPartyId.parse('azergold');
 * ```
 *
 * @category Model
 */
export type PartyId = CompanyId | OrganizationId;
