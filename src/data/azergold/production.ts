import type { ImpactDatasetInput } from '../../model/impactDataset.js';

const NOTE =
  'Company-wide figure as quoted by the press, in troy ounces; whether it counts metal in doré or ' +
  'refined bullion is not stated.';

/**
 * AzerGold's gold and silver production by calendar year, as the company's figures were quoted.
 *
 * @remarks
 * Only years with a published figure: 2019, 2021, 2022 and 2023. Left out: 2017, 2018 and 2020,
 * whose figures are only derived from growth rates (and for 2020 the growth rates of two sources
 * conflict); 2024, for which only January to September is published (48,700 oz of gold and
 * 69,200 oz of silver) and a full-year record would overstate what is known; 2025, a forecast
 * ("slightly over 71,000" oz of gold).
 *
 * @internal
 */
export const productionInputs: NonNullable<ImpactDatasetInput['production']> = [
  {
    year: 2019,
    commodity: 'gold',
    quantity: { value: 55_200, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-abc-41764'],
  },
  {
    year: 2019,
    commodity: 'silver',
    quantity: { value: 103_000, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-abc-41764'],
  },
  {
    year: 2021,
    commodity: 'gold',
    quantity: { value: 61_500, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-trend-3551673', 'src-today-215318'],
  },
  {
    year: 2021,
    commodity: 'silver',
    quantity: { value: 134_400, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-trend-3551673', 'src-today-215318'],
  },
  {
    year: 2022,
    commodity: 'gold',
    quantity: { value: 62_100, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-metbuat-1463183'],
  },
  {
    year: 2022,
    commodity: 'silver',
    quantity: { value: 223_100, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-metbuat-1463183'],
  },
  {
    year: 2023,
    commodity: 'gold',
    quantity: { value: 63_700, unit: 'ozt' },
    note: `${NOTE} A record year for gold, per the source.`,
    sourceIds: ['src-trend-3855092'],
  },
  {
    year: 2023,
    commodity: 'silver',
    quantity: { value: 114_300, unit: 'ozt' },
    note: NOTE,
    sourceIds: ['src-trend-3855092'],
  },
];
