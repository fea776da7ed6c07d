import * as z from 'zod';
import { pure } from './pure.js';

/**
 * The pattern every identifier matches: letters, digits and `.`, `_`, `:`, `-`.
 *
 * @remarks
 * No spaces, slashes or line breaks, so an id can sit in a JSON Pointer, a URL path segment or a
 * CSV cell without escaping. ISO 3166-2 codes (`AZ-DAS`) and org-id style ids (`AZ-IVI:123`)
 * fit.
 *
 * @example
 * ```ts
 * ID_PATTERN.test('AZ-DAS');
 * //=> true
 * ID_PATTERN.test('a/b');
 * //=> false
 * ```
 *
 * @category Identifiers
 */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9._:-]+$/;

/**
 * An identifier: a non-empty string of at most 128 characters matching `ID_PATTERN` (letters,
 * digits and `.`, `_`, `:`, `-`).
 *
 * @remarks
 * Unbranded; the entity schemas use the branded forms ({@link CompanyId}, …, whose schemas are
 * the entities' `id` fields, e.g. `CompanySchema.shape.id`) so that an id of one kind cannot be
 * passed where another is expected.
 *
 * @example
 * ```ts
 * IdSchema.parse('emp-0001');
 * //=> 'emp-0001'
 * IdSchema.safeParse('emp 0001').success;
 * //=> false
 * ```
 *
 * @category Identifiers
 */
export const IdSchema = pure(() =>
  z
    .string()
    .min(1, 'An id must not be empty.')
    .max(128, 'An id has at most 128 characters.')
    .regex(ID_PATTERN, 'An id uses only letters, digits and . _ : -'),
);

/**
 * An identifier of any kind: a non-empty string of at most 128 characters made of letters, digits
 * and `.`, `_`, `:`, `-` (see {@link IdSchema}).
 *
 * @example
 * ```ts
 * const id: Id = 'AZ-DAS';
 * ```
 *
 * @category Identifiers
 */
export type Id = string;

/**
 * The id of a {@link Company | company}.
 *
 * @example
 * ```ts
 * const id: CompanyId = CompanyIdSchema.parse('azergold');
 * ```
 *
 * @category Identifiers
 */
export const CompanyIdSchema = pure(() => IdSchema.brand<'CompanyId'>());
/**
 * A company id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'CompanyId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `CompanySchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: CompanyId = CompanySchema.shape.id.parse('azergold');
 * ```
 *
 * @category Identifiers
 */
export type CompanyId = string & z.$brand<'CompanyId'>;

/**
 * The id of an organization (a company, a state body, an NGO, …).
 *
 * @example
 * ```ts
 * const id: OrganizationId = OrganizationIdSchema.parse('state-az');
 * ```
 *
 * @category Identifiers
 */
export const OrganizationIdSchema = pure(() => IdSchema.brand<'OrganizationId'>());
/**
 * An organization id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'OrganizationId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `OrganizationSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: OrganizationId = OrganizationSchema.shape.id.parse('state-az');
 * ```
 *
 * @category Identifiers
 */
export type OrganizationId = string & z.$brand<'OrganizationId'>;

/**
 * The id of an employee record (never a name or a personal identifier).
 *
 * @example
 * ```ts
 * const id: EmployeeId = EmployeeIdSchema.parse('e-0001');
 * ```
 *
 * @category Identifiers
 */
export const EmployeeIdSchema = pure(() => IdSchema.brand<'EmployeeId'>());
/**
 * An employee id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'EmployeeId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `EmployeeSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: EmployeeId = EmployeeSchema.shape.id.parse('e-0001');
 * ```
 *
 * @category Identifiers
 */
export type EmployeeId = string & z.$brand<'EmployeeId'>;

/**
 * The id of a location (a country, economic region, district, city, town or village).
 *
 * @example
 * ```ts
 * const id: LocationId = LocationIdSchema.parse('AZ-DAS');
 * ```
 *
 * @category Identifiers
 */
export const LocationIdSchema = pure(() => IdSchema.brand<'LocationId'>());
/**
 * A location id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'LocationId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `LocationSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: LocationId = LocationSchema.shape.id.parse('AZ-DAS');
 * ```
 *
 * @category Identifiers
 */
export type LocationId = string & z.$brand<'LocationId'>;

/**
 * The id of a site (a mine, a processing plant, an office, an exploration camp).
 *
 * @example
 * ```ts
 * const id: SiteId = SiteIdSchema.parse('site-chovdar');
 * ```
 *
 * @category Identifiers
 */
export const SiteIdSchema = pure(() => IdSchema.brand<'SiteId'>());
/**
 * A site id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'SiteId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `SiteSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: SiteId = SiteSchema.shape.id.parse('site-chovdar');
 * ```
 *
 * @category Identifiers
 */
export type SiteId = string & z.$brand<'SiteId'>;

/**
 * The id of a mineral deposit.
 *
 * @example
 * ```ts
 * const id: DepositId = DepositIdSchema.parse('dep-chovdar');
 * ```
 *
 * @category Identifiers
 */
export const DepositIdSchema = pure(() => IdSchema.brand<'DepositId'>());
/**
 * A deposit id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'DepositId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `DepositSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: DepositId = DepositSchema.shape.id.parse('dep-chovdar');
 * ```
 *
 * @category Identifiers
 */
export type DepositId = string & z.$brand<'DepositId'>;

/**
 * The id of a social program.
 *
 * @example
 * ```ts
 * const id: ProgramId = ProgramIdSchema.parse('csr-sports');
 * ```
 *
 * @category Identifiers
 */
export const ProgramIdSchema = pure(() => IdSchema.brand<'ProgramId'>());
/**
 * A program id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'ProgramId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `SocialProgramSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: ProgramId = SocialProgramSchema.shape.id.parse('csr-sports');
 * ```
 *
 * @category Identifiers
 */
export type ProgramId = string & z.$brand<'ProgramId'>;

/**
 * The id of an award.
 *
 * @example
 * ```ts
 * const id: AwardId = AwardIdSchema.parse('award-csr');
 * ```
 *
 * @category Identifiers
 */
export const AwardIdSchema = pure(() => IdSchema.brand<'AwardId'>());
/**
 * An award id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'AwardId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `AwardSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: AwardId = AwardSchema.shape.id.parse('award-csr');
 * ```
 *
 * @category Identifiers
 */
export type AwardId = string & z.$brand<'AwardId'>;

/**
 * The id of a job projection.
 *
 * @example
 * ```ts
 * const id: ProjectionId = ProjectionIdSchema.parse('proj-zod');
 * ```
 *
 * @category Identifiers
 */
export const ProjectionIdSchema = pure(() => IdSchema.brand<'ProjectionId'>());
/**
 * A projection id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'ProjectionId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `JobProjectionSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: ProjectionId = JobProjectionSchema.shape.id.parse('proj-zod');
 * ```
 *
 * @category Identifiers
 */
export type ProjectionId = string & z.$brand<'ProjectionId'>;

/**
 * The id of a source (a document, page or statement behind a fact).
 *
 * @example
 * ```ts
 * const id: SourceId = SourceIdSchema.parse('src-trend-4117320');
 * ```
 *
 * @category Identifiers
 */
export const SourceIdSchema = pure(() => IdSchema.brand<'SourceId'>());
/**
 * A source id, branded so that another kind of id cannot take its place.
 *
 * @remarks
 * An {@link Id} as a type of its own (`string & z.$brand<'SourceId'>`): a plain string or
 * another kind of id is a compile-time error. Parsing gives one (the schema is
 * `SourceSchema.shape.id`).
 *
 * @example
 * ```ts
 * const id: SourceId = SourceSchema.shape.id.parse('src-trend-4117320');
 * ```
 *
 * @category Identifiers
 */
export type SourceId = string & z.$brand<'SourceId'>;
