import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { ImpactError } from '../core/ImpactError.js';
import { type Employee, EmployeeSchema } from '../model/employee.js';
import { ImpactDatasetSchema } from '../model/impactDataset.js';
import { defineIndicator, type IndicatorDefinition } from './contract/defineIndicator.js';
import { indicatorContextOf } from './contract/indicatorContextOf.js';
import type { RecordFold } from './contract/recordFold.js';
import { datasetContextOf } from './datasetContextOf.js';
import { createRecordPass } from './recordPass.js';

const data = ImpactDatasetSchema.parse(baseDataset());
const choices = { asOf: '2024-12-31', period: { start: '2024-01-01', end: '2024-12-31' } } as const;
const scope = indicatorContextOf(data, choices);
const records = (data.employees ?? []) as Employee[];

/** A made-up indicator of records whose fold is `fold` (it counts the records added). */
function defined(id: string, fold: () => RecordFold<number>): IndicatorDefinition {
  return defineIndicator({
    entry: {
      id,
      title: id,
      unit: 'count',
      formula: 'records',
      standards: [],
      family: 'workforce',
      functionName: 'f',
      results: 'one',
      dimensions: [],
    },
    compute: () => undefined,
    fromDataset: () => ({ status: 'dataAbsent', detail: 'no records' }),
    fromRecords: () => {
      const inner = fold();
      return { add: inner.add, finish: () => [{ n: inner.finish() }] as never };
    },
  });
}

/** A fold that counts its records, throwing `error` on the record number `at` (from 1). */
function counting(seen: { n: number }, at = 0, error?: Error): () => RecordFold<number> {
  return () => ({
    add: () => {
      seen.n += 1;
      if (seen.n === at) throw error;
    },
    finish: () => seen.n,
  });
}

describe('createRecordPass', () => {
  it('feeds every record once to each fold, and gives the summaries of the records', () => {
    const seen = { n: 0 };
    const counter = defined('t.count', counting(seen));
    const pass = createRecordPass(scope, [counter], { records: counting({ n: 0 }) });
    for (const e of records) pass.add(e);
    const context = pass.finish();
    // The base dataset has 2 records: e-1 active on 2024-12-31, e-2 (a contractor's worker) left
    // on 2024-06-30.
    expect(context.records.count).toBe(2);
    expect(seen.n).toBe(2);
    expect(counter.fromDataset(context)).toEqual([{ n: 2 }]);
    expect(context.records.extra('records')).toBe(2);
    expect(context.records.extra('none')).toBeUndefined();
    expect(context.records.summary()?.headcount).toBe(1);
    expect(Object.keys(context.records.categorySummaries())).toEqual(['specialist']);
  });

  it('has no summaries and runs fromDataset without records', () => {
    const counter = defined('t.count', counting({ n: 0 }));
    const context = createRecordPass(scope, [counter]).finish();
    expect(context.records.summary()).toBeUndefined();
    expect(context.records.categorySummaries()).toEqual({});
    expect(counter.fromDataset(context)).toEqual({ status: 'dataAbsent', detail: 'no records' });
  });

  it('keeps an ImpactError of a fold (made, fed or finished) for its own outcome alone', () => {
    const fed = { n: 0 };
    const made = defined('t.made', () => {
      throw new ImpactError('INVALID_ARGUMENT', 'made');
    });
    const onSecond = defined('t.fed', counting(fed, 2, new ImpactError('INVALID_ARGUMENT', 'fed')));
    const atEnd = defined('t.end', () => ({
      add: () => undefined,
      finish: () => {
        throw new ImpactError('INVALID_ARGUMENT', 'finished');
      },
    }));
    const fine = defined('t.fine', counting({ n: 0 }));
    const pass = createRecordPass(scope, [made, onSecond, atEnd, fine]);
    for (const e of [...records, ...records]) pass.add(e);
    const context = pass.finish();
    expect(() => made.fromDataset(context)).toThrow('made');
    expect(() => onSecond.fromDataset(context)).toThrow('fed');
    // The failing fold took no record after its error: 2 of the 4.
    expect(fed.n).toBe(2);
    expect(() => atEnd.fromDataset(context)).toThrow('finished');
    expect(() => atEnd.fromDataset(context)).toThrow('finished');
    expect(fine.fromDataset(context)).toEqual([{ n: 4 }]);
  });

  it('lets any other error through: a bug is not an indicator that failed', () => {
    const bug = defined('t.bug', counting({ n: 0 }, 1, new TypeError('bug')));
    const pass = createRecordPass(scope, [bug]);
    expect(() => pass.add(records[0] as Employee)).toThrow(TypeError);
    expect(() =>
      createRecordPass(scope, [
        defined('t.made', () => {
          throw new RangeError('made');
        }),
      ]),
    ).toThrow(RangeError);
    const atEnd = defined('t.end', () => ({
      add: () => undefined,
      finish: () => {
        throw new RangeError('finished');
      },
    }));
    const withRecords = createRecordPass(scope, [atEnd]);
    withRecords.add(records[0] as Employee);
    const context = withRecords.finish();
    expect(() => atEnd.fromDataset(context)).toThrow(RangeError);
  });

  it('throws the summary’s error when the summary is read', () => {
    // A record of another company: the summary accumulator refuses it.
    const stranger = EmployeeSchema.parse({ ...records[0], companyId: 'other' });
    const pass = createRecordPass(scope, []);
    pass.add(stranger);
    const context = pass.finish();
    expect(() => context.records.summary()).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses a context counted without the definition', () => {
    const counter = defined('t.count', counting({ n: 0 }));
    const context = datasetContextOf(data, choices, []);
    expect(() => counter.fromDataset(context)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
