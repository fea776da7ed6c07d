import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  type EmployeeId,
  EmployeeIdSchema,
  type LocationId,
  LocationIdSchema,
  type SiteId,
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
