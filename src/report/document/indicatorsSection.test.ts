import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { indicatorsSection } from './indicatorsSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});

function result(indicatorId: string, value: number | null): IndicatorResult {
  return {
    indicatorId,
    title: indicatorId,
    unit: 'count',
    value,
    ...(value === null ? { reason: 'MISSING_DATA' as const } : {}),
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
  };
}

describe('indicatorsSection', () => {
  it('gives parts only to indicators with a figure, by family, charts in their place', () => {
    const report: ImpactReport = {
      ...minimal,
      indicators: [
        result('deposits.depositPipeline', 11),
        result('safety.landCleared', null),
        result('workforce.contractorShare', null),
      ],
      coverage: [
        { indicatorId: 'deposits.depositPipeline', title: 'P', status: 'reported', results: 1 },
        { indicatorId: 'safety.landCleared', title: 'L', status: 'dataAbsent', results: 1 },
        { indicatorId: 'workforce.contractorShare', title: 'C', status: 'dataAbsent', results: 1 },
      ],
    };
    const section = indicatorsSection(report, numberFormatter('en'));
    expect(section.sections?.map((s) => [s.id, s.sections?.map((p) => p.id)])).toEqual([
      // The families with a chart keep their place; the others only appear with a part.
      ['indicators-workforce', []],
      ['indicators-community', []],
      ['indicators-deposits', ['indicator-deposits-depositPipeline']],
      ['indicators-jobs', []],
      ['indicators-safety', []],
    ]);
    expect(section.sections?.[0]?.blocks).toEqual([
      { kind: 'chart', chartId: 'chart-workforce-origin' },
      {
        kind: 'paragraph',
        text: ['No indicator of this family gives a figure for this dataset; see Not reported.'],
      },
    ]);
  });

  it('adds the extra sections of a family, such as the money of the programs', () => {
    const extra = { id: 'program-money', title: 'Money of the programs', blocks: [] };
    const section = indicatorsSection(
      { ...minimal, indicators: [], coverage: [] },
      numberFormatter('en'),
      new Map([['indicators-community', [extra]]]),
    );
    expect(section.sections?.find((s) => s.id === 'indicators-community')?.sections).toEqual([
      extra,
    ]);
    expect(section.blocks).toEqual([
      {
        kind: 'paragraph',
        text: ['No indicator gives a figure for this dataset; see Not reported.'],
      },
    ]);
  });
});
