import { ImpactError } from '../../../core/ImpactError.js';
import {
  intersectShareInterval,
  type PublishedShare,
  publishedShareInterval,
  type ShareInterval,
  shareIntervalHolds,
  shareIntervalText,
} from '../../../model/publishedShare.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';
import type { CountShare } from './countShare.js';
import { shareFields } from './shareFields.js';

/** The fields of a result or a row, and the notes that explain them. */
export interface ShareOutcome {
  /** `value` and `ratio`, or `null` with its reason and `bounds`. */
  readonly fields: ValueOrReason & Pick<BreakdownRow, 'ratio' | 'bounds'>;
  /** What a reader must know: the published words, and how the counts narrowed them. */
  readonly notes: readonly string[];
}

function disagree(what: string, published: Readonly<PublishedShare>, counts: string): never {
  const interval = shareIntervalText(publishedShareInterval(published));
  throw new ImpactError(
    'INVALID_ARGUMENT',
    `${what}: the published share "${published.phrase}" (${interval}) does not agree with the counts, which give ${counts}`,
  );
}

/** Bounds from an interval: ends as published or allowed, the phrase kept. */
function boundsOf(interval: ShareInterval, phrase: string): ShareOutcome['fields'] {
  return {
    value: null,
    reason: 'BOUNDED',
    bounds: { min: interval.min, max: interval.max, phrase },
  };
}

/**
 * Combines the share that counts give with the share a source published.
 *
 * @remarks
 * - Without a published share: {@link shareFields} of the counts (bounds keep the count's
 *   phrase).
 * - With exact counts: the exact quotient is the value; the published share must hold it (its
 *   interval, rounding included) and the note quotes it.
 * - Otherwise: `value: null`, `reason: 'BOUNDED'` and the bounds of the published interval
 *   intersected with what the counts allow, with the published phrase; the note says which
 *   ends are excluded and whether the counts narrowed the interval. With `approximate` counts
 *   (neither exact nor bounds) the published interval is kept as it is.
 *
 * @param share - The share the counts give.
 * @param published - The published share, if any.
 * @param what - What the share is of, for the notes and errors, e.g. `'hostCountryNationals'`.
 * @param options - The phrase of a bounded count, and whether an approximate count was read.
 * @returns The fields and the notes.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the published share and the counts cannot
 * both hold.
 * @internal
 */
export function publishedShareFields(
  share: CountShare,
  published: Readonly<PublishedShare> | undefined,
  what: string,
  options: { readonly phrase?: string | undefined; readonly approximate?: boolean } = {},
): ShareOutcome {
  if (published === undefined) return { fields: shareFields(share, options.phrase), notes: [] };
  const interval = publishedShareInterval(published);
  const stated = `The share of ${what} is published as "${published.phrase}", which stands for ${shareIntervalText(interval)}`;
  if (options.approximate === true) {
    return {
      fields: boundsOf(interval, published.phrase),
      notes: [`${stated}; the counts are approximate and do not narrow it.`],
    };
  }
  if (share.kind === 'exact') {
    const { numerator: k, denominator: n, value } = share.ratio;
    if (value === null || k === null || n === null)
      return { fields: shareFields(share), notes: [] };
    if (!shareIntervalHolds(interval, k, n)) disagree(what, published, `${k} / ${n} = ${value}`);
    return {
      fields: shareFields(share),
      notes: [`${stated}; the counts give it exactly: ${k} / ${n}.`],
    };
  }
  const narrowed = intersectShareInterval(interval, share.min, share.max);
  if (narrowed === null) disagree(what, published, `[${share.min}, ${share.max}]`);
  const same =
    narrowed.min === interval.min &&
    narrowed.max === interval.max &&
    narrowed.minExclusive === interval.minExclusive &&
    narrowed.maxExclusive === interval.maxExclusive;
  return {
    fields: boundsOf(narrowed, published.phrase),
    notes: [
      same
        ? `${stated}; the counts do not narrow it.`
        : `${stated}; the counts narrow it to ${shareIntervalText(narrowed)}.`,
    ],
  };
}
