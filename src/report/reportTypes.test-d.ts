import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Issue, IssueSchema } from '../validation/issue.js';
import type { EitiSections, EitiSectionsSchema } from './eitiSections.js';
import type { GriContentIndexEntry, GriContentIndexEntrySchema } from './griContentIndexEntry.js';
import type { GriContentIndex, GriContentIndexSchema } from './griContentIndexSchema.js';
import type { GriOmission, GriOmissionSchema } from './griOmission.js';
import type { IndicatorCoverage, IndicatorCoverageSchema } from './indicatorCoverage.js';
import type { ReportFact, ReportFactSchema } from './reportFact.js';
import type { ReportSource, ReportSourceSchema } from './reportSource.js';

describe('the report types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Issue, z.output<typeof IssueSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<EitiSections, z.output<typeof EitiSectionsSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GriContentIndexEntry, z.output<typeof GriContentIndexEntrySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GriContentIndex, z.output<typeof GriContentIndexSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GriOmission, z.output<typeof GriOmissionSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<IndicatorCoverage, z.output<typeof IndicatorCoverageSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<ReportFact, z.output<typeof ReportFactSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ReportSource, z.output<typeof ReportSourceSchema>>
    >().toEqualTypeOf<true>();
  });

  it('tell apart what differs', () => {
    expectTypeOf<SameShape<{ readonly a: 1 }, { a: 1 }>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<{ a: 1 }, { a: 1; b?: 2 }>>().toEqualTypeOf<false>();
    expectTypeOf<SameShape<readonly string[], number[]>>().toEqualTypeOf<false>();
  });
});
