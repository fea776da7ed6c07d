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
import { type Money, MoneySchema } from '../core/money.js';
import { pure } from '../core/pure.js';
import { type PartyId, PartyIdSchema } from '../model/partyId.js';
import { type WorkforceScope, WorkforceScopeSchema } from '../model/workforceSummary.js';

/**
 * The EITI sections of a report: social expenditures (Requirement 6.1) and the contribution to
 * the economy (Requirement 6.3).
 *
 * @remarks
 * `socialExpenditures` lists every disbursement and expenditure dated within the report's period
 * (commitments are not expenditures), with its beneficiary, obligation (mandatory or voluntary),
 * form (cash or in kind, with the deemed value) and value, and the totals per obligation, one per
 * currency: amounts are never added across currencies. `programsWithoutSpend` names the programs
 * that record no spend at all, so a reader sees what the totals leave out.
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
  z.strictObject({
    /** EITI Requirement 6.1: social and environmental expenditures. */
    socialExpenditures: z.strictObject({
      /** The requirement, `'EITI 6.1'`. */
      requirement: z.literal('EITI 6.1'),
      /** One row per disbursement or expenditure in the period, by date then program. */
      rows: z.array(
        z.strictObject({
          /** The program the money belongs to. */
          programId: ProgramIdSchema,
          /** The program title. */
          program: z.string(),
          /** The day of the flow. */
          date: CalendarDateSchema,
          /** The beneficiaries: the flow's recipient, else the implementing participants. */
          beneficiaryIds: z.array(PartyIdSchema),
          /** Whether the expenditure was required (law, contract) or chosen. */
          obligation: z.enum(['voluntary', 'mandatory']),
          /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
          form: z.enum(['cash', 'inKind', 'mixed']),
          /** The value; the deemed value for in-kind flows. */
          value: MoneySchema,
          /** Whether `value` is a deemed value. */
          deemedValue: z.boolean(),
        }),
      ),
      /** Totals of mandatory expenditures, one per currency. */
      mandatory: z.array(MoneySchema),
      /** Totals of voluntary expenditures, one per currency. */
      voluntary: z.array(MoneySchema),
      /** Programs that record no spend at all, by id. */
      programsWithoutSpend: z.array(ProgramIdSchema),
      /** The sources of the rows. */
      sourceIds: z.array(SourceIdSchema),
      /** What a reader needs to know about the figures. */
      notes: z.array(z.string()),
    }),
    /** EITI Requirement 6.3: contribution of the extractive sector to the economy. */
    economicContribution: z.strictObject({
      /** The requirement, `'EITI 6.3'`. */
      requirement: z.literal('EITI 6.3'),
      /** Employment on `asOf`; `null` when the dataset states none. */
      employment: z
        .strictObject({
          /** The day the figures refer to. */
          asOf: CalendarDateSchema,
          /** Where the figures come from: employee records, or a published summary. */
          basis: z.enum(['records', 'summary']),
          /** Everyone counted: exact, or bounds with the published phrase. */
          headcount: CountSchema,
          /** Who the headcount covers. */
          scope: WorkforceScopeSchema,
          /** People by gender, when known. */
          byGender: z.record(z.string(), CountSchema).optional(),
          /** The sources of the figures. */
          sourceIds: z.array(SourceIdSchema),
        })
        .nullable(),
      /** The report's indicators of reported production (ids). */
      productionIndicatorIds: z.array(z.string()),
      /** The districts of the deposits in production on `asOf`, with readable labels. */
      productionDistricts: z.array(
        z.strictObject({
          /** The district (or first-level city) id. */
          locationId: LocationIdSchema,
          /** The readable label. */
          label: z.string().min(1),
          /** The deposits in production there, by name. */
          deposits: z.array(z.string()),
        }),
      ),
      /** What a reader needs to know: what is absent and why. */
      notes: z.array(z.string()),
    }),
  }),
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
  /** One row per disbursement or expenditure in the period, by date then program. */
  readonly rows: readonly EitiExpenditureRow[];
  /** Totals of mandatory expenditures, one per currency. */
  readonly mandatory: readonly Money[];
  /** Totals of voluntary expenditures, one per currency. */
  readonly voluntary: readonly Money[];
  /** Programs that record no spend at all, by id. */
  readonly programsWithoutSpend: readonly ProgramId[];
  /** The sources of the rows. */
  readonly sourceIds: readonly SourceId[];
  /** What a reader needs to know about the figures. */
  readonly notes: readonly string[];
}

/**
 * One social expenditure of the EITI 6.1 section.
 *
 * @category Reports
 */
export interface EitiExpenditureRow {
  /** The program the money belongs to. */
  readonly programId: ProgramId;
  /** The program title. */
  readonly program: string;
  /** The day of the flow. */
  readonly date: CalendarDate;
  /** The beneficiaries: the flow's recipient, else the implementing participants. */
  readonly beneficiaryIds: readonly PartyId[];
  /** Whether the expenditure was required (law, contract) or chosen. */
  readonly obligation: 'voluntary' | 'mandatory';
  /** Cash or in kind; `mixed` when the program is mixed and the flow does not say. */
  readonly form: 'cash' | 'inKind' | 'mixed';
  /** The value; the deemed value for in-kind flows. */
  readonly value: Money;
  /** Whether `value` is a deemed value. */
  readonly deemedValue: boolean;
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
