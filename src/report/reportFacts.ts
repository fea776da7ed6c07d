import type { Bounds } from '../core/bounds.js';
import { type Count, countInterval } from '../core/count.js';
import type { SourceId } from '../core/ids.js';
import type { IndicatorContext } from '../indicators/contract/indicatorContext.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import { categoryLabel } from './categoryLabel.js';
import { countWords } from './countWords.js';
import { districtPlace } from './districtPlace.js';
import { formatNumber } from './formatNumber.js';
import type { ReportFact } from './reportFact.js';
import { shareWords } from './shareWords.js';

type Reliability = ReportFact['reliability'];
const RELIABILITY_RANK: Readonly<Record<Reliability, number>> = {
  verified: 0,
  secondary: 1,
  unverified: 2,
  unknown: 3,
};

/** What each count field of a workforce summary says about the people it counts. */
const SUMMARY_FIELDS: readonly (readonly [keyof WorkforceSummary, string])[] = [
  ['fromRegions', 'come from outside the capital (the regions)'],
  ['fromCapital', 'come from the capital'],
  ['originUnknown', 'are of unknown origin'],
  ['fromRemoteVillages', 'come from remote villages'],
  ['local', 'are local under the locality policy of the summary'],
  ['nonLocal', 'are not local under the locality policy of the summary'],
  ['localityUnknown', 'cannot be classed as local or not'],
];

const SCOPE_WORDS: Readonly<Record<string, string>> = {
  employees: 'employees',
  employeesAndContractors: "people (employees and contractors' workers)",
  unknown: 'people (scope not stated: may include contractors)',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function phraseOf(count: Readonly<Count>): string | undefined {
  return typeof count === 'number' ? undefined : count.phrase;
}

function published(count: Readonly<Count>): string {
  const phrase = phraseOf(count);
  return phrase === undefined ? '' : `, published as "${phrase}"`;
}

/** Bounds on part / whole when the whole is exact and positive; otherwise undefined. */
function shareOf(part: Readonly<Count>, whole: Readonly<Count>): Bounds | undefined {
  if (typeof whole !== 'number' || whole <= 0) return undefined;
  const { min, max } = countInterval(part);
  return { min: Math.min(1, min / whole), max: max === null ? 1 : Math.min(1, max / whole) };
}

/**
 * Derives the facts a report states from its validated dataset.
 *
 * @remarks
 * In order: the company's founding, the ownership interests in the company, every count of
 * every workforce summary dated on or before `asOf` (with the share of the headcount it implies),
 * the program categories by the districts the programs serve, the published beneficiary counts,
 * the awards, and the direct jobs of each phase of each projection. Each fact keeps the
 * published phrase and cites the sources of its record.
 *
 * @param context - The report's context.
 * @returns The facts, in the order above.
 * @internal
 */
export function reportFacts(context: IndicatorContext): ReportFact[] {
  const { data, gazetteer, asOf } = context;
  const sources = new Map(data.sources.map((s) => [s.id as string, s]));
  const reliabilityOf = (ids: readonly SourceId[]): Reliability => {
    let worst: Reliability = ids.length === 0 ? 'unknown' : 'verified';
    for (const id of ids) {
      const next = sources.get(id)?.reliability ?? 'unknown';
      if (RELIABILITY_RANK[next] > RELIABILITY_RANK[worst]) worst = next;
    }
    return worst;
  };
  const facts: ReportFact[] = [];
  const add = (fact: Omit<ReportFact, 'reliability'>): void => {
    const sourceIds = [...new Set(fact.sourceIds)].sort();
    facts.push({ ...fact, sourceIds, reliability: reliabilityOf(sourceIds) });
  };
  const company = data.company;
  const partyName = new Map<string, string>([
    [company.id, company.name],
    ...data.organizations.map((o) => [o.id as string, o.name] as const),
    ...data.programs.map((p) => [p.id as string, p.title] as const),
  ]);
  const nameOf = (id: string): string => partyName.get(id) ?? id;

  if (company.foundedOn !== undefined) {
    add({
      id: 'company.foundedOn',
      topic: 'company',
      statement: `${company.name} was founded on ${company.foundedOn}.`,
      asOf: company.foundedOn,
      path: '/company/foundedOn',
      sourceIds: company.sourceIds ?? [],
    });
  }

  data.ownership.forEach((interest, i) => {
    if (interest.subjectId !== company.id) return;
    const share =
      interest.share === undefined
        ? ''
        : 'exact' in interest.share
          ? ` of ${formatNumber(interest.share.exact)} %`
          : ` of between ${formatNumber(interest.share.min)} and ${formatNumber(interest.share.max)} %`;
    const kind =
      interest.type === 'shareholding'
        ? `holds a shareholding${share} in`
        : interest.type === 'votingRights'
          ? `holds voting rights${share} in`
          : interest.type === 'controlByLegalFramework'
            ? `controls, by law${share === '' ? '' : `,${share}`},`
            : `holds an interest${share} in`;
    const since = interest.start === undefined ? '' : ` since ${interest.start}`;
    const until = interest.end === undefined ? '' : ` until ${interest.end}`;
    add({
      id: `ownership.${i}`,
      topic: 'ownership',
      statement: `${nameOf(interest.interestedPartyId)} ${kind} ${company.name}${since}${until}.`,
      path: `/ownership/${i}`,
      sourceIds: interest.sourceIds ?? [],
    });
  });

  data.workforce.forEach((summary, i) => {
    if (summary.asOf > asOf) return;
    const scope = SCOPE_WORDS[summary.scope ?? 'unknown'] ?? 'people';
    const site = summary.siteId === undefined ? '' : ` at site ${summary.siteId}`;
    add({
      id: `workforce.${i}.headcount`,
      topic: 'workforce',
      statement: `${capitalize(countWords(summary.headcount))} ${scope} worked for ${nameOf(summary.companyId)}${site} on ${summary.asOf}${published(summary.headcount)}.`,
      asOf: summary.asOf,
      count: summary.headcount,
      ...(phraseOf(summary.headcount) === undefined ? {} : { phrase: phraseOf(summary.headcount) }),
      path: `/workforce/${i}/headcount`,
      sourceIds: summary.sourceIds,
    });
    for (const [field, words] of SUMMARY_FIELDS) {
      const count = summary[field] as Count | undefined;
      if (count === undefined) continue;
      const share = shareOf(count, summary.headcount);
      const shareText = share === undefined ? '' : `, a share of ${shareWords(share)}`;
      add({
        id: `workforce.${i}.${field}`,
        topic: 'workforce',
        statement: capitalize(
          `${countWords(count)} of ${countWords(summary.headcount)} people ${words} on ${summary.asOf}${shareText}${published(count)}.`,
        ),
        asOf: summary.asOf,
        count,
        ...(share === undefined ? {} : { share }),
        ...(phraseOf(count) === undefined ? {} : { phrase: phraseOf(count) }),
        path: `/workforce/${i}/${field}`,
        sourceIds: summary.sourceIds,
      });
    }
  });

  // Program categories by the set of districts the programs serve.
  const groups = new Map<
    string,
    { locations: { id: string; label: string }[]; categories: string[]; sourceIds: SourceId[] }
  >();
  for (const program of data.programs) {
    const districts = new Map<string, string>();
    for (const { locationId } of program.locations) {
      const { id, label } = districtPlace(gazetteer, locationId);
      districts.set(id, label);
    }
    // Ids hold no comma, so the default order of "id,label" is the order of the ids.
    const locations = [...districts].sort().map(([id, label]) => ({ id, label }));
    const key = locations.map((l) => l.id).join('+');
    const group = groups.get(key) ?? { locations, categories: [], sourceIds: [] };
    if (!group.categories.includes(program.category)) group.categories.push(program.category);
    group.sourceIds.push(...program.sourceIds);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const n = group.categories.length;
    const labels = group.categories.map(categoryLabel);
    const where =
      group.locations.length === 0
        ? 'without a stated location'
        : `in ${group.locations.map((l) => l.label).join(group.locations.length === 2 ? ' and ' : ', ')}`;
    add({
      id: `programs.categories.${key === '' ? 'none' : key}`,
      topic: 'programs',
      statement: `Social programs in ${n} ${n === 1 ? 'category' : 'categories'} ${where}: ${labels.join(', ')}.`,
      categories: group.categories.map((c) => ({ key: c, label: categoryLabel(c) })),
      locations: group.locations,
      path: '/programs',
      sourceIds: group.sourceIds,
    });
  }

  // Published beneficiary counts, grouped by identical count and unit.
  const beneficiaryGroups = new Map<
    string,
    { count: Count; unit: string; programs: number; first: number; sourceIds: SourceId[] }
  >();
  data.programs.forEach((program, i) => {
    const b = program.beneficiaries;
    if (b === undefined) return;
    const key = `${JSON.stringify(b.count)}|${b.unit}`;
    const group = beneficiaryGroups.get(key) ?? {
      count: b.count,
      unit: b.unit,
      programs: 0,
      first: i,
      sourceIds: [],
    };
    group.programs++;
    group.sourceIds.push(...program.sourceIds);
    beneficiaryGroups.set(key, group);
  });
  for (const group of beneficiaryGroups.values()) {
    const each = group.programs === 1 ? '' : ' each';
    const who = group.programs === 1 ? '1 program reports' : `${group.programs} programs report`;
    add({
      id: `programs.beneficiaries.${group.first}`,
      topic: 'programs',
      statement: `${who} ${countWords(group.count)} ${group.unit}s as beneficiaries${each}${published(group.count)}.`,
      count: group.count,
      ...(phraseOf(group.count) === undefined ? {} : { phrase: phraseOf(group.count) }),
      path: `/programs/${group.first}/beneficiaries`,
      sourceIds: group.sourceIds,
    });
  }

  data.awards.forEach((award, i) => {
    const when =
      award.date !== undefined
        ? `on ${award.date}`
        : award.year !== undefined
          ? `in ${award.year}`
          : 'in a year not stated';
    const parts = [
      `${nameOf(award.recipientId)} received the ${award.title} (${award.level})`,
      `from ${nameOf(award.awardingBodyId)}`,
      when,
    ];
    const nomination = award.nomination === undefined ? '' : `, nomination "${award.nomination}"`;
    const claim =
      award.firstOfItsKind === undefined ? '' : ` The source states: "${award.firstOfItsKind}".`;
    const fact: Omit<ReportFact, 'reliability'> = {
      id: `awards.${award.id}`,
      topic: 'awards',
      statement: `${parts.join(' ')}${nomination}.${claim}`,
      ...(award.date === undefined ? {} : { asOf: award.date }),
      path: `/awards/${i}`,
      sourceIds: award.sourceIds,
    };
    const reliability = reliabilityOf(award.sourceIds);
    const caveat =
      award.sourceIds.some((id) => sources.get(id)?.reliability === 'unverified') ||
      reliability === 'unknown'
        ? ' Not independently confirmed: at least one source is unverified.'
        : '';
    add({ ...fact, statement: `${fact.statement}${caveat}` });
  });

  const depositName = new Map(data.deposits.map((d) => [d.id as string, d.name]));
  data.projections.forEach((projection, i) => {
    projection.phases.forEach((phase, j) => {
      const years =
        phase.endYear === undefined
          ? `from ${phase.startYear}`
          : `from ${phase.startYear} to ${phase.endYear}`;
      const unit =
        phase.phase === 'operations'
          ? 'direct operations jobs a year'
          : 'direct construction jobs a year';
      add({
        id: `projections.${projection.id}.${j}`,
        topic: 'projections',
        statement: `${depositName.get(projection.depositId) ?? projection.depositId}: ${countWords(phase.directJobs)} ${unit} ${years}${published(phase.directJobs)} (scenario "${projection.scenario.label}", ${projection.scenario.kind}).`,
        count: phase.directJobs,
        ...(phraseOf(phase.directJobs) === undefined ? {} : { phrase: phraseOf(phase.directJobs) }),
        path: `/projections/${i}/phases/${j}`,
        sourceIds: projection.sourceIds,
      });
    });
  });
  return facts;
}
