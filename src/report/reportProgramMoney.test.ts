import { describe, expect, it } from 'vitest';
import { fekolaDataset } from '../../test/realData/fekola.js';
import { buildImpactReport } from './buildImpactReport.js';

describe('reportProgramMoney', () => {
  it('lists the amounts of the programs known on asOf, as published', () => {
    const at = (asOf: string) =>
      buildImpactReport(fekolaDataset, { asOf, now: '2025-11-14' }).programMoney ?? [];
    const rows = at('2020-12-31');
    expect(rows.map((r) => [r.programId, r.kind, r.period, r.value])).toEqual([
      // The total since 2015 as of November 2020: XOF 1,735,878,694 (no minor unit).
      [
        'prg-community-development',
        'cumulative',
        { start: '2015', end: '2020-11' },
        { amountMinor: 1_735_878_694, currency: 'XOF' },
      ],
      // USD 20 million since 2016 as of January 2019: 2,000,000,000 cents.
      [
        'prg-fadougou-resettlement',
        'cumulative',
        { start: '2016', end: '2019-01' },
        { amountMinor: 2_000_000_000, currency: 'USD' },
      ],
      // The scholarships' budget, XOF 387,000,000, is not dated: the program started in 2018.
      ['prg-scholarships-2018', 'budget', undefined, { amountMinor: 387_000_000, currency: 'XOF' }],
      // XOF 33,000,000 spent in 2020.
      [
        'prg-segoundo-health-centre',
        'spent',
        { start: '2020', end: '2020' },
        { amountMinor: 33_000_000, currency: 'XOF' },
      ],
    ]);
    // The publisher's own equivalent stays with its amount: XOF 11.5 billion.
    expect(rows[1]?.equivalents).toEqual([{ amountMinor: 11_500_000_000, currency: 'XOF' }]);
    // In 2015 only the community development total has started; the scholarships (2018) and
    // the resettlement total (2016) have not.
    expect(at('2015-12-31').map((r) => r.programId)).toEqual(['prg-community-development']);
  });
});
