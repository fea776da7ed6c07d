/// <reference types="node" />
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import type { Employee } from '../../model/employee.js';
import { createWorkforceAccumulator } from './createWorkforceAccumulator.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import type { WorkforceAccumulator } from './workforceAccumulator.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

const options: WorkforceSummaryOptions = {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
  companyId: 'miner',
};

function accumulate(records: readonly Employee[]): WorkforceAccumulator {
  const accumulator = createWorkforceAccumulator(options);
  for (const record of records) accumulator.add(record);
  return accumulator;
}

/** A value sent through a real message port, as to or from a worker thread. */
async function throughPort<T>(value: T): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
  port1.postMessage(value);
  const result = await received;
  port1.close();
  port2.close();
  return result;
}

describe('workforce accumulator snapshots', () => {
  it('cross a message port and merge into the summary of every record', async () => {
    // The accumulator itself arrives as {} (its private fields are not cloned); the snapshot
    // arrives whole and merges: the two shards give the summary of all the records.
    const first = accumulate(origins2025.slice(0, 6));
    const second = accumulate(origins2025.slice(6));
    expect(await throughPort(second)).toEqual({});
    const received = await throughPort(second.toSnapshot());
    expect(first.merge(received as never).result()).toEqual(
      summarizeWorkforce(origins2025, options),
    );
  });

  it('survive JSON and merge in any order, shards of three', () => {
    const shards = [0, 4, 8].map((start) => accumulate(origins2025.slice(start, start + 4)));
    const rest = accumulate(origins2025.slice(12));
    const json = JSON.parse(JSON.stringify(shards.map((s) => s.toSnapshot())));
    const merged = rest.merge(json[2]).merge(json[0]).merge(json[1]);
    expect(merged.result()).toEqual(summarizeWorkforce(origins2025, options));
  });

  it('hold the counts: a headcount and breakdowns that add up to it', () => {
    const snapshot = accumulate(origins2025).toSnapshot();
    const summary = summarizeWorkforce(origins2025, options);
    expect(snapshot).toMatchObject({
      format: 'mining-impact/workforce-accumulator',
      version: 2,
      companyId: 'miner',
      headcount: summary.headcount,
    });
    for (const name of ['genders', 'categories', 'ageBands', 'nationalities'] as const)
      expect(snapshot[name].reduce((a, b) => a + b, 0)).toBe(summary.headcount);
    expect(snapshot.parts).toHaveLength(1);
  });

  it('refuse the same records twice: an accumulator with its own snapshot, or one merged in', () => {
    const a = accumulate(origins2025.slice(0, 6));
    const b = accumulate(origins2025.slice(6));
    const message = /merging would count them twice/;
    expect(() => a.merge(a.toSnapshot())).toThrow(message);
    const ab = a.merge(b);
    expect(() => ab.merge(b.toSnapshot())).toThrow(message);
    expect(() => b.merge(ab.toSnapshot())).toThrow(message);
  });

  it('refuse a snapshot made with other options', () => {
    const other = createWorkforceAccumulator({ ...options, asOf: '2024-12-31' });
    expect(() => accumulate([]).merge(other.toSnapshot())).toThrow(
      'the snapshot was made with other options (asOf, policy, capital, company, contractors, sites or period) and cannot be merged',
    );
  });

  it('refuse a forged or damaged snapshot with a clear error, never a TypeError', () => {
    const good = accumulate(origins2025).toSnapshot();
    const base = accumulate([]);
    const cases: [unknown, RegExp][] = [
      [{ ...good, version: 1 }, /not a workforce accumulator snapshot of version 2 at version/],
      [{ ...good, genders: [1, 2, 3] }, /at genders/],
      [{ ...good, headcount: good.headcount + 1 }, /genders do not add up to the headcount/],
      [{ ...good, noSite: [], bySite: [] }, /the counts by home do not add up to the headcount/],
      [{ ...good, parts: ['p', 'p'] }, /a part is listed twice/],
      [{ format: 'mining-impact/workforce-accumulator' }, /not a workforce accumulator snapshot/],
    ];
    for (const [value, message] of cases) {
      expect(() => base.merge(value as never), String(message)).toThrow(message);
      expect(() => base.merge(value as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});

describe('workforce accumulator snapshot checks', () => {
  it('refuse a site listed twice', () => {
    const good = accumulate([]).toSnapshot();
    // Two entries for one site, each of one person: 2 people by home, as the headcount says.
    const twice = {
      ...good,
      headcount: 2,
      genders: [2, 0, 0, 0],
      categories: [2, 0, 0, 0],
      engagements: [2, 0],
      ageBands: [0, 0, 0, 2],
      nationalities: [0, 0, 0, 2],
      bySite: [
        ['site-a', [['v-1', 1]]],
        ['site-a', [['v-2', 1]]],
      ],
    };
    expect(() => createWorkforceAccumulator(options).merge(twice as never)).toThrow(
      'the workforce accumulator snapshot is inconsistent: a site is listed twice',
    );
  });
});

describe('workforce accumulator snapshot shape', () => {
  it('names the root for a key the format does not have', () => {
    const snapshot = { ...accumulate([]).toSnapshot(), extra: 1 };
    expect(() => createWorkforceAccumulator(options).merge(snapshot as never)).toThrow(
      /^\[mining-impact\] .*not a workforce accumulator snapshot of version 2 at the root: /,
    );
  });
});
