import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { fekolaDataset } from '../../test/realData/fekola.js';
import { isImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { validateDataset } from '../validation/validateDataset.js';
import { buildImpactReport } from './buildImpactReport.js';
import { latestDatedFact } from './latestDatedFact.js';

/** A dataset as the library parses it. */
function parsed(dataset: unknown, gazetteer = azGazetteer): ImpactDataset {
  const data = validateDataset(dataset, { now: '2026-01-01', gazetteer }).data;
  if (data === undefined) throw new Error('the dataset parses');
  return data;
}

describe('latestDatedFact', () => {
  it('takes the latest workforce summary of AzerGold, not a later source date', () => {
    // The summary of 2025-11-14 is the latest dated fact; sources are not facts.
    expect(latestDatedFact(parsed(azergoldDataset))).toEqual({
      date: '2025-11-14',
      fact: 'the workforce summary of 2025-11-14, at /workforce/0/asOf',
    });
  });

  it('takes the end of the latest production year of Fekola', () => {
    // Production of 2024 ends on 31 December 2024, after the last summary (2022-12-31).
    expect(latestDatedFact(parsed(fekolaDataset))).toEqual({
      date: '2024-12-31',
      fact: 'production of the period ending 2024-12-31, at /production/10',
    });
  });

  it('counts program flows, and finds nothing in a dataset without dated facts', () => {
    const data = parsed(fekolaDataset);
    const [program] = data.programs;
    if (program === undefined) throw new Error('Fekola has programs');
    const later: ImpactDataset = {
      ...data,
      programs: [
        {
          ...program,
          spend: [
            ...program.spend,
            {
              date: '2025-03-01',
              kind: 'disbursement',
              value: { amountMinor: 1, currency: 'XOF' },
            },
          ],
        },
      ],
    };
    expect(latestDatedFact(later)?.date).toBe('2025-03-01');
    expect(latestDatedFact(parsed(minimalDataset))).toBeUndefined();
  });
});

describe('buildImpactReport without asOf', () => {
  it('describes the day of the latest dated fact, over its calendar year to that day', () => {
    const report = buildImpactReport(azergoldDataset, { gazetteer: azGazetteer });
    expect(report.asOf).toBe('2025-11-14');
    expect(report.period).toEqual({ start: '2025-01-01', end: '2025-11-14' });
    expect(report.asOfBasis).toEqual({
      basis: 'latestDatedFact',
      fact: 'the workforce summary of 2025-11-14, at /workforce/0/asOf',
    });
  });

  it('keeps a given asOf as before, and says it was given', () => {
    const report = buildImpactReport(fekolaDataset, { asOf: '2022-12-31', now: '2025-11-14' });
    expect(report.asOf).toBe('2022-12-31');
    expect(report.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(report.asOfBasis).toEqual({ basis: 'given' });
  });

  it('throws INVALID_ARGUMENT when the dataset has no dated fact to take it from', () => {
    let caught: unknown;
    try {
      buildImpactReport(minimalDataset);
    } catch (error) {
      caught = error;
    }
    expect(isImpactError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('still reports an invalid dataset as INVALID_DATASET', () => {
    let caught: unknown;
    try {
      buildImpactReport({ schemaVersion: 'nonsense' });
    } catch (error) {
      caught = error;
    }
    expect(isImpactError(caught, 'INVALID_DATASET')).toBe(true);
  });
});

describe('latestDatedFact, the dates of people and records', () => {
  const base = parsed(baseDataset(), { byId: new Map() } as never);

  it('takes a departure after every hire, without summaries', () => {
    // e-1 hired 2019-03-01, e-2 hired 2020-01-15 and left 2024-06-30: the departure is latest.
    const people: ImpactDataset = { ...base, workforce: [], production: [], programs: [] };
    expect(latestDatedFact(people)).toEqual({
      date: '2024-06-30',
      fact: 'a departure on 2024-06-30, at /employees/1/terminationDate',
    });
  });

  it('counts an open safety or grievance record by its first day', () => {
    const open = { start: '2030-01-01' };
    const safety = { ...base, safety: [{ period: open }] } as unknown as ImpactDataset;
    expect(latestDatedFact(safety)).toEqual({
      date: '2030-01-01',
      fact: 'a safety record to 2030-01-01, at /safety/0/period',
    });
    const grievances = { ...base, grievances: [{ period: open }] } as unknown as ImpactDataset;
    expect(latestDatedFact(grievances)).toEqual({
      date: '2030-01-01',
      fact: 'a grievance record to 2030-01-01, at /grievances/0/period',
    });
  });
});
