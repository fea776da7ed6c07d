#!/usr/bin/env node
// Writes docs/validation-rules.md from the rule registry in src/model/validationRules.ts, loaded
// through Vite's module runner (the engine vitest runs on). A test asserts that the committed
// page is up to date.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(join(root, 'src/model/validationRulesMarkdown.ts'), {
  configFile: false,
  logLevel: 'error',
});
writeFileSync(join(root, 'docs/validation-rules.md'), module.validationRulesMarkdown());
console.log('wrote docs/validation-rules.md');
