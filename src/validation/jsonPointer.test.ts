import { describe, expect, it } from 'vitest';
import { jsonPointer } from './jsonPointer.js';

describe('jsonPointer', () => {
  it('joins keys and indices, the empty path being the whole document', () => {
    expect(jsonPointer([])).toBe('');
    expect(jsonPointer(['programs', 3, 'spend', 0, 'value'])).toBe('/programs/3/spend/0/value');
    expect(jsonPointer([''])).toBe('/');
  });

  it('escapes ~ before / as RFC 6901 requires', () => {
    expect(jsonPointer(['a/b', 'm~n', '~1'])).toBe('/a~1b/m~0n/~01');
  });
});
