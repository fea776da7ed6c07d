import { describe, expect, it } from 'vitest';
import { type MineStage, MineStageSchema } from './deposit.js';
import {
  isAllowedTransition,
  mineLifecycleTransitions,
  stagesNotRecorded,
} from './mineLifecycle.js';

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

describe('stagesNotRecorded', () => {
  it('is empty for an allowed transition', () => {
    expect(stagesNotRecorded('construction', 'production')).toEqual([]);
    expect(stagesNotRecorded('careAndMaintenance', 'production')).toEqual([]);
  });

  it('names the stages a forward move skips', () => {
    // exploration → construction → production: construction is not recorded.
    expect(stagesNotRecorded('exploration', 'production')).toEqual(['construction']);
    // planned → construction → production.
    expect(stagesNotRecorded('planned', 'production')).toEqual(['construction']);
    // closure → postClosure only: exploration → closure → postClosure.
    expect(stagesNotRecorded('exploration', 'postClosure')).toEqual(['closure']);
    // production → careAndMaintenance → development: a suspended mine re-entering development.
    expect(stagesNotRecorded('production', 'development')).toEqual(['careAndMaintenance']);
  });

  it('is null for a move back the lifecycle forbids, a stage to itself and unknown stages', () => {
    expect(stagesNotRecorded('closure', 'production')).toBeNull();
    expect(stagesNotRecorded('production', 'exploration')).toBeNull();
    expect(stagesNotRecorded('postClosure', 'closure')).toBeNull();
    expect(stagesNotRecorded('production', 'production')).toBeNull();
    expect(stagesNotRecorded('unknown' as MineStage, 'production')).toBeNull();
  });

  it('is [] exactly where isAllowedTransition holds', () => {
    for (const from of MineStageSchema.options) {
      for (const to of MineStageSchema.options) {
        expect(stagesNotRecorded(from, to)?.length === 0, `${from} → ${to}`).toBe(
          isAllowedTransition(from, to),
        );
      }
    }
  });
});
