// Hostile values for schemas a dataset does not hold at the top level (timestamps) or that users
// parse on their own (money, bounds, ranges, ids, locality policies). Paths are relative to the
// value; codes are those validateDataset would report.
import type * as z from 'zod';
import { BoundsSchema } from '../../src/core/bounds.js';
import { CalendarDateSchema } from '../../src/core/calendarDate.js';
import { CountSchema } from '../../src/core/count.js';
import { CurrencyCodeSchema } from '../../src/core/currencies.js';
import { FxRateSchema } from '../../src/core/fxRate.js';
import { IdSchema } from '../../src/core/ids.js';
import { MoneySchema } from '../../src/core/money.js';
import { QuantitySchema } from '../../src/core/quantity.js';
import { RangeSchema } from '../../src/core/range.js';
import { TimestampSchema } from '../../src/core/timestamp.js';
import { GeoPointSchema } from '../../src/model/geoPoint.js';
import { HttpUrlSchema } from '../../src/model/httpUrl.js';
import { LocalityPolicySchema } from '../../src/model/localityPolicy.js';
import type { ExpectedIssue, ValueCase } from './corpusCase.js';

function value(
  name: string,
  schema: z.ZodType,
  input: unknown,
  issues: readonly (readonly [ExpectedIssue['code'], string])[] = [],
): ValueCase {
  return {
    kind: 'value',
    name,
    schema,
    input,
    issues: issues.map(([code, path]) => ({ code, path })),
  };
}

const timestamps: ValueCase[] = [
  value('timestamp with Z', TimestampSchema, '2025-11-14T10:00:00Z'),
  value('timestamp with +04:00', TimestampSchema, '2025-11-14T10:00:00+04:00'),
  value('timestamp with milliseconds', TimestampSchema, '2025-11-14T10:00:00.123Z'),
  value('timestamp without an offset', TimestampSchema, '2025-11-14T10:00:00', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp without seconds or offset', TimestampSchema, '2025-11-14T10:00', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp with a space instead of T', TimestampSchema, '2025-11-14 10:00:00Z', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp at hour 24', TimestampSchema, '2025-11-14T24:00:00Z', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp on 2025-02-29', TimestampSchema, '2025-02-29T10:00:00Z', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp with an offset of +25:00', TimestampSchema, '2025-11-14T10:00:00+25:00', [
    ['schema.invalid_format', ''],
  ]),
  value('timestamp as a date only', TimestampSchema, '2025-11-14', [['schema.invalid_format', '']]),
  value('timestamp as epoch milliseconds', TimestampSchema, 1_763_114_400_000, [
    ['schema.invalid_type', ''],
  ]),
  value('timestamp with a trailing line break', TimestampSchema, '2025-11-14T10:00:00Z\n', [
    ['schema.invalid_format', ''],
  ]),
];

const dates: ValueCase[] = [
  value('date 2024-02-29', CalendarDateSchema, '2024-02-29'),
  value('date 2023-02-29', CalendarDateSchema, '2023-02-29', [['schema.invalid_format', '']]),
  value('date 2100-02-29 (not a leap year)', CalendarDateSchema, '2100-02-29', [
    ['schema.invalid_format', ''],
  ]),
  value('date 0000-01-01', CalendarDateSchema, '0000-01-01'),
  value('date 10000-01-01', CalendarDateSchema, '10000-01-01', [['schema.invalid_format', '']]),
  value('date null', CalendarDateSchema, null, [['schema.invalid_type', '']]),
];

const money: ValueCase[] = [
  value('money with an extra key', MoneySchema, { amountMinor: 1, currency: 'AZN', note: 'x' }, [
    ['schema.unrecognized_keys', '/note'],
  ]),
  value(
    'money with a float amount and an unknown currency',
    MoneySchema,
    { amountMinor: 0.5, currency: 'ZZZ' },
    [
      ['schema.invalid_type', '/amountMinor'],
      ['schema.invalid_value', '/currency'],
    ],
  ),
  value('currency "__proto__"', CurrencyCodeSchema, '__proto__', [['schema.invalid_value', '']]),
  value('currency "toString"', CurrencyCodeSchema, 'toString', [['schema.invalid_value', '']]),
  value('an exchange rate with leading zeros', FxRateSchema, {
    from: 'USD',
    to: 'AZN',
    rate: '001.70',
    date: '2024-12-31',
  }),
  value(
    'an exchange rate of 16 integer digits',
    FxRateSchema,
    { from: 'USD', to: 'AZN', rate: '1234567890123456', date: '2024-12-31' },
    [['schema.invalid_format', '/rate']],
  ),
  value('a quantity in pounds', QuantitySchema, { value: 1, unit: 'lb' }, [
    ['schema.invalid_value', '/unit'],
  ]),
  value('a quantity of -0 tonnes', QuantitySchema, { value: -0, unit: 't' }),
];

const figures: ValueCase[] = [
  value('bounds with NaN', BoundsSchema, { min: Number.NaN }, [['schema.invalid_type', '/min']]),
  value('bounds 5..1', BoundsSchema, { min: 5, max: 1 }, [['bounds.min_above_max', '/max']]),
  value('bounds without a bound', BoundsSchema, { phrase: 'many' }, [['bounds.empty', '']]),
  value('bounds with a 501-character phrase', BoundsSchema, { min: 1, phrase: 'p'.repeat(501) }, [
    ['schema.too_big', '/phrase'],
  ]),
  value('a count of 2^53', CountSchema, 2 ** 53, [['schema.too_big', '']]),
  value('a count with bounds in strings', CountSchema, { min: '1', max: '2' }, [
    ['schema.invalid_type', '/min'],
    ['schema.invalid_type', '/max'],
  ]),
  value('a range 3..1', RangeSchema, { low: 3, high: 1 }, [['range.unordered', '/high']]),
  value('a range with its centre outside', RangeSchema, { low: 1, central: 5, high: 3 }, [
    ['range.unordered', '/central'],
  ]),
  value('a range of Infinity', RangeSchema, { low: 0, high: Number.POSITIVE_INFINITY }, [
    ['schema.invalid_type', '/high'],
  ]),
];

const places: ValueCase[] = [
  value(
    'a point with three coordinates',
    GeoPointSchema,
    { type: 'Point', coordinates: [46, 40, 1000] },
    [['schema.too_big', '/coordinates']],
  ),
  value('a point at longitude 181', GeoPointSchema, { type: 'Point', coordinates: [181, 40] }, [
    ['schema.too_big', '/coordinates/0'],
  ]),
  value('a point given as a polygon', GeoPointSchema, { type: 'Polygon', coordinates: [46, 40] }, [
    ['schema.invalid_value', '/type'],
  ]),
  value('a radius of 0 km', LocalityPolicySchema, { kind: 'withinKm', km: 0 }, [
    ['schema.too_small', '/km'],
  ]),
  value(
    'a locality policy of the unknown kind sameVillage',
    LocalityPolicySchema,
    { kind: 'sameVillage' },
    [['schema.invalid_union', '/kind']],
  ),
  value('a locality policy without kind', LocalityPolicySchema, { km: 5 }, [
    ['schema.invalid_union', '/kind'],
  ]),
  value(
    'listed locations with a bad id',
    LocalityPolicySchema,
    { kind: 'listedLocations', locationIds: ['AZ DAS'] },
    [['schema.invalid_format', '/locationIds/0']],
  ),
];

const strings: ValueCase[] = [
  value('an id with a zero-width space', IdSchema, 'AZ\u200bDAS', [['schema.invalid_format', '']]),
  value('an id of Cyrillic look-alikes', IdSchema, 'АZ-DAS', [['schema.invalid_format', '']]),
  value('an id starting with "="', IdSchema, '=cmd', [['schema.invalid_format', '']]),
  value('a javascript: URL', HttpUrlSchema, 'javascript:alert(1)', [['schema.invalid_format', '']]),
  value('a data: URL', HttpUrlSchema, 'data:text/html,<script>', [['schema.invalid_format', '']]),
  value('a URL with a space', HttpUrlSchema, 'https://example.com/a b', [
    ['schema.invalid_format', ''],
  ]),
  value('a URL with credentials', HttpUrlSchema, 'https://user:pass@example.com/', [
    ['schema.invalid_format', ''],
  ]),
  value('a URL of 2,001 characters', HttpUrlSchema, `https://example.com/${'a'.repeat(1981)}`, [
    ['schema.too_big', ''],
  ]),
];

/** Every value case. */
export const valueCases: readonly ValueCase[] = [
  ...timestamps,
  ...dates,
  ...money,
  ...figures,
  ...places,
  ...strings,
];
