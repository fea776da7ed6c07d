import { appendAll } from '../../../core/appendAll.js';
import { convertQuantity } from '../../../core/convertQuantity.js';
import { approximateNote } from '../../../core/count.js';
import type { MassUnit, Quantity } from '../../../core/quantity.js';
import type { Grade, ResourceEstimate } from '../../../model/deposit.js';
import { containedMetal } from '../containedMetal.js';
import { figureText } from './figureText.js';

/**
 * The ore (tonnes) and contained metal (in the statement's metal unit) of an estimate line, a
 * deposit's category or a row; `null` where not stated.
 *
 * @internal
 */
export interface Figures {
  /** Ore in tonnes, or `null` when not published. */
  readonly ore: number | null;
  /** Contained metal in the metal unit, or `null` when neither published nor computable. */
  readonly metal: number | null;
  /** Whether a line behind the figures states no ore (so `ore` leaves it out). */
  readonly oreLeftOut: boolean;
  /** Whether a line behind the figures has no metal (so `metal` leaves it out). */
  readonly metalLeftOut: boolean;
}

/**
 * What a line's notes name: the deposit, the code and the category in words, and the metal unit.
 *
 * @internal
 */
export interface LineWhere {
  readonly depositId: string;
  readonly label: string;
  readonly metalUnit: MassUnit;
}

/** Grams per tonne of ore for a g/t grade, or per 100 for a percent grade. */
function perTonneOf(grade: Readonly<Grade>): number {
  return grade.unit === 'g/t' ? 1_000_000 : 100;
}

/**
 * The interval a grade published with `d` decimals stands for: ± half a unit of its last decimal
 * (2.04 g/t → 2.035 to 2.045 g/t), read from the number as stored (a JSON 3.40 is 3.4).
 *
 * @internal
 */
export function gradeRounding(value: number): readonly [number, number] {
  const text = String(value);
  if (text.includes('e')) return [value, value];
  const decimals = (text.split('.')[1] ?? '').length;
  const half = 0.5 * 10 ** -decimals;
  return [Math.max(0, value - half), value + half];
}

/**
 * The interval a published whole figure stands for, read as rounded to its last non-zero digit:
 * ± half the largest power of ten that divides it (880,000 oz → 875,000 to 885,000 oz; 777,000 oz
 * → 776,500 to 777,500 oz); a figure with decimals is ± half a unit of its last decimal.
 *
 * @internal
 */
export function figureRounding(value: number): readonly [number, number] {
  if (!Number.isInteger(value) || value === 0) return gradeRounding(value);
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return [value - unit / 2, value + unit / 2];
}

/**
 * The note when the published metal, within its own rounding, lies outside what ore × the
 * rounded grade allows.
 */
function roundingNote(
  line: Readonly<ResourceEstimate>,
  where: LineWhere,
  published: number,
  computed: number,
): string | undefined {
  const { ore, grade, containedMetal: metal } = line;
  if (ore === undefined || grade === undefined || metal === undefined) return undefined;
  const oreTonnes = convertQuantity(ore, 't').value;
  const [low, high] = gradeRounding(grade.value);
  const toUnit = (g: number): number =>
    convertQuantity({ value: (oreTonnes * g) / perTonneOf(grade), unit: 't' }, where.metalUnit)
      .value;
  const [lowMetal, highMetal] = [toUnit(low), toUnit(high)];
  const [lowPublished, highPublished] = figureRounding(metal.value).map(
    (value) => convertQuantity({ value, unit: metal.unit }, where.metalUnit).value,
  ) as [number, number];
  // A relative tolerance of 1e-9 absorbs the rounding of doubles, never a published difference.
  if (highPublished >= lowMetal * (1 - 1e-9) && lowPublished <= highMetal * (1 + 1e-9)) {
    return undefined;
  }
  const unit = where.metalUnit;
  return `${where.depositId} ${where.label} (${line.effectiveDate}): published contained ${line.commodity} ${figureText(published)} ${unit}; ore × grade gives ${figureText(computed)} ${unit} (${figureText(oreTonnes)} t × ${grade.value} ${grade.unit}), outside the rounding of the published grade (${figureText(low)} to ${figureText(high)} ${grade.unit}: ${figureText(lowMetal)} to ${figureText(highMetal)} ${unit}) and of the published figure (${figureText(lowPublished)} to ${figureText(highPublished)} ${unit}); the published figure is used.`;
}

/** The approximate notes of a line's ore and published metal. */
function approximateNotes(line: Readonly<ResourceEstimate>, where: LineWhere): string[] {
  const marked: [string, Quantity | undefined][] = [
    ['ore', line.ore],
    [`contained ${line.commodity}`, line.containedMetal],
  ];
  return marked.flatMap(([what, quantity]) =>
    quantity?.approximately === true
      ? [
          approximateNote(
            `${where.depositId} ${where.label} ${what}`,
            quantity.phrase ?? `${quantity.value} ${quantity.unit}, approximately`,
          ),
        ]
      : [],
  );
}

/**
 * The figures of one estimate line: its ore in tonnes, and its contained metal in the metal unit,
 * the published figure when there is one, else ore × grade; with the notes it calls for (a
 * published metal outside the rounding of the grade, approximate figures).
 *
 * @param line - The estimate line.
 * @param where - The deposit and the label of its code and category, and the metal unit.
 * @param notes - Receives the line's notes.
 * @returns The figures (`null` where not stated).
 * @throws {@link ImpactError} as {@link containedMetal} for an unusable grade.
 * @internal
 */
export function lineFigures(
  line: Readonly<ResourceEstimate>,
  where: LineWhere,
  notes: string[],
): Figures {
  const ore = line.ore === undefined ? null : convertQuantity(line.ore, 't').value;
  const computed =
    line.ore === undefined || line.grade === undefined
      ? null
      : convertQuantity({ value: containedMetal(line).tonnes, unit: 't' }, where.metalUnit).value;
  const published =
    line.containedMetal === undefined
      ? null
      : convertQuantity(line.containedMetal, where.metalUnit).value;
  if (published !== null && computed !== null) {
    const note = roundingNote(line, where, published, computed);
    if (note !== undefined) notes.push(note);
  }
  appendAll(notes, approximateNotes(line, where));
  const metal = published ?? computed;
  return { ore, metal, oreLeftOut: ore === null, metalLeftOut: metal === null };
}

/**
 * Adds two figures: a side `null` in both stays `null`, and what either left out stays left out.
 *
 * @internal
 */
export function addFigures(a: Readonly<Figures>, b: Readonly<Figures>): Figures {
  const add = (x: number | null, y: number | null): number | null =>
    x === null ? y : y === null ? x : x + y;
  return {
    ore: add(a.ore, b.ore),
    metal: add(a.metal, b.metal),
    oreLeftOut: a.oreLeftOut || b.oreLeftOut,
    metalLeftOut: a.metalLeftOut || b.metalLeftOut,
  };
}
