import { pure } from '../core/pure.js';
import type { IssueSeverity } from './issue.js';

/**
 * One rule of dataset validation: its severity, the stage that checks it, what it applies to and
 * what it means.
 *
 * @remarks
 * `stage` is `input` for checks on the raw input before any schema runs (values JSON cannot
 * hold, forbidden keys), `structure` for the zod schemas and their refinements (the same
 * constraints the generated JSON Schema states), and `rule` for the checks across records that
 * run once the structure is valid.
 *
 * @example
 * ```ts
 * const rule: ValidationRule = validationRules['ref.missing'];
 * rule.severity;
 * //=> 'error'
 * ```
 *
 * @category Validation
 */
export interface ValidationRule {
  /** How serious a breach of the rule is. */
  readonly severity: IssueSeverity;
  /** The stage that checks the rule: `input`, `structure` or `rule`. */
  readonly stage: 'input' | 'structure' | 'rule';
  /** The fields or records the rule looks at, as JSON Pointer-like patterns. */
  readonly appliesTo: string;
  /** What the rule requires, in one or two sentences. */
  readonly description: string;
}

/**
 * Every rule {@link validateDataset} checks, keyed by its stable issue code.
 *
 * @remarks
 * The single source of the rules: `docs/validation-rules.md` is generated from this table, and
 * each rule has a passing and a failing fixture in the tests. Codes are stable: a code is never
 * reused for another meaning. Structure codes (`schema.*`) follow the zod issue codes;
 * refinements of the schemas carry their own codes (`period.end_before_start`, …). In
 * `appliesTo`, `[]` stands for every element of an array and `{}` for every key of a record.
 *
 * @example
 * ```ts
 * validationRules['program.locations.percent_sum'].severity;
 * //=> 'error'
 * Object.keys(validationRules).length > 40;
 * //=> true
 * ```
 *
 * @category Validation
 */
export const validationRules = pure(() =>
  Object.freeze({
    'input.not_json': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'any value in the input',
      description:
        'The input holds only JSON data: plain objects, arrays, strings, numbers, booleans and null. A Date, Map, class instance or other non-plain object, a function, an accessor (getter) property, a symbol key or a named property on an array is reported and left out.',
    },
    'input.cycle': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'any object or array in the input',
      description:
        'No object contains itself. A reference back to an enclosing object is reported and left out.',
    },
    'input.too_deep': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'any object or array in the input',
      description:
        'Objects and arrays nest at most 64 levels deep (the model needs fewer than 10). Deeper values are reported and left out.',
    },
    'input.too_large': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'the whole input',
      description:
        'The input holds at most 2,000,000 objects and arrays; larger employee record sets are streamed instead (`summarizeWorkforceFile`, at least 10 million rows). Validation stops copying at the limit and reports this one issue: the structure of an incomplete copy is not checked.',
    },
    'input.unreadable': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'any value in the input',
      description:
        'Every value can be read. A property whose reading throws (a proxy trap, a failing getter) is reported and left out.',
    },
    'security.forbidden_key': {
      severity: 'error',
      stage: 'input',
      appliesTo: 'any object key in the input',
      description:
        'No object has a key `__proto__`, `constructor` or `prototype`. Such keys could reach a prototype; each is reported and validation goes on with a copy without them.',
    },
    'schema.invalid_type': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'any field',
      description:
        'A value has the type the model requires (string, number, integer, boolean, object, array); a required field is present.',
    },
    'schema.invalid_value': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'fields with a closed code list or a fixed value',
      description:
        'A value is one of the codes of its closed list (e.g. a program `status`), or the fixed value (`schemaVersion` `1.0`).',
    },
    'schema.invalid_format': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'ids, dates, codes, URLs and other patterned strings',
      description:
        'A string has its format: an id of letters, digits and `. _ : -`; a real calendar date `YYYY-MM-DD`; an ISO code; an http(s) URL; a BCP 47 language tag.',
    },
    'schema.too_small': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'numbers, strings and arrays with a lower limit',
      description:
        'A number, length or item count is not below its minimum (e.g. a count is never negative, a name is never empty, a deposit has at least one commodity).',
    },
    'schema.too_big': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'numbers, strings and arrays with an upper limit',
      description:
        'A number, length or item count is not above its maximum (e.g. a percentage is at most 100, an SDG at most 17, an id at most 128 characters).',
    },
    'schema.unrecognized_keys': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'every object of the model',
      description:
        'Objects are strict: a key the model does not define is reported (one issue per key), never dropped silently.',
    },
    'schema.invalid_union': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'fields with alternative shapes (counts, shares, party ids, locality policies)',
      description:
        'A value matches one of the shapes a field allows, e.g. a count is a non-negative integer or bounds `{ min, max, phrase }`.',
    },
    'schema.invalid_key': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/workforce/[]/byOrigin/{}, /workforce/[]/byEconomicRegion/{}',
      description: 'The keys of an id-keyed breakdown are valid location ids.',
    },
    'schema.invalid': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'any field',
      description: 'Any other structural problem zod reports that has no more specific code above.',
    },
    'period.end_before_start': {
      severity: 'error',
      stage: 'structure',
      appliesTo:
        'periods (`start`/`end`), ownership interests, employee hire and termination dates, licences, projection phase years',
      description:
        'A span never ends before it starts: `start <= end`, `hireDate <= terminationDate`, `grantedOn <= expiresOn`, `startYear <= endYear`.',
    },
    'land.rehabilitated_above_disturbed': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/land/[]/rehabilitated',
      description:
        'Rehabilitated land is part of the disturbed land: `rehabilitated <= disturbed` in a land record.',
    },
    'governance.group_exceeds_members': {
      severity: 'error',
      stage: 'structure',
      appliesTo:
        '/governanceBodies/[]/byGender, /governanceBodies/[]/byAgeBand, /governanceBodies/[]/otherDiversity',
      description:
        'A governance body has no more members in a group than in all: the counts of `byGender` and of `byAgeBand` each add up to at most `members`, and each `otherDiversity` count is at most `members`.',
    },
    'bounds.empty': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'counts and other figures given as bounds',
      description: 'Bounds have a `min`, a `max` or both.',
    },
    'bounds.min_above_max': {
      severity: 'error',
      stage: 'structure',
      appliesTo: 'counts, shares and other figures given as bounds',
      description: 'The lower bound is not above the upper bound: `min <= max`.',
    },
    'share.form': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/workforce/[]/shares/{}',
      description:
        'A published share is either a `value` (with an optional `rounding`) or bounds (`min`, `max`, each optionally excluded with `minExclusive`, `maxExclusive`), never both or neither; `rounding` goes with a value and each exclusion with its bound.',
    },
    'range.unordered': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/projections/[]/multipliers/typeI, /projections/[]/multipliers/typeII',
      description: 'A range is ordered: `low <= central <= high`.',
    },
    'estimate.no_quantity': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/deposits/[]/estimates/[]',
      description:
        'A resource or reserve estimate states its ore tonnage (`ore`), its published contained metal (`containedMetal`) or both.',
    },
    'grade.percent_above_100': {
      severity: 'error',
      stage: 'structure',
      appliesTo: '/deposits/[]/estimates/[]/grade',
      description: 'A grade in percent is at most 100.',
    },
    'id.duplicate': {
      severity: 'error',
      stage: 'rule',
      appliesTo:
        'the ids of organizations (with the company), locations, sites, deposits, employees, programs, awards, projections and sources',
      description:
        'Ids are unique within their collection; the company and the organizations share one collection of parties. Every repeat after the first is reported.',
    },
    'ref.missing': {
      severity: 'error',
      stage: 'rule',
      appliesTo: 'every `…Id` and `…Ids` field, and the keys of `byOrigin` and `byEconomicRegion`',
      description:
        'A reference names an entity that exists: no entity of any kind in the dataset (or, for locations, the gazetteer) has the id.',
    },
    'ref.duplicate': {
      severity: 'error',
      stage: 'rule',
      appliesTo: 'every `…Id` and `…Ids` field, and the keys of `byOrigin` and `byEconomicRegion`',
      description:
        'A reference resolves to exactly one entity: it is reported when several entities of the kinds it may name have the id.',
    },
    'ref.wrong_kind': {
      severity: 'error',
      stage: 'rule',
      appliesTo: 'every `…Id` and `…Ids` field, and the keys of `byOrigin` and `byEconomicRegion`',
      description:
        'A reference names an entity of the right kind: it is reported when the id exists only as another kind (e.g. a `siteId` that names a deposit, a `companyId` that names an organization).',
    },
    'date.in_future': {
      severity: 'error',
      stage: 'rule',
      appliesTo:
        'actual dates: founding days, ownership starts, population dates, stage changes, licence grants, estimate dates, hire dates, workforce dates, spend dates, started or ended program periods, award dates and years, production years, source dates, assessment dates, exchange-rate dates',
      description:
        'A date of something that happened is not after `now`. Planned dates (see `date.far_future`) may lie ahead. A date given to the year or month (a founding year, a stage change "in May 1997") is after `now` only when its first day is.',
    },
    'date.far_future': {
      severity: 'warning',
      stage: 'rule',
      appliesTo:
        'planned dates: the period of a program in the pipeline, the end of a program that is not closed or cancelled, termination dates, ownership ends, location `validFrom`, projection phase start years',
      description:
        'A planned date lies at most 15 years after `now`; a later one is usually a typing error.',
    },
    'program.locations.percent_precision': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/locations/[]/percentage',
      description:
        'A location percentage has at most 2 decimals, so that percentages can be summed exactly in integer basis points.',
    },
    'program.locations.percent_partial': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/locations/[]/percentage',
      description:
        'Either every location of a program has a percentage or none has (a single location without one stands for 100 %).',
    },
    'program.locations.percent_sum': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/locations',
      description:
        'The location percentages of a program sum to 100 within their rounding: each is published with two decimals, so within ±0.005 of its true value, and n percentages sum to within n × 0.005 of 100 (summed exactly as integer basis points, 1 % = 100 bp: |sum − 10,000| ≤ n / 2 bp). Six shares of 16.67 % (100.02) pass; two may be off by 0.01; a single one is 100.',
    },
    'grievance.resolved_above_received': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/grievances/[]/resolved',
      description:
        'The grievances resolved are counted among those received in the period, so `resolved` is at most `received` (for bounds: the smallest `resolved` is at most the largest `received`).',
    },
    'program.spend_outside_period': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/programs/[]/spend/[]/date',
      description:
        'A money flow of a program falls within the program period (both ends included).',
    },
    'program.result.qualitative_values': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/results/[]',
      description:
        'A qualitative result carries no `baseline`, `target` or `actual` number; it states what was achieved in its `description`.',
    },
    'program.categories.repeated': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/programs/[]/categories/[]',
      description:
        'The further categories of a program neither repeat its primary `category` nor one another.',
    },
    'program.equivalent_currency': {
      severity: 'error',
      stage: 'rule',
      appliesTo:
        '/programs/[]/spend/[]/equivalents/[], /programs/[]/reportedAmounts/[]/equivalents/[]',
      description:
        'The equivalents of an amount (the publisher’s own figures in other currencies) are each in another currency than the amount, and no two in the same currency.',
    },
    'program.reported_amount.outside_period': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/programs/[]/reportedAmounts/[]/period',
      description:
        'A reported amount’s period lies within the program period: reported when its start (as published: a year is the whole year) ends before the program starts, or its end begins after the program ends.',
    },
    'program.reported_amount.as_of_before_start': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/reportedAmounts/[]/asOf',
      description:
        'A cumulative amount stands as of a date that is not before its start (compared as partial dates: a year is the whole year).',
    },
    'program.reported_amount.overlap': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/programs/[]/reportedAmounts/[]/period',
      description:
        'Two amounts a program reports as spent are for the same period, or for overlapping periods neither of which holds the other: unless a wider spent amount holds both, neither can be counted (which part is new is unknown).',
    },
    'workforce.breakdown_exceeds_headcount': {
      severity: 'error',
      stage: 'rule',
      appliesTo:
        '/workforce/[]: local + nonLocal + localityUnknown, fromRegions + fromCapital + originUnknown, fromRemoteVillages, and each of byOrigin, byEconomicRegion, byGender, byCategory, byEngagement, byAgeBand, byNationality',
      description:
        'A breakdown never exceeds the headcount: the sum of the lower bounds of its counts is at most the upper bound of the headcount. Bounds are compared by their lower and upper ends, so a bound never produces a false error.',
    },
    'workforce.breakdown_incomplete': {
      severity: 'warning',
      stage: 'rule',
      appliesTo:
        '/workforce/[]: the same breakdowns as above except byOrigin and byEconomicRegion (the two groups of single counts, and byNationality, when at least two of their counts are given)',
      description:
        'A breakdown adds up to the headcount: it is reported when even the sum of the upper bounds of its counts is below the lower bound of the headcount. Origin breakdowns are not checked: they list places, and people whose origin is unknown at that level have no key.',
    },
    'workforce.share_inconsistent': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/workforce/[]/shares/{}',
      description:
        'A published share agrees with the counts within its rounding: with its count and the headcount exact, the exact quotient lies in the interval the share stands for ("94 %" is [0.935, 0.945)); otherwise that interval meets the shares the counts allow. The published shares of disjoint parts (local, non-local and unknown; the nationalities; …) add up to at most 1. Approximate counts are not compared.',
    },
    'deposit.stage_order': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/deposits/[]/stageHistory/[]/from',
      description:
        'The stage history is in date order, oldest first. Dates given to the year or month compare by the days they stand for: only a date certainly before the previous one is reported ("1997" then "1997-03-01" is not).',
    },
    'deposit.stage_transition': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/deposits/[]/stageHistory/[]/stage',
      description:
        'Every change of stage in the history can happen in the mine lifecycle, directly or through stages not recorded (`stagesNotRecorded`); a move the lifecycle forbids is an error, e.g. closure never leads back to production.',
    },
    'deposit.stages_not_recorded': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/deposits/[]/stageHistory/[]/stage',
      description:
        'A change of stage the lifecycle allows only through stages the history does not record (exploration → production, construction not recorded, as most public sources tell it) is reported, not refused.',
    },
    'deposit.stage_mismatch': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/deposits/[]/stage',
      description: 'The current stage of a deposit is the last stage of its history.',
    },
    'estimate.inferred_as_reserve': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/deposits/[]/estimates/[]',
      description:
        'An inferred resource is never reported as a reserve: a proved or probable reserve of a commodity under a reporting code is an error when every resource estimate of that commodity and code in the deposit is inferred.',
    },
    'estimate.reserve_without_resource': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/deposits/[]/estimates/[]',
      description:
        'A reserve comes from the resources its category requires (CRIRSCO International Reporting Template: Proved from Measured, Probable from Indicated or Measured): a proved, probable or proved + probable line is reported when the deposit lists no resource of that commodity and code in a category it can come from (combined measured + indicated and total lines count, since they may hold it). A warning: a dataset may leave out resource lines, and resources stated exclusive of reserves may have been converted in full.',
    },
    'estimate.category_code': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/deposits/[]/estimates/[]',
      description:
        'An estimate uses the categories of its own code: the GKZ categories (A, B, C1, A+B+C1, C2, P1, P2, P3) under `GKZ` only, the CRIRSCO categories under the CRIRSCO-family codes; `other` takes either. A GKZ estimate is never written into CRIRSCO categories: a mapping is given to the statement explicitly.',
    },
    'estimate.inclusion_on_reserve': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/deposits/[]/estimates/[]/inclusiveOfReserves',
      description:
        '`inclusiveOfReserves` says whether a resource line includes the resources converted to reserves; on a reserve line it says nothing and is ignored.',
    },
    'location.cycle': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/locations/[]/parentId',
      description:
        'No location is its own ancestor: following `parentId` through the dataset and the gazetteer never comes back to the start.',
    },
    'location.shadows_gazetteer': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/locations/[]/id',
      description:
        'A dataset location extends the gazetteer rather than repeating it: a location with the id of a gazetteer location replaces it for every reference in the dataset.',
    },
    'location.remote_not_village': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/locations/[]/remote',
      description: '`remote` is stated for villages only.',
    },
    'location.level_above_parent': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/locations/[]/parentId',
      description:
        'A location lies under a parent of a higher level: the levels rank country, then economic region or first-level division (`adminLevel1`), then district or second-level division (`adminLevel2`), then city, town or village (`other` is not compared); a child may share the level of its parent (a village under a city) but not rank above it (an `adminLevel1` under an `adminLevel2`), since `districtOf` and `economicRegionOf` walk the chain upwards.',
    },
    'source.none': {
      severity: 'warning',
      stage: 'rule',
      appliesTo:
        '/workforce/[]/sourceIds, /programs/[]/sourceIds, /awards/[]/sourceIds, /projections/[]/sourceIds, /production/[]/sourceIds',
      description:
        'A reported figure names its source: workforce summaries, programs, awards, projections and production records have at least one source id. (An unknown source id is `ref.missing`; resource estimates require a `sourceId`.)',
    },
    'award.no_date': {
      severity: 'warning',
      stage: 'rule',
      appliesTo: '/awards/[]',
      description: 'An award says when it was given: a `date` or at least a `year`.',
    },
    'organization.no_identifier': {
      severity: 'info',
      stage: 'rule',
      appliesTo: '/company, /organizations/[]',
      description:
        'An organization has an identifier in a public register (org-id.guide scheme), so that it can be matched with other data.',
    },
    'location.no_point': {
      severity: 'info',
      stage: 'rule',
      appliesTo: '/locations/[]',
      description:
        'A location of the dataset has a representative point, so that it can be mapped.',
    },
    'program.joint_beneficiaries': {
      severity: 'error',
      stage: 'rule',
      appliesTo: '/programs/[]/beneficiaries/jointWith/[]',
      description:
        'A beneficiary count shared by several programs (`jointWith`) agrees across the group: every program listed exists, is not the program itself, lists the same group and gives the same count, unit and estimate, so that the count is taken once for the group.',
    },
    'program.no_results': {
      severity: 'info',
      stage: 'rule',
      appliesTo: '/programs/[]',
      description: 'A program states at least one result, so that its outcomes can be reported.',
    },
    'program.reported_amount.supersedes_spend': {
      severity: 'info',
      stage: 'rule',
      appliesTo: '/programs/[]/reportedAmounts/[]',
      description:
        'An amount reported as spent over a period holds the disbursements and expenditures of its program dated within that period: where the amount counts, those flows are not counted again (see the community investment guide).',
    },
  } as const satisfies Record<string, ValidationRule>),
);

/**
 * The stable code of an {@link Issue}: one of the keys of {@link validationRules}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'ref.wrong_kind';
 * ```
 *
 * @category Validation
 */
export type IssueCode = keyof typeof validationRules;
