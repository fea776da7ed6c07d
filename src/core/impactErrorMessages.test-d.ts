import { describe, expectTypeOf, it } from 'vitest';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ImpactErrorCode, impactErrorMessages } from './impactErrorMessages.js';

describe('the error code type', () => {
  it('is the list of codes of the message table', () => {
    expectTypeOf<
      SameShape<ImpactErrorCode, keyof typeof impactErrorMessages>
    >().toEqualTypeOf<true>();
  });
});
