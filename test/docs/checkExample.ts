// The check behind each `//=>` of a docs example: the value shown must be what the code gives.
import { isDeepStrictEqual } from 'node:util';

/** The failures of the examples run so far. */
export const failures: string[] = [];

/** A value printed as the docs write it: `{ a: 1, b: 'x' }`, `[1, 2]`. */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${show(v)}`).join(', ')} }`;
  }
  return String(value);
}

/** Whether the printed value matches an expected text with `…` standing for any characters. */
function matchesElided(actual: string, expected: string): boolean {
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const pattern = squash(expected)
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(squash(actual));
}

/**
 * Checks the value of an example against the text after its `//=>`: equal to that JavaScript
 * value, or, when the text elides with `…`, printed the same way around the elisions.
 */
export function check(actual: unknown, shown: string, where: string): void {
  // A result may be followed, after two spaces or more, by words about it.
  const expected = shown.split(/\s{2,}(?=[A-Za-z(])/)[0] as string;
  if (expected.includes('…')) {
    if (!matchesElided(show(actual), expected))
      failures.push(`${where}: expected ${expected}, got ${show(actual)}`);
    return;
  }
  let value: unknown;
  try {
    value = new Function(`return (${expected});`)();
  } catch {
    failures.push(`${where}: the result "${expected}" is not a JavaScript value`);
    return;
  }
  if (
    !isDeepStrictEqual(
      JSON.parse(JSON.stringify(actual ?? null)),
      JSON.parse(JSON.stringify(value ?? null)),
    )
  )
    failures.push(`${where}: expected ${expected}, got ${show(actual)}`);
}
