import { describe, expect, it } from 'vitest';
import { ImpactError } from '../index.js';
import { drainRows } from './drainRows.js';

/** A scan of two chunks that fails on the second with `error`. */
async function* failing(error: unknown): AsyncGenerator<number> {
  yield 1;
  throw error;
}

describe('drainRows', () => {
  it('reads every chunk', async () => {
    let steps = 0;
    async function* chunks(): AsyncGenerator<number> {
      for (let i = 0; i < 3; i++) {
        steps++;
        yield i;
      }
    }
    await drainRows(chunks(), 'f.ndjson');
    expect(steps).toBe(3);
  });

  it('lets an ImpactError through as it is, and names the file for any other', async () => {
    const own = new ImpactError('INVALID_ARGUMENT', 'a row of another company');
    await expect(drainRows(failing(own), 'f.ndjson')).rejects.toBe(own);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    await expect(drainRows(failing(denied), 'f.ndjson')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('f.ndjson'),
      cause: denied,
    });
  });
});
