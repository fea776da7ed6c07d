/**
 * mining-impact/html: the impact report as one self-contained HTML page with SVG charts.
 *
 * @packageDocumentation
 */
export * from './renderHtml.js';
