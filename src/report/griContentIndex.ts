import type { CalendarDate } from '../core/calendarDate.js';
import type { IndicatorCatalogEntry } from '../indicators/contract/indicatorCatalogEntry.js';
import { indicatorCatalog } from '../indicators/indicatorCatalog.js';
import { compareDisclosureCodes } from './compareDisclosureCodes.js';
import { indicatorAnchor } from './document/reportDocument.js';
import type { GriContentIndexEntry, GriIndicatorStatus } from './griContentIndexEntry.js';
import type {
  GriContentIndex,
  GriSectorTopic,
  GriStatementOfUse,
} from './griContentIndexSchema.js';
import type { GriOmission, GriOmissionReason } from './griOmission.js';
import type { GriChoices } from './griOptions.js';
import { type GriReportView, inferredOmission, presentingTests } from './griRequirementCheck.js';
import { GRI_14_TOPICS, GRI_DISCLOSURES, type GriDisclosureDefinition } from './griRequirements.js';

/**
 * What the content index reads of a report: the organisation, the period, the results and the
 * coverage.
 *
 * @internal
 */
export interface GriIndexInput extends GriReportView {
  /** The organisation's name. */
  readonly organization: string;
  /** The reporting period, closed. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
}

/** The day GRI 14: Mining Sector 2024 comes into effect for reporting. */
const GRI_14_EFFECTIVE: CalendarDate = '2026-01-01' as CalendarDate;

/** The statement of use, worded as GRI 1's templates (Appendixes 1 and 2) word it. */
function statementOfUse(input: Readonly<GriIndexInput>, choices: GriChoices): GriStatementOfUse {
  const { start, end } = input.period;
  const organization = input.organization;
  const sentence =
    choices.claim === 'withReferenceTo'
      ? `${organization} has reported the information cited in this GRI content index for the period ${start} to ${end} with reference to the GRI Standards.`
      : `${organization} has reported in accordance with the GRI Standards for the period ${start} to ${end}.`;
  return { organization, periodStart: start, periodEnd: end, claim: choices.claim, sentence };
}

/** The indicators of the catalog that name a standard code, with their status. */
function indicatorsNaming(
  code: string,
  input: Readonly<GriIndexInput>,
  catalog: readonly IndicatorCatalogEntry[],
): GriIndicatorStatus[] {
  return catalog
    .filter((entry) => entry.standards.includes(code))
    .map((entry) => ({
      indicatorId: entry.id,
      title: entry.title,
      status: input.coverage.find((c) => c.indicatorId === entry.id)?.status ?? 'notComputed',
    }));
}

/**
 * The omissions of the missing items, one per reason in the order met; an omission whose items
 * have different causes names the items of each cause in its explanation.
 */
function omissionsOf(
  definition: GriDisclosureDefinition,
  missing: readonly GriDisclosureDefinition['requirements'][number][],
  input: Readonly<GriIndexInput>,
  choices: GriChoices,
): GriOmission[] {
  const declared = choices.omissions.get(definition.code);
  const byReason = new Map<GriOmissionReason, Map<string, string[]>>();
  for (const requirement of missing) {
    const covered =
      declared !== undefined &&
      (declared.requirements === undefined || declared.requirements.includes(requirement.id));
    const { reason, explanation } = covered ? declared : inferredOmission(requirement, input);
    const causes = byReason.get(reason) ?? new Map<string, string[]>();
    causes.set(explanation, [...(causes.get(explanation) ?? []), requirement.id]);
    byReason.set(reason, causes);
  }
  return [...byReason].map(([reason, causes]) => {
    const groups = [...causes];
    const explanation =
      groups.length === 1
        ? (groups[0]?.[0] ?? '')
        : groups.map(([text, ids]) => `${ids.join(', ')}: ${text}`).join(' ');
    const requirements = missing
      .map((r) => r.id)
      .filter((id) => groups.some(([, ids]) => ids.includes(id)));
    return { requirements, reason, explanation };
  });
}

/** One row of the index: every item checked, the location, the omissions. */
function entryOf(
  definition: GriDisclosureDefinition,
  input: Readonly<GriIndexInput>,
  choices: GriChoices,
  catalog: readonly IndicatorCatalogEntry[],
): GriContentIndexEntry {
  const checked = definition.requirements.map((r) => ({ r, tests: presentingTests(r, input) }));
  const present = checked.filter((c) => c.tests !== undefined);
  const missing = checked.filter((c) => c.tests === undefined).map((c) => c.r);
  const anchors = present.flatMap((c) =>
    (c.tests ?? []).map((t) => indicatorAnchor(t.indicatorId)),
  );
  const status = missing.length === 0 ? 'reported' : present.length === 0 ? 'omitted' : 'partial';
  return {
    disclosure: definition.code,
    title: definition.title,
    standard: definition.standard,
    ...(definition.sectorTopic === undefined ? {} : { sectorReference: definition.sectorTopic }),
    status,
    location: anchors.length === 0 ? ['not-reported'] : [...new Set(anchors)],
    requirements: checked.map((c) => ({
      id: c.r.id,
      text: c.r.text,
      present: c.tests !== undefined,
    })),
    requirementsOmitted: missing.map((r) => r.id),
    omissions: omissionsOf(definition, missing, input, choices),
    indicators: indicatorsNaming(definition.code, input, catalog),
  };
}

/** The GRI 14 topics the catalog or the disclosures name, with their disclosures. */
function topicsOf(
  input: Readonly<GriIndexInput>,
  disclosures: readonly GriDisclosureDefinition[],
  catalog: readonly IndicatorCatalogEntry[],
): GriSectorTopic[] {
  const numbers = new Set<string>();
  for (const entry of catalog)
    for (const code of entry.standards) if (/^GRI 14\.\d+$/.test(code)) numbers.add(code.slice(4));
  for (const d of disclosures) if (d.sectorTopic !== undefined) numbers.add(d.sectorTopic);
  return [...numbers]
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((number) => ({
      number,
      title: GRI_14_TOPICS[number] ?? `GRI 14 topic ${number}`,
      disclosures: disclosures.filter((d) => d.sectorTopic === number).map((d) => d.code),
      indicators: indicatorsNaming(`GRI ${number}`, input, catalog),
    }));
}

/**
 * Builds the GRI content index of a report as GRI 1: Foundation 2021 asks (Requirement 7):
 * statement of use, GRI 1 used, applicable Sector Standard, one row per disclosure with its
 * location and omissions, and the GRI 14 topics.
 *
 * @remarks
 * The rows are the disclosures of {@link GRI_DISCLOSURES} that a catalog entry names, in numeric
 * order (`GRI 2-8` before `GRI 201-1`); a catalog code of a GRI 14 topic (`GRI 14.9`) is a topic
 * reference, listed under `topics`, never a row. A row is `reported` when the report presents
 * every requirement item, `partial` when some, `omitted` when none. Each item not presented gets
 * the reason the user declared in `choices`, else the one the library infers
 * (`notApplicable` or `informationUnavailableOrIncomplete`, with the cause).
 *
 * @param input - The organisation, the period, the results and the coverage of the report.
 * @param choices - The checked GRI options (claim, declared omissions).
 * @param catalog - The catalog; by default {@link indicatorCatalog}.
 * @param disclosures - The requirement table; by default {@link GRI_DISCLOSURES}.
 * @returns The content index.
 *
 * @example
 * ```ts
 * griContentIndex(
 *   { organization: 'Acme', period: { start: '2026-01-01', end: '2026-12-31' }, indicators: [], coverage: [] },
 *   { claim: 'withReferenceTo', omissions: new Map() },
 * ).gri1Used;
 * //=> 'GRI 1: Foundation 2021'
 * ```
 *
 * @internal
 */
export function griContentIndex(
  input: Readonly<GriIndexInput>,
  choices: GriChoices,
  catalog: readonly IndicatorCatalogEntry[] = indicatorCatalog,
  disclosures: readonly GriDisclosureDefinition[] = GRI_DISCLOSURES,
): GriContentIndex {
  const named = new Set(catalog.flatMap((entry) => entry.standards));
  const served = disclosures
    .filter((d) => named.has(d.code))
    .sort((a, b) => compareDisclosureCodes(a.code, b.code));
  const early = input.period.start < GRI_14_EFFECTIVE;
  return {
    statementOfUse: statementOfUse(input, choices),
    gri1Used: 'GRI 1: Foundation 2021',
    sectorStandards: [
      {
        title: 'GRI 14: Mining Sector 2024',
        effectiveFrom: GRI_14_EFFECTIVE,
        ...(early
          ? {
              note: `GRI 14 is in effect for reporting from ${GRI_14_EFFECTIVE}; this period starts on ${input.period.start}, before that day, so using it here is early adoption.`,
            }
          : {}),
      },
    ],
    entries: served.map((d) => entryOf(d, input, choices, catalog)),
    topics: topicsOf(input, served, catalog),
  };
}
