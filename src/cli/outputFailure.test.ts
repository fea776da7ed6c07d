import { describe, expect, it } from 'vitest';
import { outputFailure } from './outputFailure.js';

// Issue 21, fault 13: EPIPE (| head -c 10) and ENOSPC (>/dev/full) on stdout were unhandled
// 'error' events: a stack trace and exit 1.
describe('outputFailure', () => {
  it('ends quietly with 141 (128 + SIGPIPE) when the reader went away, once', () => {
    let err = '';
    const exits: number[] = [];
    const fail = outputFailure({
      stderr: { write: (text: string) => (err += text) },
      exit: (n) => exits.push(n),
    });
    fail(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    fail(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(err).toBe('');
    expect(exits).toEqual([141]);
  });

  it('ends with one line and exit 1 on any other failure, once', () => {
    for (const code of ['ENOSPC', 'EIO']) {
      let err = '';
      const exits: number[] = [];
      const fail = outputFailure({
        stderr: { write: (text: string) => (err += text) },
        exit: (n) => exits.push(n),
      });
      fail(Object.assign(new Error(`write ${code}`), { code }));
      fail(Object.assign(new Error(`write ${code}`), { code }));
      expect(err).toBe(`mining-impact: cannot write the output (${code}); stopped\n`);
      expect(exits).toEqual([1]);
    }
  });

  it('still exits when standard error cannot be written either', () => {
    const exits: number[] = [];
    const fail = outputFailure({
      stderr: {
        write: () => {
          throw new Error('EPIPE');
        },
      },
      exit: (n) => exits.push(n),
    });
    fail(new Error('no code'));
    expect(exits).toEqual([1]);
  });
});
