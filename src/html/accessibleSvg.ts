import { ImpactError } from '../core/ImpactError.js';
import { escapeHtml as e } from './escapeHtml.js';

/** What a chart's SVG is called and what it shows, for screen readers. */
export interface SvgLabel {
  /** The id of the chart; the title and description get `<id>-title` and `<id>-desc`. */
  readonly id: string;
  /** The accessible name: the chart's title. */
  readonly title: string;
  /** The accessible description: the chart's figures in words. */
  readonly description: string;
}

/**
 * Makes a chart's SVG an accessible image that scales to the page: adds `role="img"`, a
 * `<title>` and a `<desc>` (named by `aria-labelledby` and `aria-describedby`) and a `viewBox`
 * when there is none.
 *
 * @remarks
 * Vega writes `width` and `height` in pixels; they stay, as the chart's natural size, and the
 * `viewBox` (`0 0 width height`) lets the page's style shrink the SVG to a narrow screen with
 * its proportions kept (`max-width: 100%; height: auto`). With `role="img"` the marks inside are
 * one image: a screen reader reads the title as its name and the description as its figures
 * (WAI-ARIA 1.2, the `img` role; SVG 2, the `title` and `desc` elements).
 *
 * @param svg - The `<svg>` element as text, as Vega writes it.
 * @param label - The chart's id, title and description (plain text; escaped here).
 * @returns The SVG with its title, description and `viewBox`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the text does not start with an `<svg>` tag
 * with a numeric width and height.
 *
 * @example
 * ```ts
 * accessibleSvg('<svg width="10" height="5"></svg>', { id: 'c', title: 'T', description: 'D' });
 * //=> '<svg width="10" height="5" viewBox="0 0 10 5" role="img" aria-labelledby="c-title" aria-describedby="c-desc"><title id="c-title">T</title><desc id="c-desc">D</desc></svg>'
 * ```
 *
 * @category Reports
 * @internal
 */
export function accessibleSvg(svg: string, label: Readonly<SvgLabel>): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const width = open === undefined ? undefined : /\swidth="(\d+(?:\.\d+)?)"/.exec(open)?.[1];
  const height = open === undefined ? undefined : /\sheight="(\d+(?:\.\d+)?)"/.exec(open)?.[1];
  if (open === undefined || width === undefined || height === undefined)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'a chart must be an <svg> element with a width and height',
    );
  const id = e(label.id);
  const viewBox = /\sviewBox=/.test(open) ? '' : ` viewBox="0 0 ${width} ${height}"`;
  const attributes = `${viewBox} role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`;
  const head = `${open.slice(0, -1)}${attributes}>`;
  const names = `<title id="${id}-title">${e(label.title)}</title><desc id="${id}-desc">${e(label.description)}</desc>`;
  return `${head}${names}${svg.slice(open.length)}`;
}
