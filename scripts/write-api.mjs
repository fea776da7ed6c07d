#!/usr/bin/env node
// Writes api/*.api.md, the reviewed public API of every entry (see scripts/apiReport.mjs).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiFileName, apiText, ROOT_VALUE_BUDGET, readApi } from './apiReport.mjs';

const root = resolve(import.meta.dirname, '..');
for (const api of readApi()) {
  writeFileSync(join(root, 'api', apiFileName(api.entry)), apiText(api));
  const values = api.exports.filter((e) => e.runtime).length;
  console.log(`${api.entry}: ${values} runtime values, ${api.exports.length} exports`);
}
console.log(`root budget: ${ROOT_VALUE_BUDGET} runtime values`);
