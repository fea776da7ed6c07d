// Regression tests of issue 15 for values as companies publish them: partial dates, a stage
// history that skips stages, production as of the report date, and the metal unit.
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { isImpactError } from '../core/ImpactError.js';
import { validateDataset } from '../validation/validateDataset.js';
import { buildImpactReport } from './buildImpactReport.js';
import { ImpactReportSchema } from './impactReport.js';

const year2024 = { start: '2024-01-01', end: '2024-12-31' };

/** The base dataset with a few published facts as the sources give them. */
function disclosed() {
  const dataset = baseDataset();
  // Founded "in May 1997"; the report's source "published 2025".
  dataset.company.foundedOn = '1997-05';
  const [source] = dataset.sources ?? [];
  if (source !== undefined) source.publishedOn = '2025';
  // Exploration, then production: construction is not recorded, as in most public sources.
  const [deposit] = dataset.deposits ?? [];
  if (deposit?.stageHistory !== undefined) {
    deposit.stageHistory = [
      { stage: 'exploration', from: '1993' },
      { stage: 'production', from: '1997-05' },
    ];
  }
  return dataset;
}

describe('a dataset with partial dates and an incomplete stage history (regression)', () => {
  it('validates with a warning, not an error, for the stages not recorded', () => {
    const validation = validateDataset(disclosed(), { now: '2025-11-14' });
    expect(validation.valid).toBe(true);
    expect(
      validation.issues
        .filter((i) => i.code.startsWith('deposit.'))
        .map((i) => [i.code, i.severity, i.path]),
    ).toEqual([['deposit.stages_not_recorded', 'warning', '/deposits/0/stageHistory/1/stage']]);
  });

  it('keeps a move back the lifecycle forbids an error that blocks the report', () => {
    const dataset = disclosed();
    const [deposit] = dataset.deposits ?? [];
    deposit?.stageHistory?.push({ stage: 'exploration', from: '2020' });
    if (deposit !== undefined) deposit.stage = 'exploration';
    const error = (() => {
      try {
        buildImpactReport(dataset, { asOf: '2024-12-31', period: year2024, now: '2025-11-14' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isImpactError(error, 'INVALID_DATASET')).toBe(true);
  });

  it('reports the founding as published, "in 1997-05", with its date as given', () => {
    const report = buildImpactReport(disclosed(), {
      asOf: '2024-12-31',
      period: year2024,
      now: '2025-11-14',
    });
    expect(report.facts.find((f) => f.id === 'company.foundedOn')).toMatchObject({
      statement: 'Example Mining CJSC was founded in 1997-05.',
      asOf: '1997-05',
    });
    expect(ImpactReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('refuses a partial date in the future and a month that does not exist', () => {
    const future = disclosed();
    future.company.foundedOn = '2026';
    expect(
      validateDataset(future, { now: '2025-11-14' }).issues.map((i) => [i.code, i.path]),
    ).toContainEqual(['date.in_future', '/company/foundedOn']);
    // "2025" on 2025-11-14 is not in the future: its first day has passed.
    const thisYear = disclosed();
    thisYear.company.foundedOn = '2025';
    expect(validateDataset(thisYear, { now: '2025-11-14' }).valid).toBe(true);
    const badMonth = disclosed();
    badMonth.company.foundedOn = '1997-13';
    expect(validateDataset(badMonth, { now: '2025-11-14' }).valid).toBe(false);
  });
});

describe('production and metal in the report (regression)', () => {
  it('a report as of 2009-12-31 lists no 2015 production', () => {
    const dataset = baseDataset();
    dataset.production?.push(
      {
        year: 2009,
        commodity: 'gold',
        quantity: { value: 11, unit: 't' },
        sourceIds: ['src-report'],
      },
      {
        year: 2015,
        commodity: 'gold',
        quantity: { value: 16, unit: 't' },
        sourceIds: ['src-report'],
      },
    );
    const report = buildImpactReport(dataset, {
      asOf: '2009-12-31',
      period: { start: '2009-01-01', end: '2009-12-31' },
      now: '2025-11-14',
    });
    const production = report.indicators.find(
      (r) => r.indicatorId === 'deposits.productionSummary',
    );
    // Only the 2009 record (11 t) had ended on 2009-12-31; 2015 and 2024 are left out.
    expect(production?.breakdown?.map((row) => [row.keys.year, row.value])).toEqual([['2009', 11]]);
  });

  it('gives contained metal in the report metal unit, and refuses an unknown one', () => {
    const inOunces = buildImpactReport(baseDataset(), {
      asOf: '2024-12-31',
      period: year2024,
      now: '2025-11-14',
      metalUnit: 'ozt',
    });
    const statement = inOunces.indicators.find(
      (r) => r.indicatorId === 'deposits.resourceReserveStatement',
    );
    // dep-hill probable: 800,000 t × 1.9 g/t = 1,520,000 g / 31.1034768 = 48,869.0 ozt.
    const probable = statement?.breakdown?.find(
      (row) => row.keys.category === 'probable' && row.keys.measure === 'metal',
    );
    expect(probable?.quantityUnit).toBe('ozt');
    expect(probable?.value).toBeCloseTo(1_520_000 / 31.1034768, 6);
    expect(statement?.definitions.metalUnit).toBe('ozt');
    let caught: unknown;
    try {
      buildImpactReport(baseDataset(), {
        asOf: '2024-12-31',
        period: year2024,
        metalUnit: 'lb' as never,
      });
    } catch (error) {
      caught = error;
    }
    expect(isImpactError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
