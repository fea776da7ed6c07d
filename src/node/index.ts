/**
 * mining-impact/node: reading datasets and employee files from disk (Node.js only).
 *
 * @packageDocumentation
 * @module mining-impact/node
 */

export * from './describeFileError.js';
export * from './readDatasetInput.js';
export * from './readEmployees.js';
export * from './readJsonFile.js';
export * from './summarizeWorkforceFile.js';
