import { describe, expectTypeOf, it } from 'vitest';
import type { ImpactReport } from '../report/impactReport.js';
import { renderHtml } from './renderHtml.js';

describe('renderHtml types', () => {
  it('takes a report and resolves to the page', () => {
    expectTypeOf(renderHtml).parameter(0).toEqualTypeOf<Readonly<ImpactReport>>();
    expectTypeOf(renderHtml).returns.toEqualTypeOf<Promise<string>>();
  });
});
