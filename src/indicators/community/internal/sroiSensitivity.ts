import { pure } from '../../../core/pure.js';
import { ratio } from '../../../core/ratio.js';
import { roundHalfEvenNumber } from '../../../core/roundHalfEvenNumber.js';
import type {
  SroiBreakEven,
  SroiInput,
  SroiJudgement,
  SroiJudgementVariation,
  SroiSensitivity,
} from '../sroi.js';
import { presentValuesOf, yearsOf } from './sroiYears.js';

/** The judgements varied, in the order of the SROI Guide's stages 4 and 5. */
const JUDGEMENTS: readonly SroiJudgement[] = pure(() => [
  'deadweight',
  'attribution',
  'displacement',
  'dropOff',
  'durationYears',
  'discountRate',
]);

/** The outcome judgements that are shares in [0, 1]. */
type OutcomeRate = 'deadweight' | 'attribution' | 'displacement' | 'dropOff';

/** A value snapped to 9 decimal places, so that 0.25 − 0.1 is 0.15. */
function snap(value: number): number {
  return roundHalfEvenNumber(value * 1e9) / 1e9;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The input with one judgement moved by `shift` (rates in [0, 1], durations in whole years
 * within 1..100), each value clamped to its range.
 */
function shifted(input: Readonly<SroiInput>, judgement: SroiJudgement, shift: number): SroiInput {
  if (judgement === 'discountRate')
    return { ...input, discountRate: clamp(snap(input.discountRate + shift), 0, 1) };
  if (judgement === 'durationYears')
    return {
      ...input,
      outcomes: input.outcomes.map((o) => ({
        ...o,
        durationYears: clamp(o.durationYears + shift, 1, 100),
      })),
    };
  const rate: OutcomeRate = judgement;
  return {
    ...input,
    outcomes: input.outcomes.map((o) => ({ ...o, [rate]: clamp(snap(o[rate] + shift), 0, 1) })),
  };
}

/** The SROI ratio of an input, computed as {@link sroi} does (years rounded once). */
function ratioOf(input: Readonly<SroiInput>): number | null {
  const { presentValue } = presentValuesOf(yearsOf(input), input.investment);
  return ratio(presentValue.amountMinor, input.investment.amountMinor).value;
}

/** The current values of a judgement: one per outcome, or the discount rate alone. */
function valuesOf(input: Readonly<SroiInput>, judgement: SroiJudgement): number[] {
  return judgement === 'discountRate'
    ? [input.discountRate]
    : input.outcomes.map((o) => o[judgement]);
}

/** The shifts that keep every value of the judgement within its range. */
function shiftLimits(input: Readonly<SroiInput>, judgement: SroiJudgement): [number, number] {
  const values = valuesOf(input, judgement);
  const [min, max] = judgement === 'durationYears' ? [1, 100] : [0, 1];
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (const value of values) {
    low = Math.max(low, min - value);
    high = Math.min(high, max - value);
  }
  return values.length === 0 ? [0, 0] : [snap(low), snap(high)];
}

/** The first whole-year shift, away from 0 towards `limit`, at which `crosses` holds. */
function wholeYearCrossing(limit: number, crosses: (shift: number) => boolean): number | null {
  const step = Math.sign(limit);
  for (let shift = step; step !== 0 && Math.abs(shift) <= Math.abs(limit); shift += step)
    if (crosses(shift)) return shift;
  return null;
}

/** The shift at which the ratio reaches 1, by bisection between two shifts on either side. */
function bisect(at: (shift: number) => number, below: number, above: number): number {
  let lo = below;
  let hi = above;
  for (let step = 0; step < 80; step += 1) {
    const mid = (lo + hi) / 2;
    if (at(mid) >= 1) hi = mid;
    else lo = mid;
  }
  return roundHalfEvenNumber(hi * 1e4) / 1e4;
}

/** The shift of a judgement that brings the ratio to 1, or `null` when none in range does. */
function breakEvenShift(
  input: Readonly<SroiInput>,
  judgement: SroiJudgement,
  base: number,
): number | null {
  const [low, high] = shiftLimits(input, judgement);
  const at = (shift: number): number => ratioOf(shifted(input, judgement, shift)) ?? 0;
  if (judgement === 'durationYears') {
    const limit = base < 1 ? high : low;
    return wholeYearCrossing(limit, (shift) => at(shift) >= 1 !== base >= 1);
  }
  const [atLow, atHigh] = [at(low), at(high)];
  if (atLow >= 1 === atHigh >= 1) return null;
  return atLow < 1 ? bisect(at, low, high) : 0 - bisect((s) => at(-s), -high, -low);
}

/** The break-even of the most sensitive judgement. */
function breakEvenOf(
  input: Readonly<SroiInput>,
  judgement: SroiJudgement,
  base: number,
): SroiBreakEven {
  const shift = breakEvenShift(input, judgement, base);
  if (shift === null)
    return {
      judgement,
      shift: null,
      values: [],
      reason: `No value of ${judgement} within its range brings the ratio to 1.`,
    };
  return {
    judgement,
    shift,
    values: valuesOf(shifted(input, judgement, shift), judgement),
  };
}

/**
 * The SROI Guide's stage 5 sensitivity analysis of an SROI input: the ratio with each judgement
 * lowered and raised by the spread, the range, the most sensitive judgement and its break-even.
 *
 * @internal
 */
export function sroiSensitivityOf(
  input: Readonly<SroiInput>,
  spread: number,
  durationSpreadYears: number,
): SroiSensitivity {
  const base = ratioOf(input);
  const judgements: SroiJudgementVariation[] = JUDGEMENTS.map((judgement) => {
    const by = judgement === 'durationYears' ? durationSpreadYears : spread;
    return {
      judgement,
      lowered: ratioOf(shifted(input, judgement, -by)),
      raised: ratioOf(shifted(input, judgement, by)),
    };
  });
  if (base === null)
    return { spread, durationSpreadYears, judgements, low: null, high: null, breakEven: null };
  let low = base;
  let high = base;
  let most: SroiJudgementVariation | undefined;
  let widest = 0;
  for (const variation of judgements) {
    const a = variation.lowered ?? base;
    const b = variation.raised ?? base;
    low = Math.min(low, a, b);
    high = Math.max(high, a, b);
    if (Math.abs(b - a) > widest) {
      widest = Math.abs(b - a);
      most = variation;
    }
  }
  return {
    spread,
    durationSpreadYears,
    judgements,
    low,
    high,
    breakEven: most === undefined ? null : breakEvenOf(input, most.judgement, base),
  };
}
