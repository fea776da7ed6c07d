import { describe, expect, it } from 'vitest';
import { azIsoSubdivisions } from '../../../test/fixtures/azIsoSubdivisions.js';
import { countInterval } from '../../core/count.js';
import { ratio } from '../../core/ratio.js';
import { ImpactDatasetSchema } from '../../model/impactDataset.js';
import { isStateOwned } from '../../model/isStateOwned.js';
import { isAllowedTransition } from '../../model/mineLifecycle.js';
import { ProgramCategorySchema } from '../../model/socialProgram.js';
import { stateOwnership } from '../../model/stateOwnership.js';
import { azergoldDataset, azergoldSources } from './index.js';

const dataset = azergoldDataset;
const isoByCode = new Map(azIsoSubdivisions.map((s) => [s.code, s]));
const ownLocationIds = new Set<string>(dataset.locations.map((l) => l.id));
const sourceIds = new Set<string>(dataset.sources.map((s) => s.id));

/** Every value under `key` anywhere in `value`, with its path (JSON Pointer style). */
function collect(
  value: unknown,
  keys: ReadonlySet<string>,
  path = '',
  out: { path: string; id: string }[] = [],
): { path: string; id: string }[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, keys, `${path}/${i}`, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (keys.has(key) && typeof child === 'string')
        out.push({ path: `${path}/${key}`, id: child });
      else if (keys.has(key) && Array.isArray(child))
        child.forEach((id, i) => {
          out.push({ path: `${path}/${key}/${i}`, id: String(id) });
        });
      else collect(child, keys, `${path}/${key}`, out);
    }
  }
  return out;
}

const { sources: _sources, ...citing } = dataset;
const citations = collect(citing, new Set(['sourceIds', 'sourceId']));
const locationRefs = collect(
  dataset,
  new Set(['locationId', 'locationIds', 'parentId', 'headquartersLocationId', 'capitalId']),
);

describe('azergoldDataset', () => {
  it('is a valid dataset that parses to itself', () => {
    expect(ImpactDatasetSchema.parse(dataset)).toEqual(dataset);
    expect(dataset.schemaVersion).toBe('1.0');
    expect(dataset.company.id).toBe('azergold');
  });

  it('exports its sources as azergoldSources', () => {
    expect(azergoldSources).toBe(dataset.sources);
  });

  describe('sources', () => {
    it('has unique source ids', () => {
      expect(sourceIds.size).toBe(dataset.sources.length);
    });

    it('resolves every cited source id', () => {
      expect(citations.length).toBeGreaterThan(0);
      const dangling = citations.filter((c) => !sourceIds.has(c.id));
      expect(dangling).toEqual([]);
    });

    it('cites every source at least once', () => {
      const cited = new Set(citations.map((c) => c.id));
      const uncited = dataset.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
      expect(uncited).toEqual([]);
    });

    it('gives every source a reliability and every unverified source a note', () => {
      for (const source of dataset.sources) {
        expect(source.reliability, source.id).toBeDefined();
        if (source.reliability === 'unverified') expect(source.note, source.id).toBeDefined();
      }
    });

    it('states the inferred date of the Trend statement in its note, not as a publication date', () => {
      const trend = dataset.sources.find((s) => s.id === 'src-trend-4117320');
      expect(trend?.publishedOn).toBeUndefined();
      expect(trend?.note).toMatch(/inferred from the adjacent Trend article 4117295/);
    });
  });

  describe('company and ownership', () => {
    it('records the founding by the presidential act of 11 February 2015', () => {
      expect(dataset.company.foundedOn).toBe('2015-02-11');
      expect(dataset.company.jurisdiction).toBe('AZ');
      expect(dataset.company.identifiers).toBeUndefined();
      expect(dataset.company.headquartersLocationId).toBeUndefined();
    });

    it('is state-owned through its ownership records', () => {
      expect(isStateOwned(dataset, { companyId: dataset.company.id })).toBe(true);
      expect(isStateOwned(dataset, { companyId: dataset.company.id, asOf: '2025-11-14' })).toBe(
        true,
      );
    });

    it('holds all shares by the Republic of Azerbaijan from the founding day', () => {
      const stateIds = new Set<string>(
        dataset.organizations.filter((o) => o.entityType === 'state').map((o) => o.id),
      );
      const state = dataset.ownership.filter((o) => stateIds.has(o.interestedPartyId));
      expect(state).toHaveLength(1);
      expect(state[0]).toMatchObject({
        subjectId: 'azergold',
        type: 'shareholding',
        share: { exact: 100 },
        start: '2015-02-11',
      });
      // The state shareholding alone makes the company state-owned.
      expect(
        isStateOwned({ ...dataset, ownership: state }, { companyId: dataset.company.id }),
      ).toBe(true);
    });

    it('records the state holding without a start date, because the decree date conflicts', () => {
      const aih = dataset.ownership.find((o) => o.interestedPartyId === 'aih');
      expect(aih?.type).toBe('controlByLegalFramework');
      expect(aih?.start).toBeUndefined();
      expect(dataset.organizations.find((o) => o.id === 'aih')?.entityType).toBe('stateBody');
    });

    it("leaves the subsidiary undetermined: AzerGold's share in it is not published", () => {
      // The chain subsidiary ← AzerGold (share not published) ← state (100 %) gives the state
      // an effective share somewhere in [0 %, 100 %] × 100 % = [0 %, 100 %]: neither majority nor
      // minority can be stated, and a shareholding of unknown size is no proof of control.
      const subsidiary = dataset.organizations.find((o) => o.id === 'dashkasan-iron-ore');
      if (subsidiary === undefined) throw new Error('the subsidiary is missing');
      expect(stateOwnership(dataset, { companyId: subsidiary.id })).toStrictEqual({
        companyId: 'dashkasan-iron-ore',
        share: { min: 0, max: 100 },
        chains: [
          { partyIds: ['dashkasan-iron-ore', 'azergold', 'state-az'], share: { min: 0, max: 100 } },
        ],
        control: 'unknown',
        status: 'undetermined',
      });
      expect(isStateOwned(dataset, { companyId: subsidiary.id })).toBe(false);
    });

    it('resolves every party a record refers to', () => {
      const parties = new Set<string>([
        dataset.company.id,
        ...dataset.organizations.map((o) => o.id),
      ]);
      const programs = new Set<string>(dataset.programs.map((p) => p.id));
      const refs = [
        ...dataset.ownership.flatMap((o) => [o.subjectId, o.interestedPartyId]),
        ...dataset.programs.flatMap((p) => p.participants.map((q) => q.organizationId)),
        ...dataset.awards.map((a) => a.awardingBodyId),
        ...dataset.deposits.flatMap((d) => (d.operatorId === undefined ? [] : [d.operatorId])),
        ...dataset.sites.map((s) => s.companyId),
        ...dataset.workforce.map((w) => w.companyId),
      ];
      expect(refs.filter((id) => !parties.has(id))).toEqual([]);
      for (const award of dataset.awards)
        expect(parties.has(award.recipientId) || programs.has(award.recipientId)).toBe(true);
    });
  });

  describe('workforce', () => {
    const summary = dataset.workforce.find((w) => w.headcount === 2554);

    it('states the 2,554 people with over 80 percent from the regions as a bound', () => {
      expect(dataset.workforce).toHaveLength(1);
      expect(summary?.asOf).toBe('2025-11-14');
      expect(summary?.fromRegions).toEqual({ min: 2044, phrase: 'over 80 percent of 2,554' });
      expect(summary?.sourceIds).toContain('src-trend-4117320');
    });

    it('derives the bound 2,044 from "over 80 percent of 2,554"', () => {
      // 0.8 × 2,554 = 2,043.2, and "over 80 percent" means more than that: the least whole number
      // of people above 2,043.2 is 2,044. In integers: n / 2,554 > 4 / 5 ⇔ 5n > 4 × 2,554 = 10,216.
      expect(5 * 2043 > 4 * 2554).toBe(false); // 10,215: 2,043 people is not over 80 percent
      expect(5 * 2044 > 4 * 2554).toBe(true); // 10,220: 2,044 people is
      const bound = summary?.fromRegions;
      expect(bound === undefined ? null : countInterval(bound)).toEqual({ min: 2044, max: null });
      // 2,044 / 2,554 = 0.80031… ≥ 0.80: the share is at least 0.80.
      expect(ratio(2044, 2554).value).toBeCloseTo(0.80031, 5);
    });

    it('says the figure may include contractors and where the workers come from, in words', () => {
      expect(summary?.scope).toBe('employeesAndContractors');
      expect(summary?.note).toMatch(/contractors' workers/);
      expect(summary?.note).toMatch(/remote villages within the Ganja-Dashkasan economic region/);
      expect(summary?.byEconomicRegion).toBeUndefined();
      expect(summary?.fromRemoteVillages).toBeUndefined();
    });

    it('has no employee records: none are public', () => {
      expect(dataset.employees).toBeUndefined();
    });
  });

  describe('locations', () => {
    it('refers only to its own villages or to ISO codes of districts and first-level cities', () => {
      expect(locationRefs.length).toBeGreaterThan(0);
      const unknown = locationRefs.filter((r) => !ownLocationIds.has(r.id) && !isoByCode.has(r.id));
      expect(unknown).toEqual([]);
    });

    it('does not repeat the gazetteer: its own locations are villages under an ISO district', () => {
      for (const location of dataset.locations) {
        expect(isoByCode.has(location.id), location.id).toBe(false);
        expect(location.kind).toBe('village');
        const parent =
          location.parentId === undefined ? undefined : isoByCode.get(location.parentId);
        expect(parent?.kind, location.id).toBe('district');
      }
    });

    it('places the sites in Daşkəsən and Göygöl, never in Göyçay (AZ-GOY)', () => {
      // The fixture maps codes to names, so a wrong code (AZ-GOY is Göyçay, not Göygöl) fails here.
      expect(isoByCode.get('AZ-DAS')?.name).toBe('Daşkəsən');
      expect(isoByCode.get('AZ-GYG')?.name).toBe('Göygöl');
      expect(isoByCode.get('AZ-GOY')?.name).toBe('Göyçay');
      expect(locationRefs.some((r) => r.id === 'AZ-GOY')).toBe(false);
      const districts = dataset.sites.map((s) => [s.name, isoByCode.get(s.locationId)?.name]);
      expect(districts).toEqual([
        ['Chovdar Integrated Regional Processing Area (CIRPA)', 'Daşkəsən'],
        ['Mərəh mine', 'Daşkəsən'],
        ['Tulallar mine', 'Göygöl'],
      ]);
    });
  });

  describe('deposits and sites', () => {
    const districtOf = (name: string): string | undefined => {
      const deposit = dataset.deposits.find((d) => d.name === name);
      return deposit === undefined ? undefined : isoByCode.get(deposit.locationId)?.name;
    };

    it('puts each deposit in the district the sources give', () => {
      expect(districtOf('Çovdar')).toBe('Daşkəsən');
      expect(districtOf('Ağyoxuş')).toBe('Daşkəsən');
      expect(districtOf('Mərəh')).toBe('Daşkəsən');
      expect(districtOf('Tulallar')).toBe('Göygöl');
      expect(districtOf('Filizçay')).toBe('Balakən');
      expect(districtOf('Tutxun')).toBe('Kəlbəcər');
      expect(districtOf('Zod')).toBe('Kəlbəcər');
      expect(districtOf('Ortakənd')).toBe('Culfa');
      expect(districtOf('Daşkəsən iron ore deposits')).toBe('Daşkəsən');
    });

    it('gives each deposit its stage and dates a stage only where a source gives the day', () => {
      const stages = Object.fromEntries(dataset.deposits.map((d) => [d.name, d.stage]));
      expect(stages).toMatchObject({
        Çovdar: 'production',
        Ağyoxuş: 'production',
        Mərəh: 'production',
        Tulallar: 'production',
        Filizçay: 'development',
        Tutxun: 'exploration',
        Zod: 'exploration',
        // Trend 3339878 (2020-11-26): production planned for 2027, metals not named.
        Mazımçay: 'planned',
      });
      const dated = Object.fromEntries(
        dataset.deposits
          .filter((d) => d.stageHistory !== undefined)
          .map((d) => [d.name, d.stageHistory?.map((h) => `${h.stage}@${h.from}`)]),
      );
      expect(dated).toEqual({
        Ağyoxuş: ['production@2020-11-30'],
        Mərəh: ['production@2021-07-22'],
        Tulallar: ['production@2023-02-11'],
      });
    });

    it('keeps stage histories ordered, allowed and ending in the current stage', () => {
      for (const deposit of dataset.deposits) {
        const history = deposit.stageHistory ?? [];
        if (history.length === 0) continue;
        expect(history.at(-1)?.stage, deposit.id).toBe(deposit.stage);
        for (let i = 1; i < history.length; i++) {
          const [previous, next] = [history[i - 1], history[i]];
          if (previous === undefined || next === undefined) continue;
          expect(previous.from < next.from, deposit.id).toBe(true);
          expect(isAllowedTransition(previous.stage, next.stage), deposit.id).toBe(true);
        }
      }
    });

    it('resolves the deposits that sites, projections and production refer to', () => {
      const deposits = new Set<string>(dataset.deposits.map((d) => d.id));
      const refs = [
        ...dataset.sites.flatMap((s) => s.depositIds),
        ...dataset.projections.map((p) => p.depositId),
        ...dataset.production.flatMap((p) => (p.depositId === undefined ? [] : [p.depositId])),
      ];
      expect(refs.filter((id) => !deposits.has(id))).toEqual([]);
      expect(new Set(dataset.deposits.map((d) => d.id)).size).toBe(dataset.deposits.length);
    });
  });

  describe('land', () => {
    it('records the 8.29 km² cleared of mines in the Tutxun area in 2022, as reported, and nothing else', () => {
      expect(dataset.land).toEqual([
        {
          depositId: 'dep-tutxun',
          asOf: '2022',
          areaUnit: 'km2',
          cleared: 8.29,
          sourceIds: ['src-azergold-tutxun'],
        },
      ]);
      expect(dataset.sources.find((s) => s.id === 'src-azergold-tutxun')?.url).toBe(
        'https://azergold.az/en/layihe/tutkhun-area-tutkhun-area',
      );
      // No stored source publishes a safety, grievance or closure figure: none is invented.
      expect([dataset.safety, dataset.grievances, dataset.closure]).toEqual([[], [], []]);
    });
  });

  describe('production', () => {
    it('records exactly the published yearly figures, in troy ounces', () => {
      const table = dataset.production.map((p) => [
        p.year,
        p.commodity,
        p.quantity.value,
        p.quantity.unit,
      ]);
      expect(table).toEqual([
        [2019, 'gold', 55_200, 'ozt'],
        [2019, 'silver', 103_000, 'ozt'],
        [2021, 'gold', 61_500, 'ozt'],
        [2021, 'silver', 134_400, 'ozt'],
        [2022, 'gold', 62_100, 'ozt'],
        [2022, 'silver', 223_100, 'ozt'],
        [2023, 'gold', 63_700, 'ozt'],
        [2023, 'silver', 114_300, 'ozt'],
      ]);
    });

    it('leaves out derived years, the partial year 2024 and the 2025 forecast', () => {
      const years = new Set(dataset.production.map((p) => p.year));
      for (const year of [2017, 2018, 2020, 2024, 2025])
        expect(years.has(year), `${year}`).toBe(false);
    });
  });

  describe('social programs', () => {
    const seven = ProgramCategorySchema.options.filter(
      (c) => c !== 'infrastructure' && c !== 'other',
    );
    const inMiningDistricts = (p: (typeof dataset.programs)[number]): boolean =>
      p.locations.some((l) => l.locationId === 'AZ-DAS' || l.locationId === 'AZ-GYG');

    it('covers the seven areas, each with a program in Daşkəsən or Göygöl', () => {
      expect(seven).toEqual([
        'sportsAndHealth',
        'environment',
        'agriculture',
        'education',
        'publicAwareness',
        'entrepreneurship',
        'culturalHeritage',
      ]);
      for (const category of seven) {
        const programs = dataset.programs.filter((p) => p.category === category);
        expect(programs.some(inMiningDistricts), category).toBe(true);
      }
    });

    it('gives the "hundreds" of beneficiaries (200 to 999) once, shared by the seven areas', () => {
      const withBeneficiaries = dataset.programs.filter((p) => p.beneficiaries !== undefined);
      expect(withBeneficiaries.map((p) => p.category).sort()).toEqual([...seven].sort());
      const ids = withBeneficiaries.map((p) => p.id);
      for (const program of withBeneficiaries) {
        // "Hundreds of community members" benefit from the seven areas together (Trend 4117320).
        expect(program.beneficiaries).toEqual({
          count: { min: 200, max: 999, phrase: 'hundreds of community members' },
          unit: 'person',
          estimated: true,
          jointWith: ids.filter((id) => id !== program.id),
        });
        expect(program.sourceIds).toContain('src-trend-4117320');
      }
    });

    it('invents no spend: no money flow anywhere, one published amount as committed', () => {
      expect(dataset.programs.flatMap((p) => p.spend)).toEqual([]);
      expect(dataset.programs.filter((p) => p.budget !== undefined)).toEqual([]);
      const reported = dataset.programs.filter((p) => p.reportedAmounts !== undefined);
      expect(reported.map((p) => [p.id, p.reportedAmounts])).toEqual([
        [
          'csr-covid-fund-2020',
          [
            {
              basis: 'committed',
              period: { start: '2020' },
              // AZN 300,000.00 = 300,000 × 100 qəpik.
              value: { amountMinor: 30_000_000, currency: 'AZN' },
              description: 'Donation from the payroll fund, decided by the Executive Board',
              sourceIds: ['src-metbuat-1363592'],
            },
          ],
        ],
      ]);
    });

    it('records no SDGs: the company names none', () => {
      expect(dataset.programs.flatMap((p) => p.sdgs)).toEqual([]);
    });

    it('keeps program periods and result periods ordered', () => {
      for (const program of dataset.programs) {
        const periods = [program.period, ...(program.results ?? []).map((r) => r.period)];
        for (const period of periods)
          if (period.end !== undefined) expect(period.start <= period.end, program.id).toBe(true);
      }
    });
  });

  describe('award', () => {
    it('records the National CSR Award as the company reports it, with its caveat', () => {
      expect(dataset.awards).toHaveLength(1);
      const award = dataset.awards[0];
      expect(award?.title).toBe('National CSR Award');
      expect(award?.recipientId).toBe('azergold');
      expect(award?.year).toBeUndefined();
      expect(award?.nomination).toBeUndefined();
      expect(award?.firstOfItsKind).toBeUndefined();
      const claim = dataset.sources.find((s) => s.id === award?.sourceIds[0]);
      expect(claim?.reliability).toBe('unverified');
      expect(claim?.note).toMatch(/No independent source was found/);
    });
  });

  describe('job projections', () => {
    it('are assumed scenarios whose multipliers cite their study', () => {
      expect(dataset.projections.length).toBeGreaterThan(0);
      for (const projection of dataset.projections) {
        expect(projection.scenario.kind).toBe('assumed');
        expect(projection.note).toBeDefined();
        const study = dataset.sources.find((s) => s.id === projection.multipliers?.sourceId);
        expect(study?.publisher).toMatch(/ICMM/);
      }
    });

    it('projects Filizçay from the published words, with no invented maximum', () => {
      const filizcay = dataset.projections.find((p) => p.depositId === 'dep-filizcay');
      const [phase] = filizcay?.phases ?? [];
      expect(phase).toMatchObject({ phase: 'operations', startYear: 2025, endYear: 2075 });
      // "More than 1000" allows 1,001 or more; no upper bound is published.
      expect(phase?.directJobs).toEqual({ min: 1001, phrase: 'more than 1000 new vacancies' });
      // ICMM: two to five additional jobs per direct job, so (1 + 2) to (1 + 5) jobs in all.
      expect(filizcay?.multipliers?.typeI).toEqual({ low: 1 + 2, high: 1 + 5 });
      expect(filizcay?.multipliers?.typeII).toBeUndefined();
    });
  });
});
