import { describe, expect, it } from 'vitest';
import { describeFileError } from './describeFileError.js';

const withCode = (code: string): Error => Object.assign(new Error('x'), { code });

describe('describeFileError', () => {
  it('turns the system error codes into words, followed by the path', () => {
    expect(describeFileError(withCode('ENOENT'), 'a.json')).toBe('no such file or folder: a.json');
    expect(describeFileError(withCode('EACCES'), '/root/a')).toBe('permission denied: /root/a');
    expect(describeFileError(withCode('EISDIR'), 'd')).toBe('a folder, not a file: d');
    expect(describeFileError(withCode('ENOSPC'), 'o.md')).toBe('no space left on the device: o.md');
  });

  it('keeps an unknown code as it is, and says "error" when there is none', () => {
    expect(describeFileError(withCode('EWHATEVER'), 'p')).toBe('EWHATEVER: p');
    expect(describeFileError(new Error('x'), 'p')).toBe('error: p');
    expect(describeFileError(null, 'p')).toBe('error: p');
  });

  it('does not read a code inherited from the prototype chain as a known one', () => {
    expect(describeFileError(withCode('toString'), 'p')).toBe('toString: p');
  });
});
