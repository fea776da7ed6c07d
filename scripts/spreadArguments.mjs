// The spread arguments of src/: every `f(...items)` and `new F(...items)` outside tests. A
// spread argument passes each element on the call stack, so a data-sized array (130,000 issues,
// 150,000 source ids) overflows it with a RangeError. The library appends with `appendAll` and
// takes extremes with a loop instead, whatever the size of the array.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

function filesUnder(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** `{ file, line, text }` of every spread argument of a call in src/ (tests aside). */
export function spreadArguments() {
  const found = [];
  for (const path of filesUnder(join(root, 'src'))) {
    const file = relative(root, path);
    if (/\.test(-d)?\.ts$/.test(file)) continue;
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node) => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments !== undefined) {
        for (const argument of node.arguments) {
          if (!ts.isSpreadElement(argument)) continue;
          const line = source.getLineAndCharacterOfPosition(argument.getStart(source)).line + 1;
          found.push({ file, line, text: argument.getText(source).slice(0, 60) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

if (process.argv[1] === import.meta.filename) {
  for (const f of spreadArguments()) console.log(`${f.file}:${f.line} ${f.text}`);
}
