/**
 * mining-impact/node: reading datasets and employee files from disk (Node.js only).
 *
 * @packageDocumentation
 */
export * from './readDatasetInput.js';
export * from './readEmployees.js';
export * from './readJsonFile.js';
export * from './rowIssue.js';
export * from './summarizeWorkforceFile.js';
export * from './validateEmployeeRow.js';
