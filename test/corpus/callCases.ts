// Functions of the library called with hostile arguments. A call either throws the ImpactError
// its TSDoc documents (the runner reads the `@throws` text of the function's file) or returns a
// result without NaN or Infinity anywhere. Messages are pinned where the case is about them.
import { expect } from 'vitest';
import { addMoney } from '../../src/core/addMoney.js';
import { allocateMoney } from '../../src/core/allocateMoney.js';
import { convertMoney } from '../../src/core/convertMoney.js';
import { convertQuantity } from '../../src/core/convertQuantity.js';
import type { CurrencyCode } from '../../src/core/currencies.js';
import { minorUnitsOf } from '../../src/core/minorUnitsOf.js';
import type { Money } from '../../src/core/money.js';
import { moneyFromDecimal } from '../../src/core/moneyFromDecimal.js';
import { periodDays } from '../../src/core/periodDays.js';
import type { MassUnit } from '../../src/core/quantity.js';
import { ratio } from '../../src/core/ratio.js';
import { sumMoney } from '../../src/core/sumMoney.js';
import { sumMoneyByCurrency } from '../../src/core/sumMoneyByCurrency.js';
import { toDecimalString } from '../../src/core/toDecimalString.js';
import { azGazetteer } from '../../src/data/az/index.js';
import { communityEngagementCoverage } from '../../src/indicators/community/communityEngagementCoverage.js';
import { costPerBeneficiary } from '../../src/indicators/community/costPerBeneficiary.js';
import { programBeneficiaries } from '../../src/indicators/community/programBeneficiaries.js';
import { resultProgress } from '../../src/indicators/community/resultProgress.js';
import { socialExpenditureDisclosure } from '../../src/indicators/community/socialExpenditureDisclosure.js';
import { type SroiOutcome, sroi } from '../../src/indicators/community/sroi.js';
import { containedMetal } from '../../src/indicators/deposits/containedMetal.js';
import { depositPipeline } from '../../src/indicators/deposits/depositPipeline.js';
import { productionSummary } from '../../src/indicators/deposits/productionSummary.js';
import { resourceReserveStatement } from '../../src/indicators/deposits/resourceReserveStatement.js';
import { projectEmployment } from '../../src/indicators/jobs/projectEmployment.js';
import { contractorShare } from '../../src/indicators/workforce/contractorShare.js';
import { diversityComposition } from '../../src/indicators/workforce/diversityComposition.js';
import { netEmploymentChange } from '../../src/indicators/workforce/netEmploymentChange.js';
import { newHireRate } from '../../src/indicators/workforce/newHireRate.js';
import { turnoverRate } from '../../src/indicators/workforce/turnoverRate.js';
import { DepositSchema, type ResourceEstimate } from '../../src/model/deposit.js';
import { JobProjectionSchema } from '../../src/model/jobProjection.js';
import type { Location } from '../../src/model/location.js';
import { ProductionRecordSchema } from '../../src/model/productionRecord.js';
import { SocialProgramSchema } from '../../src/model/socialProgram.js';
import { readEmployees } from '../../src/node/readEmployees.js';
import { ancestors } from '../../src/places/ancestors.js';
import { classifyLocality } from '../../src/places/classifyLocality.js';
import { createGazetteer } from '../../src/places/createGazetteer.js';
import { distanceKm } from '../../src/places/distanceKm.js';
import { districtOf } from '../../src/places/districtOf.js';
import { extendGazetteer } from '../../src/places/extendGazetteer.js';
import { normalizePlaceName } from '../../src/places/normalizePlaceName.js';
import { resolvePlace } from '../../src/places/resolvePlace.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { baseDataset } from '../fixtures/baseDataset.js';
import { makeAssessment, makeProgram, makeSite } from '../fixtures/builders.js';
import { workforce2024, year2024 } from '../fixtures/workforce2024.js';
import type { CallCase } from './corpusCase.js';
import { records } from './records.js';

const P = '[mining-impact]';
const azn = (amountMinor: number): Money => ({ amountMinor, currency: 'AZN' });
const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const fx = (rate: string) => ({ from: 'USD', to: 'AZN', rate, date: '2024-12-31' }) as const;

function throws(
  name: string,
  fn: string,
  call: () => unknown,
  code: NonNullable<CallCase['throws']>,
  message?: string,
): CallCase {
  return {
    kind: 'call',
    name,
    fn,
    call,
    throws: code,
    ...(message === undefined ? {} : { message }),
  };
}

function returns(
  name: string,
  fn: string,
  call: () => unknown,
  check?: (result: unknown) => void,
): CallCase {
  return { kind: 'call', name, fn, call, ...(check === undefined ? {} : { returns: check }) };
}

// --- core -------------------------------------------------------------------------------------

const core: CallCase[] = [
  throws(
    'ratio of NaN',
    'ratio',
    () => ratio(Number.NaN, 1),
    'INVALID_NUMBER',
    `${P} The value is not a finite number: ratio(NaN, 1)`,
  ),
  throws(
    'ratio over Infinity',
    'ratio',
    () => ratio(1, Number.POSITIVE_INFINITY),
    'INVALID_NUMBER',
    `${P} The value is not a finite number: ratio(1, Infinity)`,
  ),
  throws(
    'ratio that overflows (1e308 / 1e-308)',
    'ratio',
    () => ratio(1e308, 1e-308),
    'INVALID_NUMBER',
    `${P} The value is not a finite number: 1e+308 / 1e-308 overflows`,
  ),
  returns(
    'ratio of -0 over 5 is 0, not -0',
    'ratio',
    () => ratio(-0, 5),
    (r) => {
      expect(Object.is((r as { value: number }).value, 0)).toBe(true);
    },
  ),
  returns(
    'ratio over -0 has no value',
    'ratio',
    () => ratio(5, -0),
    (r) => {
      expect(r).toEqual({ numerator: 5, denominator: -0, value: null, reason: 'ZERO_DENOMINATOR' });
    },
  ),
  throws(
    'money from "1e309"',
    'moneyFromDecimal',
    () => moneyFromDecimal('1e309', 'AZN'),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: "1e309"`,
  ),
  throws(
    'money from "NaN"',
    'moneyFromDecimal',
    () => moneyFromDecimal('NaN', 'AZN'),
    'INVALID_AMOUNT',
  ),
  throws(
    'money from "Infinity"',
    'moneyFromDecimal',
    () => moneyFromDecimal('Infinity', 'AZN'),
    'INVALID_AMOUNT',
  ),
  throws(
    'money from " 1.00"',
    'moneyFromDecimal',
    () => moneyFromDecimal(' 1.00', 'AZN'),
    'INVALID_AMOUNT',
  ),
  throws(
    'money from "1,50"',
    'moneyFromDecimal',
    () => moneyFromDecimal('1,50', 'AZN'),
    'INVALID_AMOUNT',
  ),
  throws(
    'money from "=1+2" (a formula)',
    'moneyFromDecimal',
    () => moneyFromDecimal('=1+2', 'AZN'),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: "=1+2"`,
  ),
  throws(
    'money from a number instead of a string',
    'moneyFromDecimal',
    () => moneyFromDecimal(1.5 as unknown as string, 'AZN'),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: "1.5"`,
  ),
  throws(
    'money with three decimals in AZN',
    'moneyFromDecimal',
    () => moneyFromDecimal('1.234', 'AZN'),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: 1.234 has 3 fraction digits; AZN has 2`,
  ),
  throws(
    'money beyond the safe-integer range',
    'moneyFromDecimal',
    () => moneyFromDecimal('90071992547409.92', 'AZN'),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: 90071992547409.92 is beyond the safe-integer range`,
  ),
  returns(
    'money from "-0.00" is 0, not -0',
    'moneyFromDecimal',
    () => moneyFromDecimal('-0.00', 'AZN'),
    (m) => {
      expect(Object.is((m as Money).amountMinor, 0)).toBe(true);
    },
  ),
  throws(
    'money in currency "__proto__"',
    'moneyFromDecimal',
    () => moneyFromDecimal('1', '__proto__' as CurrencyCode),
    'UNKNOWN_CURRENCY',
    `${P} The currency is not an active ISO 4217 code with a minor unit: "__proto__"`,
  ),
  throws(
    'minor units of "constructor"',
    'minorUnitsOf',
    () => minorUnitsOf('constructor'),
    'UNKNOWN_CURRENCY',
  ),
  throws(
    'minor units of "toString"',
    'minorUnitsOf',
    () => minorUnitsOf('toString'),
    'UNKNOWN_CURRENCY',
  ),
  throws(
    'minor units of an obsolete currency (AZM)',
    'minorUnitsOf',
    () => minorUnitsOf('AZM'),
    'UNKNOWN_CURRENCY',
    `${P} The currency is not an active ISO 4217 code with a minor unit: "AZM"`,
  ),
  throws(
    'adding AZN and USD',
    'addMoney',
    () => addMoney(azn(1), usd(1)),
    'CURRENCY_MISMATCH',
    `${P} Amounts in different currencies cannot be combined without an exchange rate: AZN and USD`,
  ),
  throws(
    'adding past the safe-integer range',
    'addMoney',
    () => addMoney(azn(Number.MAX_SAFE_INTEGER), azn(1)),
    'UNSAFE_INTEGER',
    `${P} The result leaves the safe-integer range: 9007199254740991 + 1`,
  ),
  throws(
    'adding a fractional amount',
    'addMoney',
    () => addMoney(azn(1), azn(0.5)),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: 0.5 minor units is not a safe integer`,
  ),
  throws(
    'summing mixed currencies',
    'sumMoney',
    () => sumMoney([azn(1), usd(1)]),
    'CURRENCY_MISMATCH',
  ),
  throws(
    'summing nothing without a currency',
    'sumMoney',
    () => sumMoney([]),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: an empty list of amounts needs a currency`,
  ),
  throws('summing one NaN amount', 'sumMoney', () => sumMoney([azn(Number.NaN)]), 'INVALID_AMOUNT'),
  throws(
    'summing by currency past the safe range',
    'sumMoneyByCurrency',
    () => sumMoneyByCurrency([usd(1), azn(Number.MAX_SAFE_INTEGER), azn(1)]),
    'UNSAFE_INTEGER',
  ),
  returns(
    'summing by currency keeps currencies apart',
    'sumMoneyByCurrency',
    () => sumMoneyByCurrency([usd(1), azn(2), usd(3)]),
    (r) => {
      expect(r).toEqual([azn(2), usd(4)]);
    },
  ),
  throws(
    'allocating over no weights',
    'allocateMoney',
    () => allocateMoney(azn(100), []),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: allocateMoney needs at least one weight`,
  ),
  throws(
    'allocating over a negative weight',
    'allocateMoney',
    () => allocateMoney(azn(100), [1, -1]),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: allocation weight -1 is not a non-negative integer`,
  ),
  throws(
    'allocating over a NaN weight',
    'allocateMoney',
    () => allocateMoney(azn(100), [Number.NaN]),
    'INVALID_ARGUMENT',
  ),
  throws(
    'allocating over a fractional weight (33.33 %)',
    'allocateMoney',
    () => allocateMoney(azn(100), [33.33, 66.67]),
    'INVALID_ARGUMENT',
  ),
  throws(
    'allocating over zero weights',
    'allocateMoney',
    () => allocateMoney(azn(100), [0, 0]),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: allocation weights are all zero`,
  ),
  throws(
    'allocating a fractional amount',
    'allocateMoney',
    () => allocateMoney(azn(0.5), [1]),
    'INVALID_AMOUNT',
  ),
  returns(
    'allocating 100 qəpik as 33.33 + 33.33 + 33.34 %',
    'allocateMoney',
    () => allocateMoney(azn(100), [3333, 3333, 3334]),
    (r) => {
      // 100 × 3333 / 10000 = 33.33 → 33, twice; 100 × 3334 / 10000 = 33.34 → 33; one qəpik is
      // left and goes to the largest remainder (0.34, the third part): 33, 33, 34.
      expect(r).toEqual([azn(33), azn(33), azn(34)]);
    },
  ),
  returns(
    'allocating the largest safe amount',
    'allocateMoney',
    () => allocateMoney(azn(Number.MAX_SAFE_INTEGER), [1, 1]),
    (r) => {
      // 9,007,199,254,740,991 / 2 = 4,503,599,627,370,495.5: both get …495, the odd unit goes to
      // the first (equal remainders: the earlier part).
      expect(r).toEqual([azn(4_503_599_627_370_496), azn(4_503_599_627_370_495)]);
    },
  ),
  throws(
    'converting with a zero rate',
    'convertMoney',
    () => convertMoney(usd(100), fx('0')),
    'INVALID_RATE',
    `${P} The exchange rate is not a positive decimal string: "0"`,
  ),
  throws(
    'converting with a negative rate',
    'convertMoney',
    () => convertMoney(usd(100), fx('-1.7')),
    'INVALID_RATE',
  ),
  throws(
    'converting with a rate in exponent form',
    'convertMoney',
    () => convertMoney(usd(100), fx('1.7e0')),
    'INVALID_RATE',
  ),
  throws(
    'converting with a numeric rate',
    'convertMoney',
    () => convertMoney(usd(100), { ...fx('1'), rate: 1.7 as unknown as string }),
    'INVALID_RATE',
    `${P} The exchange rate is not a positive decimal string: "1.7"`,
  ),
  throws(
    'converting AZN with a USD rate',
    'convertMoney',
    () => convertMoney(azn(100), fx('1.7')),
    'CURRENCY_MISMATCH',
    `${P} Amounts in different currencies cannot be combined without an exchange rate: AZN amount with a USD rate`,
  ),
  throws(
    'converting past the safe range',
    'convertMoney',
    () => convertMoney(usd(Number.MAX_SAFE_INTEGER), fx('2')),
    'UNSAFE_INTEGER',
  ),
  throws(
    'converting a fractional amount',
    'convertMoney',
    () => convertMoney(usd(1.5), fx('1.7')),
    'INVALID_AMOUNT',
  ),
  throws(
    'formatting a fractional amount',
    'toDecimalString',
    () => toDecimalString(azn(1.5)),
    'INVALID_AMOUNT',
  ),
  throws(
    'formatting 1e21 minor units',
    'toDecimalString',
    () => toDecimalString(azn(1e21)),
    'INVALID_AMOUNT',
    `${P} The amount is not a valid decimal for its currency: 1e+21 minor units is not a safe integer`,
  ),
  returns(
    'formatting the most negative safe amount',
    'toDecimalString',
    () => toDecimalString(azn(Number.MIN_SAFE_INTEGER)),
    (r) => {
      expect(r).toBe('-90071992547409.91');
    },
  ),
  throws(
    'converting a negative mass',
    'convertQuantity',
    () => convertQuantity({ value: -1, unit: 't' }, 'g'),
    'INVALID_QUANTITY',
    `${P} The quantity is not a finite, non-negative number in a known unit: -1 t to g`,
  ),
  throws(
    'converting Infinity tonnes',
    'convertQuantity',
    () => convertQuantity({ value: Number.POSITIVE_INFINITY, unit: 't' }, 'g'),
    'INVALID_QUANTITY',
  ),
  throws(
    'converting to the unit "__proto__"',
    'convertQuantity',
    () => convertQuantity({ value: 1, unit: 't' }, '__proto__' as MassUnit),
    'INVALID_QUANTITY',
  ),
  throws(
    'converting from pounds',
    'convertQuantity',
    () => convertQuantity({ value: 1, unit: 'lb' as MassUnit }, 'g'),
    'INVALID_QUANTITY',
  ),
  throws(
    'days of an inverted period',
    'periodDays',
    () => periodDays({ start: '2024-12-31', end: '2024-01-01' }),
    'INVALID_PERIOD',
    `${P} The period ends before it starts: 2024-12-31 to 2024-01-01`,
  ),
  throws(
    'days of 2024-02-30 to 2024-03-01',
    'periodDays',
    () => periodDays({ start: '2024-02-30', end: '2024-03-01' }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-02-30"`,
  ),
];

// --- validation options -----------------------------------------------------------------------

const validation: CallCase[] = [
  throws(
    'validation on 2024-13-01',
    'validateDataset',
    () => validateDataset(baseDataset(), { now: '2024-13-01' }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: now: "2024-13-01"`,
  ),
  throws(
    'validation on a timestamp',
    'validateDataset',
    () => validateDataset(baseDataset(), { now: '2025-11-14T00:00:00Z' }),
    'INVALID_DATE',
  ),
  throws(
    'validation without options',
    'validateDataset',
    () => validateDataset(baseDataset(), undefined as never),
    'INVALID_DATE',
  ),
  throws(
    'validation with a gazetteer that is not a map',
    'validateDataset',
    () => validateDataset(baseDataset(), { now: '2025-11-14', gazetteer: { byId: {} as never } }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: gazetteer.byId must be a Map of locations by id`,
  ),
];

// --- places -----------------------------------------------------------------------------------

const location = (id: string, extra: Record<string, unknown> = {}): Location =>
  ({ id, kind: 'district', name: id, ...extra }) as Location;
const small = () =>
  createGazetteer([
    location('XX', { kind: 'country', capitalId: 'XX-CAP' }),
    location('XX-R1', { kind: 'economicRegion', parentId: 'XX' }),
    location('XX-D1', {
      parentId: 'XX-R1',
      point: { type: 'Point', coordinates: [46, 40] },
    }),
    location('XX-CAP', { kind: 'city', parentId: 'XX-R1' }),
  ]);

const places: CallCase[] = [
  throws(
    'a gazetteer from null',
    'createGazetteer',
    () => createGazetteer(null as never),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: the locations must be an iterable of Location`,
  ),
  throws(
    'a gazetteer from a string',
    'createGazetteer',
    () => createGazetteer('AZ-DAS' as never),
    'INVALID_ARGUMENT',
  ),
  throws(
    'a gazetteer with a location without a kind',
    'createGazetteer',
    () => createGazetteer([{ id: 'a', name: 'A' } as never]),
    'INVALID_LOCATION',
  ),
  throws(
    'a gazetteer with __proto__ in a location',
    'createGazetteer',
    () =>
      createGazetteer([JSON.parse('{"id":"a","kind":"village","name":"A","__proto__":{"x":1}}')]),
    'INVALID_LOCATION',
  ),
  throws(
    'a gazetteer with one id twice',
    'createGazetteer',
    () => createGazetteer([location('a'), location('a')]),
    'DUPLICATE_LOCATION',
    `${P} Two locations of a gazetteer share an id or an ISO 3166-2 code: id "a"`,
  ),
  throws(
    'a gazetteer with one ISO code twice',
    'createGazetteer',
    () =>
      createGazetteer([
        location('a', { iso3166_2: 'AZ-DAS' }),
        location('b', { iso3166_2: 'AZ-DAS' }),
      ]),
    'DUPLICATE_LOCATION',
  ),
  returns(
    'a gazetteer whose parents form a cycle: ancestors stop',
    'ancestors',
    () =>
      ancestors(
        createGazetteer([location('a', { parentId: 'b' }), location('b', { parentId: 'a' })]),
        'a',
      ),
    (r) => {
      expect((r as Location[]).map((l) => l.id)).toEqual(['b']);
    },
  ),
  returns(
    'the district of a location in a cycle',
    'districtOf',
    () =>
      districtOf(
        createGazetteer([
          location('a', { kind: 'village', parentId: 'b' }),
          location('b', { kind: 'village', parentId: 'a' }),
        ]),
        'a',
      ),
    (r) => {
      expect(r).toBeUndefined();
    },
  ),
  throws(
    'extending something that is not a gazetteer',
    'extendGazetteer',
    () => extendGazetteer({} as never, []),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: expected a Gazetteer (see createGazetteer)`,
  ),
  throws(
    'normalizing a number',
    'normalizePlaceName',
    () => normalizePlaceName(42 as never),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: a place name must be a string, got number`,
  ),
  returns(
    'normalizing 1 MB of letters',
    'normalizePlaceName',
    () => normalizePlaceName('Daşkəsən '.repeat(120_000)),
    (r) => {
      expect((r as string).length).toBeGreaterThan(0);
    },
  ),
  throws(
    'resolving null',
    'resolvePlace',
    () => resolvePlace(small(), null as never),
    'INVALID_ARGUMENT',
  ),
  returns(
    'resolving a name full of control characters',
    'resolvePlace',
    () => resolvePlace(small(), "\u0000\u202e=cmd|'/c calc'!A1"),
    (r) => {
      expect(r).toEqual([]);
    },
  ),
  returns(
    'resolving "__proto__"',
    'resolvePlace',
    () => resolvePlace(small(), '__proto__'),
    (r) => {
      expect(r).toEqual([]);
    },
  ),
  throws(
    'a locality policy of unknown kind',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'XX-D1', site: 'XX-D1' },
        { gazetteer: small(), policy: { kind: '__proto__' } as never },
      ),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: not a valid locality policy of kind "__proto__"`,
  ),
  throws(
    'a locality radius of NaN km',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'XX-D1', site: 'XX-D1' },
        { gazetteer: small(), policy: { kind: 'withinKm', km: Number.NaN } },
      ),
    'INVALID_ARGUMENT',
  ),
  throws(
    'a locality radius of -1 km',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'XX-D1', site: 'XX-D1' },
        { gazetteer: small(), policy: { kind: 'withinKm', km: -1 } },
      ),
    'INVALID_ARGUMENT',
  ),
  throws(
    'a listed-locations policy without locations',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'XX-D1', site: 'XX-D1' },
        {
          gazetteer: small(),
          policy: {
            kind: 'listedLocations',
            locationIds: [] as never,
          },
        },
      ),
    'INVALID_ARGUMENT',
  ),
  throws(
    'a null locality policy',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'XX-D1', site: 'XX-D1' },
        { gazetteer: small(), policy: null as never },
      ),
    'INVALID_ARGUMENT',
  ),
  returns(
    'classifying unknown places',
    'classifyLocality',
    () =>
      classifyLocality(
        { home: 'nowhere', site: 'constructor' },
        { gazetteer: small(), policy: { kind: 'sameDistrict' } },
      ),
    (r) => {
      expect(r).toBe('unknown');
    },
  ),
  throws(
    'a distance to a point at latitude 91',
    'distanceKm',
    () =>
      distanceKm({ type: 'Point', coordinates: [0, 0] }, { type: 'Point', coordinates: [0, 91] }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: the second point must be a GeoJSON Point with longitude in [-180, 180] and latitude in [-90, 90]`,
  ),
  throws(
    'a distance from a NaN longitude',
    'distanceKm',
    () =>
      distanceKm(
        { type: 'Point', coordinates: [Number.NaN, 0] },
        { type: 'Point', coordinates: [0, 0] },
      ),
    'INVALID_ARGUMENT',
  ),
  returns(
    'the distance between antipodes is finite',
    'distanceKm',
    () =>
      distanceKm({ type: 'Point', coordinates: [0, 0] }, { type: 'Point', coordinates: [180, 0] }),
    (r) => {
      // Half the circumference: π × 6,371.0088 km = 20,015.1 km.
      expect(r).toBeCloseTo(Math.PI * 6371.0088, 6);
    },
  ),
];

// --- indicators -------------------------------------------------------------------------------

const estimate = (grade: ResourceEstimate['grade'], oreTonnes = 1000): ResourceEstimate =>
  ({
    reportingCode: 'JORC',
    effectiveDate: '2024-12-31',
    category: 'indicated',
    commodity: 'gold',
    ore: { value: oreTonnes, unit: 't' },
    grade,
    sourceId: 'src-1',
  }) as ResourceEstimate;
const production = (n: number) => ProductionRecordSchema.parse(records.production(n));
const deposit = (n: number) => DepositSchema.parse(records.deposit(n));
const projection = () => JobProjectionSchema.parse(records.projection(1));
const program = (n: number) => SocialProgramSchema.parse(records.program(n));
const outcome: SroiOutcome = {
  quantity: 10,
  financialProxy: azn(10_000),
  deadweight: 0,
  attribution: 0,
  displacement: 0,
  dropOff: 0,
  durationYears: 1,
};
const inverted = { start: '2024-12-31', end: '2024-01-01' };

const indicators: CallCase[] = [
  throws(
    'contained metal at 101 %',
    'containedMetal',
    () => containedMetal(estimate({ value: 101, unit: '%' })),
    'INVALID_GRADE',
    `${P} The grade is not between 0 and 100 % (1,000,000 g/t): 101 %`,
  ),
  throws(
    'contained metal at 1,000,001 g/t',
    'containedMetal',
    () => containedMetal(estimate({ value: 1_000_001, unit: 'g/t' })),
    'INVALID_GRADE',
  ),
  throws(
    'contained metal at a NaN grade',
    'containedMetal',
    () => containedMetal(estimate({ value: Number.NaN, unit: 'g/t' })),
    'INVALID_GRADE',
  ),
  throws(
    'contained metal in ounces per ton',
    'containedMetal',
    () => containedMetal(estimate({ value: 1, unit: 'oz/t' as never })),
    'INVALID_GRADE',
  ),
  throws(
    'contained metal of 1e308 t at 100 %',
    'containedMetal',
    () => containedMetal(estimate({ value: 100, unit: '%' }, 1e308)),
    'INVALID_NUMBER',
  ),
  throws(
    'a production summary of an invalid record',
    'productionSummary',
    () => productionSummary([{ ...production(1), year: 1850 }]),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: records[0].year: Too small: expected number to be >=1900`,
  ),
  throws(
    'a production summary with one scope twice',
    'productionSummary',
    () => productionSummary([production(1), production(1)]),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: two production records of silver in 2021 for site site-hill, deposit dep-hill`,
  ),
  throws(
    'a production summary in the unit "__proto__"',
    'productionSummary',
    () => productionSummary([], { unit: '__proto__' as MassUnit }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: unknown unit __proto__`,
  ),
  throws(
    'a reserve statement as of 2024-1-1',
    'resourceReserveStatement',
    () => resourceReserveStatement([deposit(1)], { commodity: 'copper', asOf: '2024-1-1' }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-1-1"`,
  ),
  throws(
    'a reserve statement with one deposit twice',
    'resourceReserveStatement',
    () =>
      resourceReserveStatement([deposit(1), deposit(1)], {
        commodity: 'copper',
        asOf: '2024-12-31',
      }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: deposits: dep-1 appears twice`,
  ),
  throws(
    'a reserve statement of a deposit with a negative grade',
    'resourceReserveStatement',
    () =>
      resourceReserveStatement(
        [{ ...deposit(1), estimates: [estimate({ value: -1, unit: 'g/t' })] }],
        { commodity: 'gold', asOf: '2024-12-31' },
      ),
    'INVALID_ARGUMENT',
  ),
  returns(
    'a reserve statement with nothing to total',
    'resourceReserveStatement',
    () => resourceReserveStatement([], { commodity: 'gold', asOf: '2024-12-31' }),
    (r) => {
      expect((r as { breakdown: unknown[] }).breakdown).toEqual([]);
    },
  ),
  throws(
    'jobs with a Type I multiplier below 1',
    'projectEmployment',
    () =>
      projectEmployment({
        ...projection(),
        multipliers: { typeI: { low: 0.9, high: 1.2 }, sourceId: 'src-report' },
      } as never),
    'INVALID_MULTIPLIER',
    `${P} The multipliers would give negative or unordered jobs: a Type I multiplier is below 1 (Type I 0.9–1.2)`,
  ),
  throws(
    'jobs with Type II below Type I',
    'projectEmployment',
    () =>
      projectEmployment({
        ...projection(),
        multipliers: {
          typeI: { low: 1.3, high: 1.7 },
          typeII: { low: 1.2, high: 1.8 },
          sourceId: 'src-report',
        },
      } as never),
    'INVALID_MULTIPLIER',
  ),
  throws(
    'jobs through the year 10^9',
    'projectEmployment',
    () => projectEmployment(projection(), { throughYear: 1e9 }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: throughYear 1000000000`,
  ),
  throws(
    'jobs of a projection with NaN direct jobs',
    'projectEmployment',
    () =>
      projectEmployment({
        ...projection(),
        phases: [{ phase: 'operations', startYear: 2030, directJobs: Number.NaN }],
      } as never),
    'INVALID_ARGUMENT',
  ),
  returns(
    'jobs through 2200 of an open-ended phase stay finite',
    'projectEmployment',
    () => projectEmployment(projection(), { throughYear: 2200 }),
    (r) => {
      // Operations from 2029 through 2200: 172 years; construction 2027-2028: 2 years.
      const [operations, construction] = r as readonly { detail: { years: unknown[] } }[];
      expect(operations?.detail.years).toHaveLength(172);
      expect(construction?.detail.years).toHaveLength(2);
    },
  ),
  throws(
    'SROI at a discount rate of NaN',
    'sroi',
    () => sroi({ investment: azn(1), outcomes: [], discountRate: Number.NaN }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: discountRate must be in [0, 1], got NaN`,
  ),
  throws(
    'SROI at a discount rate of 150 %',
    'sroi',
    () => sroi({ investment: azn(1), outcomes: [], discountRate: 1.5 }),
    'INVALID_ARGUMENT',
  ),
  throws(
    'SROI of a negative quantity',
    'sroi',
    () => sroi({ investment: azn(1), outcomes: [{ ...outcome, quantity: -1 }], discountRate: 0 }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: outcomes[0].quantity must be a finite number >= 0`,
  ),
  throws(
    'SROI lasting 0 years',
    'sroi',
    () =>
      sroi({ investment: azn(1), outcomes: [{ ...outcome, durationYears: 0 }], discountRate: 0 }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: outcomes[0].durationYears must be an integer from 1 to 100`,
  ),
  throws(
    'SROI lasting 101 years',
    'sroi',
    () =>
      sroi({ investment: azn(1), outcomes: [{ ...outcome, durationYears: 101 }], discountRate: 0 }),
    'INVALID_ARGUMENT',
  ),
  throws(
    'SROI with a drop-off of -0.1',
    'sroi',
    () => sroi({ investment: azn(1), outcomes: [{ ...outcome, dropOff: -0.1 }], discountRate: 0 }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: outcomes[0].dropOff must be in [0, 1], got -0.1`,
  ),
  throws(
    'SROI with a proxy in USD',
    'sroi',
    () =>
      sroi({
        investment: azn(1),
        outcomes: [{ ...outcome, financialProxy: usd(1) }],
        discountRate: 0,
      }),
    'CURRENCY_MISMATCH',
    `${P} Amounts in different currencies cannot be combined without an exchange rate: outcomes[0].financialProxy is in USD, the investment in AZN`,
  ),
  throws(
    'SROI of 1e300 outcomes',
    'sroi',
    () =>
      sroi({ investment: azn(1), outcomes: [{ ...outcome, quantity: 1e300 }], discountRate: 0 }),
    'UNSAFE_INTEGER',
  ),
  returns(
    'SROI with rates exactly 0 and 1 and a 100-year outcome',
    'sroi',
    () =>
      sroi({
        investment: azn(1_000),
        outcomes: [{ ...outcome, deadweight: 1, durationYears: 100 }],
        discountRate: 1,
      }),
    (r) => {
      // A deadweight of 1: nothing is due to the program, every year is worth 0.
      expect((r as { detail: { presentValue: Money } }).detail.presentValue).toEqual(azn(0));
    },
  ),
  throws(
    'a hire rate over an inverted period',
    'newHireRate',
    () => newHireRate(workforce2024, { period: inverted }),
    'INVALID_PERIOD',
  ),
  throws(
    'a hire rate over an open period',
    'newHireRate',
    () => newHireRate(workforce2024, { period: { start: '2024-01-01' } }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: a rate needs a period with an end (the headcount is taken at the end)`,
  ),
  throws(
    'a turnover rate from 2024-02-30',
    'turnoverRate',
    () => turnoverRate(workforce2024, { period: { start: '2024-02-30', end: '2024-12-31' } }),
    'INVALID_DATE',
  ),
  throws(
    'a net change over an open period',
    'netEmploymentChange',
    () => netEmploymentChange(workforce2024, { period: { start: '2024-01-01' } }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: the net change needs a period with an end`,
  ),
  throws(
    'a net change up to 2024-12-32',
    'netEmploymentChange',
    () =>
      netEmploymentChange(workforce2024, { period: { start: '2024-01-01', end: '2024-12-32' } }),
    'INVALID_DATE',
  ),
  throws(
    'a contractor share of records without asOf',
    'contractorShare',
    () => contractorShare(workforce2024),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: contractorShare of records needs asOf`,
  ),
  throws(
    'a contractor share as of a number',
    'contractorShare',
    () => contractorShare(workforce2024, { asOf: 20241231 as never }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: asOf: number`,
  ),
  throws(
    'diversity as of an empty string',
    'diversityComposition',
    () => diversityComposition(workforce2024, { asOf: '' }),
    'INVALID_DATE',
  ),
  returns(
    'rates of an empty workforce have no value',
    'newHireRate',
    () => newHireRate([], { period: year2024 }),
    (r) => {
      expect((r as { value: unknown; reason: unknown }).value).toBeNull();
      expect((r as { reason: unknown }).reason).toBe('ZERO_DENOMINATOR');
    },
  ),
  throws(
    'engagement coverage as of 2024-13-01',
    'communityEngagementCoverage',
    () =>
      communityEngagementCoverage(
        { sites: [makeSite()], assessments: [makeAssessment()] },
        { asOf: '2024-13-01' },
      ),
    'INVALID_DATE',
  ),
  throws(
    'cost per beneficiary over an inverted period',
    'costPerBeneficiary',
    () => costPerBeneficiary([program(1)], { period: inverted }),
    'INVALID_PERIOD',
  ),
  throws(
    'social expenditure from 2024-00-01',
    'socialExpenditureDisclosure',
    () => socialExpenditureDisclosure([program(1)], { period: { start: '2024-00-01' } }),
    'INVALID_DATE',
  ),
  returns(
    'beneficiaries of no program',
    'programBeneficiaries',
    () => programBeneficiaries([]),
    (r) => {
      expect((r as { reason: unknown }).reason).toBe('MISSING_DATA');
    },
  ),
  returns(
    'progress towards a target equal to the baseline has no value',
    'resultProgress',
    () =>
      resultProgress([
        makeProgram({
          results: [
            {
              title: 't',
              measure: 'unit',
              baseline: 5,
              target: 5,
              actual: 7,
              period: { start: '2024-01-01' },
            },
          ],
        }),
      ]),
    (r) => {
      expect((r as readonly { reason: unknown }[])[0]?.reason).toBe('ZERO_DENOMINATOR');
    },
  ),
];

// A date argument of 10 kB is named in 40 characters, never repeated whole.
const longDate = `2024-${'1'.repeat(10_240)}`;
const longArguments: CallCase[] = [
  throws(
    'a reserve statement as of a 10 kB string',
    'resourceReserveStatement',
    () => resourceReserveStatement([], { commodity: 'gold', asOf: longDate }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: asOf: "${longDate.slice(0, 40)}"`,
  ),
  throws(
    'a deposit pipeline as of a 10 kB string',
    'depositPipeline',
    () => depositPipeline([], { asOf: longDate, gazetteer: azGazetteer }),
    'INVALID_DATE',
    `${P} The value is not a calendar date in YYYY-MM-DD form: asOf: "${longDate.slice(0, 40)}"`,
  ),
  throws(
    'validation on a 10 kB day',
    'validateDataset',
    () => validateDataset({}, { now: longDate }),
    'INVALID_DATE',
  ),
  throws(
    'money from a 10 kB decimal',
    'moneyFromDecimal',
    () => moneyFromDecimal(`1.${'0'.repeat(10_240)}`, 'AZN'),
    'INVALID_AMOUNT',
  ),
];

const files: CallCase[] = [
  throws(
    'employees read in an unknown format',
    'readEmployees',
    () => readEmployees('employees.xml', { format: 'xml' as never }),
    'INVALID_ARGUMENT',
    `${P} The argument is not valid for this function: format must be ndjson, csv or parquet, not xml`,
  ),
];

/** Every call case. */
export const callCases: readonly CallCase[] = [
  ...core,
  ...validation,
  ...places,
  ...indicators,
  ...longArguments,
  ...files,
];
