import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseEach, parseOne } from './parseEach.js';

const Item = z.strictObject({ id: z.string(), n: z.int() });

describe('parseEach', () => {
  it('returns the items themselves, in order, from any iterable read once', () => {
    const a = { id: 'a', n: 1 };
    const b = { id: 'b', n: 2 };
    const items = new Set([a, b]);
    const list = parseEach(Item, items, 'items');
    expect(list).toEqual([a, b]);
    expect(list[0]).toBe(a);
  });

  it('names the index and path of the first item that does not match', () => {
    expect(() =>
      parseEach(
        Item,
        [
          { id: 'a', n: 1 },
          { id: 'b', n: 1.5 },
        ],
        'items',
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('items[1].n:'),
      }),
    );
  });

  it('refuses what is not iterable, and a string', () => {
    for (const bad of [null, undefined, 42, { id: 'a' }, 'ab'])
      expect(() => parseEach(Item, bad as never, 'items')).toThrow('items must be an iterable');
  });

  it('refuses two items with the same key', () => {
    expect(() =>
      parseEach(
        Item,
        [
          { id: 'a', n: 1 },
          { id: 'a', n: 2 },
        ],
        'items',
        (item) => item.id,
      ),
    ).toThrow('items: a appears twice');
    expect(
      parseEach(
        Item,
        [
          { id: 'a', n: 1 },
          { id: 'b', n: 1 },
        ],
        'items',
        (i) => i.id,
      ),
    ).toHaveLength(2);
  });
});

describe('parseOne', () => {
  it('returns the value itself, or names the path of the problem', () => {
    const value = { id: 'a', n: 1 };
    expect(parseOne(Item, value, 'item')).toBe(value);
    expect(() => parseOne(Item, { id: 'a', n: 'x' } as never, 'item')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('item.n:'),
      }),
    );
  });
});
