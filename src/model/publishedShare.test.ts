import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import {
  defaultShareRounding,
  intersectShareInterval,
  PublishedShareSchema,
  publishedShareInterval,
  shareIntervalHolds,
  shareIntervalText,
} from './publishedShare.js';

describe('PublishedShareSchema', () => {
  it('accepts a figure, a figure with its rounding and bounds', () => {
    accepts(PublishedShareSchema, { value: 0.97, phrase: '97 %' });
    accepts(PublishedShareSchema, { value: 0.8, rounding: 0.0005, phrase: '80.0 %' });
    accepts(PublishedShareSchema, { min: 0.8, minExclusive: true, phrase: 'over 80 %' });
    accepts(PublishedShareSchema, { min: 0.2, max: 0.3, phrase: 'a fifth to 30 %' });
    accepts(PublishedShareSchema, { min: 0.5, max: 0.5, phrase: 'half' });
  });

  it('rejects a percentage, both forms, neither, and options without their field', () => {
    rejects(PublishedShareSchema, { value: 97, phrase: '97 %' }, ['value'], 'too_big');
    rejects(PublishedShareSchema, { value: 0.9, phrase: '' }, ['phrase'], 'too_small');
    rejects(PublishedShareSchema, { value: 0.9 }, ['phrase'], 'invalid_type');
    rejects(PublishedShareSchema, { value: 0.9, max: 1, phrase: 'p' }, [], 'share.form');
    rejects(PublishedShareSchema, { phrase: 'p' }, [], 'share.form');
    rejects(PublishedShareSchema, { min: 0.2, rounding: 0.01, phrase: 'p' }, [], 'share.form');
    rejects(
      PublishedShareSchema,
      { value: 0.2, minExclusive: true, phrase: 'p' },
      [],
      'share.form',
    );
    rejects(PublishedShareSchema, { max: 0.2, minExclusive: true, phrase: 'p' }, [], 'share.form');
    rejects(
      PublishedShareSchema,
      { min: 0.4, max: 0.3, phrase: 'p' },
      ['max'],
      'bounds.min_above_max',
    );
    rejects(
      PublishedShareSchema,
      { min: 0.4, max: 0.4, maxExclusive: true, phrase: 'p' },
      ['max'],
      'bounds.min_above_max',
    );
    rejects(
      PublishedShareSchema,
      { value: 0.5, rounding: 0.6, phrase: 'p' },
      ['rounding'],
      'too_big',
    );
  });
});

describe('publishedShareInterval', () => {
  it('reads "97 %" as [0.965, 0.975): half a percent either side, the upper end excluded', () => {
    const interval = publishedShareInterval({ value: 0.97, phrase: '97 %' });
    // 0.97 − 0.005 = 0.965 and 0.97 + 0.005 = 0.975, computed in decimals (not 0.96500…01).
    expect(interval).toEqual({ min: 0.965, max: 0.975, minExclusive: false, maxExclusive: true });
    expect(shareIntervalText(interval)).toBe('[0.965, 0.975)');
  });

  it('takes the rounding from the last published decimal, never finer than a whole percent', () => {
    expect(defaultShareRounding(0.97)).toBe(0.005);
    // "80 %" is 0.8: still a whole percent, ± 0.005.
    expect(defaultShareRounding(0.8)).toBe(0.005);
    // "94.5 %" is 0.945: ± 0.0005.
    expect(defaultShareRounding(0.945)).toBe(0.0005);
    expect(publishedShareInterval({ value: 0.945, phrase: '94.5 %' })).toEqual({
      min: 0.9445,
      max: 0.9455,
      minExclusive: false,
      maxExclusive: true,
    });
  });

  it('uses a stated rounding, clips to [0, 1] and reads rounding 0 as a point', () => {
    expect(publishedShareInterval({ value: 0.8, rounding: 0.0005, phrase: '80.0 %' })).toEqual({
      min: 0.7995,
      max: 0.8005,
      minExclusive: false,
      maxExclusive: true,
    });
    // "100 %" is [0.995, 1], 1 included; "0 %" is [0, 0.005).
    expect(publishedShareInterval({ value: 1, phrase: 'all' })).toEqual({
      min: 0.995,
      max: 1,
      minExclusive: false,
      maxExclusive: false,
    });
    expect(publishedShareInterval({ value: 0, phrase: 'none' })).toEqual({
      min: 0,
      max: 0.005,
      minExclusive: false,
      maxExclusive: true,
    });
    expect(publishedShareInterval({ value: 0.25, rounding: 0, phrase: 'a quarter' })).toEqual({
      min: 0.25,
      max: 0.25,
      minExclusive: false,
      maxExclusive: false,
    });
  });

  it('reads bounds as published: "over 80 %" is (0.8, 1]', () => {
    const over = publishedShareInterval({ min: 0.8, minExclusive: true, phrase: 'over 80 %' });
    expect(over).toEqual({ min: 0.8, max: 1, minExclusive: true, maxExclusive: false });
    expect(shareIntervalText(over)).toBe('(0.8, 1]');
    expect(publishedShareInterval({ max: 0.2, phrase: 'at most 20 %' })).toEqual({
      min: 0,
      max: 0.2,
      minExclusive: false,
      maxExclusive: false,
    });
  });
});

describe('shareIntervalHolds', () => {
  const ninetyFour = publishedShareInterval({ value: 0.94, phrase: '94 %' });

  it('holds 1,637 / 1,742 = 0.93972… in "94 %" = [0.935, 0.945)', () => {
    expect(shareIntervalHolds(ninetyFour, 1637, 1742)).toBe(true);
    // 1,646 / 1,742 = 0.94489… is in; 1,647 / 1,742 = 0.94546… is not.
    expect(shareIntervalHolds(ninetyFour, 1646, 1742)).toBe(true);
    expect(shareIntervalHolds(ninetyFour, 1647, 1742)).toBe(false);
  });

  it('compares the ends exactly: 0.935 is in, 0.945 is out', () => {
    // 187 / 200 = 0.935 and 189 / 200 = 0.945 exactly.
    expect(shareIntervalHolds(ninetyFour, 187, 200)).toBe(true);
    expect(shareIntervalHolds(ninetyFour, 189, 200)).toBe(false);
    // "Over 80 %": 4 / 5 = 0.8 is not over 0.8.
    const over = publishedShareInterval({ min: 0.8, minExclusive: true, phrase: 'over 80 %' });
    expect(shareIntervalHolds(over, 4, 5)).toBe(false);
    expect(shareIntervalHolds(over, 2044, 2554)).toBe(true);
  });
});

describe('intersectShareInterval', () => {
  const ninetySeven = publishedShareInterval({ value: 0.97, phrase: '97 %' });

  it('keeps the published interval when the counts allow anything', () => {
    expect(intersectShareInterval(ninetySeven, 0, 1)).toEqual(ninetySeven);
  });

  it('narrows it to what the counts allow, an end from the counts being included', () => {
    // The counts allow [0.97, 0.98]: [0.97, 0.975).
    expect(intersectShareInterval(ninetySeven, 0.97, 0.98)).toEqual({
      min: 0.97,
      max: 0.975,
      minExclusive: false,
      maxExclusive: true,
    });
  });

  it('is null when the two cannot both hold', () => {
    expect(intersectShareInterval(ninetySeven, 0, 0.9)).toBeNull();
    expect(intersectShareInterval(ninetySeven, 0.98, 1)).toBeNull();
  });
});
