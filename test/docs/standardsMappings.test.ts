import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../src/indicators/indicatorCatalog.js';

/** The rows of the page's tables: function, standard, clause and basis. */
function pageRows(): { fn: string; standard: string; clause: string; basis: string }[] {
  const text = readFileSync(new URL('../../docs/standards-mappings.md', import.meta.url), 'utf8');
  const rows: { fn: string; standard: string; clause: string; basis: string }[] = [];
  for (const line of text.split('\n')) {
    const match = /^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|/.exec(line);
    if (match === null) continue;
    const [, fn, standard, clause, basis] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    rows.push({ fn, standard: standard.trim(), clause: clause.trim(), basis: basis.trim() });
  }
  return rows;
}

describe('docs/standards-mappings.md', () => {
  const rows = pageRows();

  it("has one row for every standard of every catalog entry, and one for each library's own indicator", () => {
    const expected = indicatorCatalog.flatMap((entry) =>
      entry.standards.length === 0
        ? [`${entry.functionName} — —`]
        : entry.standards.map((standard) => `${entry.functionName} — ${standard}`),
    );
    const found = rows.map((row) => `${row.fn} — ${row.standard}`);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('gives each row a clause and a basis: confirmed, the library’s reading, or its own', () => {
    for (const row of rows) {
      expect(row.clause, row.fn).not.toBe('');
      expect(
        ['confirmed', "library's reading", "library's own"],
        `${row.fn} ${row.standard}`,
      ).toContain(row.basis);
      // An indicator with no standard is the library's own, and only it.
      expect(row.standard === '—', `${row.fn} ${row.standard}`).toBe(row.basis === "library's own");
    }
  });
});
