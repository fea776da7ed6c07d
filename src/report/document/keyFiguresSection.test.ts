import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { SourceId } from '../../core/ids.js';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { keyFiguresSection } from './keyFiguresSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});

function result(indicatorId: string, fields: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicatorId,
    title: indicatorId,
    unit: 'count',
    value: null,
    reason: 'MISSING_DATA',
    definitions: {},
    standards: [],
    sourceIds: ['src-a' as SourceId],
    notes: [],
    ...fields,
  };
}

const report: ImpactReport = {
  ...minimal,
  indicators: [
    result('workforce.regionalOriginShare', {
      title: 'Share from the regions',
      unit: 'share',
      reason: 'BOUNDED',
      // At least 2,044 / 2,554 = 0.80031…: a bound, rounded down to 80 %.
      bounds: { min: 2044 / 2554, max: 1 },
      definitions: { asOf: '2025-06-01' },
    }),
    result('community.communityInvestment', {
      unit: 'money',
      money: [{ amountMinor: 5_000_000, currency: 'USD' }],
    }),
    result('deposits.productionSummary', {
      unit: 'quantity',
      quantityUnit: 'ozt',
      reason: 'BREAKDOWN_ONLY',
      breakdown: [
        { keys: { commodity: 'gold', year: '2023' }, value: 590_243 },
        { keys: { commodity: 'gold', year: '2024' }, value: 392_946 },
        { keys: { commodity: 'silver', year: '2024' }, value: 1_000 },
        // A quarter of a later year is not an annual figure: 2024 stays the latest year.
        { keys: { commodity: 'gold', year: '2025', quarter: 'Q1' }, value: 90_000 },
      ],
    }),
  ],
  eiti: {
    ...minimal.eiti,
    economicContribution: {
      ...minimal.eiti.economicContribution,
      employment: {
        asOf: '2025-06-01',
        basis: 'summary',
        headcount: { min: 2_201, phrase: 'more than 2,200' },
        scope: 'employees',
        sourceIds: ['src-b' as SourceId],
      },
    },
  },
};

describe('keyFiguresSection', () => {
  it('gives each figure with its value (bounds kept), date, anchor and sources', () => {
    expect(keyFiguresSection(report, numberFormatter('en'))).toEqual({
      id: 'key-figures',
      title: 'Key figures',
      blocks: [
        {
          kind: 'keyFigures',
          figures: [
            {
              label: 'People employed',
              value: 'at least 2,201',
              when: '2025-06-01',
              anchor: 'eiti-economic-contribution',
              sourceIds: ['src-b' as SourceId],
            },
            {
              label: 'Share from the regions',
              value: 'at least 80 %',
              when: '2025-06-01',
              anchor: 'indicator-workforce-regionalOriginShare',
              sourceIds: ['src-a' as SourceId],
            },
            {
              label: 'community.communityInvestment',
              // 5,000,000 cents = USD 50,000.00 over the report's period.
              value: 'USD 50,000.00',
              when: '2025-01-01 to 2025-06-30',
              anchor: 'indicator-community-communityInvestment',
              sourceIds: ['src-a' as SourceId],
            },
            {
              label: 'Production',
              value: 'gold 392,946 ozt; silver 1,000 ozt',
              when: '2024',
              anchor: 'indicator-deposits-productionSummary',
              sourceIds: ['src-a' as SourceId],
            },
          ],
        },
      ],
    });
  });

  it('writes an exact share to one decimal of a percent and follows the locale', () => {
    const exact: ImpactReport = {
      ...minimal,
      indicators: [
        // 2,697 / 2,792 = 0.965974… = 96.6 % to one decimal.
        result('workforce.hostCountryNationalShare', {
          unit: 'share',
          value: 2697 / 2792,
          reason: undefined,
        }),
      ],
    };
    const section = keyFiguresSection(exact, numberFormatter('de'));
    const block = section?.blocks[0];
    expect(block?.kind === 'keyFigures' ? block.figures[0]?.value : undefined).toBe('96,6 %');
  });

  it('leaves out what the report lacks, and the section when it lacks everything', () => {
    expect(keyFiguresSection(minimal, numberFormatter('en'))).toBeUndefined();
  });
});

describe('keyFiguresSection, a share known within bounds', () => {
  /** The value the section gives for a regional share with these bounds. */
  function shareValue(bounds: { min?: number; max?: number }): string | undefined {
    const withShare: ImpactReport = {
      ...minimal,
      indicators: [
        result('workforce.regionalOriginShare', {
          unit: 'share',
          reason: 'BOUNDED',
          bounds,
          definitions: { asOf: '2025-06-01' },
        }),
      ],
    };
    const block = keyFiguresSection(withShare, numberFormatter('en'))?.blocks[0];
    return block?.kind === 'keyFigures' ? block.figures[0]?.value : undefined;
  }

  it('rounds a lower bound down and an upper bound up to whole percents', () => {
    // 0.253 to 0.347: at least 25 % (floor) and at most 35 % (ceiling).
    expect(shareValue({ min: 0.253, max: 0.347 })).toBe('between 25 and 35 %');
    // Only an upper bound of 0.401: at most 41 %; bounds that round to one figure: 30 %.
    expect(shareValue({ max: 0.401 })).toBe('at most 41 %');
    expect(shareValue({ min: 0.3, max: 0.3 })).toBe('30 %');
  });

  it('leaves the figure out when the bounds say nothing (0 to 1)', () => {
    expect(shareValue({ min: 0, max: 1 })).toBeUndefined();
  });
});
