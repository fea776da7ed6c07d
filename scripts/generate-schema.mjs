#!/usr/bin/env node
// Writes the JSON Schema documents of the dataset and its entities into schema/. The documents
// come from src/model/jsonSchemaDocuments.ts, loaded through Vite's module runner (the engine
// vitest runs on), so the TypeScript sources need no build first. A test asserts that the
// committed files equal freshly generated ones.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(join(root, 'src/model/jsonSchemaDocuments.ts'), {
  configFile: false,
  logLevel: 'error',
});
const documents = module.jsonSchemaDocuments();
const dir = join(root, 'schema');
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) {
  if (file.endsWith('.json') && !(file in documents)) rmSync(join(dir, file));
}
for (const [file, document] of Object.entries(documents)) {
  writeFileSync(join(dir, file), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(documents).length} schemas to schema/`);
