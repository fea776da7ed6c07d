/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { azGazetteer } from '../src/data/az/index.js';
import {
  extendGazetteer,
  type Gazetteer,
  type LocationId,
  LocationSchema,
  type Site,
  type SiteId,
} from '../src/index.js';
import { summarizeWorkforceFile } from '../src/node/index.js';
import { collect, gcTime, type TaskMeasurement } from './measure.js';
import { AS_OF } from './syntheticWorkforce.js';

/** The name of the report command's task, as the results print it. */
export const REPORT_COMMAND_TASK = 'mining-impact report <folder> --format md (the command)';

/** The name of the streaming summary of the folder's employees, as the results print it. */
export const REPORT_SUMMARY_TASK = 'summarizeWorkforceFile (the folder’s employees.ndjson)';

const MB = 1024 * 1024;

/** The repository: bench/.out/../.. (the worker runs from the bundle). */
const root = resolve(import.meta.dirname, '../..');

/** The places and sites of a dataset folder, as the summaries of its employees take them. */
export interface FolderPlaces {
  /** The Azerbaijani gazetteer extended with the dataset's locations. */
  readonly gazetteer: Gazetteer;
  /** The dataset's sites. */
  readonly sites: readonly Pick<Site, 'id' | 'locationId'>[];
}

/**
 * The places of a dataset folder's `dataset.json`: the Azerbaijani gazetteer (the command's for
 * a dataset of a company registered in Azerbaijan) extended with the dataset's locations, and
 * its sites.
 *
 * @param folder - The dataset folder.
 * @returns The gazetteer and the sites.
 */
export function folderPlaces(folder: string): FolderPlaces {
  const dataset = JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')) as {
    locations: unknown[];
    sites: { id: string; locationId: string }[];
  };
  return {
    gazetteer: extendGazetteer(
      azGazetteer,
      dataset.locations.map((l) => LocationSchema.parse(l)),
    ),
    sites: dataset.sites.map((s) => ({
      id: s.id as SiteId,
      locationId: s.locationId as LocationId,
    })),
  };
}

/**
 * The streaming summary of a dataset folder's employees: `summarizeWorkforceFile` on its
 * `employees.ndjson` with the places and sites of its `dataset.json` (see {@link folderPlaces},
 * read before the run as the stream scenario builds its places), in one thread, as the stream
 * scenario runs it.
 *
 * @param folder - The dataset folder.
 * @param places - Its places and sites.
 * @returns The rows read and rejected, and two counts of the summary.
 */
export async function summarizeFolderEmployees(
  folder: string,
  places: FolderPlaces,
): Promise<string> {
  const { summary, counts } = await summarizeWorkforceFile(join(folder, 'employees.ndjson'), {
    asOf: AS_OF,
    ...places,
    localityPolicy: { kind: 'sameDistrict' },
    includeContractors: true,
    workers: 1,
  });
  return `${counts.read} rows, ${counts.rejected} rejected; headcount ${summary.headcount}, local ${summary.local}`;
}

/**
 * Runs the built command `mining-impact report <folder> --as-of … --format md --out <file>` once,
 * in this process (a fresh one), as `dist/cli/index.js` runs it: its time from the start to its
 * exit code, and its peak RSS and heap growth over this process once the library's entries the
 * command loads (`mining-impact`, `mining-impact/node`, `mining-impact/data/az`) are imported and
 * garbage is collected. RSS and heap are sampled every 10 ms; the peak RSS is also the
 * process's `maxRSS`. `npm run build` must have built dist/.
 *
 * @param folder - The dataset folder.
 * @param out - The Markdown file to write.
 * @param records - The employee records of the folder.
 * @param begin - Called when the command starts (the profile window opens).
 * @returns The measurement (one run).
 * @throws Error when the command exits with another code than 0.
 */
export async function measureReportCommand(
  folder: string,
  out: string,
  records: number,
  begin: () => void = () => {},
): Promise<TaskMeasurement> {
  const dist = (path: string): string => pathToFileURL(join(root, 'dist', path)).href;
  await import(dist('index.js'));
  await import(dist('node/index.js'));
  await import(dist('data/az/index.js'));
  collect();
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  let peakRss = start.rss;
  const cli = join(root, 'dist/cli/index.js');
  process.argv = [process.execPath, cli, 'report', folder, '--as-of', AS_OF, '--format', 'md'];
  process.argv.push('--out', out);
  const gcStart = await gcTime();
  begin();
  const started = performance.now();
  const code = await new Promise<number | string>((done) => {
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
      if (now.rss > peakRss) peakRss = now.rss;
      // The command sets the exit code when it has written its output.
      if (process.exitCode !== undefined) {
        clearInterval(sampler);
        done(process.exitCode);
      }
    }, 10);
    import(pathToFileURL(cli).href).catch((error: unknown) => {
      clearInterval(sampler);
      done(String(error));
    });
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`mining-impact report exited with ${code}`);
  const gcMs = (await gcTime()) - gcStart;
  process.exitCode = undefined;
  const peakRssAll = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return {
    task: REPORT_COMMAND_TASK,
    baseline: false,
    handWritten: false,
    records,
    medianMs: ms,
    runs: 1,
    gcShare: ms > 0 ? Math.min(1, gcMs / ms) : 0,
    heapMB: Math.max(0, peakHeap - start.heapUsed) / MB,
    rssMB: Math.max(0, peakRssAll - start.rss) / MB,
    check: `${readFileSync(out, 'utf8').length} characters of Markdown`,
  };
}
