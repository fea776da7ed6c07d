import { describe, expect, it } from 'vitest';
import { sanitizeInput } from './sanitizeInput.js';

describe('sanitizeInput (regressions)', () => {
  it('reports a function as input.not_json and leaves it out', () => {
    // A function used to reach the schema, which reported it as a string that is too short.
    const { value, issues } = sanitizeInput({ name: () => 'x', id: 'a' });
    expect(value).toEqual({ id: 'a' });
    expect(issues).toEqual([
      {
        code: 'input.not_json',
        severity: 'error',
        path: '/name',
        message: 'A function is not JSON data.',
      },
    ]);
  });

  it('reports a function given as the whole input', () => {
    const { value, issues } = sanitizeInput(() => 1);
    expect(value).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['input.not_json', '']]);
  });

  it('cuts a long symbol description in the message', () => {
    const input = { [Symbol('s'.repeat(10_000))]: 1 };
    const [issue] = sanitizeInput(input).issues;
    // String(symbol) is "Symbol(sss…)": 60 code units are kept.
    expect(issue?.message).toBe(`A symbol key (Symbol(${'s'.repeat(53)}) is not JSON data.`);
  });

  it('cuts a long toStringTag in the message', () => {
    const tag = `T${'a'.repeat(10_000)}`;
    const input = { value: { [Symbol.toStringTag]: tag } };
    Object.setPrototypeOf(input.value, { [Symbol.toStringTag]: tag });
    const [issue] = sanitizeInput(input).issues;
    expect(issue?.message).toBe(`A ${tag.slice(0, 60)} object is not JSON data.`);
  });
});

describe('sanitizeInput: arrays and size', () => {
  it('reports a symbol key on an array as a named property and keeps the items', () => {
    const input = Object.assign(['a'], { [Symbol('x')]: 1 });
    const { value, issues } = sanitizeInput(input);
    expect(value).toEqual(['a']);
    expect(issues).toEqual([
      {
        code: 'input.not_json',
        severity: 'error',
        path: '/Symbol(x)',
        message: 'A named property on an array is not JSON data.',
      },
    ]);
  });

  it('reports once, where it happens, that the input holds too many objects and arrays', () => {
    // 1,415 references to one row of 1,415 references to one empty array: the root, then per row
    // the row and its 1,415 items, 1 + 1,415 × 1,416 = 2,003,641 containers in all. Visited in
    // order, the root is the 1st; row k (from 0) is the (2 + 1,416 k)-th, its item m the
    // (3 + 1,416 k + m)-th. The 2,000,001st: 1,416 × 1,412 = 1,999,392, so k = 1,412 and
    // 3 + 1,999,392 + m = 2,000,001 gives m = 606.
    const empty: unknown[] = [];
    const row = new Array(1415).fill(empty);
    const { issues } = sanitizeInput(new Array(1415).fill(row));
    expect(issues).toEqual([
      {
        code: 'input.too_large',
        severity: 'error',
        path: '/1412/606',
        message: 'The input holds more than 2000000 objects and arrays; the rest is not validated.',
      },
    ]);
    // Two million containers take about a second to walk; a loaded machine gets more time.
  }, 30_000);
});
