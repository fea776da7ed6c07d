import { pure } from '../core/pure.js';

/**
 * One category of the IMF Government Finance Statistics (GFSM 2014) classification of revenue.
 *
 * @category Model
 */
export interface GfsRevenueCategory {
  /** The GFS code, e.g. `'1112'`. */
  readonly code: string;
  /** The label as published, e.g. `'Payable by corporations and other enterprises'`. */
  readonly label: string;
}

/**
 * The revenue categories of the IMF GFSM 2014 classification that government payments by an
 * extractive company fall under, with their labels as published.
 *
 * @remarks
 * The codes and labels are copied from the GFS revenue classification reproduced in the World
 * Bank's metadata of SDG indicator 17.1.1 ("Disaggregation": "The detailed GFS revenue
 * classification structure in the annual questionnaire"), repository `worldbank/sdg-metadata`,
 * file `docs/metadata/en/17-1-1/DISAGGREGATION.md`. Only categories that can receive payments
 * from a company are listed (taxes 11, social contributions 12, other revenue 14); grants (13)
 * are left out. The EITI Summary Data Template (2019) classifies revenue streams with these
 * codes extended by an `E` suffix (e.g. `1112E1`); the library checks the form of such a code
 * and names its GFSM 2014 parent category (the digits before `E`), but does not ship the EITI
 * sub-category labels, which were not found in a source that could be checked.
 *
 * @example
 * ```ts
 * GFS_REVENUE_CATEGORIES.find((c) => c.code === '1112')?.label;
 * //=> 'Payable by corporations and other enterprises'
 * ```
 *
 * @category Model
 */
export const GFS_REVENUE_CATEGORIES: readonly GfsRevenueCategory[] = pure(() =>
  Object.freeze(
    (
      [
        ['11', 'Taxes'],
        ['111', 'Taxes on income, profits, and capital gains'],
        ['1111', 'Payable by individuals'],
        ['1112', 'Payable by corporations and other enterprises'],
        ['1113', 'Other'],
        ['112', 'Taxes on payroll and workforce'],
        ['113', 'Taxes on property'],
        ['1131', 'Recurrent taxes on immoveable property'],
        ['1132', 'Recurrent taxes on net wealth'],
        ['1133', 'Estate, inheritance, and gift taxes'],
        ['1135', 'Capital levies'],
        ['1136', 'Other recurrent taxes on property'],
        ['114', 'Taxes on goods and services'],
        ['1141', 'General taxes on goods and services'],
        ['11411', 'Value-added taxes'],
        ['11412', 'Sales taxes'],
        ['11413', 'Turnover and other general taxes on G & S'],
        ['11414', 'Taxes on financial and capital transactions'],
        ['1142', 'Excises'],
        ['1143', 'Profits of fiscal monopolies'],
        ['1144', 'Taxes on specific services'],
        ['1145', 'Taxes on use of goods and permission to use goods or perform activities'],
        ['11451', 'Motor vehicle taxes'],
        ['11452', 'Other'],
        ['1146', 'Other taxes on goods and services'],
        ['115', 'Taxes on international trade and transactions'],
        ['1151', 'Customs and other import duties'],
        ['1152', 'Taxes on exports'],
        ['1153', 'Profits of exports or import monopolies'],
        ['1154', 'Exchange profits'],
        ['1155', 'Exchange taxes'],
        ['1156', 'Other taxes on international trade and transactions'],
        ['116', 'Other taxes'],
        ['12', 'Social contributions'],
        ['121', 'Social security contributions'],
        ['1211', 'Employee contributions'],
        ['1212', 'Employer contributions'],
        ['1213', 'Self-employed or nonemployed contributions'],
        ['1214', 'Unallocable contributions'],
        ['122', 'Other social contributions'],
        ['1221', 'Employee contributions'],
        ['1222', 'Employer contributions'],
        ['1223', 'Imputed contributions'],
        ['14', 'Other revenue'],
        ['141', 'Property income'],
        ['1411', 'Interest'],
        ['1412', 'Dividends'],
        ['1413', 'Withdrawals of income from quasi-corporations'],
        ['1414', 'Property income from investment income disbursements'],
        ['1415', 'Rent'],
        ['1416', 'Reinvested earnings on foreign direct investment'],
        ['142', 'Sales of goods and services'],
        ['1421', 'Sales of market establishments'],
        ['1422', 'Administrative fees'],
        ['1423', 'Incidental sales by nonmarket establishements'],
        ['1424', 'Imputed sales of goods and services'],
        ['143', 'Fines, penalties, and forfeits'],
        ['144', 'Transfers not elsewhere classified'],
        ['1441', 'Current'],
        ['1442', 'Capital'],
      ] as const
    ).map(([code, label]) => Object.freeze({ code, label })),
  ),
);

/**
 * The form of a GFS revenue code as a payment record carries it: a GFSM 2014 code of taxes,
 * social contributions or other revenue (`11` to `14` and up to three more digits), optionally
 * followed by the EITI extension `E` and up to two digits (`1112E1`, `1415E`).
 *
 * @internal
 */
export const GFS_CODE_PATTERN: RegExp = /^1[1-4]\d{0,3}(?:E\d{0,2})?$/;

/**
 * The GFSM 2014 category of a GFS code: the category of the digits before an EITI `E` suffix,
 * or of the longest listed prefix of them.
 *
 * @param code - A GFS code, e.g. `'1112'` or `'1112E1'`.
 * @returns The category, or `undefined` when no listed category is a prefix of the code.
 *
 * @example
 * ```ts
 * gfsCategoryOf('1112E1')?.label;
 * //=> 'Payable by corporations and other enterprises'
 * gfsCategoryOf('99');
 * //=> undefined
 * ```
 *
 * @internal
 */
export function gfsCategoryOf(code: string): GfsRevenueCategory | undefined {
  const digits = code.split('E')[0] ?? '';
  for (let length = digits.length; length >= 2; length -= 1) {
    const found = GFS_REVENUE_CATEGORIES.find((c) => c.code === digits.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}
