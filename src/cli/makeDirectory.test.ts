/// <reference types="node" />
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirectory } from './makeDirectory.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-mkdir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirectory', () => {
  it('creates a folder and its missing parents, and accepts one that exists', async () => {
    const deep = join(dir, 'a', 'b', 'c');
    await makeDirectory(deep, '--out');
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeDirectory(deep, '--out');
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('names the flag and the reason in words when a parent is a file', async () => {
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    await expect(makeDirectory(join(file, 'sub'), '--out')).rejects.toThrow(
      `--out: cannot create the folder ${join(file, 'sub')}: a file, not a folder: ${file}`,
    );
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))(
    'ends with an error under /proc, where a recursive mkdir never returns',
    async () => {
      await expect(makeDirectory('/proc/mining-impact-x/y', '--out')).rejects.toThrow(
        /^--out: cannot create the folder \/proc\/mining-impact-x\/y: /,
      );
    },
  );
});
