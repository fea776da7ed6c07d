import { describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import {
  asOf2025,
  originGazetteer,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { LocationSchema } from '../../model/location.js';
import { WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { remoteVillageShare } from './remoteVillageShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

describe('remoteVillageShare', () => {
  it('divides the people from remote villages by everyone counted', () => {
    const summary = summarizeWorkforce(origins2025, { asOf: asOf2025, gazetteer: originGazetteer });
    const result = remoteVillageShare(summary);
    // a1 (Çovdar) and a4 (Hacıkənd) of 12 people: 2 / 12 = 0.1666…; Quşçu (a15) is not remote.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 12, value: 2 / 12 });
    expect(result.breakdown).toBeUndefined();
    expect(result.standards).toEqual(['GRI 405-1', 'ICMM SER']);
  });

  it('counts a home under a remote village', () => {
    const gazetteer = extendGazetteer(originGazetteer, [
      LocationSchema.parse({
        id: 'hamlet',
        kind: 'other',
        name: 'A hamlet',
        parentId: 'vil-chovdar',
      }),
    ]);
    const summary = summarizeWorkforce(
      [makeEmployee({ id: 'h', homeLocationId: 'hamlet' }), makeEmployee({ id: 'd' })],
      { asOf: asOf2025, gazetteer },
    );
    // The hamlet lies under Çovdar: 1 of 2 = 0.5.
    expect(remoteVillageShare(summary).value).toBe(0.5);
  });

  it('is MISSING_DATA when the summary says it only in words', () => {
    const result = remoteVillageShare(
      WorkforceSummarySchema.parse({
        companyId: 'azergold',
        asOf: '2025-11-14',
        headcount: 2554,
        note: 'a significant proportion from remote villages',
        sourceIds: [],
      }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('MISSING_DATA');
  });

  it('bounds the share when the count is bounds', () => {
    const result = remoteVillageShare(
      WorkforceSummarySchema.parse({
        companyId: 'miner',
        asOf: '2025-06-30',
        headcount: 400,
        fromRemoteVillages: { min: 100, max: 200, phrase: 'hundreds' },
        sourceIds: [],
      }),
    );
    // 100/400 = 0.25 to 200/400 = 0.5.
    expect(result.bounds).toEqual({ min: 0.25, max: 0.5, phrase: 'hundreds' });
  });
});
