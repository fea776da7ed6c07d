import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { ProgramId, SourceId } from '../../core/ids.js';
import type { PartyId } from '../../model/partyId.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { EitiExpenditureRow } from '../eitiSections.js';
import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { eitiSection, eitiValue } from './eitiSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});
const en = numberFormatter('en');

const report: ImpactReport = {
  ...minimal,
  eiti: {
    socialExpenditures: {
      requirement: 'EITI 6.1',
      rows: [
        {
          programId: 'prg-a' as ProgramId,
          program: 'Water',
          date: '2025-03-01',
          beneficiaryIds: ['ngo-1' as PartyId],
          beneficiaryStated: true,
          expenditure: 'social',
          primaryPurpose: 'community',
          obligation: 'voluntary',
          form: 'inKind',
          value: { amountMinor: 1_000_000, currency: 'AZN' },
          deemedValue: true,
        },
      ],
      mandatory: [],
      // 1,000,000 qəpik = AZN 10,000.00.
      voluntary: [{ amountMinor: 1_000_000, currency: 'AZN' }],
      programsWithoutSpend: ['prg-b' as ProgramId],
      sourceIds: ['src-a' as SourceId],
      notes: ['Commitments are not expenditures.'],
    },
    economicContribution: {
      requirement: 'EITI 6.3',
      employment: {
        asOf: '2025-06-30',
        basis: 'summary',
        headcount: { min: 200, phrase: 'hundreds' },
        scope: 'employees',
        byGender: { female: 40 },
        sourceIds: [],
      },
      productionIndicatorIds: ['deposits.productionSummary'],
      productionDistricts: [],
      notes: [],
    },
  },
};

describe('eitiSection', () => {
  const [s61, s63] = eitiSection(report, en).sections ?? [];

  it('lists every expenditure with its value, then the totals per obligation and currency', () => {
    expect(s61?.blocks[0]).toEqual({
      kind: 'table',
      header: ['Date or period', 'Program', 'Beneficiaries', 'Obligation', 'Form', 'Value'],
      rows: [
        [
          ['2025-03-01'],
          ['Water'],
          ['ngo-1'],
          ['voluntary'],
          ['inKind'],
          ['AZN 10,000.00 (deemed value)'],
        ],
      ],
      numeric: [false, false, false, false, false, true],
    });
    expect(s61?.blocks[1]).toEqual({
      kind: 'paragraph',
      text: ['Totals of the exact amounts: mandatory: none; voluntary: AZN 10,000.00.'],
    });
    expect(s61?.blocks[2]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        ['Commitments are not expenditures.'],
        ['Programs that record no spend: prg-b.'],
        ['Sources: ', { text: 'src-a', href: '#source-src-a' }, '.'],
      ],
    });
  });

  it('gives employment with its bound and words, and links the production indicators', () => {
    expect(s63?.id).toBe('eiti-economic-contribution');
    const block = s63?.blocks[0];
    const items = block?.kind === 'list' ? block.items : [];
    expect(items[0]?.[0]).toBe(
      'Employment on 2025-06-30 (published summary, scope: employees): at least 200 (“hundreds”); by gender: female 40. Sources: ',
    );
    expect(items[1]).toEqual([
      'Reported production: see ',
      { text: 'deposits.productionSummary', href: '#indicator-deposits-productionSummary' },
      '.',
    ]);
  });

  it('writes bounds of an amount as bounds, with the published words', () => {
    const row = report.eiti.socialExpenditures.rows[0];
    if (row === undefined) throw new Error('a row');
    expect(
      eitiValue(
        { ...row, value: { min: 100, currency: 'USD' }, deemedValue: false, phrase: 'over $1' },
        en,
      ),
    ).toBe('at least USD 1.00 (“over $1”)');
  });
});

describe('eitiValue', () => {
  const row = report.eiti.socialExpenditures.rows[0] as EitiExpenditureRow;
  const valued = (value: object, extra: object = {}): string =>
    eitiValue({ ...row, deemedValue: false, ...extra, value } as EitiExpenditureRow, en);

  it('writes an exact value, a deemed value and the published words', () => {
    // 1,000,000 qəpik = AZN 10,000.00.
    expect(eitiValue(row, en)).toBe('AZN 10,000.00 (deemed value)');
    expect(valued({ amountMinor: 250, currency: 'AZN' }, { phrase: 'AZN 2.5' })).toBe(
      'AZN 2.50 (“AZN 2.5”)',
    );
  });

  it('writes bounds as bounds: both, a lower or an upper one', () => {
    expect(valued({ min: 100, max: 300, currency: 'AZN' })).toBe('AZN 1.00 to AZN 3.00');
    expect(valued({ min: 100, currency: 'AZN' })).toBe('at least AZN 1.00');
    expect(valued({ max: 300, currency: 'AZN' })).toBe('at most AZN 3.00');
  });
});
