// Turns the TypeScript code blocks of README.md and docs/*.md into modules that run them: imports
// of the package point at the sources, and every `//=>` result becomes a check of the value it
// follows. A block fenced as "```ts fragment" is a piece of a larger program and is not run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code block of a page. */
export interface DocBlock {
  /** The page, relative to the repository, e.g. `docs/core-values.md`. */
  readonly page: string;
  /** The line of the opening fence in the page, from 1. */
  readonly line: number;
  /** The code. */
  readonly code: string;
}

/** The entries of the package and their source files, longest specifier first. */
const ENTRIES: readonly (readonly [string, string])[] = [
  ['mining-impact/data/azergold', 'src/data/azergold/index.ts'],
  ['mining-impact/data/az', 'src/data/az/index.ts'],
  ['mining-impact/node', 'src/node/index.ts'],
  ['mining-impact/html', 'src/html/index.ts'],
  ['mining-impact/engine', 'src/engine/index.ts'],
  ['mining-impact/duckdb', 'src/duckdb/index.ts'],
  ['mining-impact', 'src/index.ts'],
];

/** The pages whose blocks run: the README and every hand-written page under docs/. */
export function docPages(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}

/** The runnable `ts` blocks of a page. */
export function docBlocks(root: string, page: string): DocBlock[] {
  const lines = readFileSync(join(root, page), 'utf8').split('\n');
  const blocks: DocBlock[] = [];
  let start = -1;
  let body: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (start < 0 && /^```ts\s*$/.test(line)) {
      start = index + 1;
      body = [];
    } else if (start >= 0 && /^```\s*$/.test(line)) {
      blocks.push({ page, line: start, code: body.join('\n') });
      start = -1;
    } else if (start >= 0) body.push(line);
  }
  return blocks;
}

/** The bracket depth a line adds, string and template contents and comments left out. */
function depthOf(line: string): number {
  const code = line
    .replace(/\/\/.*$/, '')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, '""');
  let depth = 0;
  for (const char of code) {
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
  }
  return depth;
}

/** A check of a statement's value against the text after `//=>`. */
function checkOf(statement: string, expected: string, where: string): string {
  const text = statement.trim().replace(/;\s*(?:\/\/[^'"`]*)?$/, '');
  const declaration = /^(?:const|let)\s+([A-Za-z_$][\w$]*)(?:\s*:[^=]+)?\s*=/.exec(text);
  const value = declaration === null ? `(${text})` : (declaration[1] as string);
  const prefix = declaration === null ? '' : `${text};\n`;
  return `${prefix}__check(${value}, ${JSON.stringify(expected)}, ${JSON.stringify(where)});`;
}

/** The statements of a block with each `//=>` turned into a check; imports left as they are. */
function checkedBody(block: DocBlock): string[] {
  const out: string[] = [];
  let statement: string[] = [];
  let depth = 0;
  let last: { index: number; text: string } | undefined;
  for (const [offset, line] of block.code.split('\n').entries()) {
    const where = `${block.page}:${block.line + offset + 1}`;
    const result = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (result !== null && depth === 0 && statement.length === 0 && last !== undefined) {
      out[last.index] = checkOf(last.text, result[1] as string, where);
      last = undefined;
      continue;
    }
    const inline = /^(.*;)\s*\/\/=>\s?(.*)$/.exec(line);
    statement.push(inline === null ? line : (inline[1] as string));
    depth += depthOf(line);
    if (depth !== 0 || !/;\s*(?:\/\/.*)?$/.test(line)) {
      if (statement.length === 1 && depth === 0 && !/\S/.test(line.replace(/\/\/.*$/, ''))) {
        out.push(line);
        statement = [];
      }
      continue;
    }
    const text = statement.join('\n');
    statement = [];
    if (inline !== null) {
      out.push(checkOf(text, inline[2] as string, where));
      last = undefined;
    } else {
      last = { index: out.length, text };
      out.push(text);
    }
  }
  out.push(...statement);
  return out;
}

const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\n?/g;

/** Where an import of the package points in the sources, relative to `fromDir`. */
function sourceOf(specifier: string, root: string, fromDir: string): string {
  const entry = ENTRIES.find(([name]) => name === specifier);
  if (entry === undefined) return specifier;
  const target = relative(fromDir, join(root, entry[1])).replace(/\.ts$/, '.js');
  return target.startsWith('.') ? target : `./${target}`;
}

/**
 * The module that runs the blocks of a page in order, as one program (a later block may use
 * what an earlier one declared): the imports of every block merged at the top and pointed at
 * the sources (relative to `fromDir`), each `//=>` turned into a call of
 * `__check(actual, expectedText, where)`.
 */
export function moduleOf(blocks: readonly DocBlock[], root: string, fromDir: string): string {
  const imports = new Map<string, Set<string>>();
  const body: string[] = [];
  for (const block of blocks) {
    const code = block.code.replace(
      IMPORT,
      (_all, type: string | undefined, names: string, from: string) => {
        const set = imports.get(from) ?? new Set<string>();
        for (const raw of names.split(',')) {
          const name = raw.trim();
          if (name !== '')
            set.add(type === undefined ? name : `type ${name.replace(/^type\s+/, '')}`);
        }
        imports.set(from, set);
        // Keep the line count, so that the lines of the checks stay those of the page.
        return '\n'.repeat((_all.match(/\n/g) ?? []).length);
      },
    );
    body.push(...checkedBody({ ...block, code }));
  }
  const check = relative(fromDir, join(root, 'test/docs/checkExample.js'));
  return [
    `import { check as __check } from '${check.startsWith('.') ? check : `./${check}`}';`,
    ...[...imports].map(
      ([from, names]) =>
        `import { ${[...names].filter((n) => !names.has(`type ${n}`)).join(', ')} } from '${sourceOf(from, root, fromDir)}';`,
    ),
    ...body,
    'export {};',
  ].join('\n');
}
