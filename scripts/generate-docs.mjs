#!/usr/bin/env node
// Writes the generated docs pages: docs/validation-rules.md from the rule registry and
// docs/indicators.md from the indicator registries, loaded through Vite's module runner (the
// engine vitest runs on). Tests assert that the committed pages are up to date.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const load = async (file) =>
  (await runnerImport(join(root, file), { configFile: false, logLevel: 'error' })).module;

const rules = await load('src/validation/validationRulesMarkdown.ts');
writeFileSync(join(root, 'docs/validation-rules.md'), rules.validationRulesMarkdown());
console.log('wrote docs/validation-rules.md');
const indicators = await load('src/indicators/indicatorCatalogMarkdown.ts');
writeFileSync(join(root, 'docs/indicators.md'), indicators.indicatorCatalogMarkdown());
console.log('wrote docs/indicators.md');
