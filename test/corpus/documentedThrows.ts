/// <reference types="node" />
// Reads the `@throws` text of an exported function from its source file, so that the corpus can
// check that every ImpactError a call throws is documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test') ? [path] : [];
  });
}

const SOURCES = sourceFiles(join(import.meta.dirname, '../../src'));

/** The `@throws` text of an exported function's TSDoc, from the file named after it. */
export function documentedThrows(fn: string): string {
  const file = SOURCES.find((path) => path.endsWith(`/${fn}.ts`));
  if (file === undefined) throw new Error(`no source file for ${fn}`);
  const text = readFileSync(file, 'utf8');
  const start = text.search(new RegExp(`export (?:function|const|class) ${fn}\\b`));
  const doc = text.slice(0, start).split('/**').at(-1) ?? '';
  return [...doc.matchAll(/@throws([\s\S]*?)(?=\n \* @|\*\/)/g)].map((m) => m[1]).join(' ');
}
