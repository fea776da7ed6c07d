#!/usr/bin/env node
// Validates every GitHub Actions workflow of the repository against the workflow schema with
// action-validator (run offline, from node_modules), and checks what the release depends on: the
// CI matrix covers the supported Node versions and the release job may mint an id-token for
// `npm publish --provenance`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folder = join(root, '.github', 'workflows');
const bin = join(root, 'node_modules', '.bin', 'action-validator');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const problems = [];

for (const name of files) {
  try {
    execFileSync(bin, [join(folder, name)], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    problems.push(`${name}: ${String(error.stdout ?? error.message).slice(0, 2000)}`);
  }
}

const text = (name) => readFileSync(join(folder, name), 'utf8');
if (!/node:\s*\[20, 22, 24\]/.test(text('ci.yml'))) {
  problems.push('ci.yml: the test matrix must cover Node 20, 22 and 24');
}
if (!/id-token:\s*write/.test(text('release.yml'))) {
  problems.push('release.yml: publishing with provenance needs `id-token: write`');
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`workflows: ${files.length} valid (${files.sort().join(', ')})`);
