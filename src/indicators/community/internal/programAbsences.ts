import type { IndicatorAbsence } from '../../contract/defineIndicator.js';

/**
 * The absence of a dataset without social programs.
 *
 * @internal
 */
export const NO_PROGRAMS: IndicatorAbsence = {
  status: 'dataAbsent',
  detail: 'The dataset has no social programs.',
};

/**
 * The absence of a dataset whose programs record no money flow.
 *
 * @internal
 */
export const NO_SPEND: IndicatorAbsence = {
  status: 'dataAbsent',
  detail: 'No program records a disbursement or expenditure.',
};

/**
 * The absence of a dataset whose programs count no beneficiaries in persons.
 *
 * @internal
 */
export const NO_PERSON_COUNTS: IndicatorAbsence = {
  status: 'dataAbsent',
  detail: 'No program reports beneficiaries in persons.',
};
