import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ImpactError } from '../../core/ImpactError.js';
import { isCheckedRecord, markCheckedRecords } from './checkedRecords.js';
import { parseEach } from './parseEach.js';

describe('markCheckedRecords', () => {
  it('marks each record of each top-level collection, and nothing else', () => {
    const company = { id: 'c' };
    const employee = { id: 'e1' };
    const program = { id: 'p1' };
    markCheckedRecords({ company, employees: [employee, 'text', null], programs: [program] });
    expect([isCheckedRecord(employee), isCheckedRecord(program)]).toEqual([true, true]);
    expect([
      isCheckedRecord(company),
      isCheckedRecord({ id: 'e1' }),
      isCheckedRecord('text'),
    ]).toEqual([false, false, false]);
  });

  it('lets parseEach skip a marked record and still check every other one', () => {
    const schema = z.strictObject({ id: z.string() });
    let calls = 0;
    const counting = schema.refine(() => {
      calls += 1;
      return true;
    });
    const marked = { id: 'a' };
    markCheckedRecords({ records: [marked] });
    // Two records, one marked: the schema runs once.
    expect(parseEach(counting, [marked, { id: 'b' }], 'records')).toHaveLength(2);
    expect(calls).toBe(1);
    // An unmarked invalid record is still refused.
    expect(() => parseEach(schema, [marked, { id: 1 } as never], 'records')).toThrow(ImpactError);
  });
});
