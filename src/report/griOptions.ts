import { ImpactError } from '../core/ImpactError.js';
import { type GriOmissionReason, GriOmissionReasonSchema } from './griOmission.js';
import { GRI_DISCLOSURES } from './griRequirements.js';

/**
 * An omission the user declares for a GRI disclosure: the reason, its explanation and, when
 * only some items are omitted, their ids.
 *
 * @category Reports
 */
export interface GriOmissionOption {
  /** One of GRI 1's four reasons for omission. */
  readonly reason: GriOmissionReason;
  /** The explanation GRI 1 (Table 3) asks for the reason. */
  readonly explanation: string;
  /** The requirement ids it covers, e.g. `['405-1-a']`; absent: every item not presented. */
  readonly requirements?: readonly string[] | undefined;
}

/**
 * The GRI options of `buildImpactReport`: the claim of the statement of use and the omissions
 * only the organisation can state (legal prohibitions, confidentiality constraints), or
 * explanations it wants to give instead of the library's.
 *
 * @example
 * ```ts
 * const gri: GriReportOptions = {
 *   claim: 'withReferenceTo',
 *   omissions: {
 *     'GRI 207-4': { reason: 'confidentialityConstraints', explanation: 'Tax data by jurisdiction is commercially sensitive.' },
 *   },
 * };
 * ```
 *
 * @category Reports
 */
export interface GriReportOptions {
  /** "with reference to" (the default) or "in accordance with" the GRI Standards. */
  readonly claim?: 'withReferenceTo' | 'inAccordanceWith' | undefined;
  /** Omissions by disclosure code (`'GRI 207-4'` or `'207-4'`). */
  readonly omissions?: { readonly [disclosure: string]: GriOmissionOption } | undefined;
}

/**
 * The checked GRI options.
 *
 * @category Reports
 */
export interface GriChoices {
  /** The claim of the statement of use. */
  readonly claim: 'withReferenceTo' | 'inAccordanceWith';
  /** The declared omissions by disclosure code (`'GRI 207-4'`). */
  readonly omissions: ReadonlyMap<string, GriOmissionOption>;
}

/** Checks one declared omission of a known disclosure. */
function checkedOmission(
  code: string,
  value: unknown,
  known: readonly string[],
): GriOmissionOption {
  const where = `gri.omissions["${code}"]`;
  if (typeof value !== 'object' || value === null)
    throw new ImpactError('INVALID_ARGUMENT', `${where} is not an object`);
  const { reason, explanation, requirements } = value as Record<string, unknown>;
  const parsedReason = GriOmissionReasonSchema.safeParse(reason);
  if (!parsedReason.success)
    throw new ImpactError('INVALID_ARGUMENT', `${where}.reason: ${String(reason).slice(0, 40)}`);
  if (typeof explanation !== 'string' || explanation.trim() === '')
    throw new ImpactError('INVALID_ARGUMENT', `${where}.explanation is not a non-empty string`);
  if (requirements === undefined) return { reason: parsedReason.data, explanation };
  if (
    !Array.isArray(requirements) ||
    requirements.length === 0 ||
    !requirements.every((id) => typeof id === 'string' && known.includes(id))
  )
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${where}.requirements: not a list of the items ${known.join(', ')}`,
    );
  return { reason: parsedReason.data, explanation, requirements: [...requirements] as string[] };
}

/**
 * Checks the GRI options of a report.
 *
 * @remarks
 * A disclosure may be named `'GRI 207-4'` or `'207-4'`; it must be one the library's content
 * index lists, a reason one of GRI 1's four (`notApplicable`, `legalProhibitions`,
 * `confidentialityConstraints`, `informationUnavailableOrIncomplete`), the explanation a
 * non-empty string and each requirement id an item of the disclosure.
 *
 * @param options - The `gri` option, or `undefined`.
 * @returns The claim (default `withReferenceTo`) and the omissions by code.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` for an unknown claim, disclosure, reason or
 * requirement, or an empty explanation.
 *
 * @example
 * ```ts
 * griChoices({ omissions: { '405-1': { reason: 'legalProhibitions', explanation: 'A law forbids it.' } } })
 *   .omissions.has('GRI 405-1');
 * //=> true
 * ```
 *
 * @category Reports
 */
export function griChoices(options: Readonly<GriReportOptions> | undefined): GriChoices {
  if (options === undefined) return { claim: 'withReferenceTo', omissions: new Map() };
  if (typeof options !== 'object' || options === null)
    throw new ImpactError('INVALID_ARGUMENT', 'gri is not an object');
  const claim: unknown = options.claim ?? 'withReferenceTo';
  if (claim !== 'withReferenceTo' && claim !== 'inAccordanceWith')
    throw new ImpactError('INVALID_ARGUMENT', `gri.claim: ${String(claim).slice(0, 40)}`);
  const omissions = new Map<string, GriOmissionOption>();
  const declared: unknown = options.omissions ?? {};
  if (typeof declared !== 'object' || declared === null)
    throw new ImpactError('INVALID_ARGUMENT', 'gri.omissions is not an object');
  for (const [key, value] of Object.entries(declared)) {
    const code = key.startsWith('GRI ') ? key : `GRI ${key}`;
    const definition = GRI_DISCLOSURES.find((d) => d.code === code);
    if (definition === undefined)
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `gri.omissions: unknown disclosure ${key.slice(0, 40)}`,
      );
    const known = definition.requirements.map((r) => r.id);
    omissions.set(code, checkedOmission(code, value, known));
  }
  return { claim, omissions };
}
