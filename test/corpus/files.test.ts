/// <reference types="node" />
// Runs the hostile files of the corpus (fileCases.ts): each is written to a temporary folder as
// bytes, read with mining-impact/node, and checked row by row. Reading never throws for a bad row,
// never changes a prototype, and keeps every valid row next to a bad one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isImpactError } from '../../src/core/ImpactError.js';
import { readEmployees } from '../../src/node/readEmployees.js';
import { readJsonFile } from '../../src/node/readJsonFile.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { NOW } from '../fixtures/baseDataset.js';
import { documentedThrows } from './documentedThrows.js';
import { type ExpectedRow, jsonCases, rowsCases } from './fileCases.js';
import { expectPrototypesUnchanged, snapshotPrototypes } from './prototypes.js';

const folder = mkdtempSync(join(tmpdir(), 'mining-impact-corpus-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

let written = 0;
function write(name: string, content: Uint8Array): string {
  const path = join(folder, `${++written}-${name}`);
  writeFileSync(path, content);
  return path;
}

describe('hostile files', () => {
  it('have at least 25 cases', () => {
    expect(rowsCases.length + jsonCases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(rowsCases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const path = write(c.file, c.content);
    const before = snapshotPrototypes();
    const rows = readEmployees(path);
    const got: ExpectedRow[] = [];
    for await (const row of rows) {
      if (row.employee !== undefined) {
        got.push([row.row, row.employee.id]);
        continue;
      }
      for (const issue of row.issues) {
        expect(issue.row).toBe(row.row);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.message.length).toBeLessThanOrEqual(400);
      }
      got.push([row.row, row.issues.map((issue) => [issue.code, issue.column] as const)]);
    }
    expectPrototypesUnchanged(before);
    expect(got).toEqual(c.rows);
    const valid = c.rows.filter(([, what]) => typeof what === 'string').length;
    expect(rows.counts).toEqual({ read: c.rows.length, valid, rejected: c.rows.length - valid });
  });

  it.each(jsonCases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const path = write('dataset.json', c.content);
    const before = snapshotPrototypes();
    let parsed: unknown;
    try {
      parsed = await readJsonFile(path);
    } catch (error) {
      expectPrototypesUnchanged(before);
      if (c.throws === undefined || !isImpactError(error)) throw error;
      expect(error.code).toBe(c.throws[0]);
      expect(error.message.slice(error.message.indexOf(path))).toBe(`${path}: ${c.throws[1]}`);
      expect(documentedThrows('readJsonFile')).toContain(c.throws[0]);
      return;
    }
    expect(c.throws, 'the file was read although it should not be').toBeUndefined();
    const issues = validateDataset(parsed, { now: NOW }).issues;
    expectPrototypesUnchanged(before);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(c.issues);
  });
});
