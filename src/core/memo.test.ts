import { describe, expect, it } from 'vitest';
import { memo } from './memo.js';

describe('memo', () => {
  it('builds nothing until the first call', () => {
    let runs = 0;
    memo(() => {
      runs += 1;
      return 1;
    });
    expect(runs).toBe(0);
  });

  it('builds once and returns the same value on every call', () => {
    let runs = 0;
    const table = memo(() => {
      runs += 1;
      return { built: runs };
    });
    const first = table();
    expect(table()).toBe(first);
    expect(first).toEqual({ built: 1 });
    expect(runs).toBe(1);
  });

  it('keeps a built undefined without building again', () => {
    let runs = 0;
    const nothing = memo((): undefined => {
      runs += 1;
      return undefined;
    });
    expect(nothing()).toBeUndefined();
    expect(nothing()).toBeUndefined();
    expect(runs).toBe(1);
  });
});
