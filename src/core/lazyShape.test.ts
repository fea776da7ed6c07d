import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazyShape } from './lazyShape.js';

describe('lazyShape', () => {
  it('runs a builder on the first read only, and returns the same value on every read', () => {
    let runs = 0;
    const shape = lazyShape({
      id: () => {
        runs += 1;
        return z.string();
      },
    });
    expect(runs).toBe(0);
    const first = shape.id;
    expect(runs).toBe(1);
    expect(shape.id).toBe(first);
    expect(runs).toBe(1);
  });

  it('keeps the keys in order, enumerable, with values given as they are', () => {
    const name = z.string();
    const shape = lazyShape({ name, id: () => z.number(), flag: () => z.boolean() });
    expect(Object.keys(shape)).toEqual(['name', 'id', 'flag']);
    expect(shape.name).toBe(name);
    const built = shape.id;
    // After the first read a field is a plain property, as in a shape written with its schemas.
    for (const key of ['name', 'id'])
      expect(Object.getOwnPropertyDescriptor(shape, key)).toEqual({
        value: key === 'id' ? built : name,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    expect(Object.getOwnPropertyDescriptor(shape, 'flag')?.enumerable).toBe(true);
  });

  it('leaves an object schema unbuilt until zod reads its shape, then parses as the eager schema', () => {
    let runs = 0;
    const lazy = z.strictObject(
      lazyShape({
        id: () => {
          runs += 1;
          return z.string().min(1);
        },
        count: () => z.int().nonnegative().optional(),
      }),
    );
    const eager = z.strictObject({
      id: z.string().min(1),
      count: z.int().nonnegative().optional(),
    });
    expect(runs).toBe(0);
    for (const value of [{ id: 'a' }, { id: 'a', count: 2 }, { id: '' }, { id: 'a', x: 1 }, null]) {
      const fromLazy = lazy.safeParse(value);
      const fromEager = eager.safeParse(value);
      expect(fromLazy.success).toBe(fromEager.success);
      expect(fromLazy.error?.issues).toEqual(fromEager.error?.issues);
    }
    expect(runs).toBe(1);
    expect(lazy.shape.id).toBe(lazy.shape.id);
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
    expect(runs).toBe(1);
  });

  it('extends and picks a lazy shape without building a field twice', () => {
    let runs = 0;
    const base = z.strictObject(
      lazyShape({
        id: () => {
          runs += 1;
          return z.string();
        },
      }),
    );
    const extended = base.extend(lazyShape({ name: () => z.string() }));
    expect(Object.keys(extended.shape)).toEqual(['id', 'name']);
    expect(extended.shape.id).toBe(base.shape.id);
    expect(base.pick({ id: true }).shape.id).toBe(base.shape.id);
    expect(runs).toBe(1);
  });
});
