import type { Money } from '../../core/money.js';
import { countWords } from '../countWords.js';
import type { EitiExpenditureRow, EitiSections } from '../eitiSections.js';
import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { sourceLinks } from './documentText.js';
import {
  indicatorAnchor,
  type ReportBlock,
  type ReportSection,
  type RichText,
} from './reportDocument.js';

/** The day of a flow, or the period of a reported amount (`2009`, `2009 to 2013`). */
function eitiWhen(row: Readonly<EitiExpenditureRow>, fmt: NumberFormatter): string {
  if (row.period === undefined) return row.date === undefined ? '' : fmt.date(row.date);
  const { start, end } = row.period;
  return start === end ? fmt.date(start) : `${fmt.date(start)} to ${fmt.date(end)}`;
}

/**
 * The value of an EITI row: exact, or bounds, with the published words.
 *
 * @param row - The row.
 * @param fmt - The formatter of the amounts.
 * @returns E.g. `'AZN 300,000.00'`, `'at least XOF 1,000'`.
 *
 * @example
 * ```ts
 * eitiValue(row, numberFormatter('en'));
 * ```
 *
 * @internal
 */
export function eitiValue(row: Readonly<EitiExpenditureRow>, fmt: NumberFormatter): string {
  const v = row.value;
  const at = (amountMinor: number) => fmt.money({ amountMinor, currency: v.currency });
  let text: string;
  if ('amountMinor' in v) text = fmt.money(v);
  else if (v.min !== undefined && v.max !== undefined) text = `${at(v.min)} to ${at(v.max)}`;
  else text = v.min === undefined ? `at most ${at(v.max ?? 0)}` : `at least ${at(v.min)}`;
  const phrase = row.phrase === undefined ? '' : ` (“${row.phrase}”)`;
  return `${text}${row.deemedValue ? ' (deemed value)' : ''}${phrase}`;
}

/** `notStated` in words. */
function stated(value: string): string {
  return value === 'notStated' ? 'not stated' : value;
}

/** The totals line: each obligation with its amounts, one per currency. */
function totalsLine(
  s61: Readonly<EitiSections['socialExpenditures']>,
  fmt: NumberFormatter,
): string {
  const list = (amounts: readonly Money[]) =>
    amounts.length === 0 ? 'none' : amounts.map((m) => fmt.money(m)).join('; ');
  const notStated =
    s61.notStated === undefined ? '' : `; obligation not stated: ${list(s61.notStated)}`;
  return `Totals of the exact amounts: mandatory: ${list(s61.mandatory)}; voluntary: ${list(s61.voluntary)}${notStated}.`;
}

/** The EITI 6.1 subsection: the expenditures, the totals and the notes. */
function socialExpenditureSection(
  s61: Readonly<EitiSections['socialExpenditures']>,
  fmt: NumberFormatter,
): ReportSection {
  const blocks: ReportBlock[] = [];
  if (s61.rows.length > 0)
    blocks.push({
      kind: 'table',
      header: ['Date or period', 'Program', 'Beneficiaries', 'Obligation', 'Form', 'Value'],
      rows: s61.rows.map((row) => [
        [eitiWhen(row, fmt)],
        [row.program],
        [row.beneficiaryStated ? row.beneficiaryIds.join(', ') : 'not stated'],
        [stated(row.obligation)],
        [stated(row.form)],
        [eitiValue(row, fmt)],
      ]),
      numeric: [false, false, false, false, false, true],
    });
  blocks.push({ kind: 'paragraph', text: [totalsLine(s61, fmt)] });
  const items: RichText[] = s61.notes.map((n) => [n]);
  if (s61.programsWithoutSpend.length > 0)
    items.push([`Programs that record no spend: ${s61.programsWithoutSpend.join(', ')}.`]);
  if (s61.sourceIds.length > 0) items.push(['Sources: ', ...sourceLinks(s61.sourceIds), '.']);
  if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
  return {
    id: 'eiti-social-expenditures',
    title: '6.1 Social and environmental expenditures',
    blocks,
  };
}

/** The EITI 6.3 subsection: employment, production districts and indicators, and the notes. */
function economicContributionSection(
  s63: Readonly<EitiSections['economicContribution']>,
  fmt: NumberFormatter,
): ReportSection {
  const items: RichText[] = [];
  const employment = s63.employment;
  if (employment !== null) {
    const gender =
      employment.byGender === undefined
        ? ''
        : `; by gender: ${Object.entries(employment.byGender)
            .map(([g, c]) => `${g} ${countWords(c, fmt)}`)
            .join(', ')}`;
    const count = employment.headcount;
    const phrase =
      typeof count === 'object' && count.phrase !== undefined ? ` (“${count.phrase}”)` : '';
    items.push([
      `Employment on ${fmt.date(employment.asOf)} (${employment.basis === 'records' ? 'from employee records' : 'published summary'}, scope: ${employment.scope}): ${countWords(employment.headcount, fmt)}${phrase}${gender}. Sources: `,
      ...sourceLinks(employment.sourceIds),
      '.',
    ]);
  }
  if (s63.productionDistricts.length > 0)
    items.push([
      `Districts with deposits in production: ${s63.productionDistricts
        .map((d) => `${d.label} (${d.deposits.join(', ')})`)
        .join('; ')}.`,
    ]);
  if (s63.productionIndicatorIds.length > 0)
    items.push([
      'Reported production: see ',
      ...s63.productionIndicatorIds.flatMap((id, i) => [
        ...(i === 0 ? [] : [', ']),
        { text: id, href: `#${indicatorAnchor(id)}` },
      ]),
      '.',
    ]);
  for (const note of s63.notes) items.push([note]);
  return {
    id: 'eiti-economic-contribution',
    title: '6.3 Contribution to the economy',
    blocks: items.length === 0 ? [] : [{ kind: 'list', ordered: false, items }],
  };
}

/**
 * The EITI section of a report document: Requirement 6.1 (every expenditure of the period,
 * the totals per obligation and currency, the programs without spend) and Requirement 6.3
 * (employment, districts and indicators of production).
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers, amounts and dates.
 * @returns The section `eiti`.
 *
 * @example
 * ```ts
 * eitiSection(report, numberFormatter('en')).sections?.length;
 * //=> 2
 * ```
 *
 * @internal
 */
export function eitiSection(report: Readonly<ImpactReport>, fmt: NumberFormatter): ReportSection {
  return {
    id: 'eiti',
    title: 'EITI',
    blocks: [],
    sections: [
      socialExpenditureSection(report.eiti.socialExpenditures, fmt),
      economicContributionSection(report.eiti.economicContribution, fmt),
    ],
  };
}
