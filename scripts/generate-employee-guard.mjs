#!/usr/bin/env node
// Writes src/validation/employeeGuard.ts: schema/employee.json compiled by Ajv into standalone code,
// the fast path of isEmployee. Run it after `npm run schema` changes schema/employee.json; a
// test asserts that the committed module equals a fresh compilation.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { employeeGuardSource } from './employeeGuardSource.mjs';

const root = resolve(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schema/employee.json'), 'utf8'));
writeFileSync(join(root, 'src/validation/employeeGuard.ts'), employeeGuardSource(schema));
console.log('wrote src/validation/employeeGuard.ts');
