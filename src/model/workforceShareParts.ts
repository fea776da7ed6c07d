import type { Count } from '../core/count.js';
import { pure } from '../core/pure.js';
import type { WorkforceShares, WorkforceSummary } from './workforceSummary.js';

/**
 * One part of a partition of a workforce summary's headcount: its count and, when a share of it
 * may be published, the key of that share.
 *
 * @internal
 */
export interface WorkforceSharePart {
  /** The key in `shares`, when the part may have a published share. */
  readonly share: keyof WorkforceShares | undefined;
  /** The path of the count in the summary, e.g. `['byNationality', 'hostCountry']`. */
  readonly path: readonly [string] | readonly [string, string];
  /** The count of the part, when the summary gives it. */
  readonly count: (summary: Readonly<WorkforceSummary>) => Count | undefined;
}

/** A part counted by a scalar field of the summary, its share under the same key. */
function scalar(field: keyof WorkforceShares & keyof WorkforceSummary): WorkforceSharePart {
  return { share: field, path: [field], count: (summary) => summary[field] as Count | undefined };
}

/** Locality: local, non-local, unknown. @internal */
export const LOCALITY_PARTS: readonly WorkforceSharePart[] = pure(() => [
  scalar('local'),
  scalar('nonLocal'),
  scalar('localityUnknown'),
]);

/** Origin relative to the capital: from the regions, from the capital, unknown. @internal */
export const ORIGIN_PARTS: readonly WorkforceSharePart[] = pure(() => [
  scalar('fromRegions'),
  scalar('fromCapital'),
  scalar('originUnknown'),
]);

/** Remote villages: one part. @internal */
export const REMOTE_PARTS: readonly WorkforceSharePart[] = pure(() => [
  scalar('fromRemoteVillages'),
]);

/** Nationality: host-country nationals, expatriates, not stated. @internal */
export const NATIONALITY_PARTS: readonly WorkforceSharePart[] = pure(() => [
  {
    share: 'hostCountryNationals',
    path: ['byNationality', 'hostCountry'],
    count: (summary) => summary.byNationality?.hostCountry,
  },
  {
    share: 'expatriates',
    path: ['byNationality', 'expatriate'],
    count: (summary) => summary.byNationality?.expatriate,
  },
  {
    share: 'nationalityNotStated',
    path: ['byNationality', 'notStated'],
    count: (summary) => summary.byNationality?.notStated,
  },
]);

/** Engagement: contractors' workers (with a share key) and employees. @internal */
export const ENGAGEMENT_PARTS: readonly WorkforceSharePart[] = pure(() => [
  {
    share: 'contractors',
    path: ['byEngagement', 'contractor'],
    count: (summary) => summary.byEngagement?.contractor,
  },
  {
    share: undefined,
    path: ['byEngagement', 'employee'],
    count: (summary) => summary.byEngagement?.employee,
  },
]);

/**
 * The partitions of a workforce summary's headcount that published shares belong to, each part
 * with its count and its share key.
 *
 * @remarks
 * The parts of one group are disjoint, so their shares add up to at most 1: locality (local,
 * non-local, unknown), origin (from the regions, from the capital, unknown), remote villages
 * (one part), nationality (host-country nationals, expatriates, not stated) and engagement
 * (contractors' workers, employees; only the contractors have a share key).
 *
 * @internal
 */
export const WORKFORCE_SHARE_GROUPS: readonly (readonly WorkforceSharePart[])[] = pure(() => [
  LOCALITY_PARTS,
  ORIGIN_PARTS,
  REMOTE_PARTS,
  NATIONALITY_PARTS,
  ENGAGEMENT_PARTS,
]);
