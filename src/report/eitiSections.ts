import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type Count, CountSchema } from '../core/count.js';
import {
  type LocationId,
  LocationIdSchema,
  type ProgramId,
  ProgramIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { memo } from '../core/memo.js';
import { type Money, MoneySchema } from '../core/money.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { type PartyId, PartyIdSchema } from '../model/partyId.js';
import { type ReportedMoney, ReportedMoneySchema } from '../model/reportedAmount.js';
import { type WorkforceScope, WorkforceScopeSchema } from '../model/workforceSummary.js';

/** The schema of the EITI 6.1 section, built when the sections schema is first read. */
const socialExpendituresSchema = memo(() =>
  z.strictObject(
    lazyShape({
      /** The requirement, `'EITI 6.1'`. */
      requirement: () => z.literal('EITI 6.1'),
      /** One row per expenditure in the period (a flow or a reported amount), by first day. */
      rows: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The program the money belongs to. */
              programId: ProgramIdSchema,
              /** The program title. */
              program: () => z.string(),
              /** The day of a flow; absent for a reported amount. */
              date: () => CalendarDateSchema.optional(),
              /** The period of a reported amount, as precise as published; absent for a flow. */
              period: () =>
                z
                  .strictObject({
                    /** The first year, month or day. */
                    start: PartialDateSchema,
                    /** The last year, month or day. */
                    end: PartialDateSchema,
                  })
                  .optional(),
              /** The beneficiary: the recipient named; empty when none is stated. */
              beneficiaryIds: () => z.array(PartyIdSchema),
              /** Whether the sources name the beneficiary (`false`: not stated). */
              beneficiaryStated: () => z.boolean(),
              /** Social, or environmental (a program whose primary category is the environment). */
              expenditure: () => z.enum(['social', 'environmental']),
              /** The program's primary purpose: the community, its own operations, or not stated. */
              primaryPurpose: () => z.enum(['community', 'business', 'notStated']),
              /** Whether the expenditure was required (law, contract), chosen, or not stated. */
              obligation: () => z.enum(['voluntary', 'mandatory', 'notStated']),
              /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
              form: () => z.enum(['cash', 'inKind', 'mixed', 'notStated']),
              /** The value, exact or bounds as published; the deemed value for in-kind flows. */
              value: ReportedMoneySchema,
              /** Whether `value` is a deemed value. */
              deemedValue: () => z.boolean(),
              /** The words a reported amount was published in. */
              phrase: () => z.string().optional(),
            }),
          ),
        ),
      /** Totals of the exact mandatory expenditures, one per currency. */
      mandatory: () => z.array(MoneySchema),
      /** Totals of the exact voluntary expenditures, one per currency. */
      voluntary: () => z.array(MoneySchema),
      /** Totals of the exact expenditures whose obligation is not stated; absent when none. */
      notStated: () => z.array(MoneySchema).optional(),
      /** Totals of the exact environmental expenditures (EITI 6.1.b); absent when none. */
      environmental: () => z.array(MoneySchema).optional(),
      /** Totals of the voluntary expenditures of business-purpose programs; absent when none. */
      businessPurpose: () => z.array(MoneySchema).optional(),
      /** Programs that record no spend at all, by id. */
      programsWithoutSpend: () => z.array(ProgramIdSchema),
      /** The sources of the rows. */
      sourceIds: () => z.array(SourceIdSchema),
      /** What a reader needs to know about the figures. */
      notes: () => z.array(z.string()),
    }),
  ),
);

/** The schema of the EITI 6.3 section, built when the sections schema is first read. */
const economicContributionSchema = memo(() =>
  z.strictObject(
    lazyShape({
      /** The requirement, `'EITI 6.3'`. */
      requirement: () => z.literal('EITI 6.3'),
      /** Employment on `asOf`; `null` when the dataset states none. */
      employment: () =>
        z
          .strictObject(
            lazyShape({
              /** The day the figures refer to. */
              asOf: CalendarDateSchema,
              /** Where the figures come from: employee records, or a published summary. */
              basis: () => z.enum(['records', 'summary']),
              /** Everyone counted: exact, or bounds with the published phrase. */
              headcount: CountSchema,
              /** Who the headcount covers. */
              scope: WorkforceScopeSchema,
              /** People by gender, when known. */
              byGender: () => z.record(z.string(), CountSchema).optional(),
              /** The sources of the figures. */
              sourceIds: () => z.array(SourceIdSchema),
            }),
          )
          .nullable(),
      /** The report's indicators of reported production (ids). */
      productionIndicatorIds: () => z.array(z.string()),
      /** The districts of the deposits in production on `asOf`, with readable labels. */
      productionDistricts: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The district (or first-level city) id. */
              locationId: LocationIdSchema,
              /** The readable label. */
              label: () => z.string().min(1),
              /** The deposits in production there, by name. */
              deposits: () => z.array(z.string()),
            }),
          ),
        ),
      /** What a reader needs to know: what is absent and why. */
      notes: () => z.array(z.string()),
    }),
  ),
);

/**
 * The EITI sections of a report: social expenditures (Requirement 6.1) and the contribution to
 * the economy (Requirement 6.3).
 *
 * @remarks
 * `socialExpenditures` lists every disbursement and expenditure dated within the report's period
 * (commitments are not expenditures) with its `date`, and every amount reported as spent over a
 * period inside the report's period with its `period` (as precise as published; such an amount
 * supersedes the flows of its program within its own period), each with its beneficiary,
 * obligation (mandatory, voluntary or not stated), form (cash, in kind or not stated, with the
 * deemed value) and value (exact, or bounds as published), and the totals of the exact amounts
 * per obligation, one per currency: amounts are never added across currencies. Reported amounts
 * that are not expenditures of the period (budgets, commitments, cumulative totals, amounts over
 * a period across its ends) are named in `notes`. `programsWithoutSpend` names the programs that
 * record no money at all (no flow, no reported amount), so a reader sees what the totals leave
 * out. When a total would leave the safe-integer range, the section is marked failed: no rows,
 * no totals, and the reason as its one note, `Not computed (UNSAFE_INTEGER): …`.
 *
 * `economicContribution` gives what a company can state for 6.3: its employment on `asOf`
 * (from employee records when the dataset has them, else the latest published workforce summary
 * on or before `asOf`), the indicators of reported production, and the districts where the
 * deposits in production lie. Shares of national employment, exports or GDP need national
 * statistics, which a dataset does not hold; `notes` says so.
 *
 * @example
 * ```ts
 * declare const eiti: EitiSections;
 * eiti.socialExpenditures.voluntary;
 * //=> [{ amountMinor: 30000000, currency: 'AZN' }]
 * ```
 *
 * @category Reports
 */
export const EitiSectionsSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** EITI Requirement 6.1: social and environmental expenditures. */
      socialExpenditures: () => socialExpendituresSchema(),
      /** EITI Requirement 6.3: contribution of the extractive sector to the economy. */
      economicContribution: () => economicContributionSchema(),
    }),
  ),
);

/**
 * The EITI sections of a report (see `EitiSectionsSchema`).
 *
 * @example
 * ```ts
 * declare const eiti: EitiSections;
 * eiti.economicContribution.employment?.headcount;
 * ```
 *
 * @category Reports
 */
export interface EitiSections {
  /** EITI Requirement 6.1: social and environmental expenditures. */
  readonly socialExpenditures: EitiSocialExpenditures;
  /** EITI Requirement 6.3: contribution of the extractive sector to the economy. */
  readonly economicContribution: EitiEconomicContribution;
}

/**
 * The EITI 6.1 section of a report: social expenditures in the period.
 *
 * @category Reports
 */
export interface EitiSocialExpenditures {
  /** The requirement, `'EITI 6.1'`. */
  readonly requirement: 'EITI 6.1';
  /** One row per expenditure in the period (a flow or a reported amount), by first day. */
  readonly rows: readonly EitiExpenditureRow[];
  /** Totals of the exact mandatory expenditures, one per currency. */
  readonly mandatory: readonly Money[];
  /** Totals of the exact voluntary expenditures, one per currency. */
  readonly voluntary: readonly Money[];
  /** Totals of the exact expenditures whose obligation is not stated; absent when none. */
  readonly notStated?: readonly Money[] | undefined;
  /** Totals of the exact environmental expenditures (EITI 6.1.b); absent when none. */
  readonly environmental?: readonly Money[] | undefined;
  /** Totals of the voluntary expenditures of business-purpose programs; absent when none. */
  readonly businessPurpose?: readonly Money[] | undefined;
  /** Programs that record no spend at all, by id. */
  readonly programsWithoutSpend: readonly ProgramId[];
  /** The sources of the rows. */
  readonly sourceIds: readonly SourceId[];
  /** What a reader needs to know about the figures. */
  readonly notes: readonly string[];
}

/**
 * One social expenditure of the EITI 6.1 section: a flow with its `date`, or an amount reported
 * as spent over a `period` (as precise as published: `{ start: '2009', end: '2009' }`).
 *
 * @category Reports
 */
export interface EitiExpenditureRow {
  /** The program the money belongs to. */
  readonly programId: ProgramId;
  /** The program title. */
  readonly program: string;
  /** The day of a flow; absent for a reported amount. */
  readonly date?: CalendarDate | undefined;
  /** The period of a reported amount, as precise as published; absent for a flow. */
  readonly period?:
    | {
        /** The first year, month or day. */
        readonly start: PartialDate;
        /** The last year, month or day. */
        readonly end: PartialDate;
      }
    | undefined;
  /** The beneficiary: the recipient named; empty when none is stated. */
  readonly beneficiaryIds: readonly PartyId[];
  /** Whether the sources name the beneficiary (`false`: not stated). */
  readonly beneficiaryStated: boolean;
  /** Social, or environmental (a program whose primary category is the environment). */
  readonly expenditure: 'social' | 'environmental';
  /** The program's primary purpose: the community, its own operations, or not stated. */
  readonly primaryPurpose: 'community' | 'business' | 'notStated';
  /** Whether the expenditure was required (law, contract), chosen, or not stated. */
  readonly obligation: 'voluntary' | 'mandatory' | 'notStated';
  /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
  readonly form: 'cash' | 'inKind' | 'mixed' | 'notStated';
  /** The value, exact or bounds as published; the deemed value for in-kind flows. */
  readonly value: ReportedMoney;
  /** Whether `value` is a deemed value. */
  readonly deemedValue: boolean;
  /** The words a reported amount was published in. */
  readonly phrase?: string | undefined;
}

/**
 * The EITI 6.3 section of a report: employment and production.
 *
 * @category Reports
 */
export interface EitiEconomicContribution {
  /** The requirement, `'EITI 6.3'`. */
  readonly requirement: 'EITI 6.3';
  /** Employment on `asOf`; `null` when the dataset states none. */
  readonly employment: EitiEmployment | null;
  /** The report's indicators of reported production (ids). */
  readonly productionIndicatorIds: readonly string[];
  /** The districts of the deposits in production on `asOf`, with readable labels. */
  readonly productionDistricts: readonly EitiProductionDistrict[];
  /** What a reader needs to know: what is absent and why. */
  readonly notes: readonly string[];
}

/**
 * Employment in the EITI 6.3 section.
 *
 * @category Reports
 */
export interface EitiEmployment {
  /** The day the figures refer to. */
  readonly asOf: CalendarDate;
  /** Where the figures come from: employee records, or a published summary. */
  readonly basis: 'records' | 'summary';
  /** Everyone counted: exact, or bounds with the published phrase. */
  readonly headcount: Count;
  /** Who the headcount covers. */
  readonly scope: WorkforceScope;
  /** People by gender, when known. */
  readonly byGender?: { readonly [gender: string]: Count } | undefined;
  /** The sources of the figures. */
  readonly sourceIds: readonly SourceId[];
}

/**
 * A district with deposits in production, in the EITI 6.3 section.
 *
 * @category Reports
 */
export interface EitiProductionDistrict {
  /** The district (or first-level city) id. */
  readonly locationId: LocationId;
  /** The readable label. */
  readonly label: string;
  /** The deposits in production there, by name. */
  readonly deposits: readonly string[];
}
