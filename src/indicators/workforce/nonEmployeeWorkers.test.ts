import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  employedOn,
  FOLD_PERIOD,
  missingCases,
  streamedWorkforce,
} from '../../../test/fixtures/streamedWorkforce.js';
import * as root from '../../index.js';
import type { Employee } from '../../model/employee.js';
import { WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import {
  nonEmployeeWorkers,
  nonEmployeeWorkersFold,
  nonEmployeeWorkersIndicator,
} from './nonEmployeeWorkers.js';

const asOf = '2024-12-31';

// On 2024-12-31: w1, w2 contractors' workers; w3 an agency worker; w4 an apprentice; w5 a
// contractor's record without a type; w6 a contractor's worker who left on 2024-12-31 and w7
// one who starts in 2025 (neither counted); e1 and e2 are employees (not counted here).
const records: readonly Employee[] = [
  makeEmployee({ id: 'w1', engagement: 'contractor', workerType: 'contractorWorker' }),
  makeEmployee({ id: 'w2', engagement: 'contractor', workerType: 'contractorWorker' }),
  makeEmployee({ id: 'w3', engagement: 'contractor', workerType: 'agencyWorker' }),
  makeEmployee({ id: 'w4', engagement: 'contractor', workerType: 'apprentice' }),
  makeEmployee({ id: 'w5', engagement: 'contractor' }),
  makeEmployee({
    id: 'w6',
    engagement: 'contractor',
    workerType: 'contractorWorker',
    terminationDate: '2024-12-31',
    terminationReason: 'contractEnd',
  }),
  makeEmployee({ id: 'w7', engagement: 'contractor', hireDate: '2025-01-01' }),
  makeEmployee({ id: 'e1' }),
  makeEmployee({ id: 'e2', gender: 'female' }),
];

describe('nonEmployeeWorkers', () => {
  it('GRI 2-8 a: the total number of workers who are not employees, and their types', () => {
    const result = nonEmployeeWorkers(records, { asOf });
    // w1 w2 w3 w4 w5 are active contractors' records: 5.
    expect(result.value).toBe(5);
    expect(result.unit).toBe('count');
    // By type, in the model's order: contractorWorker w1 w2 = 2, agencyWorker w3 = 1,
    // apprentice w4 = 1, then notStated w5 = 1.
    expect(result.breakdown?.map((r) => [r.keys.workerType, r.value, r.count])).toEqual([
      ['contractorWorker', 2, 2],
      ['agencyWorker', 1, 1],
      ['apprentice', 1, 1],
      ['notStated', 1, 1],
    ]);
    expect(result.notes).toEqual([
      "1 of 5 records of workers who are not employees do not state the type of worker; they are counted under 'notStated'.",
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('GRI 2-8 a: echoes the definition of the workers counted', () => {
    const { definitions } = nonEmployeeWorkers(records, { asOf });
    expect(definitions.definition).toBe(
      'workers who are not employees and whose work is controlled by the organisation (GRI 2-8)',
    );
  });

  it('GRI 2-8 b i-ii: states the basis (head count) and the point in time (asOf)', () => {
    const { definitions } = nonEmployeeWorkers(records, { asOf });
    expect(definitions.basis).toBe('headcount');
    expect(definitions.timing).toBe('on asOf');
    expect(definitions.asOf).toBe(asOf);
  });

  it('GRI 2-8 a: nobody active gives 0 and no rows', () => {
    const result = nonEmployeeWorkers(records, { asOf: '2000-01-01' });
    expect(result.value).toBe(0);
    expect(result.breakdown).toBeUndefined();
    expect(result.notes).toEqual(['No worker who is not an employee is active on asOf.']);
  });

  it('GRI 2-8: rejects a date that is not a calendar date', () => {
    expect(() => nonEmployeeWorkers(records, { asOf: '2024-13-01' })).toThrow(/asOf/);
  });

  it('GRI 2-8: on a dataset, counts the records on the report date', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: records }, { asOf });
    const outcome = nonEmployeeWorkersIndicator.fromDataset(context);
    expect(Array.isArray(outcome) && outcome[0]?.value).toBe(5);
    const none = nonEmployeeWorkersIndicator.fromDataset(
      indicatorContextOf({ ...baseDataset(), employees: [] }),
    );
    expect(none).toEqual({
      status: 'dataAbsent',
      detail:
        "The dataset has no employee records, and no workforce summary on or before the report date counts contractors' workers.",
    });
  });

  // AzerGold's reply to Editor.az (undated, so the reference dataset does not record it as a
  // summary): 2,128 permanent jobs, 812 at AzerGold and 1,316 through long-term contractors.
  const published = WorkforceSummarySchema.parse({
    companyId: 'azergold',
    asOf: '2025-01-01',
    headcount: 2128,
    scope: 'employeesAndContractors',
    byEngagement: { employee: 812, contractor: 1316 },
    sourceIds: ['src-editor-az-jobs'],
  });

  it("GRI 2-8 a: from a published summary, its count of contractors' workers on its date", () => {
    const result = nonEmployeeWorkers(published);
    expect(result.value).toBe(1316);
    // An exact count: no note.
    expect(result.notes).toEqual([]);
    expect(result.breakdown).toBeUndefined();
    expect(result.definitions).toMatchObject({ asOf: '2025-01-01', basis: 'summary' });
    expect(result.sourceIds).toEqual(['src-editor-az-jobs']);
  });

  it('GRI 2-8: says what a summary count is, and refuses what is neither records nor a summary', () => {
    expect(nonEmployeeWorkers(published).definitions).toMatchObject({
      population: "the summary's count of contractors' workers",
    });
    const { byEngagement: _omitted, ...withoutCount } = published;
    expect(nonEmployeeWorkers(withoutCount).notes).toEqual([
      "The summary does not count contractors' workers.",
    ]);
    for (const input of [42, 'records', null]) {
      expect(() => nonEmployeeWorkers(input as never, { asOf })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  it('GRI 2-8 a: an approximate published count is the count, with a note quoting it', () => {
    const about = nonEmployeeWorkers({
      ...published,
      byEngagement: { contractor: { approximately: 1300, phrase: 'about 1,300 contractors' } },
    });
    expect(about.value).toBe(1300);
    expect(about.notes).toEqual([
      'The summary\'s count is approximate: "about 1,300 contractors".',
    ]);
  });

  it('GRI 2-8 a: a published range stays a range; no count is MISSING_DATA', () => {
    // "400 to 1,700 contracted workers": bounds [400, 1,700].
    const ranged = nonEmployeeWorkers({
      ...published,
      byEngagement: {
        contractor: { min: 400, max: 1700, phrase: '400 to 1,700 contracted workers' },
      },
    });
    expect([ranged.value, ranged.reason, ranged.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 400, max: 1700 },
    ]);
    // "over 1,000 contractors": at least 1,001, no upper bound, so the bounds hold a min alone.
    const over = nonEmployeeWorkers({
      ...published,
      byEngagement: { contractor: { min: 1001, phrase: 'over 1,000 contractors' } },
    });
    expect([over.value, over.reason, over.bounds]).toEqual([null, 'BOUNDED', { min: 1001 }]);
    const { byEngagement: _omitted, ...withoutCount } = published;
    expect(nonEmployeeWorkers(withoutCount)).toMatchObject({ value: null, reason: 'MISSING_DATA' });
  });

  it('GRI 2-8: on a dataset without records, reads the latest summary that counts contractors', () => {
    const context = indicatorContextOf(
      { ...baseDataset(), employees: [], workforce: [published] },
      { asOf: '2025-06-30' },
    );
    const outcome = nonEmployeeWorkersIndicator.fromDataset(context);
    expect(Array.isArray(outcome) && outcome[0]?.value).toBe(1316);
  });

  it('GRI 2-8: is the 2-8 entry of the catalog, and contractorShare no longer claims 2-8', () => {
    expect(catalogEntry('workforce.nonEmployeeWorkers')?.standards).toEqual(['GRI 2-8']);
    // contractorShare is a share; GRI 2-8 a asks for a number of workers.
    expect(catalogEntry('workforce.contractorShare')?.standards).toEqual(['SASB EM-MM-000.B']);
    expect(root.nonEmployeeWorkers).toBe(nonEmployeeWorkers);
  });
});

describe('nonEmployeeWorkersFold', () => {
  it.each([2024, 11])(
    'adds seeded records one at a time as nonEmployeeWorkers reads them (seed %i)',
    (seed) => {
      const records = streamedWorkforce(seed);
      expect(missingCases(records)).toEqual([]);
      for (const asOf of ['2017-12-31', FOLD_PERIOD.start, FOLD_PERIOD.end, '2026-01-01']) {
        expect(foldOneByOne(nonEmployeeWorkersFold({ asOf }), records)).toEqual(
          nonEmployeeWorkers(records, { asOf }),
        );
      }
      // GRI 2-8 a, counted again: contractors' records employed on the day, per stated type.
      const workers = records.filter(
        (e) => e.engagement === 'contractor' && employedOn(e, FOLD_PERIOD.end),
      );
      const result = foldOneByOne(nonEmployeeWorkersFold({ asOf: FOLD_PERIOD.end }), records);
      expect(result.value).toBe(workers.length);
      for (const row of result.breakdown ?? []) {
        const type = row.keys.workerType;
        const stated = workers.filter((e) => (e.workerType ?? 'notStated') === type);
        expect(row.value).toBe(stated.length);
      }
      expect(result.breakdown?.reduce((sum, row) => sum + (row.count ?? 0), 0)).toBe(
        workers.length,
      );
    },
  );
  it('GRI 2-8 b: counts the head count by type record by record, and the rows at the end', () => {
    const records = [
      // On 2024-12-31: w1 and w4 agency workers, w2 without a type: 3 workers.
      makeEmployee({ id: 'w1', engagement: 'contractor', workerType: 'agencyWorker' }),
      makeEmployee({ id: 'w2', engagement: 'contractor' }),
      // w3 starts in 2025; e1 is an employee. Neither counts.
      makeEmployee({
        id: 'w3',
        engagement: 'contractor',
        workerType: 'intern',
        hireDate: '2025-01-01',
      }),
      makeEmployee({ id: 'e1' }),
      makeEmployee({ id: 'w4', engagement: 'contractor', workerType: 'agencyWorker' }),
    ];
    const result = foldOneByOne(nonEmployeeWorkersFold({ asOf }), records);
    expect(result.value).toBe(3);
    // The model's order of types, then notStated: agencyWorker 2, notStated 1.
    expect(result.breakdown?.map((row) => [row.keys.workerType, row.value])).toEqual([
      ['agencyWorker', 2],
      ['notStated', 1],
    ]);
    expect(result.notes).toEqual([
      "1 of 3 records of workers who are not employees do not state the type of worker; they are counted under 'notStated'.",
    ]);
  });
  it('refuses its options when it is made, before any record', () => {
    expect(() => nonEmployeeWorkersFold({})).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
