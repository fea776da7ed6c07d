import * as z from 'zod';
import { ImpactError } from '../../core/ImpactError.js';
import { lazyShape } from '../../core/lazyShape.js';
import { memo } from '../../core/memo.js';

/**
 * The counts of a workforce accumulator as plain data: what {@link WorkforceAccumulator.toSnapshot}
 * returns and `merge` takes back, in another thread, process or machine.
 *
 * @remarks
 * Plain JSON (it survives `JSON.stringify` and `structuredClone`, hence `postMessage`), versioned
 * by `format` and `version` (version 2 added the flow counts). `signature` holds the options the
 * accumulator was made with (`asOf`, locality policy, capital, company, contractors, sites,
 * period); a snapshot merges only into an
 * accumulator made with the same options. Homes are kept as the ids of the records, so the
 * receiving side resolves them with its own gazetteer. `parts` names the accumulators whose
 * records the snapshot holds, so that the same records are never merged twice.
 * Arrays of counts: `genders` female, male, other, undisclosed; `categories` worker, specialist,
 * manager, senior management; `engagements` employee, contractor; `ageBands` under 30, 30 to 50,
 * over 50, unknown; `nationalities` host country, expatriate, not stated, none. `flows`: the
 * counts over the accumulator's period (`null` without one): first-time hires, re-hires, the
 * headcounts at the start and the end, and `leavers` by reason (voluntary, dismissal,
 * retirement, contract end, death, other, not stated).
 *
 * @example
 * ```ts
 * const snapshot = accumulator.toSnapshot();
 * worker.postMessage(snapshot); // the other side: total = total.merge(snapshot)
 * snapshot.version;
 * //=> 2
 * ```
 *
 * @category Workforce indicators
 */
export interface WorkforceAccumulatorSnapshot {
  /** What the object is. */
  readonly format: 'mining-impact/workforce-accumulator';
  /** The version of the format. */
  readonly version: 2;
  /** The options the accumulator was made with, as the library compares them. */
  readonly signature: string;
  /** The accumulators whose records it holds (opaque, unique ids). */
  readonly parts: readonly string[];
  /** The company counted; `null` before the first record without a `companyId` option. */
  readonly companyId: string | null;
  /** People counted. */
  readonly headcount: number;
  /** By gender: female, male, other, undisclosed. */
  readonly genders: readonly number[];
  /** By category: worker, specialist, manager, senior management. */
  readonly categories: readonly number[];
  /** By engagement: employee, contractor. */
  readonly engagements: readonly number[];
  /** By age band: under 30, 30 to 50, over 50, unknown. */
  readonly ageBands: readonly number[];
  /** By nationality: host country, expatriate, not stated, none given. */
  readonly nationalities: readonly number[];
  /** People without a site (or everyone without a locality policy), by home id. */
  readonly noSite: readonly (readonly [home: string, count: number])[];
  /** People by site id, by home id. */
  readonly bySite: readonly (readonly [
    site: string,
    homes: readonly (readonly [home: string, count: number])[],
  ])[];
  /** The flow counts over the accumulator's period; `null` when it was made without one. */
  readonly flows: {
    /** First-time hires within the period. */
    readonly hires: number;
    /** Re-hires within the period. */
    readonly rehires: number;
    /** People there on the period's first day. */
    readonly atStart: number;
    /** People there on the period's last day. */
    readonly atEnd: number;
    /** Leavers: voluntary, dismissal, retirement, contract end, death, other, not stated. */
    readonly leavers: readonly number[];
  } | null;
}

/**
 * The schema of {@link WorkforceAccumulatorSnapshot} (shape only; sums are checked apart), built
 * on the first restore.
 */
const snapshotSchema = memo(() => {
  const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
  const homes = z.array(z.tuple([z.string().min(1).max(128), count.min(1)]));
  return z.strictObject(
    lazyShape({
      format: () => z.literal('mining-impact/workforce-accumulator'),
      version: () => z.literal(2),
      signature: () => z.string().min(1),
      parts: () => z.array(z.string().min(1).max(128)).min(1),
      companyId: () => z.string().min(1).max(128).nullable(),
      headcount: count,
      genders: () => z.array(count).length(4),
      categories: () => z.array(count).length(4),
      engagements: () => z.array(count).length(2),
      ageBands: () => z.array(count).length(4),
      nationalities: () => z.array(count).length(4),
      noSite: homes,
      bySite: () => z.array(z.tuple([z.string().min(1).max(128), homes])),
      flows: () =>
        z
          .strictObject(
            lazyShape({
              hires: count,
              rehires: count,
              atStart: count,
              atEnd: count,
              leavers: () => z.array(count).length(7),
            }),
          )
          .nullable(),
    }),
  );
});

/** The sum of counts. */
function total(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

/** Why the counts of a well-shaped snapshot disagree with each other; `undefined` when they agree. */
function inconsistency(s: Readonly<WorkforceAccumulatorSnapshot>): string | undefined {
  for (const name of ['genders', 'categories', 'engagements', 'ageBands', 'nationalities'] as const)
    if (total(s[name]) !== s.headcount) return `${name} do not add up to the headcount`;
  let people = total(s.noSite.map(([, n]) => n));
  for (const [, siteHomes] of s.bySite) people += total(siteHomes.map(([, n]) => n));
  if (people !== s.headcount) return 'the counts by home do not add up to the headcount';
  if (new Set(s.parts).size !== s.parts.length) return 'a part is listed twice';
  if (new Set(s.bySite.map(([site]) => site)).size !== s.bySite.length)
    return 'a site is listed twice';
  return undefined;
}

/**
 * Checks an untrusted value as a {@link WorkforceAccumulatorSnapshot}: its shape, its version and
 * that its counts agree (every breakdown adds up to the headcount).
 *
 * @param value - The value, e.g. a message from a worker thread or parsed JSON.
 * @returns The snapshot.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` naming the first problem.
 * @internal
 */
export function parseWorkforceSnapshot(value: unknown): WorkforceAccumulatorSnapshot {
  const parsed = snapshotSchema().safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || 'the root'}`;
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `not a workforce accumulator snapshot of version 2${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const why = inconsistency(parsed.data);
  if (why !== undefined)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `the workforce accumulator snapshot is inconsistent: ${why}`,
    );
  return parsed.data;
}
