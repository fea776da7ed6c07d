import { appendAll } from '../core/appendAll.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { countWords } from './countWords.js';
import { describeResult } from './describeResult.js';
import type { GriContentIndexEntry } from './griContentIndexEntry.js';
import { GRI_OMISSION_REASON_WORDS, type GriOmission } from './griOmission.js';
import type { ImpactReport } from './impactReport.js';
import { markdownText as t } from './markdownText.js';
import { moneyText } from './moneyText.js';

const STATUS_WORDS: Readonly<Record<string, string>> = {
  reported: 'reported',
  notReported: 'not reported',
  dataAbsent: 'data absent',
  notApplicable: 'not applicable',
  computationFailed: 'computation failed',
  failed: 'computation failed',
  notComputed: 'not computed',
};

/** Source ids as Markdown references to the Sources section. */
function cite(ids: readonly string[]): string {
  return ids.length === 0 ? 'no source' : ids.map((id) => `[${t(id)}](#sources)`).join(', ');
}

/** A URL inside `(…)` of a Markdown link: parentheses, spaces and angle brackets encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function indicatorRow(
  result: Readonly<IndicatorResult>,
  notes: ReadonlyMap<string, number>,
): string[] {
  const refs = [...new Set(result.notes)].map((note) => `[${notes.get(note)}]`).join(' ');
  return [
    `${t(result.title)} (\`${t(result.indicatorId)}\`)`,
    t(describeResult(result)),
    t(result.standards.join(', ')),
    cite(result.sourceIds),
    refs,
  ];
}

type EitiSections = ImpactReport['eiti'];
type ReportSource = ImpactReport['sources'][number];

/**
 * The definition of "local" in force: the report's locality policy (or none), then what the
 * data says (the facts `workforce.<i>.locality`: a summary's own words or policy).
 */
function localityText(report: Readonly<ImpactReport>): string {
  const policy = report.localityPolicy;
  const data = report.facts.filter((f) => /^workforce\.\d+\.locality$/.test(f.id));
  if (data.length === 0) return policy === null ? 'none given' : t(JSON.stringify(policy));
  const own =
    policy === null
      ? 'none given for the report'
      : `${t(JSON.stringify(policy))} (the report's locality policy)`;
  return `${own}; in the data: ${data.map((f) => t(f.statement)).join(' ')}`;
}

/** The title and the summary list: date, period, company, locality, validation, format. */
function headerLines(report: Readonly<ImpactReport>): string[] {
  return [
    `# Impact report: ${t(report.company.name)}`,
    '',
    `- As of: ${report.asOf}; reporting period: ${report.period.start} to ${report.period.end}`,
    `- Company: \`${t(report.company.id)}\`${report.company.stateOwned ? ', state-owned' : ''}`,
    `- Definition of "local": ${localityText(report)}`,
    `- Validation: ${report.validation.errors} errors, ${report.validation.warnings} warnings, ${report.validation.infos} notes`,
    `- Report format ${report.reportVersion}`,
  ];
}

/** The Facts section: each fact with its sources and reliability. */
function factLines(report: Readonly<ImpactReport>): string[] {
  const lines = [
    '',
    '## Facts',
    '',
    'What the dataset states, with the published words and the sources.',
    '',
  ];
  for (const fact of report.facts)
    lines.push(`- ${t(fact.statement)} Sources: ${cite(fact.sourceIds)} (${fact.reliability}).`);
  if (report.facts.length === 0) lines.push('No facts are stated.');
  return lines;
}

/** The distinct notes of the indicators, numbered from 1 in the order they first appear. */
function numberNotes(indicators: readonly Readonly<IndicatorResult>[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const result of indicators)
    for (const note of result.notes) if (!notes.has(note)) notes.set(note, notes.size + 1);
  return notes;
}

/** The Indicators section: the table of results and the numbered notes. */
function indicatorLines(report: Readonly<ImpactReport>): string[] {
  const lines = ['', '## Indicators', ''];
  const notes = numberNotes(report.indicators);
  if (report.indicators.length === 0)
    lines.push('No indicator could be computed from this dataset.');
  else
    appendAll(
      lines,
      table(
        ['Indicator', 'Figure', 'Standards', 'Sources', 'Notes'],
        report.indicators.map((result) => indicatorRow(result, notes)),
      ),
    );
  if (notes.size > 0) {
    lines.push('', 'Notes on the indicators:', '');
    for (const [note, n] of notes) lines.push(`${n}. ${t(note)}`);
  }
  return lines;
}

/** The keys of a result or row, as `dimension: value` pairs. */
function keysText(keys: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(keys ?? {})
    .map(([dimension, value]) => `${dimension}: ${value}`)
    .join(', ');
}

/** The lines of one economic result: its figure, standards and sources, then its rows. */
function economicResultLines(result: Readonly<IndicatorResult>): string[] {
  const keys = keysText(result.keys);
  const rows = (result.breakdown ?? []).map((row) => [
    t(keysText(row.keys)),
    t(
      describeResult({
        ...result,
        value: row.value,
        reason: row.reason,
        bounds: row.bounds,
        ratio: row.ratio,
        money: row.money,
        currency: result.currency ?? row.money?.[0]?.currency,
        breakdown: undefined,
      }),
    ),
  ]);
  return [
    '',
    `### ${t(result.title)}${keys === '' ? '' : ` (${t(keys)})`}`,
    '',
    `${t(describeResult(result))}. Standards: ${t(result.standards.join(', '))}. Sources: ${cite(result.sourceIds)}.`,
    ...(rows.length === 0 ? [] : ['', ...table(['Component', 'Figure'], rows)]),
  ];
}

/**
 * The Economic contribution section: each result of the economic family with its components
 * and sources; absent when the report has none.
 */
function economicLines(report: Readonly<ImpactReport>): string[] {
  const results = report.indicators.filter((r) => r.indicatorId.startsWith('economic.'));
  if (results.length === 0) return [];
  return ['', '## Economic contribution', ...results.flatMap(economicResultLines)];
}

/** The Not reported section: the catalog's indicators the report does not report, and why. */
function notReportedLines(report: Readonly<ImpactReport>): string[] {
  const missing = report.coverage.filter((c) => c.status !== 'reported');
  const lines = ['', '## Not reported', ''];
  if (missing.length === 0) lines.push('Every indicator of the catalog is reported.');
  else
    appendAll(
      lines,
      table(
        ['Indicator', 'Status', 'Why'],
        missing.map((c) => [
          `${t(c.title)} (\`${t(c.indicatorId)}\`)`,
          STATUS_WORDS[c.status] ?? c.status,
          t(c.detail ?? ''),
        ]),
      ),
    );
  return lines;
}

/** The GRI content index section (GRI 1: Foundation 2021, Requirement 7). */
function griLines(report: Readonly<ImpactReport>): string[] {
  const index = report.griContentIndex;
  const omission = (entry: GriContentIndexEntry, pick: (o: GriOmission) => string): string =>
    entry.omissions.map((o) => t(pick(o))).join('; ');
  return [
    '',
    '## GRI content index',
    '',
    `Statement of use: ${t(index.statementOfUse.sentence)}`,
    '',
    `GRI 1 used: ${index.gri1Used}`,
    '',
    `Applicable GRI Sector Standard: ${index.sectorStandards
      .map((s) => t(s.note === undefined ? s.title : `${s.title} (${s.note})`))
      .join('; ')}`,
    '',
    ...table(
      [
        'GRI Standard',
        'Disclosure',
        'Location',
        'Requirement(s) omitted',
        'Reason',
        'Explanation',
        'GRI Sector Standard ref. no.',
      ],
      index.entries.map((entry) => [
        t(entry.standard),
        t(`${entry.disclosure.slice(4)} ${entry.title}`),
        entry.location.map((anchor) => `[${anchor}](#${anchor})`).join(', '),
        t(entry.requirementsOmitted.join(', ')),
        omission(entry, (o) => GRI_OMISSION_REASON_WORDS[o.reason]),
        entry.omissions.length === 1
          ? t(entry.omissions[0]?.explanation ?? '')
          : omission(entry, (o) => `${o.requirements.join(', ')}: ${o.explanation}`),
        entry.sectorReference ?? '',
      ]),
    ),
  ];
}

type EitiRow = EitiSections['socialExpenditures']['rows'][number];

/** The day of a flow, or the period of a reported amount (`2009`, `2009 to 2013`). */
function eitiWhen(row: Readonly<EitiRow>): string {
  if (row.period === undefined) return row.date ?? '';
  const { start, end } = row.period;
  return start === end ? start : `${start} to ${end}`;
}

/** The value of an EITI row: exact, or bounds, with the published words. */
function eitiValue(row: Readonly<EitiRow>): string {
  const v = row.value;
  const at = (amountMinor: number) => moneyText({ amountMinor, currency: v.currency });
  let text: string;
  if ('amountMinor' in v) text = moneyText(v);
  else if (v.min !== undefined && v.max !== undefined) text = `${at(v.min)} to ${at(v.max)}`;
  else text = v.min === undefined ? `at most ${at(v.max ?? 0)}` : `at least ${at(v.min)}`;
  const phrase = row.phrase === undefined ? '' : ` (“${t(row.phrase)}”)`;
  return `${text}${row.deemedValue ? ' (deemed value)' : ''}${phrase}`;
}

/** `notStated` in words. */
function stated(value: string): string {
  return value === 'notStated' ? 'not stated' : value;
}

/** The EITI 6.1 subsection: the expenditures and the notes. */
function socialExpenditureLines(s61: Readonly<EitiSections['socialExpenditures']>): string[] {
  const lines = ['', '## EITI', '', '### 6.1 Social and environmental expenditures', ''];
  if (s61.rows.length > 0) {
    appendAll(
      lines,
      table(
        ['Date or period', 'Program', 'Beneficiaries', 'Obligation', 'Form', 'Value'],
        s61.rows.map((row) => [
          eitiWhen(row),
          t(row.program),
          t(row.beneficiaryIds.join(', ')),
          stated(row.obligation),
          stated(row.form),
          eitiValue(row),
        ]),
      ),
    );
    lines.push('');
  }
  for (const note of s61.notes) lines.push(`- ${t(note)}`);
  return lines;
}

/** The employment item of the EITI 6.3 subsection. */
function employmentLine(
  employment: Readonly<NonNullable<EitiSections['economicContribution']['employment']>>,
): string {
  const gender =
    employment.byGender === undefined
      ? ''
      : `; by gender: ${Object.entries(employment.byGender)
          .map(([g, c]) => `${t(g)} ${countWords(c)}`)
          .join(', ')}`;
  return `- Employment on ${employment.asOf} (${employment.basis === 'records' ? 'from employee records' : 'published summary'}, scope: ${employment.scope}): ${countWords(employment.headcount)}${gender}. Sources: ${cite(employment.sourceIds)}.`;
}

/** The EITI 6.3 subsection: employment, production districts and indicators, and the notes. */
function economicContributionLines(s63: Readonly<EitiSections['economicContribution']>): string[] {
  const lines = ['', '### 6.3 Contribution to the economy', ''];
  if (s63.employment !== null) lines.push(employmentLine(s63.employment));
  if (s63.productionDistricts.length > 0)
    lines.push(
      `- Districts with deposits in production: ${s63.productionDistricts
        .map((d) => `${t(d.label)} (${t(d.deposits.join(', '))})`)
        .join('; ')}.`,
    );
  if (s63.productionIndicatorIds.length > 0)
    lines.push(`- Reported production: see \`${s63.productionIndicatorIds.join('`, `')}\` above.`);
  for (const note of s63.notes) lines.push(`- ${t(note)}`);
  return lines;
}

/** The Validation section: the issues counted by code, in the order codes first appear. */
function validationLines(report: Readonly<ImpactReport>): string[] {
  const lines = ['', '## Validation', ''];
  const byCode = new Map<string, { severity: string; count: number }>();
  for (const issue of report.validation.issues) {
    const entry = byCode.get(issue.code) ?? { severity: issue.severity, count: 0 };
    entry.count++;
    byCode.set(issue.code, entry);
  }
  if (byCode.size === 0) lines.push('No issues.');
  else
    appendAll(
      lines,
      table(
        ['Code', 'Severity', 'Count'],
        [...byCode].map(([code, e]) => [`\`${t(code)}\``, e.severity, String(e.count)]),
      ),
    );
  return lines;
}

/** One item of the Sources section: id, linked title, publisher, date, reliability, note. */
function sourceLine(source: Readonly<ReportSource>): string {
  const title =
    source.url === undefined ? t(source.title) : `[${t(source.title)}](${linkTarget(source.url)})`;
  const parts = [
    source.publisher === undefined ? undefined : t(source.publisher),
    source.publishedOn === undefined ? undefined : `published ${source.publishedOn}`,
    `reliability: ${source.reliability ?? 'not stated'}`,
    source.citedBy.length === 0 ? undefined : `cited by ${source.citedBy.join(', ')}`,
  ].filter((p) => p !== undefined);
  const note = source.note === undefined ? '' : ` Note: ${t(source.note)}`;
  return `- \`${t(source.id)}\`: ${title}. ${parts.join('; ')}.${note}`;
}

/** The Sources section. */
function sourceLines(report: Readonly<ImpactReport>): string[] {
  const lines = ['', '## Sources', '', ...report.sources.map(sourceLine)];
  if (report.sources.length === 0) lines.push('The dataset cites no sources.');
  return lines;
}

/**
 * Renders a report as Markdown: facts with their sources, indicators, the economic contribution
 * (when the dataset has economic figures), coverage, the GRI content index, the EITI sections,
 * validation and the sources.
 *
 * @remarks
 * Every text from the dataset is escaped ({@link ImpactReport} strings are untrusted): markup
 * characters get a backslash and line breaks become spaces, so a name cannot inject links,
 * HTML or table cells. Figures are described as {@link describeResult} does; each fact and
 * indicator cites its source ids, which the Sources section lists with title, publisher, date,
 * URL, reliability and note. The output ends with a newline and reads well in a terminal.
 *
 * @param report - The report from {@link buildImpactReport}.
 * @returns The Markdown document.
 *
 * @example
 * ```ts
 * renderMarkdown(report).split('\n')[0];
 * //=> '# Impact report: AzerGold CJSC'
 * ```
 *
 * @category Reports
 */
export function renderMarkdown(report: Readonly<ImpactReport>): string {
  const lines = [
    ...headerLines(report),
    ...factLines(report),
    ...indicatorLines(report),
    ...economicLines(report),
    ...notReportedLines(report),
    ...griLines(report),
    ...socialExpenditureLines(report.eiti.socialExpenditures),
    ...economicContributionLines(report.eiti.economicContribution),
    ...validationLines(report),
    ...sourceLines(report),
  ];
  return `${lines.join('\n')}\n`;
}
