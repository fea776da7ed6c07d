import { describe, expect, it } from 'vitest';
import { defineOwnField } from './defineOwnField.js';

describe('defineOwnField', () => {
  it('writes __proto__ as an own field, leaving the prototype alone', () => {
    const record: Record<string, unknown> = {};
    defineOwnField(record, '__proto__', 'x');
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(record, '__proto__')).toEqual({
      value: 'x',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect(JSON.stringify(record)).toBe(JSON.stringify(JSON.parse('{"__proto__":"x"}')));
  });
});
