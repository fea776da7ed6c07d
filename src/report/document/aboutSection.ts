import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { localityWords } from './localityWords.js';
import type { ReportSection, RichText } from './reportDocument.js';

const STATE_WORDS: Readonly<Record<string, string>> = {
  stateOwned: 'state-owned',
  minority: 'the state holds a minority stake',
  none: 'no state ownership',
  undetermined: 'state ownership undetermined',
};

/** The as-of line: the day, and why that day (given, or the latest dated fact of the data). */
function asOfLine(report: Readonly<ImpactReport>, fmt: NumberFormatter): string {
  const basis = report.asOfBasis;
  const { start, end } = report.period;
  const asOf = fmt.date(report.asOf);
  const period = `Reporting period: ${fmt.date(start)} to ${fmt.date(end)}`;
  if (basis?.basis !== 'latestDatedFact') return `As of ${asOf}. ${period}.`;
  const yearToDate = start === `${report.asOf.slice(0, 4)}-01-01` && end === report.asOf;
  return `As of ${asOf}, the latest dated fact in the dataset (${basis.fact}): no date was given. ${period}${yearToDate ? ', the calendar year of that day up to it (a period may not end after the as-of day)' : ''}.`;
}

/**
 * The first section of a report document: the day and period and why, the company, the
 * definition of "local" in force, the validation counts and the report format.
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers and dates.
 * @returns The section `about`.
 *
 * @example
 * ```ts
 * aboutSection(report, numberFormatter('en')).title;
 * //=> 'About this report'
 * ```
 *
 * @internal
 */
export function aboutSection(report: Readonly<ImpactReport>, fmt: NumberFormatter): ReportSection {
  const company = report.company;
  const state = company.stateOwnership ?? (company.stateOwned ? 'stateOwned' : undefined);
  const companyLine: RichText = [
    `Company: ${company.name} (`,
    { code: company.id },
    `)${state === undefined ? '' : `, ${STATE_WORDS[state] ?? state}`}.`,
  ];
  const { errors, warnings, infos } = report.validation;
  return {
    id: 'about',
    title: 'About this report',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: [
          [asOfLine(report, fmt)],
          companyLine,
          [`Definition of "local": ${localityWords(report, fmt)}.`],
          [
            `Validation: ${fmt.number(errors)} errors, ${fmt.number(warnings)} warnings, ${fmt.number(infos)} notes.`,
          ],
          [
            `Report format ${report.reportVersion}; numbers and dates in locale ${fmt.locale}. Rounding: shares, ratios and indices to four decimals, percentages and other figures to two, half away from zero; the bounds of a share outwards (a lower bound down, an upper bound up); money exact.`,
          ],
        ],
      },
    ],
  };
}
