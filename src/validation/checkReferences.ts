import type { ImpactDataset } from '../model/impactDataset.js';
import type { ReportedAmount } from '../model/reportedAmount.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

/** The kinds of entity a reference may name. @internal */
export type EntityKind =
  | 'company'
  | 'organization'
  | 'location'
  | 'site'
  | 'deposit'
  | 'employee'
  | 'program'
  | 'award'
  | 'projection'
  | 'source';

type Path = readonly (string | number)[];

/** A reference: the id, where it is and the kinds it may name. @internal */
export interface Reference {
  readonly id: string;
  readonly path: Path;
  readonly kinds: readonly EntityKind[];
}

const PARTY: readonly EntityKind[] = ['company', 'organization'];
const LOCATION: readonly EntityKind[] = ['location'];
const SOURCE: readonly EntityKind[] = ['source'];
const FINANCIAL_FIELDS = [
  'revenue',
  'operatingCosts',
  'wagesAndBenefits',
  'paymentsToProvidersOfCapital',
  'paymentsToGovernments',
  'communityInvestments',
  'netProfit',
] as const;

const KIND_NAMES: Readonly<Record<EntityKind, string>> = {
  company: 'the company',
  organization: 'an organization',
  location: 'a location',
  site: 'a site',
  deposit: 'a deposit',
  employee: 'an employee',
  program: 'a program',
  award: 'an award',
  projection: 'a projection',
  source: 'a source',
};

function kindList(kinds: readonly EntityKind[]): string {
  return kinds.map((kind) => KIND_NAMES[kind]).join(' or ');
}

/**
 * Every entity of a dataset and of the gazetteer, by id and kind (with how many of each).
 *
 * @internal
 */
export function referenceIndex(
  dataset: Readonly<ImpactDataset>,
  context: RuleContext,
): Map<string, Map<EntityKind, number>> {
  const entities = new Map<string, Map<EntityKind, number>>();
  const add = (id: string, kind: EntityKind): void => {
    let kinds = entities.get(id);
    if (kinds === undefined) {
      kinds = new Map();
      entities.set(id, kinds);
    }
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  };
  add(dataset.company.id, 'company');
  for (const item of dataset.organizations) add(item.id, 'organization');
  for (const item of dataset.locations) add(item.id, 'location');
  for (const id of context.gazetteer.keys()) {
    // A dataset location with the id of a gazetteer location replaces it.
    if (!entities.get(id)?.has('location')) add(id, 'location');
  }
  for (const item of dataset.sites) add(item.id, 'site');
  for (const item of dataset.deposits) add(item.id, 'deposit');
  for (const item of dataset.employees ?? []) add(item.id, 'employee');
  for (const item of dataset.programs) add(item.id, 'program');
  for (const item of dataset.awards) add(item.id, 'award');
  for (const item of dataset.projections) add(item.id, 'projection');
  for (const item of dataset.sources) add(item.id, 'source');
  return entities;
}

/** Hands the references of one field to a visitor, whether the field holds one id or a list. */
interface ReferenceSink {
  /** Visits a single id, when it is given. */
  readonly one: (id: string | undefined, path: Path, kinds: readonly EntityKind[]) => void;
  /** Visits every id of a list, when it is given, at its index. */
  readonly many: (
    ids: readonly string[] | undefined,
    path: Path,
    kinds: readonly EntityKind[],
  ) => void;
  /** Visits one reference as it is. */
  readonly visit: (reference: Reference) => void;
}

/** The {@link ReferenceSink} over a visitor. */
function referenceSink(visit: (reference: Reference) => void): ReferenceSink {
  return {
    one: (id, path, kinds) => {
      if (id !== undefined) visit({ id, path, kinds });
    },
    many: (ids, path, kinds) => {
      for (const [i, id] of (ids ?? []).entries()) visit({ id, path: [...path, i], kinds });
    },
    visit,
  };
}

/** The references of the company, the organizations, the ownership links and the locations. */
function visitPartyReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  const { company } = dataset;
  one(company.headquartersLocationId, ['company', 'headquartersLocationId'], LOCATION);
  many(company.sourceIds, ['company', 'sourceIds'], SOURCE);
  for (const [i, item] of dataset.organizations.entries()) {
    many(item.sourceIds, ['organizations', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.ownership.entries()) {
    one(item.subjectId, ['ownership', i, 'subjectId'], PARTY);
    one(item.interestedPartyId, ['ownership', i, 'interestedPartyId'], PARTY);
    many(item.sourceIds, ['ownership', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.locations.entries()) {
    one(item.parentId, ['locations', i, 'parentId'], LOCATION);
    one(item.capitalId, ['locations', i, 'capitalId'], LOCATION);
    one(item.population?.sourceId, ['locations', i, 'population', 'sourceId'], SOURCE);
    many(item.sourceIds, ['locations', i, 'sourceIds'], SOURCE);
  }
}

/** The references of the sites and the deposits. */
function visitSiteReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const [i, item] of dataset.sites.entries()) {
    one(item.companyId, ['sites', i, 'companyId'], ['company']);
    one(item.locationId, ['sites', i, 'locationId'], LOCATION);
    many(item.depositIds, ['sites', i, 'depositIds'], ['deposit']);
    many(item.sourceIds, ['sites', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.deposits.entries()) {
    one(item.locationId, ['deposits', i, 'locationId'], LOCATION);
    one(item.operatorId, ['deposits', i, 'operatorId'], PARTY);
    for (const [j, step] of (item.stageHistory ?? []).entries()) {
      many(step.sourceIds, ['deposits', i, 'stageHistory', j, 'sourceIds'], SOURCE);
    }
    one(item.licence?.holderId, ['deposits', i, 'licence', 'holderId'], PARTY);
    many(item.licence?.sourceIds, ['deposits', i, 'licence', 'sourceIds'], SOURCE);
    for (const [j, estimate] of (item.estimates ?? []).entries()) {
      one(estimate.sourceId, ['deposits', i, 'estimates', j, 'sourceId'], SOURCE);
    }
    many(item.sourceIds, ['deposits', i, 'sourceIds'], SOURCE);
  }
}

/**
 * The references of the employees, the workforce snapshots (their locality policies included)
 * and the governance bodies.
 */
function visitWorkforceReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const [i, item] of (dataset.employees ?? []).entries()) {
    one(item.companyId, ['employees', i, 'companyId'], ['company']);
    one(item.siteId, ['employees', i, 'siteId'], ['site']);
    one(item.homeLocationId, ['employees', i, 'homeLocationId'], LOCATION);
  }
  for (const [i, item] of dataset.workforce.entries()) {
    one(item.companyId, ['workforce', i, 'companyId'], ['company']);
    one(item.siteId, ['workforce', i, 'siteId'], ['site']);
    for (const field of ['byOrigin', 'byEconomicRegion'] as const) {
      for (const key of Object.keys(item[field] ?? {})) {
        sink.visit({ id: key, path: ['workforce', i, field, key], kinds: LOCATION });
      }
    }
    const policy = item.localityPolicy;
    if (policy?.kind === 'listedLocations') {
      many(policy.locationIds, ['workforce', i, 'localityPolicy', 'locationIds'], LOCATION);
    } else if (policy?.kind === 'outsideCapital') {
      many(policy.capitalIds, ['workforce', i, 'localityPolicy', 'capitalIds'], LOCATION);
    }
    many(item.sourceIds, ['workforce', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of (dataset.governanceBodies ?? []).entries()) {
    one(item.companyId, ['governanceBodies', i, 'companyId'], ['company']);
    many(item.sourceIds, ['governanceBodies', i, 'sourceIds'], SOURCE);
  }
}

/** The references of the programs: locations, participants, spending and results. */
function visitProgramReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const [i, item] of dataset.programs.entries()) {
    for (const [j, location] of item.locations.entries()) {
      one(location.locationId, ['programs', i, 'locations', j, 'locationId'], LOCATION);
    }
    for (const [j, participant] of item.participants.entries()) {
      one(participant.organizationId, ['programs', i, 'participants', j, 'organizationId'], PARTY);
    }
    for (const [j, spend] of item.spend.entries()) {
      one(spend.recipientId, ['programs', i, 'spend', j, 'recipientId'], PARTY);
      many(spend.sourceIds, ['programs', i, 'spend', j, 'sourceIds'], SOURCE);
    }
    for (const [j, result] of (item.results ?? []).entries()) {
      many(result.sourceIds, ['programs', i, 'results', j, 'sourceIds'], SOURCE);
    }
    many(item.sourceIds, ['programs', i, 'sourceIds'], SOURCE);
  }
}

/** The references of the awards, projections, production records, assessments and rates. */
function visitRecordReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const [i, item] of dataset.awards.entries()) {
    one(item.awardingBodyId, ['awards', i, 'awardingBodyId'], PARTY);
    one(item.recipientId, ['awards', i, 'recipientId'], [...PARTY, 'program']);
    many(item.sourceIds, ['awards', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.projections.entries()) {
    one(item.depositId, ['projections', i, 'depositId'], ['deposit']);
    one(item.multipliers?.sourceId, ['projections', i, 'multipliers', 'sourceId'], SOURCE);
    many(item.sourceIds, ['projections', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.production.entries()) {
    one(item.siteId, ['production', i, 'siteId'], ['site']);
    one(item.depositId, ['production', i, 'depositId'], ['deposit']);
    many(item.sourceIds, ['production', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of dataset.assessments.entries()) {
    one(item.siteId, ['assessments', i, 'siteId'], ['site']);
    many(item.sourceIds, ['assessments', i, 'sourceIds'], SOURCE);
  }
  visitSafetyReferences(dataset, sink);
  for (const [i, item] of (dataset.fx ?? []).entries()) {
    one(item.sourceId, ['fx', i, 'sourceId'], SOURCE);
  }
}

/** The references of the safety, grievance, land and closure records. */
function visitSafetyReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const field of ['safety', 'grievances', 'closure'] as const) {
    for (const [i, item] of dataset[field].entries()) {
      one(item.siteId, [field, i, 'siteId'], ['site']);
      many(item.sourceIds, [field, i, 'sourceIds'], SOURCE);
    }
  }
  for (const [i, item] of dataset.land.entries()) {
    one(item.siteId, ['land', i, 'siteId'], ['site']);
    one(item.depositId, ['land', i, 'depositId'], ['deposit']);
    many(item.sourceIds, ['land', i, 'sourceIds'], SOURCE);
  }
}

/** The references of a reported amount: its recipient and its sources. */
function visitAmount(
  amount: Readonly<ReportedAmount> | undefined,
  path: Path,
  sink: ReferenceSink,
): void {
  sink.one(amount?.recipientId, [...path, 'recipientId'], PARTY);
  sink.many(amount?.sourceIds, [...path, 'sourceIds'], SOURCE);
}

/** The references of the financial summaries, payments, procurement and state flows. */
function visitEconomicReferences(dataset: Readonly<ImpactDataset>, sink: ReferenceSink): void {
  const { one, many } = sink;
  for (const [i, item] of (dataset.financials ?? []).entries()) {
    one(item.companyId, ['financials', i, 'companyId'], ['company']);
    one(item.regionId, ['financials', i, 'regionId'], LOCATION);
    for (const field of FINANCIAL_FIELDS) visitAmount(item[field], ['financials', i, field], sink);
    many(item.sourceIds, ['financials', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of (dataset.governmentPayments ?? []).entries()) {
    one(item.companyId, ['governmentPayments', i, 'companyId'], ['company']);
    one(item.recipientId, ['governmentPayments', i, 'recipientId'], PARTY);
    one(item.siteId, ['governmentPayments', i, 'siteId'], ['site']);
    visitAmount(item.amount, ['governmentPayments', i, 'amount'], sink);
  }
  for (const [i, item] of (dataset.procurement ?? []).entries()) {
    one(item.companyId, ['procurement', i, 'companyId'], ['company']);
    one(item.siteId, ['procurement', i, 'siteId'], ['site']);
    visitAmount(item.total, ['procurement', i, 'total'], sink);
    for (const [j, locality] of item.byLocality.entries())
      visitAmount(locality.spend, ['procurement', i, 'byLocality', j, 'spend'], sink);
    many(item.sourceIds, ['procurement', i, 'sourceIds'], SOURCE);
  }
  for (const [i, item] of (dataset.stateFlows ?? []).entries()) {
    one(item.companyId, ['stateFlows', i, 'companyId'], ['company']);
    one(item.counterpartyId, ['stateFlows', i, 'counterpartyId'], PARTY);
    visitAmount(item.amount, ['stateFlows', i, 'amount'], sink);
  }
}

/** Visits every reference of a dataset, section by section in the order of the dataset. */
function forEachReference(
  dataset: Readonly<ImpactDataset>,
  visit: (reference: Reference) => void,
): void {
  const sink = referenceSink(visit);
  visitPartyReferences(dataset, sink);
  visitSiteReferences(dataset, sink);
  visitWorkforceReferences(dataset, sink);
  visitProgramReferences(dataset, sink);
  visitRecordReferences(dataset, sink);
  visitEconomicReferences(dataset, sink);
}

/**
 * Reports a reference that names no entity, several, or one of the wrong kind.
 *
 * @internal
 */
export function checkReference(
  reference: Reference,
  entities: ReadonlyMap<string, ReadonlyMap<EntityKind, number>>,
  issues: Issue[],
): void {
  const found = entities.get(reference.id);
  let matches = 0;
  for (const kind of reference.kinds) matches += found?.get(kind) ?? 0;
  if (matches === 1) return;
  const expected = kindList(reference.kinds);
  if (matches > 1) {
    issues.push(
      makeIssue(
        'ref.duplicate',
        reference.path,
        `The id "${reference.id}" names ${matches} entities that could be ${expected}; a reference must name exactly one.`,
        { id: reference.id, matches },
      ),
    );
  } else if (found === undefined) {
    issues.push(
      makeIssue(
        'ref.missing',
        reference.path,
        `No entity has the id "${reference.id}"; expected ${expected}.`,
        {
          id: reference.id,
        },
      ),
    );
  } else {
    const actual = [...found.keys()];
    issues.push(
      makeIssue(
        'ref.wrong_kind',
        reference.path,
        `The id "${reference.id}" names ${kindList(actual)}, not ${expected}.`,
        { id: reference.id, found: actual.join(', ') },
      ),
    );
  }
}

/**
 * Resolves every reference of a dataset and reports those that do not name exactly one entity
 * of the right kind (`ref.missing`, `ref.duplicate`, `ref.wrong_kind`).
 *
 * @remarks
 * Locations resolve against the dataset's locations and the gazetteer's; a dataset location
 * with a gazetteer id replaces the gazetteer's. Parties are the company and the organizations;
 * an award's recipient may also be a program.
 *
 * @param dataset - The structurally valid dataset.
 * @param context - The gazetteer and dates.
 * @returns The issues.
 * @internal
 */
export function checkReferences(dataset: Readonly<ImpactDataset>, context: RuleContext): Issue[] {
  const entities = referenceIndex(dataset, context);
  const issues: Issue[] = [];
  forEachReference(dataset, (reference) => checkReference(reference, entities, issues));
  return issues;
}
