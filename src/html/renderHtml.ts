import { describeResult, type ImpactReport, toDecimalString } from '../index.js';
import { chartSpecs, type ReportChart } from './chartSpecs.js';
import { escapeHtml as e } from './escapeHtml.js';
import { htmlPage } from './htmlPage.js';
import { renderChartSvg } from './renderChartSvg.js';

function list(ids: readonly string[]): string {
  return ids.length === 0
    ? 'no source'
    : ids.map((id) => `<a href="#${e(`source-${id}`)}">${e(id)}</a>`).join(', ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

type EitiSections = ImpactReport['eiti'];
type ReportSource = ImpactReport['sources'][number];
type Headcount = NonNullable<EitiSections['economicContribution']['employment']>['headcount'];

/**
 * The definition of "local" in force, escaped: the report's locality policy (or none), then what
 * the data says (the facts `workforce.<i>.locality`: a summary's own words or policy).
 */
function localityText(report: Readonly<ImpactReport>): string {
  const policy = report.localityPolicy;
  const own = policy === null ? 'none given' : `<code>${e(JSON.stringify(policy))}</code>`;
  const data = report.facts.filter((f) => /^workforce\.\d+\.locality$/.test(f.id));
  if (data.length === 0) return own;
  const which =
    policy === null ? 'none given for the report' : `${own} (the report’s locality policy)`;
  // The last statement's full stop is the sentence's own.
  const statements = data.map((f) => e(f.statement)).join(' ');
  return `${which}; in the data: ${statements.replace(/\.$/, '')}`;
}

/** The title and the summary paragraph: date, period, company, locality, validation. */
function headerParts(report: Readonly<ImpactReport>): string[] {
  return [
    `<h1>Impact report: ${e(report.company.name)}</h1>`,
    `<p>As of ${e(report.asOf)}; reporting period ${e(report.period.start)} to ${e(report.period.end)}. Company <code>${e(report.company.id)}</code>${report.company.stateOwned ? ', state-owned' : ''}. Definition of “local”: ${localityText(report)}. Validation: ${report.validation.errors} errors, ${report.validation.warnings} warnings, ${report.validation.infos} notes.</p>`,
  ];
}

/** The Facts section: each fact with its sources and reliability. */
function factParts(report: Readonly<ImpactReport>): string[] {
  return [
    '<h2>Facts</h2><ul>',
    ...report.facts.map(
      (f) =>
        `<li>${e(f.statement)} <span class="tag">Sources: ${list(f.sourceIds)} (${e(f.reliability)})</span></li>`,
    ),
    '</ul><h2>Charts</h2>',
  ];
}

/** The figures of the Charts section, each chart with its SVG (the same index in `svgs`). */
function chartParts(charts: readonly ReportChart[], svgs: readonly string[]): string[] {
  const parts = charts.length === 0 ? ['<p>The report has no data to chart.</p>'] : [];
  charts.forEach((chart, i) => {
    parts.push(
      `<figure id="${e(chart.id)}"><h3>${e(chart.title)}</h3>${svgs[i] ?? ''}<figcaption>${e(chart.caption)}</figcaption></figure>`,
    );
  });
  return parts;
}

/** The Indicators, Not reported and GRI content index sections. */
function indicatorParts(report: Readonly<ImpactReport>): string[] {
  return [
    '<h2>Indicators</h2>',
    table(
      ['Indicator', 'Figure', 'Standards', 'Sources', 'Notes'],
      report.indicators.map((r) => [
        `${e(r.title)}<br><code>${e(r.indicatorId)}</code>`,
        e(describeResult(r)),
        e(r.standards.join(', ')),
        list(r.sourceIds),
        e(r.notes.join(' ')),
      ]),
    ),
    '<h2>Not reported</h2>',
    table(
      ['Indicator', 'Status', 'Why'],
      report.coverage
        .filter((c) => c.status !== 'reported')
        .map((c) => [
          `${e(c.title)}<br><code>${e(c.indicatorId)}</code>`,
          e(c.status),
          e(c.detail ?? ''),
        ]),
    ),
    '<h2>GRI content index</h2>',
    table(
      ['Disclosure', 'Title', 'Status', 'Indicators'],
      report.griContentIndex.map((g) => [
        e(g.disclosure),
        e(g.title ?? ''),
        g.status === 'reported' ? 'reported' : `not reported (${e(g.reason ?? '')})`,
        g.indicators.map((i) => `<code>${e(i.indicatorId)}</code> (${e(i.status)})`).join(', '),
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

/** The value of an EITI row, escaped: exact, or bounds, with the published words. */
function eitiValue(row: Readonly<EitiRow>): string {
  const v = row.value;
  const at = (amountMinor: number) =>
    `${v.currency} ${toDecimalString({ amountMinor, currency: v.currency })}`;
  let text: string;
  if ('amountMinor' in v) text = at(v.amountMinor);
  else if (v.min !== undefined && v.max !== undefined) text = `${at(v.min)} to ${at(v.max)}`;
  else text = v.min === undefined ? `at most ${at(v.max ?? 0)}` : `at least ${at(v.min)}`;
  const phrase = row.phrase === undefined ? '' : ` (“${row.phrase}”)`;
  return e(`${text}${row.deemedValue ? ' (deemed value)' : ''}${phrase}`);
}

/** The EITI 6.1 subsection: the expenditures and the notes. */
function socialExpenditureParts(s61: Readonly<EitiSections['socialExpenditures']>): string[] {
  const parts = ['<h2>EITI</h2><h3>6.1 Social and environmental expenditures</h3>'];
  const stated = (value: string) => (value === 'notStated' ? 'not stated' : value);
  if (s61.rows.length > 0)
    parts.push(
      table(
        ['Date or period', 'Program', 'Beneficiaries', 'Obligation', 'Form', 'Value'],
        s61.rows.map((row) => [
          e(eitiWhen(row)),
          e(row.program),
          e(row.beneficiaryIds.join(', ')),
          e(stated(row.obligation)),
          e(stated(row.form)),
          eitiValue(row),
        ]),
      ),
    );
  parts.push(`<ul>${s61.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`);
  return parts;
}

/** A headcount as text: the number, or `min–max` (`?` for an open end) with the published words. */
function headcountText(h: Readonly<Headcount>): string {
  if (typeof h === 'number') return String(h);
  const phrase = h.phrase === undefined ? '' : ` (“${h.phrase}”)`;
  if ('approximately' in h) return `about ${h.approximately}${phrase}`;
  return `${h.min ?? '?'}–${h.max ?? '?'}${phrase}`;
}

/** The EITI 6.3 subsection: employment, the districts in production and the notes. */
function economicContributionParts(s63: Readonly<EitiSections['economicContribution']>): string[] {
  const parts = ['<h3>6.3 Contribution to the economy</h3><ul>'];
  if (s63.employment !== null) {
    const count = headcountText(s63.employment.headcount);
    parts.push(
      `<li>Employment on ${e(s63.employment.asOf)} (${e(s63.employment.basis)}, scope ${e(s63.employment.scope)}): ${e(count)}. Sources: ${list(s63.employment.sourceIds)}</li>`,
    );
  }
  for (const d of s63.productionDistricts)
    parts.push(`<li>Deposits in production in ${e(d.label)}: ${e(d.deposits.join(', '))}</li>`);
  for (const n of s63.notes) parts.push(`<li>${e(n)}</li>`);
  parts.push('</ul>');
  return parts;
}

/** The Validation section: every issue, or a line saying there are none. */
function validationParts(report: Readonly<ImpactReport>): string[] {
  return [
    '<h2>Validation</h2>',
    report.validation.issues.length === 0
      ? '<p>No issues.</p>'
      : table(
          ['Code', 'Severity', 'Path', 'Message'],
          report.validation.issues.map((i) => [
            `<code>${e(i.code)}</code>`,
            e(i.severity),
            `<code>${e(i.path)}</code>`,
            e(i.message),
          ]),
        ),
  ];
}

/** One item of the Sources section, the target of the links to the source. */
function sourceItem(s: Readonly<ReportSource>): string {
  const title =
    s.url === undefined
      ? e(s.title)
      : `<a href="${e(s.url)}" rel="noreferrer noopener">${e(s.title)}</a>`;
  const details = [
    s.publisher,
    s.publishedOn === undefined ? undefined : `published ${s.publishedOn}`,
    `reliability: ${s.reliability ?? 'not stated'}`,
  ]
    .filter((x): x is string => x !== undefined)
    .map(e)
    .join('; ');
  return `<li id="${e(`source-${s.id}`)}"><code>${e(s.id)}</code>: ${title}. ${details}.${s.note === undefined ? '' : ` ${e(s.note)}`}</li>`;
}

/** The Sources section. */
function sourceParts(report: Readonly<ImpactReport>): string[] {
  return ['<h2>Sources</h2><ul>', ...report.sources.map(sourceItem), '</ul>'];
}

/**
 * Renders a report as one self-contained HTML page, with its charts drawn as inline SVG.
 *
 * @remarks
 * The page needs nothing else: no script, no stylesheet, no font, no image is fetched, and its
 * Content-Security-Policy (`default-src 'none'`) forbids any request, so it works offline and
 * can be mailed as one file. The charts (workforce origin by economic region, community
 * investment by category and district, projected jobs by year with their ranges) are Vega-Lite
 * specifications rendered to SVG by Vega in Node, not drawn by hand; a chart whose data the
 * report lacks is left out, or replaced (program categories by district when no spend is
 * recorded, the published regional bound when no breakdown by region is). Every text from the
 * dataset is escaped. The rest of the page has the sections of {@link mining-impact!renderMarkdown}.
 *
 * @param report - The report from {@link mining-impact!buildImpactReport}.
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { renderHtml } from 'mining-impact/html';
 *
 * const html = await renderHtml(report);
 * html.startsWith('<!doctype html>');
 * //=> true
 * ```
 *
 * @category Reports
 */
export async function renderHtml(report: Readonly<ImpactReport>): Promise<string> {
  const charts = chartSpecs(report);
  const svgs = await Promise.all(charts.map((chart) => renderChartSvg(chart)));
  const parts = [
    ...headerParts(report),
    ...factParts(report),
    ...chartParts(charts, svgs),
    ...indicatorParts(report),
    ...socialExpenditureParts(report.eiti.socialExpenditures),
    ...economicContributionParts(report.eiti.economicContribution),
    ...validationParts(report),
    ...sourceParts(report),
  ];
  return htmlPage(`Impact report: ${e(report.company.name)}`, parts.join('\n'));
}
