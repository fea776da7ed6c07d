/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { kyrgyzLocations } from '../../test/fixtures/genericPlaces.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { datasetPlaces, isAzerbaijaniDataset } from './datasetPlaces.js';
import { main } from './main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    today: () => '2025-12-31',
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-places-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const employee = (id: string, homeLocationId: string) => ({
  id,
  companyId: 'kg-miner',
  siteId: 'site-kg',
  homeLocationId,
  gender: 'female',
  hireDate: '2020-01-15',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
});

/** A Kyrgyz miner: a site at Barskoon; one employee from Bishkek, one from Barskoon. */
const kyrgyzDataset = {
  schemaVersion: '1.0',
  company: {
    id: 'kg-miner',
    name: 'Example Kyrgyz Mining LLC',
    entityType: 'registeredEntity',
    jurisdiction: 'KG',
    commodities: ['gold'],
  },
  locations: kyrgyzLocations,
  sites: [
    {
      id: 'site-kg',
      name: 'Mountain Mine',
      kind: 'mine',
      companyId: 'kg-miner',
      locationId: 'kg-barskoon',
      depositIds: [],
    },
  ],
  employees: [employee('e-bishkek', 'KG-GB'), employee('e-barskoon', 'kg-barskoon')],
};

describe('the gazetteer the command gives a dataset', () => {
  it('is the Azerbaijani one for an Azerbaijani dataset only', () => {
    expect(isAzerbaijaniDataset(azergoldDataset)).toBe(true);
    expect(datasetPlaces(azergoldDataset).gazetteer).toBe(azGazetteer);
    expect(isAzerbaijaniDataset(kyrgyzDataset)).toBe(false);
    expect(datasetPlaces(kyrgyzDataset)).toEqual({ gazetteer: undefined, territoryIds: undefined });
    // The base fixture (country XX) is not Azerbaijani either.
    expect(isAzerbaijaniDataset(baseDataset())).toBe(false);
  });

  it('recognizes a dataset by its jurisdiction, its country location or its references', () => {
    const company = { ...kyrgyzDataset.company, jurisdiction: 'AZ' };
    expect(isAzerbaijaniDataset({ ...kyrgyzDataset, company })).toBe(true);
    const country = { id: 'AZ', kind: 'country', name: 'Azərbaycan' };
    expect(isAzerbaijaniDataset({ locations: [country] })).toBe(true);
    const site = { ...kyrgyzDataset.sites[0], locationId: 'AZ-DAS' };
    expect(isAzerbaijaniDataset({ ...kyrgyzDataset, sites: [site] })).toBe(true);
    const village = { id: 'v', kind: 'village', name: 'V', parentId: 'az-er-ganja-dashkasan' };
    expect(isAzerbaijaniDataset({ locations: [village] })).toBe(true);
    expect(isAzerbaijaniDataset({ locations: [{ ...village, parentId: 'AZ' }] })).toBe(true);
    // An id the dataset defines itself is its own, not a reference to the gazetteer.
    const own = { id: 'AZ-DAS', kind: 'district', name: 'Mine' };
    expect(isAzerbaijaniDataset({ locations: [own], sites: [{ locationId: 'AZ-DAS' }] })).toBe(
      false,
    );
    expect(isAzerbaijaniDataset(null)).toBe(false);
    expect(isAzerbaijaniDataset({ company: 'x', locations: 'y' })).toBe(false);
  });
});

describe('mining-impact on a Kyrgyz dataset', () => {
  const path = join(dir, 'kyrgyz.json');
  writeFileSync(path, JSON.stringify(kyrgyzDataset));

  it('takes the capital from the dataset: a Bishkek employee is not "from the regions"', async () => {
    // Bishkek (KG-GB) is the capital Kyrgyzstan records; Barskoon lies outside it. Before, the
    // Azerbaijani gazetteer was merged and Bakı taken as the capital: 2 of 2 from the regions.
    // Now 1 of 2: 1 / 2 = 0.5.
    const { code, out, err } = await run(
      'report',
      path,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--locality',
      'outsideCapital',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const result = (id: string) =>
      report.indicators.find((r: { indicatorId: string }) => r.indicatorId === id);
    expect(result('workforce.regionalOriginShare').value).toBe(0.5);
    // Under outsideCapital with no ids, the capital of the site's country: again 1 of 2.
    expect(result('workforce.localEmploymentShare').value).toBe(0.5);
    // Azerbaijan's liberated territories are no default for a Kyrgyz dataset.
    const territories = report.coverage.find(
      (c: { indicatorId: string }) => c.indicatorId === 'jobs.jobsInTerritories',
    );
    expect(territories).toMatchObject({
      status: 'notApplicable',
      detail: 'The report names no territories.',
    });
  });

  it('compares Kyrgyz districts under sameDistrict', async () => {
    // The site lies in Barskoon, Jeti-Oguz district: the Barskoon employee is local, the Bishkek
    // one is not: 1 / 2 = 0.5.
    const { code, out } = await run(
      'report',
      path,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--locality',
      'sameDistrict',
    );
    expect(code).toBe(0);
    const local = JSON.parse(out).indicators.find(
      (r: { indicatorId: string }) => r.indicatorId === 'workforce.localEmploymentShare',
    );
    expect(local.value).toBe(0.5);
  });

  it('validates the dataset against its own locations, without the Azerbaijani gazetteer', async () => {
    const { code, out } = await run('validate', path, '--as-of', '2025-11-14');
    expect(code).toBe(0);
    expect(out).not.toContain('location.shadows_gazetteer');
    expect(out).toMatch(/^0 errors, /m);
  });
});
