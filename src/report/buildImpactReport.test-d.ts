import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ImpactError } from '../core/ImpactError.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { type BuildImpactReportOptions, buildImpactReport } from './buildImpactReport.js';
import type { ImpactReport, ImpactReportSchema } from './impactReport.js';
import { renderCsv } from './renderCsv.js';
import { renderJson } from './renderJson.js';
import { renderMarkdown } from './renderMarkdown.js';

describe('buildImpactReport types', () => {
  it('returns the type the schema describes, readonly aside', () => {
    expectTypeOf(buildImpactReport).returns.toEqualTypeOf<ImpactReport>();
    expectTypeOf<
      SameShape<ImpactReport, z.output<typeof ImpactReportSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<ImpactReport['indicators'][number]>().toEqualTypeOf<IndicatorResult>();
  });

  it('takes asOf and period as options, and types the choices', () => {
    expectTypeOf<{
      asOf: string;
      period: { start: string };
    }>().toMatchTypeOf<BuildImpactReportOptions>();
    // Both may be left out: the report takes the dataset's latest dated fact and its year.
    const noAsOf: BuildImpactReportOptions = { period: { start: '2025-01-01' } };
    // @ts-expect-error asOf is a date string, not a Date
    const wrongAsOf: BuildImpactReportOptions = { asOf: new Date() };
    expectTypeOf(wrongAsOf).not.toBeAny();
    const policy: BuildImpactReportOptions = {
      asOf: '2025-12-31',
      period: { start: '2025-01-01' },
      // @ts-expect-error the locality policy is a LocalityPolicy, not a string
      localityPolicy: 'sameDistrict',
    };
    expectTypeOf(noAsOf).not.toBeAny();
    expectTypeOf(policy).not.toBeAny();
    expectTypeOf<ImpactError>().toHaveProperty('code');
  });

  it('renders to strings', () => {
    expectTypeOf(renderMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(renderCsv).returns.toEqualTypeOf<string>();
    expectTypeOf(renderJson).returns.toEqualTypeOf<string>();
    expectTypeOf(renderMarkdown).parameter(0).toEqualTypeOf<Readonly<ImpactReport>>();
  });
});
