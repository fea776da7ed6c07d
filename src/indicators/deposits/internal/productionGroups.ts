import { ImpactError } from '../../../core/ImpactError.js';
import { GRAMS_PER_UNIT } from '../../../core/quantity.js';
import type { PartOfYear, ProductionRecord } from '../../../model/productionRecord.js';
import {
  addDecimal,
  type ExactDecimal,
  exactDecimal,
  multiplyDecimal,
} from '../../internal/exactDecimal.js';

/**
 * The stretch of a year a group is for: the whole year, or a quarter or half.
 *
 * @internal
 */
export type Part = 'year' | PartOfYear;

/**
 * The parts in row order within a year: the year, then each half followed by its quarters.
 *
 * @internal
 */
export const PART_ORDER: readonly Part[] = ['year', 'H1', 'Q1', 'Q2', 'H2', 'Q3', 'Q4'];

/** One record with its exact quantity in grams and its scope in words. */
interface Entry {
  readonly record: Readonly<ProductionRecord>;
  /** The quantity in grams, exactly. */
  readonly grams: ExactDecimal;
  readonly scope: string;
}

/**
 * The sum of the records of one commodity, year and part, broader records covering narrower ones.
 *
 * @internal
 */
export interface Group {
  readonly commodity: string;
  readonly year: number;
  readonly part: Part;
  /** The sum in grams of the records added. */
  readonly grams: ExactDecimal;
  /** The number of records added. */
  readonly added: number;
}

/**
 * The groups and what the notes need to say about their records.
 *
 * @internal
 */
export interface Grouped {
  /** The groups, by commodity, year and part in {@link PART_ORDER}. */
  readonly groups: readonly Group[];
  /** The records not added because a broader one covers them, in words. */
  readonly covered: readonly string[];
  /** The records' own notes, with where they are. */
  readonly recordNotes: readonly string[];
  /** The approximate records, with their phrases. */
  readonly approximate: readonly string[];
}

const ZERO: ExactDecimal = { digits: 0n, scale: 0 };

/** The quantity of a valid record in grams, as an exact decimal. */
function gramsOf(record: Readonly<ProductionRecord>): ExactDecimal {
  const { value, unit } = record.quantity;
  return multiplyDecimal(exactDecimal(value), exactDecimal(GRAMS_PER_UNIT[unit]));
}

/** The scope of a record in words: its site and deposit, or company-wide. */
function scopeOf(record: Readonly<ProductionRecord>): string {
  const parts = [
    ...(record.siteId === undefined ? [] : [`site ${record.siteId}`]),
    ...(record.depositId === undefined ? [] : [`deposit ${record.depositId}`]),
  ];
  return parts.length === 0 ? 'company-wide' : parts.join(', ');
}

/** Tells whether `broad` covers `narrow`: each scope field `broad` sets, `narrow` has too. */
function covers(broad: Readonly<ProductionRecord>, narrow: Readonly<ProductionRecord>): boolean {
  return (
    (broad.siteId === undefined || broad.siteId === narrow.siteId) &&
    (broad.depositId === undefined || broad.depositId === narrow.depositId)
  );
}

/**
 * A group's key: commodity, year and part.
 *
 * @internal
 */
export function groupKey(commodity: string, year: number, part: Part): string {
  return `${commodity}\u0000${year}\u0000${part}`;
}

/** The period of a group in words: `2024` or `2024 Q3`. */
function periodWords(year: number, part: Part): string {
  return part === 'year' ? String(year) : `${year} ${part}`;
}

/** The entries of each commodity, year and part, refusing two records of one scope. */
function entriesOf(records: readonly Readonly<ProductionRecord>[]): Map<string, Entry[]> {
  const byKey = new Map<string, Entry[]>();
  for (const record of records) {
    const part: Part = record.partOfYear ?? 'year';
    const key = groupKey(record.commodity, record.year, part);
    const entries = byKey.get(key) ?? [];
    byKey.set(key, entries);
    const scope = scopeOf(record);
    if (entries.some((e) => e.scope === scope)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `two production records of ${record.commodity} in ${periodWords(record.year, part)} for ${scope}`,
      );
    }
    entries.push({ record, grams: gramsOf(record), scope });
  }
  return byKey;
}

/**
 * Orders groups by commodity, then year, then part in {@link PART_ORDER}.
 *
 * @internal
 */
export function byCommodityYearPart(a: Group, b: Group): number {
  if (a.commodity !== b.commodity) return a.commodity < b.commodity ? -1 : 1;
  return a.year - b.year || PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part);
}

/**
 * Groups the records by commodity, year and part of the year, adding the records of a group
 * except those a broader record of the same group covers.
 *
 * @param records - The valid records.
 * @returns The groups, ordered, with the covered records, record notes and approximate figures.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` for two records of one commodity, period and
 * scope.
 * @internal
 */
export function groupRecords(records: readonly Readonly<ProductionRecord>[]): Grouped {
  const groups: Group[] = [];
  const covered: string[] = [];
  const recordNotes: string[] = [];
  const approximate: string[] = [];
  for (const entries of entriesOf(records).values()) {
    const first = entries[0] as Entry;
    const { commodity, year } = first.record;
    const part: Part = first.record.partOfYear ?? 'year';
    // Scopes are unique within a group: sorting by scope makes the notes independent of input order.
    const sorted = [...entries].sort((a, b) => (a.scope < b.scope ? -1 : 1));
    const added = sorted.filter(
      (e) => !sorted.some((other) => other !== e && covers(other.record, e.record)),
    );
    for (const e of sorted) {
      const where = `${commodity} ${periodWords(year, part)} (${e.scope})`;
      if (!added.includes(e)) covered.push(where);
      if (e.record.note !== undefined) recordNotes.push(`${where}: ${e.record.note}`);
      const { quantity } = e.record;
      if (added.includes(e) && quantity.approximately === true) {
        approximate.push(`${where} published as "${quantity.phrase ?? 'approximately'}"`);
      }
    }
    // An exact sum: it does not depend on the order of the input.
    const grams = added.reduce((sum, e) => addDecimal(sum, e.grams), ZERO);
    groups.push({ commodity, year, part, grams, added: added.length });
  }
  return { groups: groups.sort(byCommodityYearPart), covered, recordNotes, approximate };
}
