import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type Source, SourceSchema } from '../model/source.js';

/**
 * A source cited by a report: the dataset's {@link Source} with the collections that cite it.
 *
 * @example
 * ```ts
 * ReportSourceSchema.parse({ id: 'src-1', title: 'Annual report 2024', citedBy: ['workforce', 'programs'] }).citedBy;
 * //=> ['workforce', 'programs']
 * ```
 *
 * @category Reports
 */
export const ReportSourceSchema = pure(() =>
  SourceSchema.extend(
    lazyShape({
      /** The dataset collections whose records cite the source (`company`, `workforce`, …). */
      citedBy: () => z.array(z.string()),
    }),
  ),
);

/**
 * A source cited by a report (see `ReportSourceSchema`).
 *
 * @example
 * ```ts
 * declare const source: ReportSource;
 * source.url ?? source.title;
 * ```
 *
 * @category Reports
 */
export interface ReportSource extends Source {
  /** The dataset collections whose records cite the source (`company`, `workforce`, …). */
  readonly citedBy: readonly string[];
}
