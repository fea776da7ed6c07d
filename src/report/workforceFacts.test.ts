// The workforce facts of a report: published shares with their words and the interval they stand
// for, nationality counts, and the definition of "local" the data gives, which the renderers show
// next to the report's own.
import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { renderHtml } from '../html/renderHtml.js';
import { buildImpactReport } from './buildImpactReport.js';
import { renderMarkdown } from './renderMarkdown.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests write plain JSON into the base dataset.
type Json = any;

/** The report of the base dataset without employee records, with this summary. */
function reportOf(summary: Json, localityPolicy?: Json) {
  const dataset: Json = baseDataset();
  dataset.employees = [];
  dataset.workforce = [
    { companyId: 'miner', asOf: '2024-12-31', sourceIds: ['src-report'], ...summary },
  ];
  return buildImpactReport(dataset, {
    asOf: '2024-12-31',
    period: { start: '2024-01-01', end: '2024-12-31' },
    now: NOW,
    ...(localityPolicy === undefined ? {} : { localityPolicy }),
  });
}

const contracted = {
  headcount: { min: 400, max: 1700, phrase: '400 to 1,700 contracted workers' },
  scope: 'contractors',
  shares: { local: { value: 0.8, phrase: '80 % are residents of the region' } },
  localityDefinition: 'residents of the region',
};

describe('the workforce facts of a report', () => {
  it('names the site of a summary by its name, not its id', () => {
    const report = reportOf({ headcount: 120, siteId: 'site-hill' });
    expect(report.facts.find((f) => f.id === 'workforce.0.headcount')?.statement).toBe(
      '120 people (scope not stated: may include contractors) worked for Example Mining CJSC at Hill Mine on 2024-12-31.',
    );
  });

  it('states a published share alone with its words and its interval', () => {
    const report = reportOf(contracted);
    const fact = report.facts.find((f) => f.id === 'workforce.0.shares.local');
    expect(fact).toMatchObject({
      statement:
        'A share in [0.795, 0.805) of between 400 and 1,700 people are local under the locality policy of the summary on 2024-12-31, published as "80 % are residents of the region".',
      share: { min: 0.795, max: 0.805 },
      phrase: '80 % are residents of the region',
      path: '/workforce/0/shares/local',
    });
    expect(report.facts.find((f) => f.id === 'workforce.0.headcount')?.statement).toBe(
      'Between 400 and 1,700 contractors\' workers worked for Example Mining CJSC on 2024-12-31, published as "400 to 1,700 contracted workers".',
    );
  });

  it('states nationality counts, with the published share next to the count', () => {
    const report = reportOf({
      headcount: 1742,
      byNationality: { hostCountry: 1637, expatriate: 105 },
      shares: { hostCountryNationals: { value: 0.94, phrase: '94 %' } },
    });
    const nationals = report.facts.find((f) => f.id === 'workforce.0.byNationality.hostCountry');
    // 1,637 / 1,742 = 0.93972…: "a share of 0.93 to 0.94" rounded outward; "94 %" is [0.935, 0.945).
    expect(nationals).toMatchObject({
      statement:
        '1,637 of 1,742 people are host-country nationals on 2024-12-31, a share of 0.9397, published as a share of "94 %" ([0.935, 0.945)).',
      count: 1637,
      share: { min: 1637 / 1742, max: 1637 / 1742 },
      path: '/workforce/0/byNationality/hostCountry',
    });
    expect(report.facts.find((f) => f.id === 'workforce.0.byNationality.expatriate')?.count).toBe(
      105,
    );
  });

  it('states the definition of "local" the data gives', () => {
    const fact = reportOf(contracted).facts.find((f) => f.id === 'workforce.0.locality');
    expect(fact).toMatchObject({
      statement:
        'The workforce summary of 2024-12-31 defines "local" as "residents of the region".',
      phrase: 'residents of the region',
      path: '/workforce/0/localityDefinition',
    });
  });
});

describe('the definition of "local" in the rendered report', () => {
  it('shows the data\'s definition when the report has none (no longer "none given")', async () => {
    const report = reportOf(contracted);
    expect(renderMarkdown(report)).toContain(
      '- Definition of "local": none given for the report; in the data: The workforce summary of 2024-12-31 defines "local" as "residents of the region".',
    );
    expect(await renderHtml(report)).toContain(
      '<li>Definition of &#34;local&#34;: none given for the report; in the data: The workforce summary of 2024-12-31 defines &#34;local&#34; as &#34;residents of the region&#34;.</li>',
    );
  });

  it("shows the report's policy first, then the data's", () => {
    const report = reportOf(contracted, { kind: 'sameDistrict' });
    expect(renderMarkdown(report)).toContain(
      '- Definition of "local": home in the same district (or first-level city) as the site (the report\'s locality policy); in the data: The workforce summary',
    );
  });

  it('still says "none given" when neither the report nor the data gives one', async () => {
    const report = reportOf({ headcount: 100 });
    expect(renderMarkdown(report)).toContain(
      '- Definition of "local": none given for the report; the data gives no definition of "local".\n',
    );
    expect(await renderHtml(report)).toContain(
      '<li>Definition of &#34;local&#34;: none given for the report; the data gives no definition of &#34;local&#34;.</li>',
    );
  });
});
