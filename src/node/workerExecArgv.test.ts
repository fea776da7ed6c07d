import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './workerExecArgv.js';

describe('workerExecArgv', () => {
  it('drops --input-type, written with = or with its value apart, and keeps the rest in order', () => {
    expect(
      workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=512']),
    ).toEqual(['-e', 'code', '--max-old-space-size=512']);
    expect(workerExecArgv(['--enable-source-maps', '--input-type', 'commonjs', '-e', 'x'])).toEqual(
      ['--enable-source-maps', '-e', 'x'],
    );
    expect(workerExecArgv([])).toEqual([]);
  });

  it('does not change the list it is given', () => {
    const given = Object.freeze(['--input-type=module']);
    expect(workerExecArgv(given)).toEqual([]);
    expect(given).toEqual(['--input-type=module']);
  });
});
