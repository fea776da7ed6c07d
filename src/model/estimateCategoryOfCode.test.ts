import { describe, expect, it } from 'vitest';
import { GKZ_CATEGORIES, isCategoryOfCode } from './estimateCategoryOfCode.js';

describe('isCategoryOfCode', () => {
  it('CRIRSCO template and GKZ: each code keeps its own categories', () => {
    // GKZ: A, B, C1, A+B+C1, C2, P1, P2, P3 (8 categories).
    expect(GKZ_CATEGORIES.size).toBe(8);
    expect(isCategoryOfCode('GKZ', 'C1')).toBe(true);
    expect(isCategoryOfCode('GKZ', 'indicated')).toBe(false);
    expect(isCategoryOfCode('JORC', 'C1')).toBe(false);
    expect(isCategoryOfCode('NI43-101', 'probable')).toBe(true);
    // `other` takes either classification.
    expect(isCategoryOfCode('other', 'P3')).toBe(true);
    expect(isCategoryOfCode('other', 'measured')).toBe(true);
  });
});
