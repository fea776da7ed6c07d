import type { ImpactReport } from '../impactReport.js';
import { sourceLinks } from './documentText.js';
import type { ReportSection } from './reportDocument.js';

/**
 * The Facts section of a report document: what the dataset states, each fact with its sources
 * and their reliability.
 *
 * @param report - The report.
 * @returns The section `facts`.
 *
 * @example
 * ```ts
 * factsSection(report).title;
 * //=> 'Facts'
 * ```
 *
 * @internal
 */
export function factsSection(report: Readonly<ImpactReport>): ReportSection {
  if (report.facts.length === 0)
    return {
      id: 'facts',
      title: 'Facts',
      blocks: [{ kind: 'paragraph', text: ['No facts are stated.'] }],
    };
  return {
    id: 'facts',
    title: 'Facts',
    blocks: [
      {
        kind: 'paragraph',
        text: ['What the dataset states, with the published words and the sources.'],
      },
      {
        kind: 'list',
        ordered: false,
        items: report.facts.map((fact) => [
          `${fact.statement} Sources: `,
          ...sourceLinks(fact.sourceIds),
          ` (${fact.reliability}).`,
        ]),
      },
    ],
  };
}
