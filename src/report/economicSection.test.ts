import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { buildImpactReport } from './buildImpactReport.js';
import { renderMarkdown } from './renderMarkdown.js';

describe('the Economic contribution section', () => {
  it('shows the AzerGold payments of 2021 with their components and sources', () => {
    const report = buildImpactReport(azergoldDataset, {
      asOf: '2021-12-31',
      period: { start: '2021-01-01', end: '2021-12-31' },
      now: '2025-11-14',
      gazetteer: azGazetteer,
    });
    const ids = report.indicators
      .map((r) => r.indicatorId)
      .filter((id) => id.startsWith('economic.'));
    expect(ids).toEqual([
      'economic.economicValueDistributed',
      'economic.paymentsToGovernments',
      'economic.stateParticipation',
      'economic.totalInCountryContribution',
    ]);
    const markdown = renderMarkdown(report);
    const section = markdown.slice(
      markdown.indexOf('### Economic contribution'),
      markdown.indexOf('## Not reported'),
    );
    expect(section).toContain(
      '<a id="indicator-economic-paymentsToGovernments"></a>\n#### Payments to governments by revenue stream (EITI 4.1, GRI 207-4)',
    );
    expect(section).toContain('[src-today-215318](#source-src-today-215318)');
    // One row per stream, gfs code, recipient and level: AZN 33,000,000 published for 2021.
    expect(section).toContain(
      '| Payments to the state budget | none | State budget of the Republic of Azerbaijan | national | AZN 33,000,000.00 | 1 |',
    );
  });

  it('is absent when the dataset has no economic figures', () => {
    const { financials: _f, governmentPayments: _g, stateFlows: _s, ...rest } = azergoldDataset;
    const report = buildImpactReport(rest, {
      asOf: '2021-12-31',
      period: { start: '2021-01-01', end: '2021-12-31' },
      now: '2025-11-14',
      gazetteer: azGazetteer,
    });
    const economic = report.indicators.filter((r) => r.indicatorId.startsWith('economic.'));
    // The state still owns AzerGold: stateParticipation reports its share.
    expect(economic.map((r) => r.indicatorId)).toEqual(['economic.stateParticipation']);
  });
});
