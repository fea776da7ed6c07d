import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { aboutSection } from './aboutSection.js';
import { eitiSection } from './eitiSection.js';
import { factsSection } from './factsSection.js';
import { griContentIndexSection } from './griContentIndexSection.js';
import { indicatorsSection } from './indicatorsSection.js';
import { keyFiguresSection } from './keyFiguresSection.js';
import { notReportedSection } from './notReportedSection.js';
import { programMoneySection } from './programMoneySection.js';
import type { ReportDocument, ReportSection } from './reportDocument.js';
import { sourcesSection } from './sourcesSection.js';
import { validationSection } from './validationSection.js';

/**
 * The options of {@link buildReportDocument}.
 *
 * @category Reports
 */
export interface ReportDocumentOptions {
  /**
   * The locale of the numbers and dates (BCP 47), `'en'` by default; the words stay English.
   */
  readonly locale?: string | undefined;
}

/**
 * Lays out a report for reading: the sections the Markdown and HTML renderers both draw, with
 * every figure the report computes.
 *
 * @remarks
 * In order: About this report (day, period and why, company, the definition of "local" in
 * force, validation counts), Key figures (headcount, origin share, community investment,
 * production of the latest year, each with its source; a figure the report lacks is left
 * out), Facts, Indicators (one part per indicator that gives a figure, anchored at
 * `indicator-<id>`, with every breakdown row in a table, its standards, sources and notes; the
 * money of the programs under community investment; the places of the charts), Not reported
 * (each indicator without a figure once, with its cause), the GRI content index, EITI 6.1 and
 * 6.3, Validation and Sources (anchored at `source-<id>`). Pure: the same report and locale
 * give the same document.
 *
 * @param report - The report from {@link buildImpactReport}.
 * @param options - The locale of the numbers and dates.
 * @returns The document.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the locale is malformed or not supported.
 *
 * @example
 * ```ts
 * buildReportDocument(report).sections.map((s) => s.id)[0];
 * //=> 'about'
 * ```
 *
 * @category Reports
 */
export function buildReportDocument(
  report: Readonly<ImpactReport>,
  options: Readonly<ReportDocumentOptions> = {},
): ReportDocument {
  const fmt = numberFormatter(options.locale ?? 'en');
  const keyFigures = keyFiguresSection(report, fmt);
  const money = programMoneySection(report, fmt);
  const extras = new Map([['indicators-community', money === undefined ? [] : [money]]]);
  const sections: ReportSection[] = [
    aboutSection(report, fmt),
    ...(keyFigures === undefined ? [] : [keyFigures]),
    factsSection(report),
    indicatorsSection(report, fmt, extras),
    notReportedSection(report),
    griContentIndexSection(report),
    eitiSection(report, fmt),
    validationSection(report, fmt),
    sourcesSection(report, fmt),
  ];
  return { title: `Impact report: ${report.company.name}`, locale: fmt.locale, sections };
}
