import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import {
  type AwardId,
  type AwardIdSchema,
  type CompanyId,
  CompanyIdSchema,
  type DepositId,
  type DepositIdSchema,
  type EmployeeId,
  EmployeeIdSchema,
  type Id,
  type IdSchema,
  type LocationId,
  LocationIdSchema,
  type OrganizationId,
  type OrganizationIdSchema,
  type ProgramId,
  type ProgramIdSchema,
  type ProjectionId,
  type ProjectionIdSchema,
  type SiteId,
  type SiteIdSchema,
  type SourceId,
  type SourceIdSchema,
} from './ids.js';

declare function siteOf(location: LocationId): SiteId;

test('a branded id is a string', () => {
  expectTypeOf<CompanyId>().toExtend<string>();
  expectTypeOf(CompanyIdSchema.parse('x')).toEqualTypeOf<CompanyId>();
});

test('one kind of id cannot be passed where another is expected', () => {
  const company = CompanyIdSchema.parse('azergold');
  const employee: EmployeeId = EmployeeIdSchema.parse('e-1');
  // @ts-expect-error [ts2345] - a CompanyId is not a LocationId
  siteOf(company);
  // @ts-expect-error [ts2345] - an EmployeeId is not a LocationId
  siteOf(employee);
  // @ts-expect-error [ts2345] - a plain string is not a LocationId
  siteOf('AZ-DAS');
  siteOf(LocationIdSchema.parse('AZ-DAS'));
});

test('the input type of a branded schema is a plain string', () => {
  expectTypeOf<z.input<typeof CompanyIdSchema>>().toEqualTypeOf<string>();
});

test('each id type is the type its schema describes', () => {
  expectTypeOf<SameShape<Id, z.output<typeof IdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<CompanyId, z.output<typeof CompanyIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<
    SameShape<OrganizationId, z.output<typeof OrganizationIdSchema>>
  >().toEqualTypeOf<true>();
  expectTypeOf<SameShape<EmployeeId, z.output<typeof EmployeeIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<LocationId, z.output<typeof LocationIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<SiteId, z.output<typeof SiteIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<DepositId, z.output<typeof DepositIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<ProgramId, z.output<typeof ProgramIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<AwardId, z.output<typeof AwardIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<
    SameShape<ProjectionId, z.output<typeof ProjectionIdSchema>>
  >().toEqualTypeOf<true>();
  expectTypeOf<SameShape<SourceId, z.output<typeof SourceIdSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<CompanyId, SiteId>>().toEqualTypeOf<false>();
});
