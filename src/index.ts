/**
 * mining-impact: typed, validated, standard-aligned social and economic impact indicators for
 * mining companies.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './indicators/index.js';
export * from './model/index.js';
export * from './places/index.js';
export * from './report/index.js';
