import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ClosurePlan, ClosurePlanSchema } from './closurePlan.js';
import type {
  GrievanceRecord,
  GrievanceRecordSchema,
  GrievancesByType,
} from './grievanceRecord.js';
import type { AreaUnit, LandRecord, LandRecordSchema } from './landRecord.js';
import type { SafetyRecord, SafetyRecordSchema, WorkerGroup } from './safetyRecord.js';

describe('the safety, grievance, land and closure types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<SafetyRecord, z.output<typeof SafetyRecordSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<WorkerGroup, z.output<typeof SafetyRecordSchema>['workers']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GrievanceRecord, z.output<typeof GrievanceRecordSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GrievancesByType, NonNullable<z.output<typeof GrievanceRecordSchema>['byType']>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<LandRecord, z.output<typeof LandRecordSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<AreaUnit, z.output<typeof LandRecordSchema>['areaUnit']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ClosurePlan, z.output<typeof ClosurePlanSchema>>
    >().toEqualTypeOf<true>();
  });
});
