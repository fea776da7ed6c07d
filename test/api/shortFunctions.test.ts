// No function of the library's sources is longer than 80 lines (tests, the generated Ajv module
// and literal tables aside): long functions become small named steps.
import { describe, expect, it } from 'vitest';
// @ts-expect-error TS7016 - a plain JavaScript module of the repository's scripts, without types
import { longFunctions } from '../../scripts/longFunctions.mjs';

describe('the sources', () => {
  it('have no function over 80 lines', { timeout: 60_000 }, () => {
    expect(longFunctions(80)).toEqual([]);
  });
});
