import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { richDataset } from '../../test/fixtures/reportDatasets.js';
import { buildImpactReport } from './buildImpactReport.js';
import { ImpactReportSchema } from './impactReport.js';
import { renderJson } from './renderJson.js';
import { renderMarkdown } from './renderMarkdown.js';

const options = { asOf: '2024-12-31', period: { start: '2024-01-01' }, now: '2025-11-14' };
const rich = buildImpactReport(richDataset(), options);
const fact = (id: string) => rich.facts.find((f) => f.id === id);

describe('a report on a dataset with more kinds of facts', () => {
  it('is built without errors', () => {
    expect(rich.validation.errors).toBe(0);
  });

  it('states every kind of ownership interest', () => {
    const statements = rich.facts.filter((f) => f.topic === 'ownership').map((f) => f.statement);
    expect(statements).toEqual([
      'The Republic holds a shareholding of 100 % in Example Mining CJSC since 2015-02-11.',
      'Pension Fund holds voting rights of between 5 and 10 % in Example Mining CJSC since 2016-01-01 until 2020-12-31.',
      'Community Fund holds an interest of 1 % in Example Mining CJSC.',
      'The Republic controls, by law, Example Mining CJSC.',
    ]);
  });

  it('gives the founding fact without sources an unknown reliability', () => {
    expect(fact('company.foundedOn')).toMatchObject({ sourceIds: [], reliability: 'unknown' });
  });

  it('states a bounded headcount and gives no share of it', () => {
    expect(fact('workforce.1.headcount')?.statement).toBe(
      'Between 90 and 110 people (scope not stated: may include contractors) worked for Example Mining CJSC on 2024-12-31, published as "about a hundred".',
    );
    const capital = fact('workforce.1.fromCapital');
    expect(capital?.share).toBeUndefined();
    expect(capital?.statement).toBe(
      '40 of between 90 and 110 people come from the capital on 2024-12-31.',
    );
  });

  it('groups program categories by district, a region standing for itself', () => {
    const programs = rich.facts.filter((f) => f.id.startsWith('programs.categories.'));
    expect(programs.map((f) => [f.id, f.statement])).toEqual([
      ['programs.categories.XX-D1', 'Social programs in 1 category in Hill District: education.'],
      [
        'programs.categories.XX-R1',
        'Social programs in 1 category in Hill Region: infrastructure.',
      ],
    ]);
  });

  it("states a single program's exact beneficiaries", () => {
    expect(fact('programs.beneficiaries.1')?.statement).toBe(
      '1 program reports 1,200 persons as beneficiaries.',
    );
  });

  it('states an award with its day, nomination and claim', () => {
    expect(fact('awards.award-2')).toMatchObject({
      statement:
        'Example Mining CJSC received the Safety Prize (international) from Community Fund on 2024-05-01, nomination "Mining". The source states: "the first miner to win it".',
      asOf: '2024-05-01',
      reliability: 'verified',
    });
    expect(fact('awards.award-1')?.statement).toBe(
      'School repair received the Community Award (national) from The Republic in 2024.',
    );
  });

  it('states projected jobs of an open-ended phase', () => {
    expect(fact('projections.proj-new.0')?.statement).toBe(
      'New Hill: 50 direct operations jobs a year from 2026 (scenario "Open-ended", assumed).',
    );
    expect(fact('projections.proj-hill-2.0')?.statement).toContain(
      '300 direct construction jobs a year from 2026 to 2027',
    );
  });

  it('prefers the company-wide summary and counts contractors in EITI 6.3 employment', () => {
    // On 2024-12-31: e-1 (employee, female) and e-3 (contractor, male) are active; e-2 left.
    expect(rich.eiti.economicContribution.employment).toMatchObject({
      basis: 'records',
      headcount: 2,
      scope: 'employeesAndContractors',
      byGender: { female: 1, male: 1 },
    });
  });

  it('lists only deposits in production on asOf, and both kinds of expenditure', () => {
    // New Hill enters production on 2025-03-01, after asOf.
    expect(rich.eiti.economicContribution.productionDistricts).toEqual([
      { locationId: 'XX-D1', label: 'Hill District', deposits: ['Hill'] },
    ]);
    // AZN 10,000.00 mandatory in kind; USD 50,000.00 voluntary in cash.
    expect(rich.eiti.socialExpenditures.mandatory).toEqual([
      { amountMinor: 1_000_000, currency: 'AZN' },
    ]);
    expect(rich.eiti.socialExpenditures.voluntary).toEqual([
      { amountMinor: 5_000_000, currency: 'USD' },
    ]);
  });

  it('computes one resource statement per commodity and production in tonnes for mixed units', () => {
    const statements = rich.indicators.filter(
      (r) => r.indicatorId === 'deposits.resourceReserveStatement',
    );
    expect(statements.map((r) => r.definitions.commodity)).toEqual(['gold', 'silver']);
    const production = rich.indicators.find((r) => r.indicatorId === 'deposits.productionSummary');
    expect(production?.definitions.unit).toBe('t');
  });

  it('renders the deemed value of in-kind expenditures', () => {
    // EITI 6.1.a: the flow names no recipient: the beneficiary is "not stated", never the implementer.
    expect(renderMarkdown(rich)).toContain(
      '| 2024-06-01 | Water for the region | not stated | mandatory | inKind | AZN 10,000.00 (deemed value) |',
    );
  });
});

describe('a report on the smallest dataset', () => {
  const minimal = buildImpactReport(minimalDataset, {
    asOf: '2025-06-30',
    period: { start: '2025-01-01' },
  });

  it('says why every indicator is missing', () => {
    expect(minimal.indicators).toEqual([]);
    expect(minimal.facts).toEqual([]);
    const details = Object.fromEntries(minimal.coverage.map((c) => [c.indicatorId, c.detail]));
    expect(details['workforce.contractorShare']).toBe(
      'The dataset has no employee records and no workforce summary on or before the report date.',
    );
    expect(details['community.socialExpenditureDisclosure']).toBe(
      'The dataset has no social programs.',
    );
    expect(details['community.resultProgress']).toBe('No program states a quantitative result.');
    expect(details['deposits.productionSummary']).toBe('The dataset reports no production.');
    expect(details['jobs.projectEmployment']).toBe('The dataset has no job projections.');
    expect(minimal.eiti.economicContribution.employment).toBeNull();
    expect(minimal.eiti.economicContribution.notes).toContain(
      'The dataset states no employment on or before the report date.',
    );
    expect(minimal.company.stateOwned).toBe(false);
  });

  it('renders every empty section in words', () => {
    const md = renderMarkdown(minimal);
    for (const words of [
      'No facts are stated.',
      'No indicator gives a figure for this dataset; see Not reported.',
      'The dataset cites no sources.',
    ])
      expect(md).toContain(words);
    expect(md).toContain('- Company: Example Mining (`miner`), no state ownership.\n');
  });
});

describe('every indicator of the catalog is wired into the report', () => {
  it('computes each one for a dataset that has what they need', () => {
    const full = buildImpactReport(richDataset(), {
      ...options,
      localityPolicy: { kind: 'sameDistrict' },
      territoryIds: ['XX-D1'],
      fx: { currency: 'AZN', rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' }] },
    });
    expect(full.coverage.filter((c) => c.status === 'notComputed')).toEqual([]);
    // Every result of every indicator is plain JSON that the report schema accepts.
    expect(ImpactReportSchema.parse(JSON.parse(renderJson(full)))).toEqual(full);
    const status = Object.fromEntries(full.coverage.map((c) => [c.indicatorId, c.status]));
    expect(status['workforce.seniorManagementLocalShare']).not.toBe('dataAbsent');
    expect(status['jobs.jobsInTerritories']).toBe('reported');
    // USD 50,000.00 × 1.7 = AZN 85,000.00 = 8,500,000 qəpik of voluntary investment; the
    // AZN 10,000.00 of the mandatory water program (prog-water) is EITI 6.1 mandatory social
    // expenditure, reported apart (GRI 201-1 counts voluntary contributions).
    const investment = full.indicators.find(
      (r) => r.indicatorId === 'community.communityInvestment',
    );
    expect(investment?.money).toEqual([{ amountMinor: 8_500_000, currency: 'AZN' }]);
    expect(investment?.breakdown?.find((row) => row.keys.apart === 'mandatory')?.money).toEqual([
      { amountMinor: 1_000_000, currency: 'AZN' },
    ]);
  });

  it('says why senior management and territory jobs are missing without a policy or territories', () => {
    const details = Object.fromEntries(rich.coverage.map((c) => [c.indicatorId, c.detail]));
    expect(details['workforce.seniorManagementLocalShare']).toBe(
      'It needs a definition of "local": the report was built without a locality policy.',
    );
    expect(details['jobs.jobsInTerritories']).toBe('The report names no territories.');
  });

  it('checks the exchange-rate table and the territories', () => {
    expect(() =>
      buildImpactReport(richDataset(), { ...options, fx: { currency: 'AZN' } as never }),
    ).toThrow(/fx is not an exchange-rate table/);
    expect(() =>
      buildImpactReport(richDataset(), { ...options, territoryIds: 'XX-D1' as never }),
    ).toThrow(/territoryIds is not a list of location ids/);
    expect(() =>
      buildImpactReport(richDataset(), { ...options, territoryIds: [1] as never }),
    ).toThrow(/territoryIds is not a list of location ids/);
  });
});
