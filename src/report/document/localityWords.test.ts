import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { LocationId } from '../../core/ids.js';
import { buildImpactReport } from '../buildImpactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { localityWords, policyWords } from './localityWords.js';

const en = numberFormatter('en');

describe('policyWords', () => {
  it('says each policy in words', () => {
    expect(policyWords({ kind: 'sameEconomicRegion' }, en)).toBe(
      'home in the same economic region as the site',
    );
    expect(policyWords({ kind: 'withinKm', km: 1500 }, en)).toBe(
      'home within 1,500 km of the site',
    );
    expect(
      policyWords({ kind: 'listedLocations', locationIds: ['AZ-DAS' as LocationId] }, en),
    ).toBe('home in or under AZ-DAS');
    expect(policyWords({ kind: 'outsideCapital', capitalIds: [] }, en)).toBe(
      'home outside the capital (from the regions)',
    );
  });
});

describe('localityWords', () => {
  it('gives the policy of the report, what the data says, and whom origin figures count', () => {
    const report = buildImpactReport(minimalDataset, {
      asOf: '2025-06-30',
      localityPolicy: { kind: 'sameDistrict' },
    });
    const withHost = {
      ...report,
      indicators: [
        // A result without a figure says nothing of whom the report counts.
        {
          indicatorId: 'workforce.regionalOriginShare',
          title: 'From the regions',
          unit: 'share' as const,
          value: null,
          reason: 'MISSING_DATA' as const,
          definitions: { regions: 'outside the capital' },
          standards: [],
          sourceIds: [],
          notes: [],
        },
        {
          indicatorId: 'workforce.hostCountryNationalShare',
          title: 'Host-country nationals',
          unit: 'share' as const,
          value: 0.5,
          definitions: {
            asOf: '2025-06-01',
            hostCountry: 'nationals of the country of the operation',
          },
          standards: [],
          sourceIds: [],
          notes: [],
        },
      ],
    };
    expect(localityWords(withHost, en)).toBe(
      'home in the same district (or first-level city) as the site (the report\'s locality policy); the data gives no definition of "local"; "host-country nationals" means nationals of the country of the operation (workforce summary of 2025-06-01)',
    );
  });
});
