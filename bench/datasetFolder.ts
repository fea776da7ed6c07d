/// <reference types="node" />
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeStream, SEED, writeToStream } from './employeeFiles.js';
import {
  COMPANY_ID,
  type SyntheticWorld,
  syntheticEmployees,
  UNLISTED_HOMES,
  UNLISTED_SITE,
} from './syntheticWorkforce.js';

/** The source every fact of the synthetic dataset cites. */
const SOURCE_ID = 'src-synthetic';

/** The kind of each synthetic site, by id. */
const SITE_KINDS: Readonly<Record<string, string>> = {
  'site-cirpa': 'processingPlant',
  'site-merah': 'mine',
  'site-tulallar': 'mine',
  'site-camp-das': 'explorationCamp',
  'site-head-office': 'office',
};

/** A dataset as written to `dataset.json`: JSON-ready. */
export type DatasetJson = Readonly<Record<string, unknown>>;

/**
 * The `dataset.json` of a synthetic dataset folder: the company every synthetic record belongs
 * to (registered in Azerbaijan, so the command reads places with the Azerbaijani gazetteer), its
 * sites, the synthetic villages and every other place the records name, and one source.
 *
 * @remarks
 * The records of {@link syntheticEmployees} name places the Azerbaijani gazetteer holds (its
 * districts, regions and the country), the villages of {@link SyntheticWorld} and the places
 * the gazetteer does not hold (`v-unlisted-1` to `v-unlisted-60`), and the sites of the world
 * plus one missing from its site list (`site-unlisted`). The dataset defines the villages of
 * both kinds (the unlisted ones under Daşkəsən) and all six sites, so that every record refers
 * to a place and a site of the dataset.
 *
 * @param world - The places and sites (see {@link syntheticWorld}).
 * @returns The dataset, without employees (they are in `employees.ndjson`).
 */
export function syntheticDataset(world: SyntheticWorld): DatasetJson {
  const locations: Record<string, unknown>[] = [];
  for (const location of world.gazetteer.byId.values()) {
    if (location.kind !== 'village' || !location.id.startsWith('v-')) continue;
    locations.push({
      id: location.id,
      kind: 'village',
      name: location.name,
      parentId: location.parentId,
      ...(location.remote === true ? { remote: true } : {}),
      sourceIds: [SOURCE_ID],
    });
  }
  for (let i = 1; i <= UNLISTED_HOMES; i++) {
    locations.push({
      id: `v-unlisted-${i}`,
      kind: 'village',
      name: `Unlisted village ${i}`,
      parentId: 'AZ-DAS',
      sourceIds: [SOURCE_ID],
    });
  }
  const sites = [...world.sites, { id: UNLISTED_SITE, locationId: 'AZ-DAS' }].map((site) => ({
    id: site.id,
    name: `Site ${site.id.slice(5)}`,
    kind: SITE_KINDS[site.id] ?? 'other',
    companyId: COMPANY_ID,
    locationId: site.locationId,
    depositIds: [],
    sourceIds: [SOURCE_ID],
  }));
  return {
    schemaVersion: '1.0',
    company: {
      id: COMPANY_ID,
      name: 'Synthetic Gold CJSC',
      entityType: 'registeredEntity',
      jurisdiction: 'AZ',
      commodities: ['gold'],
      sourceIds: [SOURCE_ID],
    },
    locations,
    sites,
    sources: [
      {
        id: SOURCE_ID,
        title: 'Synthetic employment records of the benchmark',
        publisher: 'mining-impact benchmark',
      },
    ],
  };
}

/** A dataset folder written by {@link writeDatasetFolder}. */
export interface DatasetFolder {
  /** The folder. */
  readonly folder: string;
  /** Its `dataset.json`. */
  readonly dataset: string;
  /** Its `employees.ndjson`. */
  readonly employees: string;
}

/**
 * Writes a dataset folder as the `report` command reads it: `dataset.json` (see
 * {@link syntheticDataset}) and `employees.ndjson`, `count` synthetic records with the seed of
 * the benchmark files and none invalid (the command refuses a folder with a rejected row).
 *
 * @param world - The places and sites.
 * @param dir - Where to make the folder (a temporary one: nothing is kept).
 * @param count - How many employee records.
 * @returns The paths.
 */
export async function writeDatasetFolder(
  world: SyntheticWorld,
  dir: string,
  count: number,
): Promise<DatasetFolder> {
  const folder = join(dir, `dataset-${count}`);
  mkdirSync(folder, { recursive: true });
  const dataset = join(folder, 'dataset.json');
  writeFileSync(dataset, `${JSON.stringify(syntheticDataset(world), null, 2)}\n`);
  const employees = join(folder, 'employees.ndjson');
  const stream = createWriteStream(employees);
  let lines = '';
  let n = 0;
  for (const record of syntheticEmployees(world, { seed: SEED, count })) {
    lines += `${JSON.stringify(record)}\n`;
    if (++n % 10_000 === 0) {
      await writeToStream(stream, lines);
      lines = '';
    }
  }
  await writeToStream(stream, lines);
  await closeStream(stream);
  return { folder, dataset, employees };
}
