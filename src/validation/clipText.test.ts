import { describe, expect, it } from 'vitest';
import { clipText } from './clipText.js';

describe('clipText', () => {
  it('keeps a string that fits', () => {
    expect(clipText('Daşkəsən', 8)).toBe('Daşkəsən');
    expect(clipText('', 0)).toBe('');
  });
  it('returns a string of exactly max code units whole, whatever its last unit', () => {
    // "ab\ud800" is 3 code units, ending on a lone high surrogate: 3 <= 3, nothing is cut.
    expect(clipText('ab\ud800', 3)).toBe('ab\ud800');
  });
  it('cuts a longer string to max code units', () => {
    expect(clipText('abcdef', 4)).toBe('abcd');
  });
  it('never ends on the first half of a surrogate pair', () => {
    // "x🙂🙂": x, then two pairs (\ud83d\ude42). Cut at 2 would keep "x\ud83d": the pair goes.
    expect(clipText('x🙂🙂', 2)).toBe('x');
    // Cut at 3 ends after a whole pair.
    expect(clipText('x🙂🙂', 3)).toBe('x🙂');
  });
  it('keeps a lone low surrogate that was already in the input at the cut', () => {
    expect(clipText('a\ude42b', 2)).toBe('a\ude42');
  });
});
