import { appendAll } from '../core/appendAll.js';
import { ImpactError } from '../core/ImpactError.js';
import type { LocationId, ProgramId, SourceId } from '../core/ids.js';
import { hasMoney } from '../indicators/community/internal/programAbsences.js';
import { reportedAmountNotes } from '../indicators/community/internal/reportedAmountNotes.js';
import { socialExpenditureDisclosure } from '../indicators/community/socialExpenditureDisclosure.js';
import type { IndicatorContext, IndicatorScope } from '../indicators/contract/indicatorContext.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import type { RecordFold } from '../indicators/contract/recordFold.js';
import { isActiveOn } from '../indicators/workforce/isActiveOn.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import { districtPlace } from './districtPlace.js';
import type { EitiSections } from './eitiSections.js';

/**
 * The stage a deposit is in on a day: its `stage` when it has no history, else the latest history
 * entry on or before the day (`undefined` before the first).
 */
function stageOn(
  deposit: IndicatorContext['data']['deposits'][number],
  day: string,
): string | undefined {
  const history = deposit.stageHistory ?? [];
  if (history.length === 0) return deposit.stage;
  let stage: string | undefined;
  for (const entry of history) if (entry.from <= day) stage = entry.stage;
  return stage;
}

type SocialExpenditures = EitiSections['socialExpenditures'];
type EconomicContribution = EitiSections['economicContribution'];
type Employment = EconomicContribution['employment'];
type Disclosure = ReturnType<typeof socialExpenditureDisclosure>['detail'];

/** What a reader of the EITI 6.1 section needs to know about its figures. */
function socialExpenditureNotes(
  context: IndicatorContext,
  disclosure: Readonly<Disclosure>,
  programsWithoutSpend: readonly string[],
): string[] {
  const { data, period } = context;
  const notes: string[] = [];
  if (disclosure.rows.length === 0)
    notes.push(
      `No disbursement or expenditure is recorded between ${period.start} and ${period.end}.`,
    );
  if (programsWithoutSpend.length > 0)
    notes.push(
      `${programsWithoutSpend.length} of ${data.programs.length} programs record no spend at all; the totals leave them out.`,
    );
  appendAll(notes, reportedAmountNotes(disclosure));
  if (disclosure.rows.some((r) => r.obligation === 'notStated' || r.form === 'notStated'))
    notes.push(
      'Where the sources do not say whether an expenditure is mandatory or voluntary, or cash or in kind, the row says not stated.',
    );
  if (disclosure.rows.some((r) => !r.beneficiaryStated))
    notes.push('Where no recipient is stated, the beneficiary is not stated, not the implementer.');
  if (disclosure.environmental.length > 0)
    notes.push(
      'Environmental expenditures (EITI 6.1.b) are totalled apart and not in the social totals.',
    );
  if (disclosure.businessPurpose.length > 0)
    notes.push(
      'Programs that primarily serve the operation (such as a mine access road) are listed but not counted as voluntary social expenditure.',
    );
  notes.push('Commitments are not expenditures; amounts in different currencies are never added.');
  return notes;
}

/** The sources of the programs that the disclosed rows belong to, sorted. */
function disclosureSourceIds(
  context: IndicatorContext,
  disclosure: Readonly<Disclosure>,
): SourceId[] {
  const programs = new Map<string, readonly SourceId[]>(
    context.data.programs.map((p) => [p.id, p.sourceIds]),
  );
  const programIds = new Set(disclosure.rows.map((row) => row.programId));
  const sourceIds = new Set<SourceId>();
  for (const programId of programIds)
    for (const id of programs.get(programId) ?? []) sourceIds.add(id);
  return [...sourceIds].sort();
}

/**
 * The EITI 6.1 section when its totals cannot be computed (a sum beyond the safe-integer range):
 * no rows and no totals, and the reason in the notes; the indicator is marked failed too.
 */
function failedSocialExpenditures(
  error: ImpactError,
  programsWithoutSpend: readonly ProgramId[],
): SocialExpenditures {
  return {
    requirement: 'EITI 6.1',
    rows: [],
    mandatory: [],
    voluntary: [],
    programsWithoutSpend: [...programsWithoutSpend],
    sourceIds: [],
    notes: [`Not computed (${error.code}): ${error.message.replace('[mining-impact] ', '')}.`],
  };
}

/**
 * The EITI 6.1 section: the social expenditures of the period; a part failed with its reason
 * when a total leaves the safe-integer range.
 */
function socialExpenditures(context: IndicatorContext): SocialExpenditures {
  const { data, period } = context;
  const programsWithoutSpend = data.programs.filter((p) => !hasMoney(p)).map((p) => p.id);
  let disclosure: Disclosure;
  try {
    disclosure = socialExpenditureDisclosure(data.programs, { period }).detail;
  } catch (error) {
    if (error instanceof ImpactError) return failedSocialExpenditures(error, programsWithoutSpend);
    throw error;
  }
  const notes = socialExpenditureNotes(context, disclosure, programsWithoutSpend);
  return {
    requirement: 'EITI 6.1',
    rows: disclosure.rows.map((row) => ({
      ...row,
      beneficiaryIds: [...row.beneficiaryIds],
      value: { ...row.value },
    })),
    mandatory: disclosure.mandatory.map((m) => ({ ...m })),
    voluntary: disclosure.voluntary.map((m) => ({ ...m })),
    ...(disclosure.notStated.length === 0
      ? {}
      : { notStated: disclosure.notStated.map((m) => ({ ...m })) }),
    ...(disclosure.environmental.length === 0
      ? {}
      : { environmental: disclosure.environmental.map((m) => ({ ...m })) }),
    ...(disclosure.businessPurpose.length === 0
      ? {}
      : { businessPurpose: disclosure.businessPurpose.map((m) => ({ ...m })) }),
    programsWithoutSpend,
    sourceIds: disclosureSourceIds(context, disclosure),
    notes,
  };
}

/** The report's own fold of employment on `asOf`, by name in the context's records. */
export const EITI_EMPLOYMENT = 'eitiEmployment';

/**
 * Employment counted from the employee records active on `asOf`: headcount, by gender, and
 * whether contractors' workers are among them, in one pass.
 *
 * @param scope - The report's scope.
 * @returns The fold.
 * @internal
 */
export function employmentFold(scope: IndicatorScope): RecordFold<NonNullable<Employment>> {
  const { asOf } = scope;
  const byGender: Record<string, number> = {};
  let headcount = 0;
  let contractors = false;
  return {
    add: (e) => {
      if (!isActiveOn(e, asOf)) return;
      headcount += 1;
      byGender[e.gender] = (byGender[e.gender] ?? 0) + 1;
      if (e.engagement === 'contractor') contractors = true;
    },
    finish: () => ({
      asOf,
      basis: 'records',
      headcount,
      scope: contractors ? 'employeesAndContractors' : 'employees',
      byGender,
      sourceIds: [],
    }),
  };
}

/** Employment as a published workforce summary states it. */
function employmentFromSummary(s: Readonly<WorkforceSummary>): NonNullable<Employment> {
  return {
    asOf: s.asOf,
    basis: 'summary',
    headcount: s.headcount,
    scope: s.scope ?? 'unknown',
    ...(s.byGender === undefined ? {} : { byGender: { ...s.byGender } as Record<string, never> }),
    sourceIds: [...s.sourceIds],
  };
}

/**
 * Employment on `asOf`, from the records when there are any, else from the summary, else none;
 * with the notes on what is not published.
 */
function employmentOn(context: IndicatorContext): {
  readonly employment: Employment;
  readonly notes: readonly string[];
} {
  if (context.records.count > 0)
    return {
      employment: context.records.extra(EITI_EMPLOYMENT) as NonNullable<Employment>,
      notes: [],
    };
  const summary = context.summary;
  if (summary === undefined) {
    return {
      employment: null,
      notes: ['The dataset states no employment on or before the report date.'],
    };
  }
  return {
    employment: employmentFromSummary(summary),
    notes: summary.byGender === undefined ? ['Employment by gender is not published.'] : [],
  };
}

/** The districts of the deposits in production on `asOf`, in the order of the deposits. */
function productionDistricts(
  context: IndicatorContext,
): EconomicContribution['productionDistricts'] {
  const { data, asOf, gazetteer } = context;
  const districts = new Map<string, { label: string; deposits: string[] }>();
  for (const deposit of data.deposits) {
    if (stageOn(deposit, asOf) !== 'production') continue;
    const { id, label } = districtPlace(gazetteer, deposit.locationId);
    const entry = districts.get(id) ?? { label, deposits: [] };
    entry.deposits.push(deposit.name);
    districts.set(id, entry);
  }
  return [...districts].map(([locationId, d]) => ({
    locationId: locationId as LocationId,
    label: d.label,
    deposits: d.deposits,
  }));
}

/** The EITI 6.3 section: employment and production. */
function economicContribution(
  context: IndicatorContext,
  results: readonly IndicatorResult[],
): EconomicContribution {
  const { employment, notes } = employmentOn(context);
  return {
    requirement: 'EITI 6.3',
    employment,
    productionIndicatorIds: [
      ...new Set(
        results
          .filter((r) => r.indicatorId === 'deposits.productionSummary')
          .map((r) => r.indicatorId),
      ),
    ],
    productionDistricts: productionDistricts(context),
    notes: [
      'Shares of national employment, government revenue, exports and GDP need national statistics, which the dataset does not hold; economic.extractiveEmploymentShare gives the share of national employment from a national figure given with its source.',
      ...notes,
    ],
  };
}

/**
 * Builds the EITI 6.1 and 6.3 sections of a report.
 *
 * @param context - The report's context.
 * @param results - The report's indicator results.
 * @returns The sections.
 * @internal
 */
export function reportEiti(
  context: IndicatorContext,
  results: readonly IndicatorResult[],
): EitiSections {
  return {
    socialExpenditures: socialExpenditures(context),
    economicContribution: economicContribution(context, results),
  };
}
