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
  it('GRI 413-1-a: divides operations with any element by all operations', () => {
    const assessments = [
      makeAssessment({
        siteId: 'mine-a',
        asOf: '2024-06-30',
        elements: ['developmentPrograms', 'grievanceProcess'],
      }),
      makeAssessment({ siteId: 'mine-b', asOf: '2024-06-30', elements: [] }),
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
    // Operations: mine-a, mine-b, plant, camp = 4, all assessed (mine-b and camp state none).
    // With any element: mine-a, plant = 2. 2 / 4 = 0.5.
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
    expect(result.notes).toEqual([]);
  });
  it('GRI 413-1-a: an operation without any assessment is unknown, not 0 %', () => {
    const assessments = [
      makeAssessment({ siteId: 'mine-a', elements: ['developmentPrograms', 'grievanceProcess'] }),
      makeAssessment({ siteId: 'plant', elements: ['environmentalImpactAssessment'] }),
      makeAssessment({ siteId: 'camp', elements: [] }),
    ];
    const result = communityEngagementCoverage({ sites, assessments }, { asOf: '2024-12-31' });
    // 4 operations; mine-a and plant engage (2), camp states none, mine-b is unknown (1).
    // Lower bound: mine-b does not engage, 2 / 4 = 0.5; upper: it does, (2 + 1) / 4 = 0.75.
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 0.5, max: 0.75 });
    const grievance = result.breakdown?.find((r) => r.keys.element === 'grievanceProcess');
    // grievanceProcess: mine-a = 1 known; bounds 1 / 4 = 0.25 to (1 + 1) / 4 = 0.5.
    expect(grievance).toMatchObject({ value: null, reason: 'BOUNDED', count: 1 });
    expect(grievance?.bounds).toEqual({ min: 0.25, max: 0.5 });
    expect(result.notes[0]).toBe(
      'Operations without an assessment on or before 2024-12-31, counted as unknown: mine-b.',
    );
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('GRI 413-1-a "including": a community meeting recorded in the sources is engagement', () => {
    const assessments = [
      makeAssessment({ siteId: 'mine-a', elements: [], communityMeetings: ['2024-12-28'] }),
      makeAssessment({ siteId: 'mine-b', elements: [] }),
    ];
    const mines = [makeSite({ id: 'mine-a' }), makeSite({ id: 'mine-b' })];
    const result = communityEngagementCoverage(
      { sites: mines, assessments },
      { asOf: '2024-12-31' },
    );
    // mine-a engages by its recorded meeting, mine-b states none: 1 / 2 = 0.5.
    expect(result.value).toBe(0.5);
    // No element (i)-(viii) is listed at either mine: every element row is 0 / 2 = 0.
    expect(result.breakdown?.every((r) => r.value === 0)).toBe(true);
    expect(result.notes).toEqual([
      'Operations counted on community meetings recorded in the sources, without a listed GRI 413-1 element: mine-a.',
    ]);
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
    // Before its assessment the mine is unknown: bounds 0 / 1 = 0 to 1 / 1 = 1, not 0.
    expect(
      communityEngagementCoverageIndicator.fromDataset(
        contextOf(baseDataset(), { asOf: '2024-06-30' }),
      ),
    ).toMatchObject([{ value: null, reason: 'BOUNDED', bounds: { min: 0, max: 1 } }]);
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
