// No call of the library's sources spreads an array into its arguments (issue 21, fault 5):
// a data-sized array overflows the call stack. `appendAll` and loops take their place.
import { describe, expect, it } from 'vitest';
// @ts-expect-error TS7016 - a plain JavaScript module of the repository's scripts, without types
import { spreadArguments } from '../../scripts/spreadArguments.mjs';

describe('the sources', () => {
  it('spread no array into the arguments of a call', { timeout: 60_000 }, () => {
    expect(spreadArguments()).toEqual([]);
  });
});
