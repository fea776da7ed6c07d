import type { IndicatorCatalogEntry, IndicatorFamily } from './contract/indicatorCatalogEntry.js';
import { indicatorCatalog } from './indicatorCatalog.js';

/** The families in page order, with their headings and methodology pages. */
const FAMILIES: readonly (readonly [IndicatorFamily, string, string])[] = [
  ['workforce', 'Workforce', 'workforce-indicators.md'],
  ['community', 'Community', 'community-investment.md'],
  ['deposits', 'Deposits', 'deposits-and-jobs.md'],
  ['jobs', 'Jobs', 'deposits-and-jobs.md'],
  ['safety', 'Health and safety, grievances, land and closure', 'health-safety-and-land.md'],
  ['economic', 'Economic contribution', 'economic-contribution.md'],
];

/** Escapes a table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** What the indicator gives: one result, or one per thing with its keys. */
function resultsCell(entry: IndicatorCatalogEntry): string {
  return entry.results === 'one'
    ? 'one'
    : `one per ${(entry.resultKeys ?? []).map((k) => `\`${k}\``).join(', ')}`;
}

/** One table row of an entry. */
function rowOf(entry: IndicatorCatalogEntry): string {
  const dimensions = entry.dimensions.map((d) => `\`${d}\``).join(', ') || '–';
  return `| \`${entry.functionName}\` | ${cell(entry.title)} | ${entry.unit} | ${resultsCell(entry)} | ${dimensions} | ${entry.standards.length === 0 ? 'none (the library’s own)' : cell(entry.standards.join(', '))} | ${cell(entry.formula)} |`;
}

/**
 * Renders the indicator catalog as the Markdown page `docs/indicators.md`.
 *
 * @param catalog - The catalog; by default every registered indicator.
 * @returns The page, front matter included, ending with a newline.
 * @internal
 */
export function indicatorCatalogMarkdown(
  catalog: readonly IndicatorCatalogEntry[] = indicatorCatalog,
): string {
  const lines: string[] = [
    '---',
    'title: Indicators',
    '---',
    '',
    '# Indicators',
    '',
    '<!-- Generated from the indicator registries by `npm run docs:generated`. Do not edit. -->',
    '',
    'Every indicator of the library, family by family, as its catalog entry states it. Each returns',
    'an `IndicatorResult` (see [the indicator contract](indicator-contract.md)): units are `share`',
    '(always in [0, 1]), `ratio` (may exceed 1), `count`, `money` (minor units of `currency`),',
    '`quantity` (in `quantityUnit`), `index` and `years`; "results" says whether it gives one',
    'result or one per thing; "rows" lists the keys of its breakdown rows. Which clause of each',
    "standard a figure answers, and whether the standard's text confirms it, is in",
    '[Standards behind each indicator](standards-mappings.md).',
    '',
  ];
  for (const [family, heading, page] of FAMILIES) {
    const entries = catalog.filter((entry) => entry.family === family);
    if (entries.length === 0) continue;
    lines.push(
      `## ${heading}`,
      '',
      `Methodology: [${page}](${page}).`,
      '',
      '| Function | Title | Unit | Results | Rows | Standards | Formula |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const entry of entries) lines.push(rowOf(entry));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
