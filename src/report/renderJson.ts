import type { ImpactReport } from './impactReport.js';

/** A copy of a JSON value with the keys of every object in code-unit order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  // A null prototype keeps a key such as "__proto__" as data instead of setting the prototype.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}

/**
 * Renders a report as JSON with a stable key order.
 *
 * @remarks
 * The keys of every object are sorted (UTF-16 code-unit order) and the document is indented by
 * two spaces and ends with a newline, so two reports of the same data are byte-identical and
 * diff cleanly. Arrays keep their order. The text parses back with {@link ImpactReportSchema}.
 *
 * @param report - The report from {@link buildImpactReport}.
 * @returns The JSON text.
 *
 * @example
 * ```ts
 * ImpactReportSchema.parse(JSON.parse(renderJson(report))).asOf === report.asOf;
 * //=> true
 * ```
 *
 * @category Reports
 */
export function renderJson(report: Readonly<ImpactReport>): string {
  return `${JSON.stringify(sortKeys(report), null, 2)}\n`;
}
