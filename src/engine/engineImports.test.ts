import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The module specifiers a source file imports, statically or with `import()`. */
function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)'([^']+)'/g)) {
    found.push(match[1] as string);
  }
  return found;
}

/** The source files of a folder, tests left out. */
function sources(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(folder, name));
}

const src = join(import.meta.dirname, '..');

describe('the engine and DuckDB entries', () => {
  it('engine: imports only its own modules and the root entry (no Node.js API, browser-safe)', () => {
    const files = sources(join(src, 'engine'));
    expect(files.length).toBeGreaterThan(5);
    const all = files.flatMap(specifiersOf);
    expect(all).toContain('../index.js');
    expect(all).toContain('./cubeHash.js');
    for (const file of files) {
      for (const specifier of specifiersOf(file)) {
        expect(
          specifier === '../index.js' || /^\.\/[\w.]+\.js$/.test(specifier),
          `${file}: ${specifier}`,
        ).toBe(true);
      }
    }
  });

  it('duckdb: imports its own modules, the root and engine entries and @duckdb/node-api only', () => {
    const allowed = new Set(['../index.js', '../engine/index.js', '@duckdb/node-api']);
    for (const file of sources(join(src, 'duckdb'))) {
      for (const specifier of specifiersOf(file)) {
        expect(
          allowed.has(specifier) || /^\.\/[\w.]+\.js$/.test(specifier),
          `${file}: ${specifier}`,
        ).toBe(true);
      }
    }
    // DuckDB is loaded with import() only, so the entry loads without it.
    const loader = readFileSync(join(src, 'duckdb', 'loadDuckDb.ts'), 'utf8');
    expect(loader).toContain("import('@duckdb/node-api')");
    expect(loader).not.toMatch(/^import .*'@duckdb\/node-api'/m);
  });
});
