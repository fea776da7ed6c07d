import * as z from 'zod';
import { pure } from './pure.js';

/**
 * An instant as an RFC 3339 date-time with seconds and a required offset (`Z` or `±hh:mm`).
 *
 * @remarks
 * A local time without an offset (`2025-11-14T10:00:00`) is rejected: it does not name an
 * instant. Fractional seconds are allowed.
 *
 * @example
 * ```ts
 * TimestampSchema.parse('2025-11-14T10:00:00+04:00');
 * //=> '2025-11-14T10:00:00+04:00'
 * TimestampSchema.safeParse('2025-11-14T10:00:00').success;
 * //=> false
 * ```
 *
 * @category Dates
 */
export const TimestampSchema = pure(() =>
  z.iso.datetime({
    offset: true,
    error: 'Expected an RFC 3339 date-time with an offset, e.g. 2025-11-14T10:00:00Z.',
  }),
);

/**
 * An instant as an RFC 3339 date-time string with seconds and a required offset (`Z` or
 * `±hh:mm`).
 *
 * @remarks
 * A local time without an offset (`2025-11-14T10:00:00`) does not name an instant and is
 * rejected when parsing; fractional seconds are allowed.
 *
 * @example
 * ```ts
 * const retrievedAt: Timestamp = '2025-11-14T10:00:00Z';
 * ```
 *
 * @category Dates
 */
export type Timestamp = string;
