import type { Bounds } from '../../core/bounds.js';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { countWords } from '../countWords.js';
import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { resultStatus } from '../resultStatus.js';
import { indicatorAnchor, type KeyFigure, type ReportSection } from './reportDocument.js';

/** The share indicators a key figure of origin may come from, in order of preference. */
const ORIGIN_SHARES = [
  'workforce.localEmploymentShare',
  'workforce.regionalOriginShare',
  'workforce.hostCountryNationalShare',
] as const;

/** A share as a percentage: exact to one decimal, bounds rounded outwards to whole percent. */
function percentWords(
  value: number | null,
  bounds: Readonly<Bounds> | undefined,
  fmt: NumberFormatter,
): string | undefined {
  if (value !== null) return `${fmt.number(value * 100, 1)} %`;
  if (bounds === undefined) return undefined;
  const min = bounds.min !== undefined && bounds.min > 0 ? Math.floor(bounds.min * 100) : undefined;
  const max = bounds.max !== undefined && bounds.max < 1 ? Math.ceil(bounds.max * 100) : undefined;
  if (min !== undefined && max !== undefined)
    return min === max
      ? `${fmt.number(min)} %`
      : `between ${fmt.number(min)} and ${fmt.number(max)} %`;
  if (min !== undefined) return `at least ${fmt.number(min)} %`;
  return max === undefined ? undefined : `at most ${fmt.number(max)} %`;
}

/** The first reported result of an indicator. */
function reported(report: Readonly<ImpactReport>, id: string): IndicatorResult | undefined {
  return report.indicators.find((r) => r.indicatorId === id && resultStatus(r) === 'reported');
}

/** The headcount on the report day, from the EITI 6.3 employment. */
function headcountFigure(report: Readonly<ImpactReport>, fmt: NumberFormatter): KeyFigure[] {
  const employment = report.eiti.economicContribution.employment;
  if (employment === null) return [];
  const scope =
    employment.scope === 'employeesAndContractors'
      ? 'People working (employees and contractors)'
      : 'People employed';
  return [
    {
      label: scope,
      value: countWords(employment.headcount, fmt),
      when: fmt.date(employment.asOf),
      anchor: 'eiti-economic-contribution',
      sourceIds: employment.sourceIds,
    },
  ];
}

/** The share of the workforce that is local, from the regions or host-country nationals. */
function originFigure(report: Readonly<ImpactReport>, fmt: NumberFormatter): KeyFigure[] {
  for (const id of ORIGIN_SHARES) {
    const result = reported(report, id);
    const value = result === undefined ? undefined : percentWords(result.value, result.bounds, fmt);
    if (result === undefined || value === undefined) continue;
    const asOf = result.definitions.asOf;
    return [
      {
        label: result.title,
        value,
        when: fmt.date(typeof asOf === 'string' ? asOf : report.asOf),
        anchor: indicatorAnchor(id),
        sourceIds: result.sourceIds,
      },
    ];
  }
  return [];
}

/** Community investment in the period, one amount per currency. */
function investmentFigure(report: Readonly<ImpactReport>, fmt: NumberFormatter): KeyFigure[] {
  const result = reported(report, 'community.communityInvestment');
  if (result?.money === undefined || result.money.length === 0) return [];
  return [
    {
      label: result.title,
      value: result.money.map((m) => fmt.money(m)).join('; '),
      when: `${fmt.date(report.period.start)} to ${fmt.date(report.period.end)}`,
      anchor: indicatorAnchor(result.indicatorId),
      sourceIds: result.sourceIds,
    },
  ];
}

/** Production of the latest year with a published annual figure, per commodity. */
function productionFigure(report: Readonly<ImpactReport>, fmt: NumberFormatter): KeyFigure[] {
  const result = reported(report, 'deposits.productionSummary');
  const annual = (result?.breakdown ?? []).filter(
    (row) =>
      Object.keys(row.keys).length === 2 && row.keys.year !== undefined && row.value !== null,
  );
  const latest = annual
    .map((row) => row.keys.year ?? '')
    .sort()
    .at(-1);
  if (result === undefined || latest === undefined) return [];
  const rows = annual.filter((row) => row.keys.year === latest);
  const value = rows
    .map((row) => {
      const unit = row.quantityUnit ?? result.quantityUnit;
      return `${row.keys.commodity ?? ''} ${fmt.number(Number(row.value))}${unit === undefined ? '' : ` ${unit}`}`.trim();
    })
    .join('; ');
  return [
    {
      label: 'Production',
      value,
      when: fmt.date(latest),
      anchor: indicatorAnchor(result.indicatorId),
      sourceIds: result.sourceIds,
    },
  ];
}

/**
 * The Key figures section of a report document: the headcount, the share of the workforce
 * that is local (or from the regions, or host-country nationals), community investment in the
 * period and production of the latest year, each with its date or period, the anchor of the
 * part that explains it and its sources. A figure the report lacks is left out; a bound stays
 * a bound (`'at least 80 %'`).
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers and dates.
 * @returns The section `key-figures`; `undefined` when the report has none of the figures.
 *
 * @example
 * ```ts
 * keyFiguresSection(report, numberFormatter('en'))?.id;
 * //=> 'key-figures'
 * ```
 *
 * @internal
 */
export function keyFiguresSection(
  report: Readonly<ImpactReport>,
  fmt: NumberFormatter,
): ReportSection | undefined {
  const figures = [
    ...headcountFigure(report, fmt),
    ...originFigure(report, fmt),
    ...investmentFigure(report, fmt),
    ...productionFigure(report, fmt),
  ];
  if (figures.length === 0) return undefined;
  return { id: 'key-figures', title: 'Key figures', blocks: [{ kind: 'keyFigures', figures }] };
}
