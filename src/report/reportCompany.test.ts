import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { buildImpactReport } from './buildImpactReport.js';
import { ImpactReportSchema } from './impactReport.js';

describe('the company block of a report', () => {
  it("states a minority state participation with the state's effective share", () => {
    // The state holds 32.7 % of the parent, which holds 100 % of the miner: 32.7 % × 100 % =
    // 32.7 %, not above 50 %, and no control: not state-owned, a minority participation.
    const dataset = baseDataset();
    dataset.organizations = [
      ...(dataset.organizations ?? []),
      {
        id: 'parent',
        name: 'Parent plc',
        entityType: 'registeredEntity',
        identifiers: [{ scheme: 'XX-REG', id: '0000000003' }],
      },
    ];
    dataset.ownership = [
      {
        subjectId: 'miner',
        interestedPartyId: 'parent',
        type: 'shareholding',
        share: { exact: 100 },
      },
      {
        subjectId: 'parent',
        interestedPartyId: 'state-xx',
        type: 'shareholding',
        share: { exact: 32.7 },
      },
    ];
    const report = buildImpactReport(dataset, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: NOW,
    });
    expect(report.company).toEqual({
      id: 'miner',
      name: 'Example Mining CJSC',
      stateOwned: false,
      stateShare: { exact: 32.7 },
      stateOwnership: 'minority',
    });
    expect(ImpactReportSchema.parse(JSON.parse(JSON.stringify(report))).company).toEqual(
      report.company,
    );
  });

  it('parses a company block of an earlier report, without the state share', () => {
    const report = buildImpactReport(baseDataset(), {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: NOW,
    });
    const { stateShare, stateOwnership, ...earlier } = report.company;
    // The base dataset's state holds exactly 100 %.
    expect([stateShare, stateOwnership]).toEqual([{ exact: 100 }, 'stateOwned']);
    const parsed = ImpactReportSchema.parse(
      JSON.parse(JSON.stringify({ ...report, company: earlier })),
    );
    expect(parsed.company).toEqual({ id: 'miner', name: 'Example Mining CJSC', stateOwned: true });
  });
});
