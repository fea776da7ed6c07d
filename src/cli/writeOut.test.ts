/// <reference types="node" />
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOut } from './writeOut.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Issue 21, fault 3: on a full disk a good 152,950-byte report was replaced by truncated bytes,
// and SIGTERM mid-write left unparseable JSON. The report goes to a temporary file first.
describe('writeOut', () => {
  it('leaves the old file whole when the disk fills mid-write, and no temporary file', async () => {
    const out = join(dir, 'report.json');
    writeFileSync(out, '{"good":true}');
    const full = async (path: string, text: string): Promise<void> => {
      await writeFile(path, text.slice(0, 10));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    await expect(writeOut(out, '{"new":"report"}', undefined, full)).rejects.toThrow(
      `--out: cannot write ${out}: no space left on the device: ${out}`,
    );
    expect(readFileSync(out, 'utf8')).toBe('{"good":true}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('replaces the file in one rename', async () => {
    const out = join(dir, 'replaced.md');
    writeFileSync(out, 'old');
    await writeOut(out, 'new', undefined);
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
