import { type LocalityPolicy, MoneySchema } from '../index.js';
import { asOfFrom, periodFrom } from './dateFlags.js';
import { type OutputFormat, outputFormat } from './outputFormat.js';
import { parseFlags } from './parseFlags.js';
import { parseLocality } from './parseLocality.js';
import { UsageError } from './usageError.js';

/**
 * The options of `report` as `parseArgs` takes them.
 *
 * @internal
 */
export const REPORT_FLAGS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  period: { type: 'string' },
  locality: { type: 'string' },
  currency: { type: 'string' },
  territories: { type: 'string' },
  'metal-unit': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The arguments of `report`, checked.
 *
 * @internal
 */
export interface ReportOptions {
  /** The input file; the bundled AzerGold dataset when not given. */
  readonly input: string | undefined;
  /** `--format`, or the format the extension of `--out` names; Markdown by default. */
  readonly format: OutputFormat;
  /** `--as-of`; by default the dataset's latest dated fact (the library's default). */
  readonly asOf: string | undefined;
  /** `--period`; by default the year of the as-of day, to that day. */
  readonly period: { readonly start: string; readonly end: string } | undefined;
  /** `--locality`, when given. */
  readonly localityPolicy: LocalityPolicy | undefined;
  /** `--currency`, when given. */
  readonly currency: string | undefined;
  /**
   * `--territories`; `undefined` for the default: the liberated territories for an Azerbaijani
   * dataset, none for another.
   */
  readonly territoryIds: readonly string[] | undefined;
  /** `--metal-unit`: the unit of contained metal (`oz` is read as troy ounces); tonnes by default. */
  readonly metalUnit: 't' | 'kg' | 'ozt';
  /** `--out`; stdout when not given. */
  readonly out: string | undefined;
}

/** `--currency`, an active ISO 4217 code of the bundled table, when given. */
function currencyFrom(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!MoneySchema.shape.currency.safeParse(value).success)
    throw new UsageError(`--currency: "${value.slice(0, 20)}" is not an ISO 4217 code such as AZN`);
  return value;
}

/** The units `--metal-unit` takes: `oz` is the troy ounce, the unit gold and silver are counted in. */
const METAL_UNITS: Readonly<Record<string, 't' | 'kg' | 'ozt'>> = { oz: 'ozt', t: 't', kg: 'kg' };

/** `--metal-unit oz|t|kg`, tonnes by default. */
function metalUnitFrom(value: string | undefined): 't' | 'kg' | 'ozt' {
  if (typeof value !== 'string') return 't';
  const unit = Object.hasOwn(METAL_UNITS, value) ? METAL_UNITS[value] : undefined;
  if (unit === undefined)
    throw new UsageError(`--metal-unit: "${value.slice(0, 20)}" is not one of oz, t, kg`);
  return unit;
}

/** `--territories`, comma-separated ids; `undefined` (the dataset's default) when absent. */
function territoriesFrom(value: string | undefined): readonly string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/**
 * Reads and checks the arguments of `report`, in the order of the flags' checks.
 *
 * @param args - The arguments after `report`.
 * @returns The options, or `'help'` when `--help` is given.
 * @throws UsageError for a wrong flag or value.
 * @internal
 */
export function reportOptions(args: readonly string[]): ReportOptions | 'help' {
  const { values, positionals } = parseFlags(args, REPORT_FLAGS);
  if (values.help === true) return 'help';
  if (positionals.length > 1)
    throw new UsageError(`report takes one input, not ${positionals.length}`);
  const format = outputFormat(values.format, values.out);
  const asOf = asOfFrom(values['as-of']);
  const period = periodFrom(values.period, asOf);
  const localityPolicy: LocalityPolicy | undefined =
    typeof values.locality === 'string' ? parseLocality(values.locality) : undefined;
  return {
    input: positionals[0],
    format,
    asOf,
    period,
    localityPolicy,
    currency: currencyFrom(values.currency),
    territoryIds: territoriesFrom(values.territories),
    metalUnit: metalUnitFrom(values['metal-unit']),
    out: values.out,
  };
}
