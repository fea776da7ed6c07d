import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { buildImpactReport } from './buildImpactReport.js';
import { countWords } from './countWords.js';
import { csvCell } from './csvCell.js';
import { describeResult } from './describeResult.js';
import { formatNumber } from './formatNumber.js';
import { markdownText } from './markdownText.js';
import { CSV_COLUMNS, renderCsv } from './renderCsv.js';
import { renderJson } from './renderJson.js';
import { renderMarkdown } from './renderMarkdown.js';
import { shareWords } from './shareWords.js';

const hostile = baseDataset();
hostile.company.name = 'Evil <script>alert(1)</script> | [x](http://e.vil)';
hostile.programs = (hostile.programs ?? []).map((p) => ({
  ...p,
  title: '=HYPERLINK("http://e.vil")',
}));
const report = buildImpactReport(hostile, {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: '2025-11-14',
});

function result(fields: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicatorId: 'x.y',
    title: 'X',
    unit: 'count',
    value: null,
    definitions: {},
    standards: [],
    sourceIds: [],
    notes: [],
    ...fields,
  };
}

describe('describeResult', () => {
  it('describes values, bounds, ranges, money, tables and missing figures', () => {
    expect(
      describeResult(
        result({
          unit: 'ratio',
          value: 0.25,
          ratio: { numerator: 1, denominator: 4, value: 0.25 },
        }),
      ),
    ).toBe('0.25 (25 %, 1 / 4)');
    expect(describeResult(result({ unit: 'ratio', value: 0.5 }))).toBe('0.5 (50 %)');
    expect(describeResult(result({ unit: 'count', value: 1234.5 }))).toBe('1,234.5');
    expect(describeResult(result({ unit: 'quantity', quantityUnit: 'ozt', value: 520695 }))).toBe(
      '520,695 ozt',
    );
    expect(describeResult(result({ unit: 'years', value: 12 }))).toBe('12 years');
    expect(
      describeResult(
        result({
          unit: 'money',
          currency: 'AZN',
          value: 125050,
          money: [{ amountMinor: 125050, currency: 'AZN' }],
        }),
      ),
    ).toBe('AZN 1,250.50');
    expect(
      describeResult(result({ unit: 'share', reason: 'BOUNDED', bounds: { min: 2044 / 2554 } })),
    ).toBe('at least 0.80');
    // A ratio may exceed 1: its bounds are numbers, not shares.
    expect(
      describeResult(result({ unit: 'ratio', reason: 'BOUNDED', bounds: { min: 1.25 } })),
    ).toBe('at least 1.25');
    expect(
      describeResult(result({ unit: 'count', reason: 'BOUNDED', bounds: { min: 1001 } })),
    ).toBe('at least 1,001');
    expect(describeResult(result({ reason: 'BOUNDED', bounds: { max: 999 } }))).toBe('at most 999');
    expect(describeResult(result({ reason: 'BOUNDED', bounds: { min: 200, max: 999 } }))).toBe(
      'between 200 and 999',
    );
    expect(
      describeResult(
        result({ unit: 'count', reason: 'RANGE_ONLY', range: { low: 3003, high: 6006 } }),
      ),
    ).toBe('3,003 to 6,006');
    expect(
      describeResult(
        result({
          unit: 'quantity',
          quantityUnit: 't',
          value: 2,
          range: { low: 1, central: 2, high: 3 },
        }),
      ),
    ).toBe('2 t');
    expect(
      describeResult(
        result({
          unit: 'quantity',
          quantityUnit: 't',
          reason: 'RANGE_ONLY',
          range: { low: 1, high: 3 },
        }),
      ),
    ).toBe('1 to 3 t');
    expect(
      describeResult(
        result({
          unit: 'money',
          money: [
            { amountMinor: 30_000_000, currency: 'AZN' },
            { amountMinor: -5, currency: 'USD' },
          ],
        }),
      ),
    ).toBe('AZN 300,000.00; USD -0.05');
    expect(
      describeResult(
        result({
          unit: 'count',
          reason: 'BREAKDOWN_ONLY',
          breakdown: [
            { keys: { k: 'a' }, value: 1 },
            { keys: { k: 'b' }, value: null, reason: 'MISSING_DATA' },
          ],
        }),
      ),
    ).toBe('1 row (see the breakdown)');
    expect(
      describeResult(
        result({
          unit: 'count',
          reason: 'BREAKDOWN_ONLY',
          breakdown: [
            { keys: { k: 'a' }, value: null, reason: 'MISSING_DATA' },
            { keys: { k: 'b' }, value: 2 },
            { keys: { k: 'c' }, value: 3 },
          ],
        }),
      ),
    ).toBe('2 rows (see the breakdown)');
    expect(describeResult(result({ reason: 'ZERO_DENOMINATOR' }))).toBe(
      'not defined: the denominator is zero',
    );
    expect(describeResult(result({}))).toBe('not available: an input is missing');
  });

  it('writes numbers and shares so that the words stay true', () => {
    expect(formatNumber(2554)).toBe('2,554');
    expect(formatNumber(-1234567.891)).toBe('-1,234,567.89');
    expect(formatNumber(-0.001)).toBe('0');
    expect(countWords({ min: 200, max: 200 })).toBe('200');
    expect(countWords({ max: 999 })).toBe('at most 999');
    // 0.391 rounds up to 0.40 as an upper bound; 0.2 stays 0.20 as a lower bound.
    expect(shareWords({ min: 0.2, max: 0.391 })).toBe('between 0.20 and 0.40');
    // Exact shares: 2,697 / 2,792 = 0.965974… is 0.9660 to four decimals, written 0.966; 0.6 is
    // 0.60; 1,637 / 1,742 = 0.939724… is 0.9397.
    expect(shareWords({ min: 2697 / 2792, max: 2697 / 2792 })).toBe('0.966');
    expect(shareWords({ min: 0.6, max: 0.6 })).toBe('0.60');
    expect(shareWords({ min: 1637 / 1742, max: 1637 / 1742 })).toBe('0.9397');
    expect(shareWords({ max: 0.391 })).toBe('at most 0.40');
    expect(shareWords({ min: 0, max: 1 })).toBe('between 0.00 and 1.00');
    // × 100 rounds these across a whole number: 0.049999999999999996 × 100 = 5 and
    // 0.35000000000000003 × 100 = 35, so the words step to 0.04 and 0.36 to stay true.
    expect(shareWords({ min: 0.049999999999999996 })).toBe('at least 0.04');
    expect(shareWords({ max: 0.35000000000000003 })).toBe('at most 0.36');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);

  it('escapes dataset text so it cannot inject HTML, links or table cells', () => {
    expect(md).toContain(
      '# Impact report: Evil \\<script\\>alert(1)\\</script\\> \\| \\[x\\](http\\://e.vil)',
    );
    expect(md).not.toContain('<script>');
    expect(markdownText('a\r\nb\nc|d')).toBe('a b c\\|d');
  });

  it('has every section and cites sources', () => {
    for (const heading of [
      '## Facts',
      '## Indicators',
      '## Not reported',
      '## GRI content index',
      '## EITI',
      '## Validation',
      '## Sources',
    ])
      expect(md).toContain(heading);
    expect(md).toContain(
      '- <a id="source-src-report"></a>`src-report`: [Annual report 2024](https://example.com/reports/2024.pdf). Example Mining CJSC; published 2025-03-01; reliability: verified;',
    );
    expect(md).toContain(
      '| 2024-03-01 | =HYPERLINK("http\\://e.vil") | ngo-1 | voluntary | cash | USD 50,000.00 |',
    );
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(report);
  const lines = csv.split('\r\n');

  it('writes a header, one row per result and per breakdown row, with CRLF', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const breakdownRows = report.indicators.reduce((n, r) => n + (r.breakdown?.length ?? 0), 0);
    // header + results + breakdown rows + the empty string after the last CRLF
    expect(lines).toHaveLength(1 + report.indicators.length + breakdownRows + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('quotes and neutralises cells as RFC 4180 and spreadsheet safety require', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('renderJson', () => {
  it('sorts keys at every depth and ends with a newline', () => {
    const json = renderJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    const keys = Object.keys(JSON.parse(json));
    expect(keys).toEqual([...keys].sort());
    expect(json.indexOf('"asOf"')).toBeLessThan(json.indexOf('"company"'));
    expect(renderJson({ ...report })).toBe(json);
  });
});

describe('renderJson with hostile keys', () => {
  it('keeps "__proto__" as a key and leaves Object.prototype alone', () => {
    const value = JSON.parse('{"b":1,"a":{"__proto__":{"polluted":true}}}');
    const json = renderJson(value);
    expect(json).toBe(
      '{\n  "a": {\n    "__proto__": {\n      "polluted": true\n    }\n  },\n  "b": 1\n}\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
