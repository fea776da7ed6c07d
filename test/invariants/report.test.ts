// Invariants of the report built from a dataset: whatever valid records it holds, the report
// conforms to its schema, survives its JSON rendering, renders as Markdown and CSV, and holds
// finite numbers only.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { azGazetteer } from '../../src/data/az/index.js';
import type { Employee } from '../../src/model/employee.js';
import { buildImpactReport } from '../../src/report/buildImpactReport.js';
import { ImpactReportSchema } from '../../src/report/impactReport.js';
import { renderCsv } from '../../src/report/renderCsv.js';
import { renderJson } from '../../src/report/renderJson.js';
import { renderMarkdown } from '../../src/report/renderMarkdown.js';
import { employeeRecord } from '../fixtures/arbitraries.js';
import { baseDataset } from '../fixtures/baseDataset.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';

/** The base dataset with generated employees, headcount split and program spending. */
const dataset = fc
  .record({
    employees: fc.uniqueArray(employeeRecord, {
      selector: (e) => e.id,
      maxLength: 25,
    }) as fc.Arbitrary<Employee[]>,
    headcount: fc.integer({ min: 0, max: 5000 }),
    female: fc.nat(),
    local: fc.nat(),
    spend: fc.array(
      fc.record({
        amountMinor: fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
        currency: fc.constantFrom('AZN', 'USD'),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ employees, headcount, female, local, spend }) => {
    const d = baseDataset();
    const women = female % (headcount + 1);
    const locals = local % (headcount + 1);
    d.employees = employees;
    d.workforce = [
      {
        companyId: 'miner',
        siteId: 'site-hill',
        asOf: '2024-12-31',
        headcount,
        scope: 'employees',
        local: locals,
        nonLocal: headcount - locals,
        byGender: { female: women, male: headcount - women },
        localityPolicy: { kind: 'listedLocations', locationIds: ['XX-D1'] },
        sourceIds: ['src-report'],
      },
    ];
    const program = d.programs?.[0];
    if (program !== undefined) {
      program.spend = spend.map((s) => ({
        date: `2024-05-${String(s.day).padStart(2, '0')}`,
        value: { amountMinor: s.amountMinor, currency: s.currency },
        kind: 'disbursement',
        recipientId: 'ngo-1',
        sourceIds: ['src-report'],
      }));
    }
    return d;
  });

function expectFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) for (const item of value) expectFinite(item);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) expectFinite(item);
  }
}

describe('the impact report', () => {
  test.prop([dataset], { numRuns: propertyRuns(60) })(
    'of any valid dataset conforms to its schema, survives JSON, renders, and holds finite numbers',
    (input) => {
      const report = buildImpactReport(input, {
        asOf: '2024-12-31',
        period: { start: '2024-01-01', end: '2024-12-31' },
        gazetteer: azGazetteer,
        // Generated hire dates run to 2027: validate as of a later day.
        now: '2030-01-01',
      });
      expectFinite(report);
      const json = renderJson(report);
      expect(ImpactReportSchema.parse(JSON.parse(json))).toEqual(ImpactReportSchema.parse(report));
      expect(renderMarkdown(report).length).toBeGreaterThan(0);
      const csv = renderCsv(report);
      // No CSV cell starts a spreadsheet formula: cells begin after a separator or a line start.
      expect(/(^|[,\n])[=+@]/.test(csv)).toBe(false);
    },
    // Sixty whole reports: under coverage on a shared machine they can pass the default 5 s.
    30_000,
  );
});
