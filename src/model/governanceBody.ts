import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import {
  type CompanyId,
  CompanyIdSchema,
  type Id,
  IdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';
import { type Gender, GenderSchema } from './employee.js';
import { type AgeBand, AgeBandSchema } from './workforceSummary.js';

/**
 * The kind of a governance body: `'board'` (the board of directors, the highest governance
 * body), `'executive'` (an executive or management committee), `'supervisory'` (a supervisory
 * board or council) or `'other'`.
 *
 * @remarks
 * The schema is `GovernanceBodySchema.shape.kind`.
 *
 * @example
 * ```ts
 * const kind: GovernanceBodyKind = 'board';
 * ```
 *
 * @category Model
 */
export type GovernanceBodyKind = 'board' | 'executive' | 'supervisory' | 'other';

/** A count of members: a whole number from 0. */
const members = (): z.ZodInt => z.int().min(0);

/** The sum of the counts of a breakdown, 0 when there is none. */
function sumOf(counts: Readonly<Record<string, number | undefined>> | undefined): number {
  let sum = 0;
  for (const n of Object.values(counts ?? {})) sum += n ?? 0;
  return sum;
}

/** The refinement that a breakdown's counts add up to at most the members. */
function withinMembers(field: 'byGender' | 'byAgeBand'): {
  readonly check: (body: {
    readonly members: number;
    readonly byGender?: Readonly<Record<string, number | undefined>> | undefined;
    readonly byAgeBand?: Readonly<Record<string, number | undefined>> | undefined;
  }) => boolean;
  readonly params: z.core.$ZodCustomParams;
} {
  return {
    check: (body) => sumOf(body[field]) <= body.members,
    params: {
      message: `The counts of ${field} add up to more than the members of the body.`,
      path: [field],
      params: { code: 'governance.group_exceeds_members' },
      when: whenFieldsValid('members', field),
    },
  };
}

/**
 * The composition of one governance body of the company on a day: its members in all, by
 * gender, by age band and by other indicators of diversity (GRI 405-1 a).
 *
 * @remarks
 * GRI 405-1 a asks for the percentage of individuals within the organisation's governance
 * bodies by gender, by age group (under 30, 30-50, over 50 years old) and by other indicators of
 * diversity where relevant. A body states counts of members: `members` in all; `byGender`
 * (keys of {@link GenderSchema}) and `byAgeBand` (`'<30'`, `'30-50'`, `'>50'`), each a partial
 * breakdown whose counts add up to at most `members` (issue code
 * `governance.group_exceeds_members`); `otherDiversity`, counts of members in other groups the
 * reporter names (e.g. `independent`, `nationals`), each at most `members`. A breakdown left out
 * is not stated, never zero. `asOf` is the day the composition is stated for.
 *
 * @example
 * ```ts
 * GovernanceBodySchema.parse({ id: 'board', companyId: 'b2gold', name: 'Board of Directors', kind: 'board', asOf: '2023-01-01', members: 10, sourceIds: [] }).members;
 * //=> 10
 * ```
 *
 * @category Model
 */
export const GovernanceBodySchema = pure(() => {
  const gender = withinMembers('byGender');
  const age = withinMembers('byAgeBand');
  return z
    .strictObject(
      lazyShape({
        /** The id of the body, unique in the dataset. */
        id: IdSchema,
        /** The company the body governs. */
        companyId: CompanyIdSchema,
        /** The name of the body, e.g. `'Board of Directors'`. */
        name: () => z.string().min(1).max(200),
        /** The kind of body. */
        kind: () => z.enum(['board', 'executive', 'supervisory', 'other']),
        /** The day the composition is stated for. */
        asOf: CalendarDateSchema,
        /** The members in all. */
        members: () => members(),
        /** Members by gender; absent when not stated. */
        byGender: () => z.partialRecord(GenderSchema, members()).optional(),
        /** Members by age band; absent when not stated. */
        byAgeBand: () => z.partialRecord(AgeBandSchema, members()).optional(),
        /** Members in other groups the reporter names (e.g. `independent`), each counted apart. */
        otherDiversity: () => z.record(IdSchema, members()).optional(),
        /** The sources of the composition. */
        sourceIds: () => z.array(SourceIdSchema),
      }),
    )
    .refine(gender.check, gender.params)
    .refine(age.check, age.params)
    .refine((body) => Object.values(body.otherDiversity ?? {}).every((n) => n <= body.members), {
      message: 'A group of otherDiversity has more members than the body.',
      path: ['otherDiversity'],
      params: { code: 'governance.group_exceeds_members' },
      when: whenFieldsValid('members', 'otherDiversity'),
    });
});

/**
 * The composition of one governance body of the company on a day.
 *
 * @remarks
 * The schema is `ImpactDatasetSchema.shape.governanceBodies.unwrap().element`.
 * The counts of `byGender` and of `byAgeBand` each add up to at most `members`; every
 * `otherDiversity` count is at most `members`. A breakdown left out is not stated.
 *
 * @example
 * ```ts
 * const board: GovernanceBody = GovernanceBodySchema.parse({ id: 'board', companyId: 'c', name: 'Board', kind: 'board', asOf: '2024-12-31', members: 7, byGender: { female: 2, male: 5 }, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface GovernanceBody {
  /** The id of the body, unique in the dataset. */
  readonly id: Id;
  /** The company the body governs. */
  readonly companyId: CompanyId;
  /** The name of the body, e.g. `'Board of Directors'`. */
  readonly name: string;
  /** The kind of body. */
  readonly kind: GovernanceBodyKind;
  /** The day the composition is stated for. */
  readonly asOf: CalendarDate;
  /** The members in all. */
  readonly members: number;
  /** Members by gender; absent when not stated. */
  readonly byGender?: Readonly<Partial<Record<Gender, number>>> | undefined;
  /** Members by age band; absent when not stated. */
  readonly byAgeBand?: Readonly<Partial<Record<AgeBand, number>>> | undefined;
  /** Members in other groups the reporter names (e.g. `independent`), each counted apart. */
  readonly otherDiversity?: Readonly<Record<string, number>> | undefined;
  /** The sources of the composition. */
  readonly sourceIds: readonly SourceId[];
}
