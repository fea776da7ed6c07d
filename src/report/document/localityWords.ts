import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { resultStatus } from '../resultStatus.js';

/**
 * A locality policy in words: `{ kind: 'withinKm', km: 50 }` → `'home within 50 km of the site'`.
 *
 * @param policy - The policy.
 * @param fmt - The formatter of the numbers.
 * @returns The words.
 *
 * @example
 * ```ts
 * policyWords({ kind: 'sameDistrict' }, numberFormatter('en'));
 * //=> 'home in the same district (or first-level city) as the site'
 * ```
 *
 * @internal
 */
export function policyWords(policy: Readonly<LocalityPolicy>, fmt: NumberFormatter): string {
  switch (policy.kind) {
    case 'sameDistrict':
      return 'home in the same district (or first-level city) as the site';
    case 'sameEconomicRegion':
      return 'home in the same economic region as the site';
    case 'withinKm':
      return `home within ${fmt.number(policy.km)} km of the site`;
    case 'listedLocations':
      return `home in or under ${policy.locationIds.join(', ')}`;
    default:
      return policy.capitalIds.length === 0
        ? 'home outside the capital (from the regions)'
        : `home outside the capital (${policy.capitalIds.join(', ')})`;
  }
}

/** The origin indicators whose definitions say whom they count, with the definition's field. */
const ORIGIN_DEFINITIONS: readonly (readonly [string, string, string])[] = [
  ['workforce.regionalOriginShare', 'regions', 'from the regions'],
  ['workforce.hostCountryNationalShare', 'hostCountry', 'host-country nationals'],
];

/**
 * The definition of "local" in force, in words: the report's locality policy (or none), what
 * the data says (the facts `workforce.<i>.locality`), and whom the reported origin figures
 * count (people from the regions: outside the capital; host-country nationals), with the day
 * of the summary they come from.
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers and dates.
 * @returns One sentence without its full stop.
 *
 * @example
 * ```ts
 * localityWords(report, numberFormatter('en'));
 * ```
 *
 * @internal
 */
export function localityWords(report: Readonly<ImpactReport>, fmt: NumberFormatter): string {
  const policy = report.localityPolicy;
  const own =
    policy === null
      ? 'none given for the report'
      : `${policyWords(policy, fmt)} (the report's locality policy)`;
  const data = report.facts.filter((f) => /^workforce\.\d+\.locality$/.test(f.id));
  const inData =
    data.length === 0
      ? 'the data gives no definition of "local"'
      : `in the data: ${data.map((f) => f.statement.replace(/\.$/, '')).join('; ')}`;
  const counted: string[] = [];
  for (const [id, field, who] of ORIGIN_DEFINITIONS) {
    // Only a figure the report gives says whom it counts.
    const result = report.indicators.find(
      (r) =>
        r.indicatorId === id &&
        typeof r.definitions[field] === 'string' &&
        resultStatus(r) === 'reported',
    );
    if (result === undefined) continue;
    const asOf = result.definitions.asOf;
    const when = typeof asOf === 'string' ? ` (workforce summary of ${fmt.date(asOf)})` : '';
    counted.push(`"${who}" means ${String(result.definitions[field])}${when}`);
  }
  return [own, inData, ...counted].join('; ');
}
