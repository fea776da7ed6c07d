import { describe, expect, it } from 'vitest';
import { ImpactError, isImpactError } from '../core/ImpactError.js';
import { refusedRowError } from './refusedRowError.js';

describe('refusedRowError', () => {
  it('names the file and the row, with the reason of the accumulator as its cause', () => {
    const cause = new ImpactError('INVALID_ARGUMENT', 'employee "e-7": no hire date');
    const error = refusedRowError('staff.ndjson', 7, cause);
    expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
    // The cause's prefix "[mining-impact] <what the code means>: " is dropped from the reason.
    expect(error.message).toBe(
      '[mining-impact] The argument is not valid for this function: staff.ndjson, row 7: employee "e-7": no hire date',
    );
    expect(error.cause).toBe(cause);
  });
});
