/**
 * mining-impact/html: the impact report as one self-contained HTML page with SVG charts.
 *
 * @packageDocumentation
 * @module mining-impact/html
 */
export * from './renderHtml.js';
