// Every figure the report computes is visible: for the AzerGold reference dataset and the Fekola
// dataset (production, resources and reserves, program spend), each number of each result of an
// indicator that gives a figure — value, bounds, range, ratio parts, breakdown values, counts and
// money — is searched in that indicator's part of the Markdown and HTML renderings, allowing the
// formatting the renderers use: digits grouped by thousands, rounding to the decimals shown (0 to
// 4; a share's lower bound rounded down and its upper bound up to two decimals), a share as a
// percentage, money in major units with its currency. Indicators without a figure are checked
// under Not reported with their cause instead; the partial inputs of such a result (a numerator
// without its denominator) are not figures.
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../src/core/currencies.js';
import { azGazetteer, liberatedTerritoryIds } from '../src/data/az/index.js';
import { azergoldDataset } from '../src/data/azergold/index.js';
import { renderHtml } from '../src/html/renderHtml.js';
import type { BreakdownRow } from '../src/indicators/contract/breakdownRow.js';
import type { IndicatorResult } from '../src/indicators/contract/indicatorResult.js';
import { buildImpactReport } from '../src/report/buildImpactReport.js';
import { indicatorAnchor } from '../src/report/document/reportDocument.js';
import type { ImpactReport } from '../src/report/impactReport.js';
import { numberFormatter } from '../src/report/numberFormatter.js';
import { renderMarkdown } from '../src/report/renderMarkdown.js';
import { fekolaDataset } from './realData/fekola.js';

const en = numberFormatter('en');

/** A number to find, with how it may be written. */
interface Wanted {
  readonly what: string;
  readonly texts: readonly string[];
}

/** The ways the renderers may write a plain number. */
function numberTexts(n: number): string[] {
  const texts = new Set<string>();
  for (let d = 0; d <= 4; d++) {
    texts.add(en.number(n, d));
    texts.add(en.fixed(n, d));
    texts.add(en.number(n * 100, d));
  }
  // A share's bounds are rounded outwards to hundredths.
  texts.add(en.fixed(Math.floor(n * 100) / 100, 2));
  texts.add(en.fixed(Math.ceil(n * 100) / 100, 2));
  return [...texts];
}

/** The currencies of a money result: its own and those of its amounts and rows. */
function currenciesOf(result: Readonly<IndicatorResult>): CurrencyCode[] {
  const all = [
    result.currency,
    ...(result.money ?? []).map((m) => m.currency),
    ...(result.breakdown ?? []).flatMap((r) => (r.money ?? []).map((m) => m.currency)),
  ];
  return [...new Set(all.filter((c): c is CurrencyCode => c !== undefined))];
}

/**
 * Every number of a result or row. A share's 0 and 1 bounds are left out (the words leave
 * them out); the values of a money result are minor units, written as money in major units.
 */
function numbersOf(
  item: Readonly<IndicatorResult> | Readonly<BreakdownRow>,
  result: Readonly<IndicatorResult>,
  where: string,
): Wanted[] {
  const share = result.unit === 'share';
  const currencies = result.unit === 'money' ? currenciesOf(result) : [];
  const wanted: Wanted[] = [];
  const add = (name: string, n: number | null | undefined) => {
    if (typeof n !== 'number') return;
    const money = Number.isSafeInteger(n)
      ? currencies.map((currency) => en.money({ amountMinor: n, currency }))
      : [];
    wanted.push({ what: `${where} ${name} ${n}`, texts: [...numberTexts(n), ...money] });
  };
  add('value', item.value);
  // A share at least 0 or at most 1 says nothing: the words leave such a bound out.
  if (!(share && item.bounds?.min === 0)) add('bounds.min', item.bounds?.min);
  if (!(share && item.bounds?.max === 1)) add('bounds.max', item.bounds?.max);
  add('range.low', item.range?.low);
  add('range.central', item.range?.central);
  add('range.high', item.range?.high);
  add('ratio.numerator', item.ratio?.numerator);
  add('ratio.denominator', item.ratio?.denominator);
  add('ratio.value', item.ratio?.value);
  if ('count' in item) add('count', item.count);
  for (const money of item.money ?? [])
    wanted.push({ what: `${where} money`, texts: [en.money(money)] });
  return wanted;
}

/** Whether `text` holds `token` not glued to other digits. */
function holds(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/** The text of an indicator's part: from its anchor to the next indicator's anchor. */
function partOf(text: string, anchor: string, start: string, next: string): string {
  const from = text.indexOf(start.replace('ID', anchor));
  if (from < 0) return '';
  const to = text.indexOf(next, from + 1);
  return text.slice(from, to < 0 ? undefined : to);
}

/** The numbers missing from each rendering of a report's indicator parts. */
async function missingFigures(report: ImpactReport): Promise<string[]> {
  const markdown = renderMarkdown(report);
  const html = await renderHtml(report);
  const reported = new Set(
    report.coverage.filter((c) => c.status === 'reported').map((c) => c.indicatorId),
  );
  const missing: string[] = [];
  for (const result of report.indicators) {
    if (!reported.has(result.indicatorId)) continue;
    const anchor = indicatorAnchor(result.indicatorId);
    const md = partOf(markdown, anchor, '<a id="ID"></a>', '<a id="indicator-');
    const page = partOf(html, anchor, '<section id="ID">', '<section id="indicator-');
    const wanted = [
      ...numbersOf(result, result, result.indicatorId),
      ...(result.breakdown ?? []).flatMap((row) =>
        numbersOf(row, result, `${result.indicatorId} ${JSON.stringify(row.keys)}`),
      ),
    ];
    for (const w of wanted) {
      if (!w.texts.some((t) => holds(md, t))) missing.push(`Markdown: ${w.what}`);
      if (!w.texts.some((t) => holds(page, t))) missing.push(`HTML: ${w.what}`);
    }
  }
  return missing;
}

/** Every indicator without a figure is under Not reported, once, with its cause. */
function notReportedOnce(report: ImpactReport, markdown: string): void {
  const notReported = markdown.slice(markdown.indexOf('## Not reported'));
  for (const c of report.coverage) {
    const anchor = `<a id="${indicatorAnchor(c.indicatorId)}"></a>`;
    if (c.status === 'reported') {
      expect(markdown.split(anchor)).toHaveLength(2);
      expect(notReported).not.toContain(`(\`${c.indicatorId}\`)`);
    } else {
      expect(markdown).not.toContain(anchor);
      expect(notReported.split(`(\`${c.indicatorId}\`)`)).toHaveLength(2);
    }
  }
}

describe('every figure of the report is visible', () => {
  it('in the AzerGold report', async () => {
    const report = buildImpactReport(azergoldDataset, {
      asOf: '2025-11-14',
      period: { start: '2025-01-01' },
      gazetteer: azGazetteer,
      territoryIds: liberatedTerritoryIds,
    });
    expect(report.indicators.length).toBeGreaterThan(10);
    expect(await missingFigures(report)).toEqual([]);
    notReportedOnce(report, renderMarkdown(report));
  });

  it('in the AzerGold report of 2021, with its economic figures', async () => {
    const report = buildImpactReport(azergoldDataset, {
      asOf: '2021-12-31',
      period: { start: '2021-01-01' },
      now: '2025-11-14',
      gazetteer: azGazetteer,
    });
    expect(await missingFigures(report)).toEqual([]);
  });

  it('in the Fekola reports of 2022 and 2024: production, resources, reserves and spend', async () => {
    for (const [asOf, start] of [
      ['2022-12-31', '2020-01-01'],
      ['2024-12-31', '2024-01-01'],
    ] as const) {
      const report = buildImpactReport(fekolaDataset, {
        asOf,
        period: { start },
        now: '2025-11-14',
        metalUnit: 'ozt',
      });
      const ids = report.indicators.map((r) => r.indicatorId);
      expect(ids).toContain('deposits.productionSummary');
      expect(ids).toContain('deposits.resourceReserveStatement');
      expect(await missingFigures(report)).toEqual([]);
      notReportedOnce(report, renderMarkdown(report));
    }
  });
});
