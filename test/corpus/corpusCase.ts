// The shapes of the hostile-input corpus. Every case states exactly what the library must answer:
// the issue codes and JSON Pointer paths of a dataset or a value, or the ImpactError code of a
// call. The runner (corpus.test.ts) adds the checks every case shares: nothing else is thrown,
// no prototype changes, the input is left as it was, and valid records next to a bad one are
// kept.
import type * as z from 'zod';
import type { ImpactErrorCode } from '../../src/core/impactErrorMessages.js';
import type { ImpactDataset } from '../../src/model/impactDataset.js';
import type { ValidateDatasetOptions } from '../../src/validation/validateDataset.js';
import type { IssueCode } from '../../src/validation/validationRules.js';

/** An issue the library must report: its code and where it points. */
export interface ExpectedIssue {
  /** The issue code. */
  readonly code: IssueCode;
  /** The RFC 6901 JSON Pointer of the issue. */
  readonly path: string;
  /** The whole message, when the case pins it. */
  readonly message?: string;
  /** The whole context when the case pins the message (`undefined`: the issue has none). */
  readonly context?: Readonly<Record<string, string | number | boolean | null>>;
}

/** A hostile dataset given to `validateDataset`. */
export interface DatasetCase {
  readonly kind: 'dataset';
  /** What the case is about, unique in the corpus. */
  readonly name: string;
  /** Builds the input afresh for every use. */
  readonly input: () => unknown;
  /** Every issue `validateDataset` must report, no more, no fewer (in any order). */
  readonly issues: readonly ExpectedIssue[];
  /**
   * JSON Pointers of the bad records or keys. Without them the same input must validate with no
   * issue at all, and every record left must be in the parsed data: a bad record never takes a
   * valid neighbour with it.
   */
  readonly bad?: readonly string[];
  /** Options besides `now` (which is the fixtures' day unless given). */
  readonly options?: Partial<ValidateDatasetOptions>;
  /** Further checks on the parsed data, e.g. that a value is kept verbatim. */
  readonly data?: (data: ImpactDataset) => void;
}

/** A hostile value given to one schema (for values the dataset does not hold, e.g. timestamps). */
export interface ValueCase {
  readonly kind: 'value';
  /** What the case is about, unique in the corpus. */
  readonly name: string;
  /** The schema under test. */
  readonly schema: z.ZodType;
  /** The value. */
  readonly input: unknown;
  /** The issues the schema must report, as the dataset would report them; `[]` to accept. */
  readonly issues: readonly ExpectedIssue[];
}

/** A function called with hostile arguments. */
export interface CallCase {
  readonly kind: 'call';
  /** What the case is about, unique in the corpus. */
  readonly name: string;
  /** The exported function called: its TSDoc must document the thrown code. */
  readonly fn: string;
  /** The call. */
  readonly call: () => unknown;
  /** The ImpactError code the call must throw; absent when it must return. */
  readonly throws?: ImpactErrorCode;
  /** The whole message of the thrown error, when the case pins it. */
  readonly message?: string;
  /** Checks on what the call returned, when it returns. */
  readonly returns?: (result: unknown) => void;
}

/** One case of the corpus. */
export type CorpusCase = DatasetCase | ValueCase | CallCase;
