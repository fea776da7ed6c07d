import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendarDate.js';
import { CountSchema } from '../core/count.js';
import { LocationIdSchema, ProgramIdSchema, SourceIdSchema } from '../core/ids.js';
import { MoneySchema } from '../core/money.js';
import { pure } from '../core/pure.js';
import { PartyIdSchema } from '../model/partyId.js';
import { WorkforceScopeSchema } from '../model/workforceSummary.js';

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
 * The EITI sections of a report (see {@link EitiSectionsSchema}).
 *
 * @example
 * ```ts
 * declare const eiti: EitiSections;
 * eiti.economicContribution.employment?.headcount;
 * ```
 *
 * @category Reports
 */
export type EitiSections = z.infer<typeof EitiSectionsSchema>;
