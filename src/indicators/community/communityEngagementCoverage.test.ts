import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeAssessment, makeSite } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import {
  communityEngagementCoverage,
  communityEngagementCoverageIndicator,
} from './communityEngagementCoverage.js';
import { communityIndicators } from './communityIndicators.js';

const sites = [
  makeSite({ id: 'mine-a', kind: 'mine' }),
  makeSite({ id: 'mine-b', kind: 'mine' }),
  makeSite({ id: 'plant', kind: 'processingPlant' }),
  makeSite({ id: 'camp', kind: 'explorationCamp' }),
  makeSite({ id: 'office', kind: 'office' }),
];

describe('communityEngagementCoverage: the catalog entry', () => {
  it('is community.communityEngagementCoverage, a share with rows by element', () => {
    expect(
      IndicatorCatalogEntrySchema.parse(communityEngagementCoverageIndicator.entry),
    ).toMatchObject({
      id: 'community.communityEngagementCoverage',
      family: 'community',
      functionName: 'communityEngagementCoverage',
      unit: 'share',
      results: 'one',
      dimensions: ['element'],
    });
    expect(communityEngagementCoverageIndicator.compute).toBe(communityEngagementCoverage);
    expect(communityIndicators).toContain(communityEngagementCoverageIndicator);
  });
});

describe('communityEngagementCoverage', () => {
  it('divides operations with any element by all operations', () => {
    const assessments = [
      makeAssessment({
        siteId: 'mine-a',
        asOf: '2024-06-30',
        elements: ['developmentPrograms', 'grievanceProcess'],
      }),
      makeAssessment({
        siteId: 'plant',
        asOf: '2024-03-31',
        elements: ['environmentalImpactAssessment'],
      }),
      makeAssessment({ siteId: 'camp', asOf: '2024-03-31', elements: [] }),
      // Offices are not operations by default: ignored.
      makeAssessment({ siteId: 'office', asOf: '2024-03-31', elements: ['grievanceProcess'] }),
    ];
    const result = communityEngagementCoverage({ sites, assessments }, { asOf: '2024-12-31' });
    // Operations: mine-a, mine-b, plant, camp = 4. With any element: mine-a, plant = 2. 2 / 4 = 0.5.
    expect(result.value).toBe(0.5);
    expect(result.ratio).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    const byElement = Object.fromEntries(
      result.breakdown?.map((r) => [r.keys.element, r.value]) ?? [],
    );
    // grievanceProcess: mine-a only (the office does not count) = 1 / 4.
    expect(byElement.grievanceProcess).toBe(0.25);
    expect(byElement.developmentPrograms).toBe(0.25);
    expect(byElement.environmentalImpactAssessment).toBe(0.25);
    expect(byElement.socialImpactAssessment).toBe(0);
    expect(result.breakdown).toHaveLength(8);
    expect(result.unit).toBe('share');
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.notes[0]).toMatch(/mine-b/);
  });
  it('uses the latest assessment on or before asOf', () => {
    const assessments = [
      makeAssessment({ siteId: 'mine-a', asOf: '2023-12-31', elements: ['grievanceProcess'] }),
      makeAssessment({ siteId: 'mine-a', asOf: '2024-12-31', elements: [] }),
      makeAssessment({ siteId: 'mine-a', asOf: '2025-06-30', elements: ['grievanceProcess'] }),
    ];
    const onlyMine = [makeSite({ id: 'mine-a' })];
    // On 2024-12-31 the latest is the empty one: 0 / 1. On 2024-06-30 the 2023 one: 1 / 1.
    expect(
      communityEngagementCoverage({ sites: onlyMine, assessments }, { asOf: '2024-12-31' }).value,
    ).toBe(0);
    expect(
      communityEngagementCoverage({ sites: onlyMine, assessments }, { asOf: '2024-06-30' }).value,
    ).toBe(1);
  });
  it('lets the reporter choose what counts as an operation', () => {
    const assessments = [makeAssessment({ siteId: 'office', elements: ['grievanceProcess'] })];
    const result = communityEngagementCoverage(
      { sites, assessments },
      {
        asOf: '2024-12-31',
        operationKinds: ['office'],
      },
    );
    expect(result.value).toBe(1);
    expect(result.definitions.operationKinds).toEqual(['office']);
  });
  it('is null with ZERO_DENOMINATOR without operations', () => {
    const result = communityEngagementCoverage(
      { sites: [], assessments: [] },
      { asOf: '2024-12-31' },
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    expect(
      result.breakdown?.every((r) => r.value === null && r.reason === 'ZERO_DENOMINATOR'),
    ).toBe(true);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('communityEngagementCoverage asOf (regression)', () => {
  it('throws INVALID_DATE for an asOf that is not a calendar date', () => {
    // "2024-12-31T00:00:00Z" > "2024-12-31": an assessment of that day would have counted.
    expect(() =>
      communityEngagementCoverage({ sites, assessments: [] }, { asOf: '2024-12-31T00:00:00Z' }),
    ).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-12-31T00:00:00Z"',
    );
  });
});

describe('communityEngagementCoverage on a dataset', () => {
  it('assesses the sites on the report date', () => {
    const outcome = communityEngagementCoverageIndicator.fromDataset(
      contextOf(baseDataset(), { asOf: '2024-12-31' }),
    );
    // The one mine, Hill Mine, assessed on 2024-12-31 with two elements: 1 / 1 = 1.
    expect(outcome).toMatchObject([{ value: 1, definitions: { asOf: '2024-12-31' } }]);
    // Before its assessment the mine implements nothing: 0 / 1 = 0.
    expect(
      communityEngagementCoverageIndicator.fromDataset(
        contextOf(baseDataset(), { asOf: '2024-06-30' }),
      ),
    ).toMatchObject([{ value: 0 }]);
  });

  it('is dataAbsent without assessments', () => {
    const dataset = { ...baseDataset(), assessments: [] };
    expect(
      communityEngagementCoverageIndicator.fromDataset(contextOf(dataset, { asOf: '2024-12-31' })),
    ).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no GRI 413-1 assessments of its sites.',
    });
  });
});
