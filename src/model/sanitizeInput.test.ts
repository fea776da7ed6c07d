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
