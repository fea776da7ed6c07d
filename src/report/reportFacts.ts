import { appendAll } from '../core/appendAll.js';
import type { Bounds } from '../core/bounds.js';
import { type Count, countInterval } from '../core/count.js';
import type { SourceId } from '../core/ids.js';
import { pure } from '../core/pure.js';
import {
  reportedMoneyText,
  reportedPeriodText,
} from '../indicators/community/internal/moneyWords.js';
import type { IndicatorContext } from '../indicators/contract/indicatorContext.js';
import type { Award } from '../model/award.js';
import { beneficiaryGroupKey } from '../model/beneficiaryGroupKey.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { OwnershipType, Share } from '../model/ownershipInterest.js';
import {
  intersectShareInterval,
  type PublishedShare,
  publishedShareInterval,
  type ShareInterval,
  shareIntervalText,
} from '../model/publishedShare.js';
import type { Source } from '../model/source.js';
import type { WorkforceShares, WorkforceSummary } from '../model/workforceSummary.js';
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

/** A count of a workforce summary that a fact states: where it is, its share, what it says. */
interface SummaryField {
  /** The path of the count under the summary, e.g. `['byNationality', 'hostCountry']`. */
  readonly path: readonly string[];
  /** The key of its published share in `shares`. */
  readonly share: keyof WorkforceShares;
  /** What the count says about the people it counts. */
  readonly words: string;
  /** The count, when the summary gives it and a fact states it. */
  readonly count: (summary: Readonly<WorkforceSummary>) => Count | undefined;
}

/** A scalar count field and the words for it. */
/** Ends a sentence with a full stop, unless it already ends with one ("Fekola S.A."). */
function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function scalarField(
  field: keyof WorkforceShares & keyof WorkforceSummary,
  words: string,
): SummaryField {
  return { path: [field], share: field, words, count: (s) => s[field] as Count | undefined };
}

/** A nationality count and the words for it. */
function nationalityField(
  key: 'hostCountry' | 'expatriate' | 'notStated',
  share: keyof WorkforceShares,
  words: string,
): SummaryField {
  return { path: ['byNationality', key], share, words, count: (s) => s.byNationality?.[key] };
}

/** What each count field of a workforce summary says about the people it counts. */
const SUMMARY_FIELDS: readonly SummaryField[] = pure(() => [
  scalarField('fromRegions', 'come from outside the capital (the regions)'),
  scalarField('fromCapital', 'come from the capital'),
  scalarField('originUnknown', 'are of unknown origin'),
  scalarField('fromRemoteVillages', 'come from remote villages'),
  scalarField('local', 'are local under the locality policy of the summary'),
  scalarField('nonLocal', 'are not local under the locality policy of the summary'),
  scalarField('localityUnknown', 'cannot be classed as local or not'),
  nationalityField('hostCountry', 'hostCountryNationals', 'are host-country nationals'),
  nationalityField('expatriate', 'expatriates', 'are expatriates'),
  nationalityField('notStated', 'nationalityNotStated', 'have no stated nationality'),
  // The engagement breakdown has no fact of its own: only a published share of it is stated.
  {
    path: ['byEngagement', 'contractor'],
    share: 'contractors',
    words: "are contractors' workers",
    count: () => undefined,
  },
]);

const SCOPE_WORDS: Readonly<Record<string, string>> = {
  employees: 'employees',
  employeesAndContractors: "people (employees and contractors' workers)",
  contractors: "contractors' workers",
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

/** A fact before its sources are sorted and its reliability is known. */
type DraftFact = Omit<ReportFact, 'reliability'>;

/** The data the steps read: the dataset and the names of its parties and programs. */
interface FactInputs {
  /** The validated dataset. */
  readonly data: Readonly<ImpactDataset>;
  /** The sources by id. */
  readonly sources: ReadonlyMap<string, Readonly<Source>>;
  /** The name of the company, an organization or a program; the id itself when unknown. */
  readonly nameOf: (id: string) => string;
}

/** The weakest reliability among sources; `unknown` for none or a source that does not say. */
function reliabilityOf(
  sources: ReadonlyMap<string, Readonly<Source>>,
  ids: readonly SourceId[],
): Reliability {
  let worst: Reliability = ids.length === 0 ? 'unknown' : 'verified';
  for (const id of ids) {
    const next = sources.get(id)?.reliability ?? 'unknown';
    if (RELIABILITY_RANK[next] > RELIABILITY_RANK[worst]) worst = next;
  }
  return worst;
}

/** A draft with its sources deduplicated and sorted and their reliability. */
function completeFact(
  fact: Readonly<DraftFact>,
  sources: ReadonlyMap<string, Readonly<Source>>,
): ReportFact {
  const sourceIds = [...new Set(fact.sourceIds)].sort();
  return { ...fact, sourceIds, reliability: reliabilityOf(sources, sourceIds) };
}

/** `{ phrase }` when a count has a published phrase, otherwise nothing. */
function phraseField(count: Readonly<Count>): { readonly phrase?: string } {
  const phrase = phraseOf(count);
  return phrase === undefined ? {} : { phrase };
}

/** The fact inputs of a context: its dataset, the sources by id and the party names. */
function factInputs(data: Readonly<ImpactDataset>): FactInputs {
  const sources = new Map(data.sources.map((s) => [s.id as string, s]));
  const company = data.company;
  const partyName = new Map<string, string>([
    [company.id, company.name],
    ...data.organizations.map((o) => [o.id as string, o.name] as const),
    ...data.programs.map((p) => [p.id as string, p.title] as const),
    // Sites by name, so that a fact says "at Kumtor", not "at site-kumtor".
    ...data.sites.map((site) => [site.id as string, site.name] as const),
  ]);
  return { data, sources, nameOf: (id) => partyName.get(id) ?? id };
}

/** The company's founding, when stated. */
function foundingFacts({ data }: FactInputs): DraftFact[] {
  const company = data.company;
  if (company.foundedOn === undefined) return [];
  return [
    {
      id: 'company.foundedOn',
      topic: 'company',
      // As published: "on 2015-02-11", or "in 1997" / "in 1997-05" when only that is known.
      statement: `${company.name} was founded ${company.foundedOn.length === 10 ? 'on' : 'in'} ${company.foundedOn}.`,
      asOf: company.foundedOn,
      path: '/company/foundedOn',
      sourceIds: company.sourceIds ?? [],
    },
  ];
}

/** `' of 51 %'`, `' of between 20 and 30 %'`, or nothing when the share is not stated. */
function shareText(share: Readonly<Share> | undefined): string {
  if (share === undefined) return '';
  return 'exact' in share
    ? ` of ${formatNumber(share.exact)} %`
    : ` of between ${formatNumber(share.min)} and ${formatNumber(share.max)} %`;
}

/** What an interested party does to the company, by the type of its interest. */
function ownershipVerb(type: OwnershipType, share: string): string {
  switch (type) {
    case 'shareholding':
      return `holds a shareholding${share} in`;
    case 'votingRights':
      return `holds voting rights${share} in`;
    case 'controlByLegalFramework':
      return `controls, by law${share === '' ? '' : `,${share}`},`;
    default:
      return `holds an interest${share} in`;
  }
}

/** The ownership interests in the company. */
function ownershipFacts({ data, nameOf }: FactInputs): DraftFact[] {
  const company = data.company;
  const facts: DraftFact[] = [];
  data.ownership.forEach((interest, i) => {
    if (interest.subjectId !== company.id) return;
    const kind = ownershipVerb(interest.type, shareText(interest.share));
    const since = interest.start === undefined ? '' : ` since ${interest.start}`;
    const until = interest.end === undefined ? '' : ` until ${interest.end}`;
    facts.push({
      id: `ownership.${i}`,
      topic: 'ownership',
      statement: endSentence(
        `${nameOf(interest.interestedPartyId)} ${kind} ${company.name}${since}${until}`,
      ),
      path: `/ownership/${i}`,
      sourceIds: interest.sourceIds ?? [],
    });
  });
  return facts;
}

/** The share a count implies of an exact headcount, narrowed by its published share. */
function factShare(
  count: Readonly<Count> | undefined,
  headcount: Readonly<Count>,
  given: Readonly<PublishedShare> | undefined,
): Bounds | undefined {
  const counted = count === undefined ? undefined : shareOf(count, headcount);
  if (given === undefined) return counted;
  const interval = publishedShareInterval(given);
  const narrowed =
    counted === undefined
      ? interval
      : intersectShareInterval(interval, counted.min ?? 0, counted.max ?? 1);
  return narrowed === null ? counted : { min: narrowed.min, max: narrowed.max };
}

/** `, published as a share of "97 %" ([0.965, 0.975))`, or nothing without a published share. */
function publishedShareText(given: Readonly<PublishedShare> | undefined): string {
  if (given === undefined) return '';
  const interval: ShareInterval = publishedShareInterval(given);
  return `, published as a share of "${given.phrase}" (${shareIntervalText(interval)})`;
}

/** The fact of one count of summary `i`, or of its published share alone. */
function countFact(
  summary: Readonly<WorkforceSummary>,
  i: number,
  field: SummaryField,
): DraftFact | undefined {
  const count = field.count(summary);
  const given = summary.shares?.[field.share];
  if (count === undefined && given === undefined) return undefined;
  const share = factShare(count, summary.headcount, given);
  const shareText = share === undefined ? '' : `, a share of ${shareWords(share)}`;
  const people = `${countWords(summary.headcount)} people ${field.words} on ${summary.asOf}`;
  const statement =
    count === undefined
      ? `a share in ${shareIntervalText(publishedShareInterval(given as PublishedShare))} of ${people}, published as "${given?.phrase}".`
      : `${countWords(count)} of ${people}${shareText}${published(count)}${publishedShareText(given)}.`;
  const phrase = count === undefined ? given?.phrase : phraseOf(count);
  return {
    id: `workforce.${i}.${count === undefined ? `shares.${field.share}` : field.path.join('.')}`,
    topic: 'workforce',
    statement: capitalize(statement),
    asOf: summary.asOf,
    ...(count === undefined ? {} : { count }),
    ...(share === undefined ? {} : { share }),
    ...(phrase === undefined ? {} : { phrase }),
    path: `/workforce/${i}/${count === undefined ? `shares/${field.share}` : field.path.join('/')}`,
    sourceIds: summary.sourceIds,
  };
}

/** What summary `i` says "local" means: the publisher's words and the policy, when given. */
function localityFact(summary: Readonly<WorkforceSummary>, i: number): DraftFact | undefined {
  const { localityDefinition: words, localityPolicy: policy } = summary;
  if (words === undefined && policy === undefined) return undefined;
  const parts = [
    ...(words === undefined ? [] : [`defines "local" as "${words}"`]),
    ...(policy === undefined
      ? []
      : [`counts local people under the locality policy ${JSON.stringify(policy)}`]),
  ];
  return {
    id: `workforce.${i}.locality`,
    topic: 'workforce',
    statement: `The workforce summary of ${summary.asOf} ${parts.join(' and ')}.`,
    asOf: summary.asOf,
    ...(words === undefined ? {} : { phrase: words }),
    path: `/workforce/${i}/${words === undefined ? 'localityPolicy' : 'localityDefinition'}`,
    sourceIds: summary.sourceIds,
  };
}

/**
 * The headcount of summary `i`, what it says "local" means, and every count it breaks the
 * headcount into (or the published share of it).
 */
function summaryFacts(
  summary: Readonly<WorkforceSummary>,
  i: number,
  nameOf: (id: string) => string,
): DraftFact[] {
  const stated = SCOPE_WORDS[summary.scope ?? 'unknown'] ?? 'people';
  // An inferred scope says so: "people (employees and contractors' workers, inferred)".
  const scope =
    summary.scopeBasis === 'inferred'
      ? `${stated.replace(/\)$/, '')}, inferred${stated.endsWith(')') ? ')' : ''}`
      : stated;
  const site = summary.siteId === undefined ? '' : ` at ${nameOf(summary.siteId)}`;
  const facts: DraftFact[] = [
    {
      id: `workforce.${i}.headcount`,
      topic: 'workforce',
      statement: `${capitalize(countWords(summary.headcount))} ${scope} worked for ${nameOf(summary.companyId)}${site} on ${summary.asOf}${published(summary.headcount)}.`,
      asOf: summary.asOf,
      count: summary.headcount,
      ...phraseField(summary.headcount),
      path: `/workforce/${i}/headcount`,
      sourceIds: summary.sourceIds,
    },
  ];
  const locality = localityFact(summary, i);
  if (locality !== undefined) facts.push(locality);
  for (const field of SUMMARY_FIELDS) {
    const fact = countFact(summary, i, field);
    if (fact !== undefined) facts.push(fact);
  }
  return facts;
}

/** The counts of every workforce summary dated on or before `asOf`. */
function workforceFacts({ data, nameOf }: FactInputs, asOf: string): DraftFact[] {
  const facts: DraftFact[] = [];
  data.workforce.forEach((summary, i) => {
    if (summary.asOf > asOf) return;
    appendAll(facts, summaryFacts(summary, i, nameOf));
  });
  return facts;
}

/** The programs serving one set of districts: their categories and sources. */
interface ProgramGroup {
  readonly locations: { id: string; label: string }[];
  readonly categories: string[];
  readonly sourceIds: SourceId[];
}

/** The programs grouped by the set of districts they serve, keyed by the district ids. */
function programGroups(
  data: Readonly<ImpactDataset>,
  gazetteer: IndicatorContext['gazetteer'],
): Map<string, ProgramGroup> {
  const groups = new Map<string, ProgramGroup>();
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
    for (const category of [program.category, ...(program.categories ?? [])])
      if (!group.categories.includes(category)) group.categories.push(category);
    appendAll(group.sourceIds, program.sourceIds);
    groups.set(key, group);
  }
  return groups;
}

/** `'in A and B'`, `'in A, B, C'`, or `'without a stated location'`. */
function whereText(locations: readonly { readonly label: string }[]): string {
  if (locations.length === 0) return 'without a stated location';
  const separator = locations.length === 2 ? ' and ' : ', ';
  return `in ${locations.map((l) => l.label).join(separator)}`;
}

/** The program categories by the set of districts the programs serve. */
function programCategoryFacts(
  { data }: FactInputs,
  gazetteer: IndicatorContext['gazetteer'],
): DraftFact[] {
  const facts: DraftFact[] = [];
  for (const [key, group] of programGroups(data, gazetteer)) {
    const n = group.categories.length;
    const labels = group.categories.map(categoryLabel);
    facts.push({
      id: `programs.categories.${key === '' ? 'none' : key}`,
      topic: 'programs',
      statement: `Social programs in ${n} ${n === 1 ? 'category' : 'categories'} ${whereText(group.locations)}: ${labels.join(', ')}.`,
      categories: group.categories.map((c) => ({ key: c, label: categoryLabel(c) })),
      locations: group.locations,
      path: '/programs',
      sourceIds: group.sourceIds,
    });
  }
  return facts;
}

/** Programs publishing one beneficiary count and unit: how many, the first, their sources. */
interface BeneficiaryGroup {
  readonly count: Count;
  readonly unit: string;
  /** Whether the count is one published for the programs together. */
  readonly joint: boolean;
  programs: number;
  readonly first: number;
  readonly sourceIds: SourceId[];
}

/** The published beneficiary counts, grouped by identical count and unit. */
function beneficiaryFacts({ data }: FactInputs): DraftFact[] {
  const groups = new Map<string, BeneficiaryGroup>();
  data.programs.forEach((program, i) => {
    const b = program.beneficiaries;
    if (b === undefined) return;
    // A count shared by several programs (jointWith) is one group of its own: "together".
    const joint = b.jointWith === undefined ? '' : beneficiaryGroupKey(program);
    const key = `${JSON.stringify(b.count)}|${b.unit}|${joint}`;
    const group = groups.get(key) ?? {
      count: b.count,
      unit: b.unit,
      joint: joint !== '',
      programs: 0,
      first: i,
      sourceIds: [],
    };
    group.programs++;
    appendAll(group.sourceIds, program.sourceIds);
    groups.set(key, group);
  });
  return [...groups.values()].map((group) => {
    const each = group.programs === 1 ? '' : group.joint ? ' together' : ' each';
    const who = group.programs === 1 ? '1 program reports' : `${group.programs} programs report`;
    return {
      id: `programs.beneficiaries.${group.first}`,
      topic: 'programs',
      statement: `${who} ${countWords(group.count)} ${group.unit === 'community' ? 'communities' : `${group.unit}s`} as beneficiaries${each}${published(group.count)}.`,
      count: group.count,
      ...phraseField(group.count),
      path: `/programs/${group.first}/beneficiaries`,
      sourceIds: group.sourceIds,
    };
  });
}

/** What a reported amount is, in words. */
const BASIS_WORDS = {
  spent: 'spent',
  budgeted: 'budgeted',
  committed: 'committed',
  cumulative: 'spent in total',
} as const;

/** The amounts programs report for a period: the amount, its basis and period, and its words. */
function reportedAmountFacts({ data }: FactInputs): DraftFact[] {
  return data.programs.flatMap((program, i) =>
    (program.reportedAmounts ?? []).map((amount, j) => {
      const equivalents = (amount.equivalents ?? []).map(reportedMoneyText);
      const also = equivalents.length === 0 ? '' : ` (${equivalents.join(', ')} as published)`;
      const words = amount.phrase === undefined ? '' : `, published as "${amount.phrase}"`;
      return {
        id: `programs.reportedAmounts.${i}.${j}`,
        topic: 'programs' as const,
        statement: `${program.title}: ${reportedMoneyText(amount.value)}${also} ${BASIS_WORDS[amount.basis]} ${reportedPeriodText(amount)}${words}.`,
        ...(amount.basis === 'cumulative' ? { asOf: amount.asOf } : {}),
        ...(amount.phrase === undefined ? {} : { phrase: amount.phrase }),
        path: `/programs/${i}/reportedAmounts/${j}`,
        sourceIds: amount.sourceIds.length > 0 ? amount.sourceIds : program.sourceIds,
      };
    }),
  );
}

/** `'on 2021-05-01'`, `'in 2021'` or `'in a year not stated'`. */
function awardWhen(award: Readonly<Award>): string {
  if (award.date !== undefined) return `on ${award.date}`;
  return award.year !== undefined ? `in ${award.year}` : 'in a year not stated';
}

/** The awards, with a caveat when a source is unverified or none says how reliable it is. */
function awardFacts({ data, sources, nameOf }: FactInputs): DraftFact[] {
  return data.awards.map((award, i) => {
    const parts = [
      `${nameOf(award.recipientId)} received the ${award.title} (${award.level})`,
      `from ${nameOf(award.awardingBodyId)}`,
      awardWhen(award),
    ];
    const nomination = award.nomination === undefined ? '' : `, nomination "${award.nomination}"`;
    const claim =
      award.firstOfItsKind === undefined ? '' : ` The source states: "${award.firstOfItsKind}".`;
    const fact: DraftFact = {
      id: `awards.${award.id}`,
      topic: 'awards',
      statement: `${parts.join(' ')}${nomination}.${claim}`,
      ...(award.date === undefined ? {} : { asOf: award.date }),
      path: `/awards/${i}`,
      sourceIds: award.sourceIds,
    };
    const reliability = reliabilityOf(sources, award.sourceIds);
    const caveat =
      award.sourceIds.some((id) => sources.get(id)?.reliability === 'unverified') ||
      reliability === 'unknown'
        ? ' Not independently confirmed: at least one source is unverified.'
        : '';
    return { ...fact, statement: `${fact.statement}${caveat}` };
  });
}

/** The direct jobs of each phase of each projection. */
function projectionFacts({ data }: FactInputs): DraftFact[] {
  const depositName = new Map(data.deposits.map((d) => [d.id as string, d.name]));
  return data.projections.flatMap((projection, i) =>
    projection.phases.map((phase, j): DraftFact => {
      const years =
        phase.endYear === undefined
          ? `from ${phase.startYear}`
          : `from ${phase.startYear} to ${phase.endYear}`;
      const unit =
        phase.phase === 'operations'
          ? 'direct operations jobs a year'
          : 'direct construction jobs a year';
      return {
        id: `projections.${projection.id}.${j}`,
        topic: 'projections',
        statement: `${depositName.get(projection.depositId) ?? projection.depositId}: ${countWords(phase.directJobs)} ${unit} ${years}${published(phase.directJobs)} (scenario "${projection.scenario.label}", ${projection.scenario.kind}).`,
        count: phase.directJobs,
        ...phraseField(phase.directJobs),
        path: `/projections/${i}/phases/${j}`,
        sourceIds: projection.sourceIds,
      };
    }),
  );
}

/**
 * Derives the facts a report states from its validated dataset.
 *
 * @remarks
 * In order: the company's founding, the ownership interests in the company, every workforce
 * summary dated on or before `asOf` (its headcount; what it says "local" means, as fact
 * `workforce.<i>.locality`, which the renderers show next to the report's own definition; every
 * count with the share of the headcount it implies, and every published share, with its words
 * and the interval it stands for),
 * the program categories (primary and further) by the districts the programs serve, the
 * published beneficiary counts, the amounts programs report for a period (with the publisher's
 * equivalents), the awards, and the direct jobs of each phase of each projection. Each fact keeps the
 * published phrase and cites the sources of its record.
 *
 * @param context - The report's context.
 * @returns The facts, in the order above.
 * @internal
 */
export function reportFacts(context: IndicatorContext): ReportFact[] {
  const inputs = factInputs(context.data);
  const drafts = [
    ...foundingFacts(inputs),
    ...ownershipFacts(inputs),
    ...workforceFacts(inputs, context.asOf),
    ...programCategoryFacts(inputs, context.gazetteer),
    ...beneficiaryFacts(inputs),
    ...reportedAmountFacts(inputs),
    ...awardFacts(inputs),
    ...projectionFacts(inputs),
  ];
  return drafts.map((fact) => completeFact(fact, inputs.sources));
}
