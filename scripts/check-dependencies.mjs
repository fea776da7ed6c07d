#!/usr/bin/env node
// Supply-chain checks on the built package (run after `npm run build`):
// - the package has no install scripts (preinstall, install, postinstall, prepare), and neither
//   has any production dependency, however deep;
// - for every entry point and command, the packages its built files import (following its own
//   chunks), in ESM and in CJS alike; the root entry `mining-impact` imports zod only;
// - every package imported is declared (dependencies or peerDependencies, or a `node:` builtin,
//   or the package itself), and every declared runtime dependency is imported by some entry;
// - docs/dependencies.md holds the table of entry points and their dependencies as printed here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

// 1. No install scripts.
const INSTALL_SCRIPTS = [
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
];
for (const name of INSTALL_SCRIPTS) {
  if (pkg.scripts?.[name] !== undefined) problems.push(`package.json has a "${name}" script`);
}

// 1b. No install scripts in what a user installs: every production dependency, transitively.
const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((line) => line !== '' && resolve(line) !== root);
for (const dir of production) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const hooks = ['preinstall', 'install', 'postinstall'].filter((name) => manifest.scripts?.[name]);
  if (hooks.length > 0 || manifest.gypfile === true) {
    problems.push(`${manifest.name} runs code on install (${hooks.join(', ') || 'gypfile'})`);
  }
}
console.log(`${production.length} production packages, none with an install script`);

// 2. The packages each entry imports.
const CORE_DEPENDENCIES = ['zod'];
const IMPORT_PATTERNS = [
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function packageOf(specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) {
    return 'node:';
  }
  // The package's own entry points are kept whole: `mining-impact/node` is not the root entry.
  if (specifier === pkg.name || specifier.startsWith(`${pkg.name}/`)) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The packages a built file and the chunks it imports pull in. */
function packagesOf(file, seen = new Set()) {
  const found = new Set();
  if (seen.has(file)) return found;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const pattern of IMPORT_PATTERNS) {
    for (const [, specifier] of text.matchAll(pattern)) {
      if (specifier.startsWith('.')) {
        for (const name of packagesOf(join(dirname(file), specifier), seen)) found.add(name);
      } else {
        found.add(packageOf(specifier));
      }
    }
  }
  return found;
}

const isSelf = (dependency) => dependency === pkg.name || dependency.startsWith(`${pkg.name}/`);
const declared = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const rows = [];
const used = new Set();
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (entry === './package.json' || entry.startsWith('./schema/')) continue;
  const name = entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
  const esmFile = join(root, target.import.default);
  const cjsFile = join(root, target.require.default);
  if (!existsSync(esmFile) || !existsSync(cjsFile)) {
    problems.push(`${name}: build the package first (npm run build)`);
    continue;
  }
  const esm = [...packagesOf(esmFile)].sort();
  const cjs = [...packagesOf(cjsFile)].sort();
  if (esm.join() !== cjs.join()) {
    problems.push(`${name}: ESM imports ${esm.join(', ')} but CJS requires ${cjs.join(', ')}`);
  }
  for (const dependency of esm) {
    used.add(dependency);
    if (dependency !== 'node:' && !isSelf(dependency) && !declared.has(dependency)) {
      problems.push(`${name} imports ${dependency}, which package.json does not declare`);
    }
  }
  if (entry === '.') {
    const extra = esm.filter((dependency) => !CORE_DEPENDENCIES.includes(dependency));
    if (extra.length > 0) problems.push(`the root entry imports ${extra.join(', ')}`);
  }
  rows.push([`\`${name}\``, esm]);
}
for (const [command, file] of Object.entries(
  typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}),
)) {
  const binFile = join(root, file);
  if (!existsSync(binFile)) {
    problems.push(`the ${command} command: build the package first (npm run build)`);
    continue;
  }
  const imports = [...packagesOf(binFile)].sort();
  for (const dependency of imports) {
    used.add(dependency);
    if (dependency !== 'node:' && !isSelf(dependency) && !declared.has(dependency)) {
      problems.push(`the ${command} command imports ${dependency}, which is not declared`);
    }
  }
  rows.push([`the \`${command}\` command`, imports]);
}
for (const dependency of declared) {
  if (!used.has(dependency)) problems.push(`${dependency} is declared but no entry imports it`);
}

// 3. The documented table.
const describe = (dependency) =>
  dependency === 'node:'
    ? 'Node.js built-ins'
    : isSelf(dependency)
      ? `\`${dependency}\``
      : pkg.peerDependencies?.[dependency] !== undefined
        ? `\`${dependency}\` (peer)`
        : `\`${dependency}\``;
const table = [
  '| Entry point | Imports |',
  '| ----------- | ------- |',
  ...rows.map(([label, dependencies]) => `| ${label} | ${dependencies.map(describe).join(', ')} |`),
].join('\n');
console.log(table);
const doc = readFileSync(join(root, 'docs', 'dependencies.md'), 'utf8');
if (!doc.includes(table)) {
  problems.push('docs/dependencies.md does not hold the table above: update it');
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`dependency check: ${problem}`);
  process.exit(1);
}
console.log('dependency check passed: no install scripts, every import declared and documented');
