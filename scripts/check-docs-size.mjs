#!/usr/bin/env node
// Fails when a page of the typedoc site (docs-site/, built by `npm run docs`) exceeds 150 KB:
// types are named interfaces that pages link to, not spell out.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const LIMIT = 150 * 1024;
const root = resolve(import.meta.dirname, '..', 'docs-site');

function pages(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

const all = pages(root).map((path) => ({ path: relative(root, path), size: statSync(path).size }));
const largest = all.reduce((a, b) => (b.size > a.size ? b : a));
const over = all.filter((page) => page.size > LIMIT);
console.log(
  `docs-site: ${all.length} pages; the largest is ${largest.path} (${largest.size} bytes)`,
);
for (const page of over) console.error(`over ${LIMIT} bytes: ${page.path} (${page.size} bytes)`);
if (over.length > 0) process.exit(1);
