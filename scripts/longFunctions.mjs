// The functions of src/ longer than a limit, read with the TypeScript parser: every function
// declaration, method, arrow function and function expression, counted from its first line to
// its last. Left out: tests, the generated Ajv module, and functions that only return a table
// (a literal, perhaps frozen), such as the currency list or the rule registry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const GENERATED = new Set(['src/validation/employeeGuard.ts']);

function filesUnder(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Whether a function body only returns a literal table, perhaps through a freezing call. */
function isTable(body) {
  let expression = body;
  if (ts.isBlock(body)) {
    if (body.statements.length !== 1 || !ts.isReturnStatement(body.statements[0])) return false;
    expression = body.statements[0].expression;
  }
  const unwrap = (e) => {
    let inner = e;
    while (
      inner !== undefined &&
      (ts.isParenthesizedExpression(inner) ||
        ts.isAsExpression(inner) ||
        ts.isSatisfiesExpression(inner))
    )
      inner = inner.expression;
    return inner;
  };
  expression = unwrap(expression);
  // A freezing call around the table: Object.freeze({…}), deepFreeze([…]).
  if (
    expression !== undefined &&
    ts.isCallExpression(expression) &&
    expression.arguments.length >= 1
  )
    expression = unwrap(expression.arguments[0]);
  // A table parsed item by item: […].map(parse).
  if (
    expression !== undefined &&
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression)
  )
    expression = unwrap(expression.expression.expression);
  return (
    expression !== undefined &&
    (ts.isObjectLiteralExpression(expression) || ts.isArrayLiteralExpression(expression))
  );
}

/** `{ file, line, name, lines }` of every function of src/ longer than `limit` lines. */
export function longFunctions(limit = 80) {
  const found = [];
  for (const path of filesUnder(join(root, 'src'))) {
    const file = relative(root, path);
    if (GENERATED.has(file) || /\.test(-d)?\.ts$/.test(file)) continue;
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node) => {
      if (
        ts.isFunctionLike(node) &&
        'body' in node &&
        node.body !== undefined &&
        !isTable(node.body)
      ) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > limit) {
          const name =
            node.name?.getText(source) ??
            (ts.isCallExpression(node.parent)
              ? `${node.parent.expression.getText(source).slice(0, 40)} callback`
              : '(anonymous)');
          found.push({ file, line: start + 1, name, lines });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

if (process.argv[1] === import.meta.filename) {
  for (const f of longFunctions(Number(process.argv[2] ?? 80)))
    console.log(`${f.file}:${f.line} ${f.name} ${f.lines} lines`);
}
