import { appendAll } from '../core/appendAll.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { Location, LocationKind } from '../model/location.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

/**
 * The rank of each administrative kind, from the country (0) down to settlements (3); `other` has
 * none. An economic region and a first-level division share a rank, as do a district and a
 * second-level division: either may enclose the other.
 */
const LEVEL_RANK: Readonly<Partial<Record<LocationKind, number>>> = {
  country: 0,
  economicRegion: 1,
  adminLevel1: 1,
  district: 2,
  adminLevel2: 2,
  city: 3,
  town: 3,
  village: 3,
};

/** The issue of a location that is its own ancestor. */
function cycleIssueOf(location: Location, i: number): Issue {
  return makeIssue(
    'location.cycle',
    ['locations', i, 'parentId'],
    `The location "${location.id}" is its own ancestor through its parent "${location.parentId}".`,
    { id: location.id },
  );
}

/** The issue of a location that is its own ancestor, or `undefined`. */
function cycleIssue(
  location: Location,
  i: number,
  parent: (id: string) => string | undefined,
): Issue | undefined {
  const seen = new Set<string>();
  for (
    let next: string | undefined = location.parentId;
    next !== undefined && !seen.has(next);
    next = parent(next)
  ) {
    if (next === location.id) return cycleIssueOf(location, i);
    seen.add(next);
  }
  return undefined;
}

/**
 * The ids that are their own ancestor, following `parent` from every start: each id is visited
 * once (a walk stops at an id an earlier walk finished), so the cost is linear in the number of
 * locations, not the product of their number and the depth of the hierarchy.
 */
function idsOnCycles(
  starts: Iterable<string>,
  parent: (id: string) => string | undefined,
): Set<string> {
  const finished = new Set<string>();
  const onCycle = new Set<string>();
  for (const start of starts) {
    const walk = new Map<string, number>();
    let next: string | undefined = start;
    while (next !== undefined && !finished.has(next) && !walk.has(next)) {
      walk.set(next, walk.size);
      next = parent(next);
    }
    // Back at an id of this walk: it and every id after it close a cycle.
    const from = next === undefined ? undefined : walk.get(next);
    for (const [id, at] of walk) {
      if (from !== undefined && at >= from) onCycle.add(id);
      finished.add(id);
    }
  }
  return onCycle;
}

/** The issue of a location whose kind is a higher level than its parent's, or `undefined`. */
function levelIssue(
  location: Location,
  i: number,
  kindOf: (id: string) => LocationKind | undefined,
): Issue | undefined {
  if (location.parentId === undefined) return undefined;
  const parentKind = kindOf(location.parentId);
  const rank = LEVEL_RANK[location.kind];
  const parentRank = parentKind === undefined ? undefined : LEVEL_RANK[parentKind];
  if (rank === undefined || parentRank === undefined || rank >= parentRank) return undefined;
  return makeIssue(
    'location.level_above_parent',
    ['locations', i, 'parentId'],
    `The ${location.kind} "${location.id}" lies under the ${parentKind} "${location.parentId}", a lower level; district and region lookups through it go wrong.`,
    { id: location.id, kind: location.kind, parentKind: parentKind ?? null },
  );
}

/** The issues of one location that need no walk: shadowing, `remote`, no point. */
function ownIssues(location: Location, i: number, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  if (context.gazetteer.has(location.id)) {
    issues.push(
      makeIssue(
        'location.shadows_gazetteer',
        ['locations', i, 'id'],
        `The location "${location.id}" repeats a gazetteer location and replaces it in this dataset.`,
        { id: location.id },
      ),
    );
  }
  if (location.remote !== undefined && location.kind !== 'village') {
    issues.push(
      makeIssue(
        'location.remote_not_village',
        ['locations', i, 'remote'],
        `The ${location.kind} "${location.id}" states remote: ${location.remote}; only villages are remote or not.`,
        { id: location.id, kind: location.kind },
      ),
    );
  }
  if (location.point === undefined) {
    issues.push(
      makeIssue(
        'location.no_point',
        ['locations', i],
        `The location "${location.id}" has no point.`,
        {
          id: location.id,
        },
      ),
    );
  }
  return issues;
}

/**
 * Checks the dataset's locations: ancestry cycles (`location.cycle`), a kind above its parent's
 * level (`location.level_above_parent`), ids that repeat a gazetteer location
 * (`location.shadows_gazetteer`), `remote` on a location that is not a village
 * (`location.remote_not_village`) and locations without a point (`location.no_point`).
 *
 * @remarks
 * Parents are looked up in the dataset first (the first location with an id), then in the
 * gazetteer. A location is in a cycle when following `parentId` from it comes back to it. The
 * walks share their work: each location is visited once, so the check is linear in the number
 * of locations however deep the hierarchy (20,000 locations in one chain: well under a second). The levels rank country,
 * then economic region or first-level division, then district or second-level division, then
 * city, town or village; `other` is never compared. A child of the same level as its parent is
 * accepted (a village under a city), a child of a higher level is not (an `adminLevel1` under an
 * `adminLevel2`).
 *
 * @param dataset - The structurally valid dataset.
 * @param context - The gazetteer.
 * @returns The issues.
 * @internal
 */
export function checkLocations(dataset: Readonly<ImpactDataset>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const own = new Map<string, Location>();
  for (const location of dataset.locations) {
    if (!own.has(location.id)) own.set(location.id, location);
  }
  const lookup = (id: string): Location | undefined => own.get(id) ?? context.gazetteer.get(id);
  const parent = (id: string): string | undefined => lookup(id)?.parentId;
  const kindOf = (id: string): LocationKind | undefined => lookup(id)?.kind;

  const onCycle = idsOnCycles(own.keys(), parent);
  for (const [i, location] of dataset.locations.entries()) {
    // The first location of an id is the one parents resolve to: it is on a cycle or not. A
    // later one with the same id (an error of its own) has its own parent and is walked.
    const cycle =
      own.get(location.id) !== location
        ? cycleIssue(location, i, parent)
        : onCycle.has(location.id)
          ? cycleIssueOf(location, i)
          : undefined;
    if (cycle !== undefined) issues.push(cycle);
    const level = levelIssue(location, i, kindOf);
    if (level !== undefined) issues.push(level);
    appendAll(issues, ownIssues(location, i, context));
  }
  return issues;
}
