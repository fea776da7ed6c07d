import { describe, expect, it } from 'vitest';
import { ImpactError, isImpactError } from './ImpactError.js';
import { impactErrorMessages } from './impactErrorMessages.js';

describe('ImpactError', () => {
  it('has a name, a code and a prefixed message', () => {
    const error = new ImpactError('CURRENCY_MISMATCH', 'AZN and USD');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImpactError');
    expect(error.code).toBe('CURRENCY_MISMATCH');
    expect(error.message).toBe(
      '[mining-impact] Amounts in different currencies cannot be combined without an exchange rate: AZN and USD',
    );
  });
  it('omits the detail when none is given', () => {
    expect(new ImpactError('INVALID_PERIOD').message).toBe(
      '[mining-impact] The period ends before it starts',
    );
  });
  it('keeps a cause', () => {
    const cause = new Error('inner');
    expect(new ImpactError('INVALID_ARGUMENT', undefined, { cause }).cause).toBe(cause);
  });
  it('has a message for every code, each prefixed', () => {
    for (const code of Object.keys(impactErrorMessages) as (keyof typeof impactErrorMessages)[]) {
      expect(new ImpactError(code).message.startsWith('[mining-impact] ')).toBe(true);
    }
  });
});

describe('isImpactError', () => {
  it('recognises an ImpactError, with or without a code', () => {
    const error = new ImpactError('INVALID_AMOUNT');
    expect(isImpactError(error)).toBe(true);
    expect(isImpactError(error, 'INVALID_AMOUNT')).toBe(true);
    expect(isImpactError(error, 'INVALID_RATE')).toBe(false);
  });
  it('recognises an error from another copy of the library', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ImpactError', code: 'INVALID_RATE' });
    expect(isImpactError(foreign)).toBe(true);
  });
  it('rejects other values', () => {
    expect(isImpactError(new Error('x'))).toBe(false);
    expect(
      isImpactError(Object.assign(new Error('x'), { name: 'ImpactError', code: 'NOPE' })),
    ).toBe(false);
    expect(isImpactError(Object.assign(new Error('x'), { name: 'ImpactError', code: 7 }))).toBe(
      false,
    );
    expect(isImpactError({ name: 'ImpactError', code: 'INVALID_RATE' })).toBe(false);
    expect(isImpactError(null)).toBe(false);
  });
});
