import { describe, expect, it } from 'vitest';
import { type MineStage, MineStageSchema } from './deposit.js';
import { isAllowedTransition, mineLifecycleTransitions } from './mineLifecycle.js';

// The expected table, written out pair by pair: every (from, to) of the 8 × 8 stages.
const allowed = new Set([
  'planned>exploration',
  'planned>development',
  'planned>construction',
  'exploration>development',
  'exploration>construction',
  'exploration>closure',
  'development>construction',
  'development>careAndMaintenance',
  'development>closure',
  'construction>production',
  'construction>careAndMaintenance',
  'construction>closure',
  'production>careAndMaintenance',
  'production>closure',
  'careAndMaintenance>production',
  'careAndMaintenance>development',
  'careAndMaintenance>construction',
  'careAndMaintenance>closure',
  'closure>postClosure',
]);

describe('isAllowedTransition', () => {
  const stages = MineStageSchema.options;
  for (const from of stages) {
    for (const to of stages) {
      const expected = allowed.has(`${from}>${to}`);
      it(`${expected ? 'allows' : 'forbids'} ${from} → ${to}`, () => {
        expect(isAllowedTransition(from, to)).toBe(expected);
      });
    }
  }
  it('covers 64 pairs, 19 of them allowed', () => {
    expect(stages.length ** 2).toBe(64);
    const count = Object.values(mineLifecycleTransitions).reduce((n, to) => n + to.length, 0);
    expect(count).toBe(19);
  });
  it('is false for an unknown stage', () => {
    expect(isAllowedTransition('toString' as MineStage, 'production')).toBe(false);
  });
});
