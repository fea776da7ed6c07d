import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendarDate.js';
import { SourceIdSchema } from '../core/ids.js';
import { HttpUrlSchema } from './httpUrl.js';
import { LocalizedNameSchema } from './localizedName.js';
import { EntityTypeSchema, OrganizationIdentifierSchema } from './organizationIdentity.js';

/**
 * The fields every organization has; {@link OrganizationSchema} and {@link CompanySchema} extend
 * them. A field is given by its builder (or its schema), for `lazyShape`: the schemas are
 * built when zod first reads the shape.
 *
 * @internal
 */
export function organizationFields() {
  return {
    /** The official name. */
    name: () => z.string().min(1).max(500),
    /** Other names: in other languages, transliterations, former names. */
    names: () => z.array(LocalizedNameSchema).optional(),
    /** Identifiers in public registers. */
    identifiers: () => z.array(OrganizationIdentifierSchema).optional(),
    /** What kind of entity it is. */
    entityType: EntityTypeSchema,
    /** The ISO 3166-1 alpha-2 code of the jurisdiction it is registered in. */
    jurisdiction: () =>
      z
        .string()
        .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code, e.g. AZ.')
        .optional(),
    /** The day it was founded. */
    foundedOn: () => CalendarDateSchema.optional(),
    /** Its website (http or https). */
    url: () => HttpUrlSchema.optional(),
    /** The sources behind these facts. */
    sourceIds: () => z.array(SourceIdSchema).optional(),
  };
}
