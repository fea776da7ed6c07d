/**
 * A piece of inline text of a report document: plain words, a link, or code (an identifier).
 *
 * @remarks
 * Renderers escape every piece for their format: Markdown escapes its syntax, HTML its
 * characters. A link's `href` is either an anchor inside the report (`#source-src-a`) or an
 * absolute `http(s)` URL taken from the dataset.
 *
 * @category Reports
 */
export type Inline =
  | string
  | { readonly text: string; readonly href: string }
  | { readonly code: string };

/**
 * A run of inline pieces, rendered one after the other without separators.
 *
 * @category Reports
 */
export type RichText = readonly Inline[];

/**
 * A paragraph of a report document.
 *
 * @category Reports
 */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** The paragraph's text. */
  readonly text: RichText;
}

/**
 * A bulleted (or numbered) list of a report document.
 *
 * @category Reports
 */
export interface ListBlock {
  readonly kind: 'list';
  /** Whether the items are numbered from 1 (notes) rather than bulleted. */
  readonly ordered: boolean;
  /** The items, each one line of text. */
  readonly items: readonly RichText[];
  /**
   * The anchor of each item (same index as `items`), unique in the document, when the items are
   * link targets (the sources: `source-<id>`); absent means none.
   */
  readonly itemIds?: readonly string[] | undefined;
}

/**
 * A table of a report document: every figure of a breakdown is a cell of one.
 *
 * @remarks
 * `numeric[i]` marks the columns that hold numbers (right-aligned in HTML). An `id` makes the
 * table a target of links (`#id`), e.g. from the GRI content index.
 *
 * @category Reports
 */
export interface TableBlock {
  readonly kind: 'table';
  /** The anchor of the table, unique in the document, when it is a link target. */
  readonly id?: string | undefined;
  /** A short caption above the table (what the rows are, the unit). */
  readonly caption?: string | undefined;
  /** The column headings. */
  readonly header: readonly string[];
  /** The rows: one cell per column. */
  readonly rows: readonly (readonly RichText[])[];
  /** Which columns hold numbers; absent means none. */
  readonly numeric?: readonly boolean[] | undefined;
}

/**
 * The key figures at the top of a report: a few headline numbers, each with its source.
 *
 * @category Reports
 */
export interface KeyFiguresBlock {
  readonly kind: 'keyFigures';
  /** The figures, in the order shown. */
  readonly figures: readonly KeyFigure[];
}

/**
 * One key figure: what it is, its value in words, where it is explained and its sources.
 *
 * @category Reports
 */
export interface KeyFigure {
  /** What the figure is, e.g. `'People employed'`. */
  readonly label: string;
  /** The figure as text, a bound kept as a bound (`'at least 80 %'`). */
  readonly value: string;
  /** The date or period the figure describes, as text. */
  readonly when: string;
  /** The anchor of the part of the report that explains the figure (without `#`). */
  readonly anchor: string;
  /** The ids of the sources of the figure. */
  readonly sourceIds: readonly string[];
}

/**
 * A place where the HTML renderer draws a chart (by its id in `chartSpecs`); the Markdown
 * renderer skips it, since the chart's figures are in the tables beside it.
 *
 * @category Reports
 */
export interface ChartBlock {
  readonly kind: 'chart';
  /** The id of the chart (`ReportChart.id`). */
  readonly chartId: string;
}

/**
 * One block of a report document section.
 *
 * @category Reports
 */
export type ReportBlock = ParagraphBlock | ListBlock | TableBlock | KeyFiguresBlock | ChartBlock;

/**
 * A section of a report document: a heading with an anchor, its blocks and its subsections.
 *
 * @category Reports
 */
export interface ReportSection {
  /** The anchor of the section, unique in the document (`'indicators'`, `'gri-content-index'`). */
  readonly id: string;
  /** The heading. */
  readonly title: string;
  /** The blocks under the heading, in order. */
  readonly blocks: readonly ReportBlock[];
  /** The subsections, one heading level down. */
  readonly sections?: readonly ReportSection[] | undefined;
}

/**
 * A report laid out for reading, independent of the output format: what the Markdown and HTML
 * renderers both draw, so that they show the same figures in the same order.
 *
 * @remarks
 * Every text is final: numbers and dates are already formatted for the chosen locale. Built
 * from an {@link ImpactReport} by `buildReportDocument`.
 *
 * @category Reports
 */
export interface ReportDocument {
  /** The document title (the top heading). */
  readonly title: string;
  /** The locale the numbers and dates are written in (BCP 47, e.g. `'en'`). */
  readonly locale: string;
  /** The sections, in order. */
  readonly sections: readonly ReportSection[];
}

/**
 * The anchor of an indicator's part of a report document: `indicator-` and the catalog id with
 * every character other than a letter, digit or hyphen replaced by a hyphen.
 *
 * @param indicatorId - The catalog id, e.g. `'workforce.newHireRate'`.
 * @returns The anchor, e.g. `'indicator-workforce-newHireRate'`.
 *
 * @example
 * ```ts
 * indicatorAnchor('workforce.newHireRate');
 * //=> 'indicator-workforce-newHireRate'
 * ```
 *
 * @category Reports
 */
export function indicatorAnchor(indicatorId: string): string {
  return `indicator-${indicatorId.replace(/[^A-Za-z0-9-]/g, '-')}`;
}
