import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../core/ids.js';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { numberFormatter } from '../numberFormatter.js';
import { indicatorPart } from './indicatorPart.js';

const fmt = numberFormatter('en');

function origin(level: string, fields: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicatorId: 'workforce.workforceOriginDistribution',
    title: 'Workforce by origin',
    keys: { level },
    unit: 'share',
    value: null,
    reason: 'BREAKDOWN_ONLY',
    definitions: { level },
    standards: ['GRI 2-7'],
    sourceIds: ['src-b' as SourceId, 'src-a' as SourceId],
    notes: ['Shares of the headcount.'],
    ...fields,
  };
}

describe('indicatorPart', () => {
  it('gives an indicator with several results one part, one table per result', () => {
    const part = indicatorPart(
      [
        origin('economicRegion', {
          // 60 of 100 people: 0.6 = 60 %.
          breakdown: [{ keys: { region: 'XX-R1' }, label: 'Hill Region', value: 0.6, count: 60 }],
        }),
        origin('district', {
          breakdown: [{ keys: { district: 'XX-D1' }, label: 'Valley', value: 0.25, count: 25 }],
        }),
      ],
      fmt,
    );
    expect(part.id).toBe('indicator-workforce-workforceOriginDistribution');
    expect(part.title).toBe('Workforce by origin');
    const tables = part.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => (t.kind === 'table' ? t.rows : []))).toEqual([
      [[['XX-R1'], ['Hill Region'], ['0.6 (60 %)'], ['60']]],
      [[['XX-D1'], ['Valley'], ['0.25 (25 %)'], ['25']]],
    ]);
    // The keys say which result is which; the figure points to the table.
    expect(part.blocks).toContainEqual({
      kind: 'paragraph',
      text: ['Level: economicRegion. Figure: no single figure; the row is in the table below.'],
    });
    // Standards and sources once for the part (sources sorted), notes once.
    expect(part.blocks).toContainEqual({
      kind: 'paragraph',
      text: [
        'Standards: GRI 2-7.',
        ' ',
        'Sources: ',
        { text: 'src-a', href: '#source-src-a' },
        ', ',
        { text: 'src-b', href: '#source-src-b' },
        '.',
      ],
    });
    expect(part.blocks.at(-1)).toEqual({
      kind: 'list',
      ordered: false,
      items: [['Shares of the headcount.']],
    });
  });

  it('writes a single figure and the definitions', () => {
    const part = indicatorPart(
      [
        {
          indicatorId: 'safety.landCleared',
          title: 'Land cleared',
          unit: 'quantity',
          quantityUnit: 'ha',
          value: 829,
          definitions: { asOf: '2025-11-14', depositIds: ['dep-a', 'dep-b'], share: 0.5 },
          standards: [],
          sourceIds: [],
          notes: [],
        },
      ],
      fmt,
    );
    expect(part.blocks.slice(1, 3)).toEqual([
      { kind: 'paragraph', text: ['Figure: 829 ha.'] },
      {
        kind: 'paragraph',
        text: ['Definitions: As of: 2025-11-14; Deposit ids: dep-a, dep-b; Share: 0.5.'],
      },
    ]);
    expect(part.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: ['Standards: none (the library’s own indicator).', ' ', 'Sources: ', 'no source', '.'],
    });
  });
});
