import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { azGazetteer } from '../src/data/az/index.js';
import { validateDataset } from '../src/index.js';
import { readDatasetInput } from '../src/node/index.js';
import { syntheticDataset, writeDatasetFolder } from './datasetFolder.js';
import { COMPANY_ID, syntheticWorld, UNLISTED_HOMES, UNLISTED_SITE } from './syntheticWorkforce.js';

const world = syntheticWorld();
const dir = mkdtempSync(join(tmpdir(), 'mining-impact-dataset-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('syntheticDataset', () => {
  it('defines the six sites and every village the records may name', () => {
    const dataset = syntheticDataset(world) as {
      sites: { id: string; companyId: string }[];
      locations: { id: string }[];
    };
    // The world's five sites and the one missing from its list.
    expect(dataset.sites.map((s) => s.id).sort()).toEqual(
      [...world.sites.map((s) => s.id as string), UNLISTED_SITE].sort(),
    );
    expect(dataset.sites.every((s) => s.companyId === COMPANY_ID)).toBe(true);
    // 40 + 25 + 20 + 15 synthetic villages (the VILLAGES table) and 60 unlisted ones.
    expect(dataset.locations).toHaveLength(100 + UNLISTED_HOMES);
    expect(new Set(dataset.locations.map((l) => l.id)).size).toBe(160);
  });
});

describe('writeDatasetFolder', async () => {
  const count = 3000;
  const folder = await writeDatasetFolder(world, dir, count);
  const dataset = JSON.parse(readFileSync(folder.dataset, 'utf8')) as {
    company: { id: string };
    sites: { id: string }[];
    locations: { id: string }[];
  };
  const employees = readFileSync(folder.employees, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string | number>);

  it('writes the records asked for, every one of the company and referring to the folder', () => {
    expect(employees).toHaveLength(count);
    const sites = new Set(dataset.sites.map((s) => s.id));
    const places = new Set(dataset.locations.map((l) => l.id));
    for (const employee of employees) {
      expect(employee.companyId).toBe(dataset.company.id);
      if (employee.siteId !== undefined) expect(sites.has(String(employee.siteId))).toBe(true);
      // A home is a place of the dataset or of the Azerbaijani gazetteer the command extends.
      const home = String(employee.homeLocationId);
      expect(places.has(home) || azGazetteer.byId.has(home), home).toBe(true);
    }
    // The places missing from the world are named, and defined by the dataset.
    expect(employees.some((e) => String(e.homeLocationId).startsWith('v-unlisted-'))).toBe(true);
    expect(employees.some((e) => e.siteId === UNLISTED_SITE)).toBe(true);
  });

  it('is a valid dataset: validateDataset finds no error in it with its employees', () => {
    const validation = validateDataset(
      { ...dataset, employees },
      { now: '2026-01-01', gazetteer: azGazetteer },
    );
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(validation.summary.errors).toBe(0);
    expect(validation.valid).toBe(true);
  });

  it('reads as the report command reads a folder, no row rejected', async () => {
    const input = await readDatasetInput(folder.folder);
    expect(input.employees?.counts).toMatchObject({ read: count, valid: count, rejected: 0 });
  });
});
