import type { SocialProgram } from '../../../model/socialProgram.js';
import type { IndicatorAbsence } from '../../contract/defineIndicator.js';

/**
 * Whether a program records any money: a flow or a reported amount.
 *
 * @param program - The program.
 * @returns `true` when it has a flow of any kind or a reported amount of any basis.
 * @internal
 */
export function hasMoney(program: Readonly<SocialProgram>): boolean {
  return program.spend.length > 0 || (program.reportedAmounts ?? []).length > 0;
}

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
 * The absence of a dataset whose programs record no money: no flow and no reported amount.
 *
 * @internal
 */
export const NO_SPEND: IndicatorAbsence = {
  status: 'dataAbsent',
  detail: 'No program records a money flow or a reported amount.',
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
