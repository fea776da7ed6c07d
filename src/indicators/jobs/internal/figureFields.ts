import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';
import type { JobsFigure } from '../jobsFigure.js';

/**
 * The fields of a result or breakdown row that present one jobs figure.
 *
 * @internal
 */
export type FigureFields = ValueOrReason & Pick<BreakdownRow, 'range' | 'bounds'>;

/**
 * Presents a jobs figure as the value fields of an indicator result or breakdown row.
 *
 * @remarks
 * A range gives `range`, with `value` the central figure, or `null` with reason `RANGE_ONLY`
 * when there is none; bounds give `value: null`, reason `BOUNDED` and `bounds`; a figure not
 * estimated gives `value: null` with reason `MISSING_DATA`.
 *
 * @param figure - The figure.
 * @returns The fields.
 * @internal
 */
export function figureFields(figure: JobsFigure): FigureFields {
  switch (figure.kind) {
    case 'range': {
      const { central } = figure.range;
      return central === undefined
        ? { value: null, reason: 'RANGE_ONLY', range: { ...figure.range } }
        : { value: central, range: { ...figure.range } };
    }
    case 'bounds':
      return { value: null, reason: 'BOUNDED', bounds: { ...figure.bounds } };
    default:
      return { value: null, reason: 'MISSING_DATA' };
  }
}
