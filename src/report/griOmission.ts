import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * The reasons for omission of GRI 1: Foundation 2021 (Requirement 6, Table 3).
 *
 * @remarks
 * - `notApplicable`: the disclosure or requirement is not applicable; the explanation says why.
 * - `legalProhibitions`: a law prohibits the disclosure; the explanation describes it.
 * - `confidentialityConstraints`: the information is confidential; the explanation describes
 *   the constraint.
 * - `informationUnavailableOrIncomplete`: the information is unavailable or incomplete; the
 *   explanation says which information, why, and (GRI 1) the steps and time frame to obtain it.
 *
 * The library infers `notApplicable` and `informationUnavailableOrIncomplete` from the report;
 * the two others come only from the `gri.omissions` option of `buildImpactReport`.
 *
 * @example
 * ```ts
 * GriOmissionReasonSchema.parse('legalProhibitions');
 * //=> 'legalProhibitions'
 * ```
 *
 * @category Reports
 */
export const GriOmissionReasonSchema = pure(() =>
  z.enum([
    'notApplicable',
    'legalProhibitions',
    'confidentialityConstraints',
    'informationUnavailableOrIncomplete',
  ]),
);

/**
 * A reason for omission of GRI 1 (see `GriOmissionReasonSchema`).
 *
 * @example
 * ```ts
 * const reason: GriOmissionReason = 'confidentialityConstraints';
 * ```
 *
 * @category Reports
 */
export type GriOmissionReason =
  | 'notApplicable'
  | 'legalProhibitions'
  | 'confidentialityConstraints'
  | 'informationUnavailableOrIncomplete';

/**
 * The words GRI 1 (Table 3) gives each reason for omission, as a content index prints them.
 *
 * @example
 * ```ts
 * GRI_OMISSION_REASON_WORDS.informationUnavailableOrIncomplete;
 * //=> 'Information unavailable/incomplete'
 * ```
 *
 * @category Reports
 */
export const GRI_OMISSION_REASON_WORDS: Readonly<Record<GriOmissionReason, string>> = pure(() =>
  Object.freeze({
    notApplicable: 'Not applicable',
    legalProhibitions: 'Legal prohibitions',
    confidentialityConstraints: 'Confidentiality constraints',
    informationUnavailableOrIncomplete: 'Information unavailable/incomplete',
  }),
);

/**
 * One omission of a GRI content index row: the requirements omitted, the reason and the
 * explanation (GRI 1, Requirement 6).
 *
 * @example
 * ```ts
 * GriOmissionSchema.parse({
 *   requirements: ['405-1-a'],
 *   reason: 'informationUnavailableOrIncomplete',
 *   explanation: 'The dataset does not describe the governance bodies.',
 * }).reason;
 * //=> 'informationUnavailableOrIncomplete'
 * ```
 *
 * @category Reports
 */
export const GriOmissionSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The requirement ids omitted for this reason, e.g. `['401-1-a', '401-1-b']`. */
      requirements: () => z.array(z.string().min(1)).min(1),
      /** The reason, one of GRI 1's four. */
      reason: GriOmissionReasonSchema,
      /** The explanation the reason requires. */
      explanation: () => z.string().min(1),
    }),
  ),
);

/**
 * An omission of a GRI content index row (see `GriOmissionSchema`).
 *
 * @example
 * ```ts
 * declare const omission: GriOmission;
 * omission.requirements.join(', ');
 * ```
 *
 * @category Reports
 */
export interface GriOmission {
  /** The requirement ids omitted for this reason, e.g. `['401-1-a', '401-1-b']`. */
  readonly requirements: readonly string[];
  /** The reason, one of GRI 1's four. */
  readonly reason: GriOmissionReason;
  /** The explanation the reason requires. */
  readonly explanation: string;
}
