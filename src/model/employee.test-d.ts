import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { LocationId } from '../core/ids.js';
import type {
  ContractType,
  ContractTypeSchema,
  Employee,
  EmployeeCategory,
  EmployeeCategorySchema,
  EmployeeSchema,
  Engagement,
  EngagementSchema,
  Gender,
  GenderSchema,
  Nationality,
  NationalitySchema,
  TerminationReason,
  TerminationReasonSchema,
} from './employee.js';

describe('the employee types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Employee, z.output<typeof EmployeeSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Gender, z.output<typeof GenderSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<EmployeeCategory, z.output<typeof EmployeeCategorySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<TerminationReason, z.output<typeof TerminationReasonSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ContractType, z.output<typeof ContractTypeSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Engagement, z.output<typeof EngagementSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<Nationality, z.output<typeof NationalitySchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the parts of an employee record', () => {
    expectTypeOf<Employee['gender']>().toEqualTypeOf<Gender>();
    expectTypeOf<Employee['homeLocationId']>().toEqualTypeOf<LocationId>();
  });

  it('are readonly', () => {
    const employee = {} as Employee;
    // @ts-expect-error [ts2540] - a member of an employee record is readonly
    employee.gender = 'female';
  });
});
