import { describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { LocationIdSchema, SiteIdSchema } from '../core/ids.js';
import { azGazetteer } from '../data/az/azGazetteer.js';
import type { BreakdownRow } from '../indicators/contract/breakdownRow.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { indicatorCatalog } from '../indicators/indicatorCatalog.js';
import { employeeBreakdown } from '../indicators/workforce/employeeBreakdown.js';
import { governanceDiversity } from '../indicators/workforce/governanceDiversity.js';
import { nonEmployeeWorkers } from '../indicators/workforce/nonEmployeeWorkers.js';
import { EmployeeSchema } from '../model/employee.js';
import { type GovernanceBody, GovernanceBodySchema } from '../model/governanceBody.js';
import { type GriIndexInput, griContentIndex } from './griContentIndex.js';
import { GriContentIndexSchema } from './griContentIndexSchema.js';
import { type GriReportOptions, griChoices } from './griOptions.js';
import { GRI_DISCLOSURES } from './griRequirements.js';
import type { IndicatorCoverage, IndicatorStatus } from './indicatorCoverage.js';

/** A result of a catalog indicator with a value and breakdown rows. */
function result(indicatorId: string, value: number, rows: BreakdownRow[] = []): IndicatorResult {
  return {
    indicatorId,
    title: indicatorId,
    value,
    unit: 'share',
    breakdown: rows,
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
  };
}

/** A breakdown row with a figure. */
function row(keys: Record<string, string>, value: number): BreakdownRow {
  return { keys, value };
}

/** Coverage of one indicator: its status and, when not reported, the cause. */
function covered(indicatorId: string, status: IndicatorStatus, detail?: string): IndicatorCoverage {
  const title = indicatorCatalog.find((e) => e.id === indicatorId)?.title ?? indicatorId;
  return { indicatorId, title, status, ...(detail === undefined ? {} : { detail }), results: 1 };
}

/** A report view: the results, the coverage of them, and `dataAbsent` for the rest. */
function input(
  results: IndicatorResult[],
  coverage: IndicatorCoverage[],
  period = { start: '2026-01-01', end: '2026-12-31' },
): GriIndexInput {
  const listed = new Set(coverage.map((c) => c.indicatorId));
  const rest = indicatorCatalog
    .filter((e) => !listed.has(e.id))
    .map((e) => covered(e.id, 'dataAbsent', 'No data.'));
  return {
    organization: 'Acme Mining',
    period: period as GriIndexInput['period'],
    indicators: results,
    coverage: [...coverage, ...rest],
  };
}

/** The content index of a view with the given options. */
function indexOf(view: GriIndexInput, options?: GriReportOptions) {
  return griContentIndex(view, griChoices(options));
}

/** The row of one disclosure. */
function rowOf(view: GriIndexInput, code: string, options?: GriReportOptions) {
  const entry = indexOf(view, options).entries.find((e) => e.disclosure === code);
  if (entry === undefined) throw new Error(`no row ${code}`);
  return entry;
}

const SENIOR = 'workforce.seniorManagementLocalShare';
const HIRES = 'workforce.newHireRate';
const TURNOVER = 'workforce.turnoverRate';

describe('griContentIndex: the rows (GRI 1: Foundation 2021, Requirements 6 and 7)', () => {
  it('reports a disclosure whose every item the report presents', () => {
    // GRI 202-2 a asks the share by significant location (rows by site); b, c and d (the
    // definitions of senior management, local, significant locations) come with the result.
    // 4 items of 4 present: reported, located at the indicator's anchor, nothing omitted.
    const view = input(
      [result(SENIOR, 0.5, [row({ site: 's-1' }, 0.5)])],
      [covered(SENIOR, 'reported')],
    );
    expect(rowOf(view, 'GRI 202-2')).toMatchObject({
      title: 'Proportion of senior management hired from the local community',
      standard: 'GRI 202: Market Presence 2016',
      sectorReference: '14.9',
      status: 'reported',
      location: ['indicator-workforce-seniorManagementLocalShare'],
      requirementsOmitted: [],
      omissions: [],
    });
  });

  it('GRI 203-1 a: presents business-purpose infrastructure reported apart from community investment', () => {
    // Community investment with no category row, only the money of business-purpose programs
    // reported apart ({ apart: 'businessPurpose' }): 203-1 a is presented by that figure; b (the
    // impacts) and c (commercial, in kind, pro bono: rows by form) are not. 1 item of 3: partial.
    const CI = 'community.communityInvestment';
    const view = input(
      [result(CI, 0, [row({ apart: 'businessPurpose' }, 9_000)])],
      [covered(CI, 'reported')],
    );
    expect(rowOf(view, 'GRI 203-1')).toMatchObject({
      status: 'partial',
      requirementsOmitted: ['203-1-b', '203-1-c'],
    });
  });

  it('reports a disclosure in part, listing the items omitted and why', () => {
    // GRI 401-1 a (hires by age group, gender and region: rows by the work region) is present;
    // b (turnover) is not: the turnover rate has no data. 1 item of 2: partial, 401-1-b omitted,
    // information unavailable.
    const hires = result(HIRES, 0.1, [
      row({ ageBand: 'under30' }, 0.2),
      row({ gender: 'female' }, 0.1),
      row({ workRegion: 'az-er-ganja-dashkasan' }, 0.1),
    ]);
    const view = input(
      [hires],
      [covered(HIRES, 'reported'), covered(TURNOVER, 'dataAbsent', 'No leaver is recorded.')],
    );
    const entry = rowOf(view, 'GRI 401-1');
    expect(entry.status).toBe('partial');
    expect(entry.location).toEqual(['indicator-workforce-newHireRate']);
    expect(entry.requirementsOmitted).toEqual(['401-1-b']);
    expect(entry.omissions).toEqual([
      {
        requirements: ['401-1-b'],
        reason: 'informationUnavailableOrIncomplete',
        explanation: 'Employee turnover rate: No leaver is recorded.',
      },
    ]);
  });

  it('does not count an item whose breakdown lacks a dimension the disclosure asks for', () => {
    // Turnover is reported by gender only: 401-1-b asks age group and region too (the region of
    // work or, as the alternative, of home), so the explanation names, for each alternative,
    // the two dimensions missing, not gender.
    const view = input(
      [
        result(HIRES, 0.1, [row({ ageBand: 'under30', gender: 'female', workRegion: 'r-1' }, 0.1)]),
        result(TURNOVER, 0.05, [row({ gender: 'female' }, 0.05)]),
      ],
      [covered(HIRES, 'reported'), covered(TURNOVER, 'reported')],
    );
    const entry = rowOf(view, 'GRI 401-1');
    expect(entry.status).toBe('partial');
    expect(entry.omissions[0]?.explanation).toBe(
      'Employee turnover rate is reported without the rows by ageBand, by workRegion. Employee turnover rate is reported without the rows by ageBand, by originRegion.',
    );
  });

  it('GRI 401-1 a and b: present with rows by age group, gender and the work or the home region', () => {
    // Hires by the work region, turnover by the home region (the alternative): both items are
    // present, 2 of 2: reported.
    const view = input(
      [
        result(HIRES, 0.1, [row({ ageBand: '<30', gender: 'female', workRegion: 'r-1' }, 0.1)]),
        result(TURNOVER, 0.05, [
          row({ ageBand: '30-50', gender: 'male', originRegion: 'r-2' }, 0.05),
        ]),
      ],
      [covered(HIRES, 'reported'), covered(TURNOVER, 'reported')],
    );
    expect(rowOf(view, 'GRI 401-1')).toMatchObject({ status: 'reported', requirementsOmitted: [] });
  });

  it('GRI 401-1 a: rows by site are not rows by region', () => {
    // A site is not a region: hires by age group, gender and site leave 401-1-a omitted.
    const view = input(
      [result(HIRES, 0.1, [row({ ageBand: '<30', gender: 'female', site: 's-1' }, 0.1)])],
      [covered(HIRES, 'reported'), covered(TURNOVER, 'reported')],
    );
    expect(rowOf(view, 'GRI 401-1').requirementsOmitted).toEqual(['401-1-a', '401-1-b']);
  });

  it('omits a disclosure with no item presented: information unavailable/incomplete', () => {
    // GRI 413-1 has one item, served by the engagement coverage, which has no data.
    const view = input(
      [],
      [covered('community.communityEngagementCoverage', 'dataAbsent', 'No site assessment.')],
    );
    expect(rowOf(view, 'GRI 413-1')).toMatchObject({
      sectorReference: '14.10',
      status: 'omitted',
      location: ['not-reported'],
      requirementsOmitted: ['413-1-a'],
      omissions: [
        {
          requirements: ['413-1-a'],
          reason: 'informationUnavailableOrIncomplete',
          explanation:
            'Operations with local community engagement, impact assessments and development programs: No site assessment.',
        },
      ],
    });
  });

  it('explains a failed computation and an item the library does not compute', () => {
    // 2-6-b rests on the deposit pipeline, whose computation failed here; 2-6-a, c and d (sectors,
    // other relationships, changes) have no test: the library does not compute them.
    const view = input(
      [],
      [
        covered(
          'deposits.depositPipeline',
          'failed',
          '[mining-impact] The value is not a finite number',
        ),
      ],
    );
    // One reason, two causes: the explanation names the items of each cause.
    expect(rowOf(view, 'GRI 2-6').omissions).toEqual([
      {
        requirements: ['2-6-a', '2-6-b', '2-6-c', '2-6-d'],
        reason: 'informationUnavailableOrIncomplete',
        explanation:
          '2-6-a, 2-6-c, 2-6-d: The dataset the report is built from does not hold this information: the library does not compute it. 2-6-b: Deposits by lifecycle stage, economic region and commodity: [mining-impact] The value is not a finite number',
      },
    ]);
  });

  it('omits a disclosure that does not apply with the reason "not applicable"', () => {
    // Every item of GRI 202-2 rests on the senior management share, not applicable here (no
    // significant location): one omission of the four items, reason not applicable.
    const view = input([], [covered(SENIOR, 'notApplicable', 'No significant location.')]);
    expect(rowOf(view, 'GRI 202-2')).toMatchObject({
      status: 'omitted',
      requirementsOmitted: ['202-2-a', '202-2-b', '202-2-c', '202-2-d'],
      omissions: [
        {
          requirements: ['202-2-a', '202-2-b', '202-2-c', '202-2-d'],
          reason: 'notApplicable',
          explanation:
            'Proportion of senior management hired from the local community: No significant location.',
        },
      ],
    });
  });

  it('omits items for legal prohibitions when the organisation declares it', () => {
    // The organisation declares 405-1-a (governance bodies) legally prohibited; 405-1-b
    // (employees by category, gender, age group) has no data and stays unavailable.
    const view = input([], []);
    const entry = rowOf(view, 'GRI 405-1', {
      omissions: {
        '405-1': {
          reason: 'legalProhibitions',
          explanation: 'A national law forbids publishing board members’ ages.',
          requirements: ['405-1-a'],
        },
      },
    });
    expect(entry.status).toBe('omitted');
    expect(entry.omissions.map((o) => [o.requirements, o.reason])).toEqual([
      [['405-1-a'], 'legalProhibitions'],
      [['405-1-b'], 'informationUnavailableOrIncomplete'],
    ]);
    expect(entry.omissions[0]?.explanation).toBe(
      'A national law forbids publishing board members’ ages.',
    );
  });

  it('omits a whole disclosure for confidentiality constraints when the organisation declares it', () => {
    // No `requirements`: the declaration covers every item of GRI 207-4 not presented (all 4).
    const entry = rowOf(input([], []), 'GRI 207-4', {
      omissions: {
        'GRI 207-4': {
          reason: 'confidentialityConstraints',
          explanation: 'Tax data by jurisdiction is commercially sensitive.',
        },
      },
    });
    expect(entry.omissions).toEqual([
      {
        requirements: ['207-4-a', '207-4-b', '207-4-b-viii', '207-4-c'],
        reason: 'confidentialityConstraints',
        explanation: 'Tax data by jurisdiction is commercially sensitive.',
      },
    ]);
  });

  it('keeps an item the report presents even when an omission is declared for it', () => {
    const view = input(
      [result(SENIOR, 0.5, [row({ site: 's-1' }, 0.5)])],
      [covered(SENIOR, 'reported')],
    );
    const entry = rowOf(view, 'GRI 202-2', {
      omissions: { '202-2': { reason: 'confidentialityConstraints', explanation: 'Private.' } },
    });
    expect(entry.status).toBe('reported');
    expect(entry.omissions).toEqual([]);
  });

  it('files the GRI 14 codes of the catalog as topics, never as rows', () => {
    const index = indexOf(input([], []));
    expect(index.entries.some((e) => e.disclosure.startsWith('GRI 14'))).toBe(false);
    expect(index.topics.find((t) => t.number === '14.9')).toMatchObject({
      title: 'Economic impacts',
      disclosures: ['GRI 201-1', 'GRI 202-2', 'GRI 203-1', 'GRI 203-2', 'GRI 204-1'],
    });
    expect(
      index.topics.find((t) => t.number === '14.8')?.indicators.map((i) => i.indicatorId),
    ).toEqual([
      'safety.landDisturbed',
      'safety.rehabilitationRatio',
      'safety.closurePlanCoverage',
      'safety.closureProvision',
    ]);
    expect(GriContentIndexSchema.parse(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });
});

describe('griContentIndex: statement of use, GRI 1 used, sector standard (GRI 1, Requirement 7)', () => {
  it('words the statement as GRI 1’s templates do, "with reference to" by default', () => {
    const index = indexOf(input([], []));
    expect(index.statementOfUse).toEqual({
      organization: 'Acme Mining',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      claim: 'withReferenceTo',
      sentence:
        'Acme Mining has reported the information cited in this GRI content index for the period 2026-01-01 to 2026-12-31 with reference to the GRI Standards.',
    });
    expect(index.gri1Used).toBe('GRI 1: Foundation 2021');
    // The period starts on the day GRI 14 comes into effect: no note.
    expect(index.sectorStandards).toEqual([
      { title: 'GRI 14: Mining Sector 2024', effectiveFrom: '2026-01-01' },
    ]);
  });

  it('says "in accordance with" when the user claims it, and notes early use of GRI 14', () => {
    const index = indexOf(input([], [], { start: '2025-07-01', end: '2026-06-30' }), {
      claim: 'inAccordanceWith',
    });
    expect(index.statementOfUse.sentence).toBe(
      'Acme Mining has reported in accordance with the GRI Standards for the period 2025-07-01 to 2026-06-30.',
    );
    expect(index.sectorStandards[0]?.note).toBe(
      'GRI 14 is in effect for reporting from 2026-01-01; this period starts on 2025-07-01, before that day, so using it here is early adoption.',
    );
  });
});

describe('griChoices', () => {
  const code = (run: () => unknown): string | undefined => {
    try {
      run();
    } catch (error) {
      return isImpactError(error) ? `${error.code}: ${error.message}` : 'other';
    }
    return undefined;
  };
  const omission = { reason: 'legalProhibitions', explanation: 'A law.' } as const;

  it('rejects an unknown claim, disclosure, reason or requirement, and an empty explanation', () => {
    expect(code(() => griChoices({ claim: 'fully' as 'withReferenceTo' }))).toContain(
      'INVALID_ARGUMENT',
    );
    expect(code(() => griChoices({ omissions: { 'GRI 999-9': omission } }))).toContain(
      'unknown disclosure GRI 999-9',
    );
    expect(
      code(() =>
        griChoices({
          omissions: { '405-1': { ...omission, reason: 'secret' as 'notApplicable' } },
        }),
      ),
    ).toContain('gri.omissions["GRI 405-1"].reason: secret');
    expect(
      code(() =>
        griChoices({ omissions: { '405-1': { ...omission, requirements: ['405-1-z'] } } }),
      ),
    ).toContain('requirements');
    expect(
      code(() => griChoices({ omissions: { '405-1': { ...omission, explanation: ' ' } } })),
    ).toContain('explanation');
    expect(code(() => griChoices({ omissions: { '405-1': omission } }))).toBeUndefined();
  });
});

describe('the requirement table', () => {
  it('covers every GRI disclosure of the catalog, with tests on catalog indicators and dimensions', () => {
    const codes = new Set(indicatorCatalog.flatMap((e) => e.standards));
    const gri = [...codes].filter((c) => c.startsWith('GRI ') && !/^GRI 14\.\d+$/.test(c));
    expect(gri.filter((c) => !GRI_DISCLOSURES.some((d) => d.code === c))).toEqual([]);
    for (const disclosure of GRI_DISCLOSURES) {
      for (const requirement of disclosure.requirements) {
        expect(requirement.id.startsWith(`${disclosure.code.slice(4)}-`)).toBe(true);
        for (const test of requirement.presentWhen.flat()) {
          const entry = indicatorCatalog.find((e) => e.id === test.indicatorId);
          expect(entry?.id).toBe(test.indicatorId);
          const dimensions = [...(test.dimensions ?? []), ...(test.rows ?? []).map(([d]) => d)];
          expect(dimensions.filter((d) => !entry?.dimensions.includes(d))).toEqual([]);
        }
      }
    }
  });
});

describe('griContentIndex: GRI 2-7, 2-8 and 405-1 a from their indicators', () => {
  const person = (fields: Record<string, unknown>) =>
    EmployeeSchema.parse({
      id: 'p',
      companyId: 'c',
      homeLocationId: 'AZ-DAS',
      gender: 'female',
      hireDate: '2024-01-01',
      category: 'worker',
      contract: 'permanent',
      engagement: 'employee',
      ...fields,
    });
  const asOf = '2024-12-31';
  const BREAKDOWN = 'workforce.employeeBreakdown';
  const OTHERS = 'workforce.nonEmployeeWorkers';
  const BODIES = 'workforce.governanceDiversity';

  // A site in Daşkəsən places the work region in the Ganja-Dashkasan economic region.
  const regionOptions = {
    asOf,
    sites: [{ id: SiteIdSchema.parse('site-das'), locationId: LocationIdSchema.parse('AZ-DAS') }],
    gazetteer: azGazetteer,
  };

  it('GRI 2-7 a-c: presented by the employee breakdown once every term of 2-7 b is stated', () => {
    // Two employees at a site state their working time and hours: every term of 2-7 b has its
    // row (the temporary and part-time rows with 0) and the region is stated, so 2-7 a, b and c
    // are present; d and e are not.
    const stated = employeeBreakdown(
      [
        person({
          id: 'p1',
          siteId: 'site-das',
          workingTime: 'fullTime',
          nonGuaranteedHours: false,
        }),
        person({
          id: 'p2',
          siteId: 'site-das',
          gender: 'male',
          workingTime: 'fullTime',
          nonGuaranteedHours: true,
        }),
      ],
      regionOptions,
    );
    const entry = rowOf(input([stated], [covered(BREAKDOWN, 'reported')]), 'GRI 2-7');
    expect(entry.status).toBe('partial');
    expect(entry.location).toEqual(['indicator-workforce-employeeBreakdown']);
    expect(entry.requirementsOmitted).toEqual(['2-7-d', '2-7-e']);
  });

  it('GRI 2-7 b: not presented when the records do not state working time or hours', () => {
    // No record states working time or hours: only their notStated rows, so 2-7-b is omitted
    // with the rows it lacks named; 2-7 a and c stay present.
    const unstated = employeeBreakdown([person({ id: 'p1', siteId: 'site-das' })], regionOptions);
    const entry = rowOf(input([unstated], [covered(BREAKDOWN, 'reported')]), 'GRI 2-7');
    expect(entry.requirementsOmitted).toEqual(['2-7-b', '2-7-d', '2-7-e']);
    expect(entry.omissions[0]?.explanation).toContain(
      'Employees by gender, region and employment terms is reported without the rows hours = nonGuaranteed, workingTime = fullTime, workingTime = partTime.',
    );
  });

  it('GRI 2-7 a: not presented when every region row is not stated', () => {
    // Without sites the work region of each employee is 'notStated': rows keyed by region
    // exist, but none states a region, so 2-7 a (by gender and by region) is omitted.
    const noRegion = employeeBreakdown(
      [person({ id: 'p1', workingTime: 'fullTime', nonGuaranteedHours: false })],
      { asOf },
    );
    const entry = rowOf(input([noRegion], [covered(BREAKDOWN, 'reported')]), 'GRI 2-7');
    expect(entry.requirementsOmitted).toContain('2-7-a');
    expect(entry.omissions[0]?.explanation).toContain('without the rows by region');
  });

  it('GRI 2-8 a-b: presented by the workers who are not employees, by type', () => {
    const others = nonEmployeeWorkers(
      [person({ id: 'w1', engagement: 'contractor', workerType: 'contractorWorker' })],
      { asOf },
    );
    const entry = rowOf(input([others], [covered(OTHERS, 'reported')]), 'GRI 2-8');
    expect(entry.location).toEqual(['indicator-workforce-nonEmployeeWorkers']);
    expect(entry.requirementsOmitted).toEqual(['2-8-c']);
  });

  it('GRI 405-1 a: presented by the diversity of governance bodies by gender and age band', () => {
    const board = governanceDiversity(
      [
        GovernanceBodySchema.parse({
          id: 'board',
          companyId: 'c',
          name: 'Board',
          kind: 'board',
          asOf,
          members: 4,
          byGender: { female: 1, male: 3 },
          byAgeBand: { '>50': 4 },
          sourceIds: [],
        }) as GovernanceBody,
      ],
      { asOf },
    );
    const entry = rowOf(input([board], [covered(BODIES, 'reported')]), 'GRI 405-1');
    expect(entry.requirementsOmitted).toEqual(['405-1-b']);
    // Without ages the body does not present 405-1-a: its age row has no figure.
    const genderOnly = governanceDiversity(
      [
        GovernanceBodySchema.parse({
          id: 'board',
          companyId: 'c',
          name: 'Board',
          kind: 'board',
          asOf,
          members: 4,
          byGender: { female: 1, male: 3 },
          sourceIds: [],
        }) as GovernanceBody,
      ],
      { asOf },
    );
    const partial = rowOf(input([genderOnly], [covered(BODIES, 'reported')]), 'GRI 405-1');
    expect(partial.requirementsOmitted).toEqual(['405-1-a', '405-1-b']);
  });
});
