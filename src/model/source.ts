import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { type HttpUrl, HttpUrlSchema } from './httpUrl.js';
import { LANGUAGE_TAG_PATTERN } from './localizedName.js';

/**
 * How far a source can be trusted for the facts that cite it.
 *
 * @remarks
 * `verified`: the wording was checked in the primary source; `secondary`: reported by a
 * secondary source (press, a quote); `unverified`: no independent confirmation was found (say
 * why in the source's `note`).
 *
 * @example
 * ```ts
 * SourceReliabilitySchema.parse('secondary');
 * //=> 'secondary'
 * ```
 *
 * @category Model
 */
export const SourceReliabilitySchema = pure(() => z.enum(['verified', 'secondary', 'unverified']));

/**
 * How far a source can be trusted for the facts that cite it.
 *
 * @remarks
 * `'verified'`: the wording was checked in the primary source; `'secondary'`: reported by a
 * secondary source (press, a quote); `'unverified'`: no independent confirmation was found (say
 * why in the source's `note`). The schema is `SourceSchema.shape.reliability.unwrap()`.
 *
 * @example
 * ```ts
 * const reliability: SourceReliability = 'verified';
 * ```
 *
 * @category Model
 */
export type SourceReliability = 'verified' | 'secondary' | 'unverified';

/**
 * A document, page or statement behind one or more facts.
 *
 * @example
 * ```ts
 * SourceSchema.parse({
 *   id: 'src-trend-4117320',
 *   title: "Over 80% of AzerGold's employees hail from regions",
 *   publisher: 'Trend News Agency',
 *   url: 'https://www.trend.az/business/4117320.html',
 * }).publisher;
 * //=> 'Trend News Agency'
 * ```
 *
 * @category Model
 */
export const SourceSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: SourceIdSchema,
      /** The title of the document or page. */
      title: () => z.string().min(1).max(1000),
      /** Who published it. */
      publisher: () => z.string().min(1).max(500).optional(),
      /** Where it can be read (http or https). */
      url: () => HttpUrlSchema.optional(),
      /** When it was published, when known: a day, or the month or year the source gives. */
      publishedOn: () => PartialDateSchema.optional(),
      /** The day it was read. */
      retrievedOn: () => CalendarDateSchema.optional(),
      /** The passage that states the fact, verbatim. */
      quote: () => z.string().min(1).max(5000).optional(),
      /** The BCP 47 language of the source. */
      language: () => z.string().regex(LANGUAGE_TAG_PATTERN).optional(),
      /** How far the source can be trusted for the facts citing it. */
      reliability: () => SourceReliabilitySchema.optional(),
      /** Anything a reader should know: caveats, what could not be confirmed. */
      note: () => z.string().min(1).max(5000).optional(),
    }),
  ),
);

/**
 * A document, page or statement behind one or more facts (see {@link SourceSchema}).
 *
 * @example
 * ```ts
 * const source: Source = SourceSchema.parse({ id: 'src-1', title: 'Annual report 2024' });
 * ```
 *
 * @category Model
 */
export interface Source {
  /** The id other records cite. */
  readonly id: SourceId;
  /** The title of the document or page. */
  readonly title: string;
  /** Who published it. */
  readonly publisher?: string | undefined;
  /** Where it can be read (http or https). */
  readonly url?: HttpUrl | undefined;
  /** When it was published, when known: a day, or the month or year the source gives. */
  readonly publishedOn?: PartialDate | undefined;
  /** The day it was read. */
  readonly retrievedOn?: CalendarDate | undefined;
  /** The passage that states the fact, verbatim. */
  readonly quote?: string | undefined;
  /** The BCP 47 language of the source. */
  readonly language?: string | undefined;
  /** How far the source can be trusted for the facts citing it. */
  readonly reliability?: SourceReliability | undefined;
  /** Anything a reader should know: caveats, what could not be confirmed. */
  readonly note?: string | undefined;
}
