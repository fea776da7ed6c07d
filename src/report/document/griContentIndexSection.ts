import type { GriContentIndexEntry, GriIndicatorStatus } from '../griContentIndexEntry.js';
import type { GriSectorTopic } from '../griContentIndexSchema.js';
import { GRI_OMISSION_REASON_WORDS } from '../griOmission.js';
import type { ImpactReport } from '../impactReport.js';
import {
  type Inline,
  indicatorAnchor,
  type ReportSection,
  type RichText,
  type TableBlock,
} from './reportDocument.js';

/** The columns of GRI 1's content index template (Appendix 1), in its order. */
const HEADER: readonly string[] = [
  'GRI Standard',
  'Disclosure',
  'Location',
  'Requirement(s) omitted',
  'Reason',
  'Explanation',
  'GRI Sector Standard ref. no.',
];

/** Inline pieces separated by a comma. */
function commaSeparated(pieces: readonly Inline[]): RichText {
  const text: Inline[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) text.push(', ');
    text.push(piece);
  });
  return text;
}

/** The links of a row's location: each indicator by its title, or the not-reported section. */
function locationText(entry: Readonly<GriContentIndexEntry>): RichText {
  const titles = new Map(entry.indicators.map((i) => [indicatorAnchor(i.indicatorId), i.title]));
  return commaSeparated(
    entry.location.map((anchor) => ({
      text: anchor === 'not-reported' ? 'Not reported' : (titles.get(anchor) ?? anchor),
      href: `#${anchor}`,
    })),
  );
}

/**
 * The explanation of a row: the explanation of its omission, or, with several reasons, each
 * prefixed by its items and reason.
 */
function explanationText(entry: Readonly<GriContentIndexEntry>): string {
  if (entry.omissions.length === 1) return entry.omissions[0]?.explanation ?? '';
  return entry.omissions
    .map(
      (o) =>
        `${o.requirements.join(', ')} (${GRI_OMISSION_REASON_WORDS[o.reason]}): ${o.explanation}`,
    )
    .join(' ');
}

/** One row of the content index table. */
function entryRow(entry: Readonly<GriContentIndexEntry>): RichText[] {
  return [
    [entry.standard],
    [`${entry.disclosure.slice(4)} ${entry.title}`],
    locationText(entry),
    [entry.requirementsOmitted.join(', ')],
    [entry.omissions.map((o) => GRI_OMISSION_REASON_WORDS[o.reason]).join('; ')],
    [explanationText(entry)],
    [entry.sectorReference ?? ''],
  ];
}

/** An indicator serving a topic: a link to its part, or to the not-reported section. */
function indicatorLink(indicator: Readonly<GriIndicatorStatus>): Inline {
  return indicator.status === 'reported'
    ? { text: indicator.title, href: `#${indicatorAnchor(indicator.indicatorId)}` }
    : { text: `${indicator.title} (not reported)`, href: '#not-reported' };
}

/** The table of the GRI 14 topics with their disclosures and indicators. */
function topicsTable(topics: readonly GriSectorTopic[]): TableBlock {
  return {
    kind: 'table',
    id: 'gri-sector-topics-table',
    caption:
      'GRI 14 topics served by the report: the disclosures filed under each, and the indicators naming it',
    header: ['Topic', 'Disclosures', 'Indicators'],
    rows: topics.map((topic) => [
      [`${topic.number} ${topic.title}`],
      [topic.disclosures.map((code) => code.slice(4)).join(', ')],
      commaSeparated(topic.indicators.map(indicatorLink)),
    ]),
  };
}

/**
 * The GRI content index section of a report document, laid out as GRI 1: Foundation 2021 asks
 * (Requirement 7; the templates of Appendixes 1 and 2): the statement of use, the GRI 1 used,
 * the applicable GRI Sector Standard, a table with one row per disclosure and the GRI 14 topics.
 *
 * @remarks
 * The table has the template's columns: GRI Standard, Disclosure, Location (links to the
 * indicators' parts, or to the not-reported section), Requirement(s) omitted, Reason (GRI 1's
 * words), Explanation and GRI Sector Standard ref. no. (the GRI 14 topic the library files the
 * disclosure under). A subsection lists the GRI 14 topics with their disclosures and the
 * indicators that serve each.
 *
 * @param report - The report.
 * @returns The section, id `'gri-content-index'`.
 *
 * @example
 * ```ts
 * griContentIndexSection(report).blocks[0];
 * //=> { kind: 'paragraph', text: ['Statement of use: ', 'AzerGold CJSC has reported the information cited in this GRI content index for the period 2025-01-01 to 2025-12-31 with reference to the GRI Standards.'] }
 * ```
 *
 * @internal
 */
export function griContentIndexSection(report: Readonly<ImpactReport>): ReportSection {
  const index = report.griContentIndex;
  const sector = index.sectorStandards.map((s) =>
    s.note === undefined ? s.title : `${s.title} (${s.note})`,
  );
  const blocks: ReportSection['blocks'] = [
    { kind: 'paragraph', text: ['Statement of use: ', index.statementOfUse.sentence] },
    { kind: 'paragraph', text: ['GRI 1 used: ', index.gri1Used] },
    { kind: 'paragraph', text: ['Applicable GRI Sector Standard: ', sector.join('; ')] },
    {
      kind: 'paragraph',
      text: [
        'A disclosure is reported when the report presents every requirement item it has; otherwise the items omitted are listed with one of the four reasons for omission of GRI 1 (not applicable; legal prohibitions; confidentiality constraints; information unavailable/incomplete) and an explanation.',
      ],
    },
    {
      kind: 'table',
      id: 'gri-content-index-table',
      caption: 'One row per GRI disclosure the report serves',
      header: HEADER,
      rows: index.entries.map(entryRow),
    },
  ];
  return {
    id: 'gri-content-index',
    title: 'GRI content index',
    blocks,
    sections: [
      {
        id: 'gri-sector-topics',
        title: 'GRI 14: Mining Sector 2024 topics',
        blocks: [topicsTable(index.topics)],
      },
    ],
  };
}
