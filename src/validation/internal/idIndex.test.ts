import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex.js';

describe('IdIndex', () => {
  it('gives the first position of a repeated id and -1 for a new one', () => {
    const index = new IdIndex();
    expect(index.firstOrAdd('e-1', 0)).toBe(-1);
    expect(index.firstOrAdd('e-2', 1)).toBe(-1);
    expect(index.firstOrAdd('e-1', 2)).toBe(0);
    expect(index.firstOrAdd('e-2', 3)).toBe(1);
    // A prefix, an extension and an empty id are other ids.
    expect(index.firstOrAdd('e-', 4)).toBe(-1);
    expect(index.firstOrAdd('e-10', 5)).toBe(-1);
    expect(index.firstOrAdd('', 6)).toBe(-1);
    expect(index.firstOrAdd('', 7)).toBe(6);
    expect(index.size).toBe(5);
  });

  it('tells apart ids whose hashes collide', () => {
    // FNV-1a 32-bit collisions: "costarring" and "liquid", "declinate" and "macallums".
    const index = new IdIndex();
    expect(index.firstOrAdd('costarring', 0)).toBe(-1);
    expect(index.firstOrAdd('liquid', 1)).toBe(-1);
    expect(index.firstOrAdd('declinate', 2)).toBe(-1);
    expect(index.firstOrAdd('macallums', 3)).toBe(-1);
    expect(index.firstOrAdd('liquid', 4)).toBe(1);
    expect(index.firstOrAdd('macallums', 5)).toBe(3);
  });

  it('agrees with a Map over many ids, across its growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6, unit: 'grapheme' }), { maxLength: 3000 }),
        (ids) => {
          const index = new IdIndex();
          const map = new Map<string, number>();
          ids.forEach((id, position) => {
            const first = map.get(id);
            if (first === undefined) map.set(id, position);
            expect(index.firstOrAdd(id, position)).toBe(first ?? -1);
          });
          expect(index.size).toBe(map.size);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('holds a hundred thousand ids, with long ones past its first buffers', () => {
    const index = new IdIndex();
    const long = 'x'.repeat(5000);
    for (let i = 0; i < 100_000; i++) expect(index.firstOrAdd(`id-${i}`, i)).toBe(-1);
    expect(index.firstOrAdd(long, 100_000)).toBe(-1);
    expect(index.firstOrAdd('id-99999', 100_001)).toBe(99_999);
    expect(index.firstOrAdd(long, 100_002)).toBe(100_000);
    expect(index.size).toBe(100_001);
  });
});
