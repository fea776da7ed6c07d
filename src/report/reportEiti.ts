import type { LocationId, SourceId } from '../core/ids.js';
import { socialExpenditureDisclosure } from '../indicators/community/socialExpenditureDisclosure.js';
import type { IndicatorContext } from '../indicators/contract/indicatorContext.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { isActiveOn } from '../indicators/workforce/isActiveOn.js';
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
  const { data, period, asOf, gazetteer } = context;
  const disclosure = socialExpenditureDisclosure(data.programs, { period }).detail;
  const programsWithoutSpend = data.programs.filter((p) => p.spend.length === 0).map((p) => p.id);
  const notes61: string[] = [];
  if (disclosure.rows.length === 0)
    notes61.push(
      `No disbursement or expenditure is recorded between ${period.start} and ${period.end}.`,
    );
  if (programsWithoutSpend.length > 0)
    notes61.push(
      `${programsWithoutSpend.length} of ${data.programs.length} programs record no spend at all; the totals leave them out.`,
    );
  notes61.push(
    'Commitments are not expenditures; amounts in different currencies are never added.',
  );

  const notes63: string[] = [
    'Shares of national employment, government revenue, exports and GDP need national statistics, which the dataset does not hold.',
  ];
  let employment: EitiSections['economicContribution']['employment'] = null;
  if (context.employees.length > 0) {
    const active = context.employees.filter((e) => isActiveOn(e, asOf));
    const byGender: Record<string, number> = {};
    for (const e of active) byGender[e.gender] = (byGender[e.gender] ?? 0) + 1;
    const contractors = active.some((e) => e.engagement === 'contractor');
    employment = {
      asOf,
      basis: 'records',
      headcount: active.length,
      scope: contractors ? 'employeesAndContractors' : 'employees',
      byGender,
      sourceIds: [],
    };
  } else if (context.summary !== undefined) {
    const s = context.summary;
    employment = {
      asOf: s.asOf,
      basis: 'summary',
      headcount: s.headcount,
      scope: s.scope ?? 'unknown',
      ...(s.byGender === undefined ? {} : { byGender: { ...s.byGender } as Record<string, never> }),
      sourceIds: [...s.sourceIds],
    };
    if (s.byGender === undefined) notes63.push('Employment by gender is not published.');
  } else {
    notes63.push('The dataset states no employment on or before the report date.');
  }

  const districts = new Map<string, { label: string; deposits: string[] }>();
  for (const deposit of data.deposits) {
    if (stageOn(deposit, asOf) !== 'production') continue;
    const { id, label } = districtPlace(gazetteer, deposit.locationId);
    const entry = districts.get(id) ?? { label, deposits: [] };
    entry.deposits.push(deposit.name);
    districts.set(id, entry);
  }
  const programs = new Map<string, readonly SourceId[]>(
    data.programs.map((p) => [p.id, p.sourceIds]),
  );
  const sourceIds = new Set<SourceId>();
  for (const row of disclosure.rows)
    for (const id of programs.get(row.programId) ?? []) sourceIds.add(id);
  return {
    socialExpenditures: {
      requirement: 'EITI 6.1',
      rows: disclosure.rows.map((row) => ({
        ...row,
        beneficiaryIds: [...row.beneficiaryIds],
        value: { ...row.value },
      })),
      mandatory: disclosure.mandatory.map((m) => ({ ...m })),
      voluntary: disclosure.voluntary.map((m) => ({ ...m })),
      programsWithoutSpend,
      sourceIds: [...sourceIds].sort(),
      notes: notes61,
    },
    economicContribution: {
      requirement: 'EITI 6.3',
      employment,
      productionIndicatorIds: [
        ...new Set(
          results
            .filter((r) => r.indicatorId === 'deposits.productionSummary')
            .map((r) => r.indicatorId),
        ),
      ],
      productionDistricts: [...districts].map(([locationId, d]) => ({
        locationId: locationId as LocationId,
        label: d.label,
        deposits: d.deposits,
      })),
      notes: notes63,
    },
  };
}
