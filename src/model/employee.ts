import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import {
  type CompanyId,
  CompanyIdSchema,
  type EmployeeId,
  EmployeeIdSchema,
  type LocationId,
  LocationIdSchema,
  type SiteId,
  SiteIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';

/**
 * Gender as recorded, with `undisclosed` for people who did not state it.
 *
 * @example
 * ```ts
 * GenderSchema.parse('female');
 * //=> 'female'
 * ```
 *
 * @category Model
 */
export const GenderSchema = pure(() => z.enum(['female', 'male', 'other', 'undisclosed']));

/**
 * Gender as recorded: `'female'`, `'male'`, `'other'`, or `'undisclosed'` for people who did not
 * state it.
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.gender`.
 *
 * @example
 * ```ts
 * const gender: Gender = 'male';
 * ```
 *
 * @category Model
 */
export type Gender = 'female' | 'male' | 'other' | 'undisclosed';

/**
 * The employee category used for GRI 405-1 and 202-2 (`seniorManagement` is the reporter's
 * senior management, as the reporter defines it).
 *
 * @example
 * ```ts
 * EmployeeCategorySchema.parse('seniorManagement');
 * //=> 'seniorManagement'
 * ```
 *
 * @category Model
 */
export const EmployeeCategorySchema = pure(() =>
  z.enum(['worker', 'specialist', 'manager', 'seniorManagement']),
);

/**
 * The employee category used for GRI 405-1 and 202-2: `'worker'`, `'specialist'`, `'manager'`
 * or `'seniorManagement'` (the reporter's senior management, as the reporter defines it).
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.category`.
 *
 * @example
 * ```ts
 * const category: EmployeeCategory = 'worker';
 * ```
 *
 * @category Model
 */
export type EmployeeCategory = 'worker' | 'specialist' | 'manager' | 'seniorManagement';

/**
 * Why a person left (GRI 401-1 turnover counts voluntary leavers, dismissals, retirements and
 * deaths in service).
 *
 * @example
 * ```ts
 * TerminationReasonSchema.parse('retirement');
 * //=> 'retirement'
 * ```
 *
 * @category Model
 */
export const TerminationReasonSchema = pure(() =>
  z.enum(['voluntary', 'dismissal', 'retirement', 'contractEnd', 'death', 'other']),
);

/**
 * Why a person left: `'voluntary'`, `'dismissal'`, `'retirement'`, `'contractEnd'`, `'death'` or
 * `'other'` (GRI 401-1 turnover counts voluntary leavers, dismissals, retirements and deaths in
 * service).
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.terminationReason.unwrap()`.
 *
 * @example
 * ```ts
 * const reason: TerminationReason = 'voluntary';
 * ```
 *
 * @category Model
 */
export type TerminationReason =
  | 'voluntary'
  | 'dismissal'
  | 'retirement'
  | 'contractEnd'
  | 'death'
  | 'other';

/**
 * Whether a contract is permanent or temporary.
 *
 * @example
 * ```ts
 * ContractTypeSchema.parse('permanent');
 * //=> 'permanent'
 * ```
 *
 * @category Model
 */
export const ContractTypeSchema = pure(() => z.enum(['permanent', 'temporary']));

/**
 * Whether a contract is `'permanent'` or `'temporary'`.
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.contract`.
 *
 * @example
 * ```ts
 * const contract: ContractType = 'temporary';
 * ```
 *
 * @category Model
 */
export type ContractType = 'permanent' | 'temporary';

/**
 * Whether a person is the company's employee or a contractor's worker on its sites.
 *
 * @example
 * ```ts
 * EngagementSchema.parse('contractor');
 * //=> 'contractor'
 * ```
 *
 * @category Model
 */
export const EngagementSchema = pure(() => z.enum(['employee', 'contractor']));

/**
 * Whether a person is the company's `'employee'` or a `'contractor'`'s worker on its sites.
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.engagement`.
 *
 * @example
 * ```ts
 * const engagement: Engagement = 'employee';
 * ```
 *
 * @category Model
 */
export type Engagement = 'employee' | 'contractor';

/**
 * Nationality relative to the host country: a host-country national, an expatriate, or not
 * stated.
 *
 * @example
 * ```ts
 * NationalitySchema.parse('hostCountry');
 * //=> 'hostCountry'
 * ```
 *
 * @category Model
 */
export const NationalitySchema = pure(() => z.enum(['hostCountry', 'expatriate', 'notStated']));

/**
 * Nationality relative to the host country (the country of the operation): `'hostCountry'` (a
 * national of it), `'expatriate'` (a national of another country) or `'notStated'`.
 *
 * @remarks
 * Nationality is not origin: `homeLocationId` says where a person is from, the basis of "local"
 * and "from the regions"; nationality says whose citizen they are, the basis of the share of
 * host-country nationals. A record without `nationality` is not stated. The schema is
 * `EmployeeSchema.shape.nationality.unwrap()`.
 *
 * @example
 * ```ts
 * const nationality: Nationality = 'expatriate';
 * ```
 *
 * @category Model
 */
export type Nationality = 'hostCountry' | 'expatriate' | 'notStated';

/**
 * Whether a person works full time or part time (GRI 2-7 b iv-v).
 *
 * @example
 * ```ts
 * WorkingTimeSchema.parse('partTime');
 * //=> 'partTime'
 * ```
 *
 * @category Model
 */
export const WorkingTimeSchema = pure(() => z.enum(['fullTime', 'partTime']));

/**
 * Whether a person works `'fullTime'` or `'partTime'`, as the reporter's national law or
 * practice defines them (GRI 2-7 b iv-v).
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.workingTime.unwrap()`. A record without it is not stated.
 *
 * @example
 * ```ts
 * const workingTime: WorkingTime = 'fullTime';
 * ```
 *
 * @category Model
 */
export type WorkingTime = 'fullTime' | 'partTime';

/**
 * The kind of a worker who is not the company's employee (GRI 2-8 a: the most common types of
 * worker and their contractual relationship with the organisation).
 *
 * @example
 * ```ts
 * WorkerTypeSchema.parse('agencyWorker');
 * //=> 'agencyWorker'
 * ```
 *
 * @category Model
 */
export const WorkerTypeSchema = pure(() =>
  z.enum([
    'contractorWorker',
    'agencyWorker',
    'selfEmployed',
    'apprentice',
    'intern',
    'volunteer',
    'other',
  ]),
);

/**
 * The kind of a worker who is not the company's employee: a contractor's or sub-contractor's
 * worker (`'contractorWorker'`), an `'agencyWorker'`, a `'selfEmployed'` person, an
 * `'apprentice'`, an `'intern'`, a `'volunteer'` or `'other'`, the examples GRI 2-8 gives.
 *
 * @remarks
 * The schema is `EmployeeSchema.shape.workerType.unwrap()`. It is read on records whose
 * `engagement` is `'contractor'`; a record without it is not stated.
 *
 * @example
 * ```ts
 * const type: WorkerType = 'contractorWorker';
 * ```
 *
 * @category Model
 */
export type WorkerType =
  | 'contractorWorker'
  | 'agencyWorker'
  | 'selfEmployed'
  | 'apprentice'
  | 'intern'
  | 'volunteer'
  | 'other';

/**
 * One person working for the company or a contractor on its sites, without names or personal
 * identifiers.
 *
 * @remarks
 * `homeLocationId` is the person's origin (where they are from or have the right to reside),
 * the basis of every "local" indicator; `nationality` (host-country national or expatriate) is
 * counted apart from it. A person is active on a day `d` when
 * `hireDate <= d` and there is no `terminationDate <= d`: the termination date is the day the
 * person leaves, and on that day they are no longer counted.
 *
 * @example
 * ```ts
 * EmployeeSchema.parse({
 *   id: 'e-0001',
 *   companyId: 'azergold',
 *   homeLocationId: 'AZ-DAS',
 *   gender: 'male',
 *   hireDate: '2019-03-01',
 *   category: 'worker',
 *   contract: 'permanent',
 *   engagement: 'employee',
 * }).category;
 * //=> 'worker'
 * ```
 *
 * @category Model
 */
export const EmployeeSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** A pseudonymous id, unique in the company's records. */
        id: EmployeeIdSchema,
        /** The company the person works for or at. */
        companyId: CompanyIdSchema,
        /** The site the person works at, when known. */
        siteId: () => SiteIdSchema.optional(),
        /** Where the person is from: a settlement, district or region. */
        homeLocationId: LocationIdSchema,
        /** Gender as recorded. */
        gender: GenderSchema,
        /** The year of birth, for age bands (no full birth date is kept). */
        birthYear: () => z.int().min(1900).max(2100).optional(),
        /** The first day of employment. */
        hireDate: CalendarDateSchema,
        /** The day employment ended; absent while employed. */
        terminationDate: () => CalendarDateSchema.optional(),
        /** Why employment ended. */
        terminationReason: () => TerminationReasonSchema.optional(),
        /** The employee category. */
        category: EmployeeCategorySchema,
        /** Permanent or temporary contract. */
        contract: ContractTypeSchema,
        /** The company's employee, or a contractor's worker. */
        engagement: EngagementSchema,
        /** Host-country national or expatriate; absent when not stated. */
        nationality: () => NationalitySchema.optional(),
        /** Full time or part time (GRI 2-7); absent when not stated. */
        workingTime: () => WorkingTimeSchema.optional(),
        /** `true` when no minimum or fixed number of working hours is guaranteed (GRI 2-7). */
        nonGuaranteedHours: () => z.boolean().optional(),
        /** `true` when the person worked for the company before this record's hire (a re-hire). */
        rehire: () => z.boolean().optional(),
        /** For a contractor's worker: the kind of worker (GRI 2-8); absent when not stated. */
        workerType: () => WorkerTypeSchema.optional(),
      }),
    )
    .refine((e) => e.terminationDate === undefined || e.hireDate <= e.terminationDate, {
      message: 'The termination date is before the hire date.',
      path: ['terminationDate'],
      params: { code: 'period.end_before_start' },
      when: whenFieldsValid('hireDate', 'terminationDate'),
    })
    .meta({ [ORDERED_KEYWORD]: ['hireDate', 'terminationDate'] }),
);

/**
 * One person working for the company or a contractor on its sites, without names or personal
 * identifiers (see {@link EmployeeSchema}).
 *
 * @remarks
 * `homeLocationId` is the person's origin, the basis of every "local" indicator. A person is
 * active on a day `d` when `hireDate <= d` and there is no `terminationDate <= d`
 * (`hireDate <= terminationDate` is enforced).
 *
 * @example
 * ```ts
 * const employee: Employee = EmployeeSchema.parse({ id: 'e1', companyId: 'c', homeLocationId: 'AZ-DAS', gender: 'female', hireDate: '2020-01-01', category: 'specialist', contract: 'permanent', engagement: 'employee' });
 * ```
 *
 * @category Model
 */
export interface Employee {
  /** A pseudonymous id, unique in the company's records. */
  readonly id: EmployeeId;
  /** The company the person works for or at. */
  readonly companyId: CompanyId;
  /** The site the person works at, when known. */
  readonly siteId?: SiteId | undefined;
  /** Where the person is from: a settlement, district or region. */
  readonly homeLocationId: LocationId;
  /** Gender as recorded. */
  readonly gender: Gender;
  /** The year of birth, for age bands (no full birth date is kept). */
  readonly birthYear?: number | undefined;
  /** The first day of employment. */
  readonly hireDate: CalendarDate;
  /** The day employment ended; absent while employed. */
  readonly terminationDate?: CalendarDate | undefined;
  /** Why employment ended. */
  readonly terminationReason?: TerminationReason | undefined;
  /** The employee category. */
  readonly category: EmployeeCategory;
  /** Permanent or temporary contract. */
  readonly contract: ContractType;
  /** The company's employee, or a contractor's worker. */
  readonly engagement: Engagement;
  /** Host-country national or expatriate; absent when not stated. */
  readonly nationality?: Nationality | undefined;
  /** Full time or part time (GRI 2-7); absent when not stated. */
  readonly workingTime?: WorkingTime | undefined;
  /** `true` when no minimum or fixed number of working hours is guaranteed (GRI 2-7). */
  readonly nonGuaranteedHours?: boolean | undefined;
  /** `true` when the person worked for the company before this record's hire (a re-hire). */
  readonly rehire?: boolean | undefined;
  /** For a contractor's worker: the kind of worker (GRI 2-8); absent when not stated. */
  readonly workerType?: WorkerType | undefined;
}
