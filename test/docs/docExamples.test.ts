// Every TypeScript block of README.md and docs/*.md runs against the sources, the blocks of a
// page in order as one program, and every result written after `//=>` is what the code gives.
// Blocks fenced "```ts fragment" are not run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { failures } from './checkExample.js';
import { docBlocks, docPages, moduleOf } from './docExamples.js';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'test/docs/.examples');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the docs examples', () => {
  for (const page of docPages(root)) {
    const blocks = docBlocks(root, page);
    if (blocks.length === 0) continue;
    it(`of ${page} run and give the results they show`, { timeout: 60_000 }, async () => {
      failures.length = 0;
      const file = join(dir, `${page.replaceAll('/', '_')}.ts`);
      writeFileSync(file, moduleOf(blocks, root, dir));
      // What an example prints (the README prints a whole report) stays out of the test output.
      const print = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(/* @vite-ignore */ file);
      } catch (error) {
        failures.push(`${page}: ${(error as Error).message}`);
      } finally {
        print.mockRestore();
      }
      expect(failures).toEqual([]);
    });
  }
});
