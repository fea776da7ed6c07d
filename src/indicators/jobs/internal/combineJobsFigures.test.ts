import { describe, expect, it } from 'vitest';
import type { JobsFigure } from '../jobsFigure.js';
import type { JobsFigures } from '../jobsFigures.js';
import { peakJobsFigures, sumJobsFigures } from './combineJobsFigures.js';

const all = (figure: JobsFigure): JobsFigures => ({
  direct: figure,
  indirect: figure,
  induced: figure,
  total: figure,
  local: figure,
});

describe('sumJobsFigures', () => {
  it('adds ranges scenario by scenario, exactly on the decimals', () => {
    const sum = sumJobsFigures([
      all({ kind: 'range', range: { low: 0.1, central: 0.2, high: 0.3 } }),
      all({ kind: 'range', range: { low: 0.2, central: 0.4, high: 0.6 } }),
    ]);
    // 0.1 + 0.2 = 0.3 (not 0.30000000000000004); 0.2 + 0.4 = 0.6; 0.3 + 0.6 = 0.9.
    expect(sum.total).toEqual({ kind: 'range', range: { low: 0.3, central: 0.6, high: 0.9 } });
  });

  it('has no central figure unless every part has one', () => {
    const sum = sumJobsFigures([
      all({ kind: 'range', range: { low: 1, central: 2, high: 3 } }),
      all({ kind: 'range', range: { low: 10, high: 30 } }),
    ]);
    expect(sum.direct).toEqual({ kind: 'range', range: { low: 11, high: 33 } });
  });

  it('gives bounds when a part is bounds, with a maximum only when every part has one', () => {
    const bounded = sumJobsFigures([
      all({ kind: 'range', range: { low: 1, central: 2, high: 3 } }),
      all({ kind: 'bounds', bounds: { min: 100, max: 200, phrase: 'hundreds' } }),
    ]);
    // min 1 + 100 = 101, max 3 + 200 = 203; the phrase does not survive.
    expect(bounded.direct).toEqual({ kind: 'bounds', bounds: { min: 101, max: 203 } });
    const open = sumJobsFigures([
      all({ kind: 'bounds', bounds: { max: 50 } }),
      all({ kind: 'bounds', bounds: { min: 10 } }),
    ]);
    // A missing minimum is 0 (jobs are never negative): 0 + 10 = 10; no maximum.
    expect(open.direct).toEqual({ kind: 'bounds', bounds: { min: 10 } });
  });

  it('is not estimated when a part is not', () => {
    const sum = sumJobsFigures([
      all({ kind: 'range', range: { low: 1, high: 3 } }),
      all({ kind: 'notEstimated', missing: 'typeII' }),
      all({ kind: 'notEstimated', missing: 'localHireShare' }),
    ]);
    expect(sum.induced).toEqual({ kind: 'notEstimated', missing: 'typeII' });
  });

  it('returns a single set of figures as it is', () => {
    const one = all({ kind: 'bounds', bounds: { min: 2000, phrase: 'thousands' } });
    expect(sumJobsFigures([one])).toBe(one);
  });
});

describe('peakJobsFigures', () => {
  it('takes the largest low, central and high separately', () => {
    const peak = peakJobsFigures([
      all({ kind: 'range', range: { low: 5, central: 8, high: 9 } }),
      all({ kind: 'range', range: { low: 6, central: 7, high: 12 } }),
    ]);
    expect(peak.total).toEqual({ kind: 'range', range: { low: 6, central: 8, high: 12 } });
  });

  it('keeps a figure that is the same every year, with its phrase', () => {
    const year = all({ kind: 'bounds', bounds: { min: 1001, phrase: 'more than 1000' } });
    expect(peakJobsFigures([year, year, year]).direct).toEqual({
      kind: 'bounds',
      bounds: { min: 1001, phrase: 'more than 1000' },
    });
    const missing = all({ kind: 'notEstimated', missing: 'multipliers' });
    expect(peakJobsFigures([missing, missing]).indirect).toEqual(missing.indirect);
    const other = all({ kind: 'notEstimated', missing: 'typeII' });
    expect(peakJobsFigures([missing, other]).indirect).toEqual(missing.indirect);
  });

  it('takes the larger low when only the lows of two years differ', () => {
    const peak = peakJobsFigures([
      all({ kind: 'range', range: { low: 1, central: 2, high: 3 } }),
      all({ kind: 'range', range: { low: 2, central: 2, high: 3 } }),
    ]);
    // max(1, 2) = 2; max(2, 2) = 2; max(3, 3) = 3.
    expect(peak.total).toEqual({ kind: 'range', range: { low: 2, central: 2, high: 3 } });
  });

  it('takes the larger minimum when only the minima of two years differ', () => {
    const peak = peakJobsFigures([
      all({ kind: 'bounds', bounds: { min: 100, max: 500 } }),
      all({ kind: 'bounds', bounds: { min: 300, max: 500 } }),
    ]);
    // min max(100, 300) = 300; max max(500, 500) = 500.
    expect(peak.local).toEqual({ kind: 'bounds', bounds: { min: 300, max: 500 } });
  });

  it('is bounds as soon as a year is bounds', () => {
    const peak = peakJobsFigures([
      all({ kind: 'range', range: { low: 500, central: 500, high: 500 } }),
      all({ kind: 'bounds', bounds: { min: 400, max: 600 } }),
    ]);
    expect(peak.direct).toEqual({ kind: 'bounds', bounds: { min: 500, max: 600 } });
    const same = all({ kind: 'range', range: { low: 1, high: 2 } });
    expect(
      peakJobsFigures([same, all({ kind: 'range', range: { low: 1, high: 3 } })]).direct,
    ).toEqual({ kind: 'range', range: { low: 1, high: 3 } });
  });
});
