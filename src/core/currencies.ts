import * as z from 'zod';
import { pure } from './pure.js';

/**
 * The minor unit (number of decimal places) of every active ISO 4217 currency.
 *
 * @remarks
 * The codes are those of the ISO 4217 list as shipped in Debian's `iso-codes` 4.15.0, without
 * the codes that have no minor unit (precious metals, bond units, `XDR`, `XSU`, `XUA`, `XTS`,
 * `XXX`). The minor units follow ISO 4217 ("list one"), not `Intl.NumberFormat`, which differs
 * for some currencies (for example `IQD` has 3 in ISO 4217, 0 in common `Intl` data).
 * 168 currencies: 17 with 0 decimals, 7 with 3 (`BHD`, `IQD`, `JOD`, `KWD`, `LYD`,
 * `OMR`, `TND`), 2 with 4 (`CLF`, `UYW`), the rest with 2.
 *
 * @example
 * ```ts
 * currencyMinorUnits.AZN;
 * //=> 2
 * currencyMinorUnits.KWD;
 * //=> 3
 * ```
 *
 * @category Money
 */
export const currencyMinorUnits = pure(() =>
  Object.freeze({
    AED: 2,
    AFN: 2,
    ALL: 2,
    AMD: 2,
    ANG: 2,
    AOA: 2,
    ARS: 2,
    AUD: 2,
    AWG: 2,
    AZN: 2,
    BAM: 2,
    BBD: 2,
    BDT: 2,
    BGN: 2,
    BHD: 3,
    BIF: 0,
    BMD: 2,
    BND: 2,
    BOB: 2,
    BOV: 2,
    BRL: 2,
    BSD: 2,
    BTN: 2,
    BWP: 2,
    BYN: 2,
    BZD: 2,
    CAD: 2,
    CDF: 2,
    CHE: 2,
    CHF: 2,
    CHW: 2,
    CLF: 4,
    CLP: 0,
    CNY: 2,
    COP: 2,
    COU: 2,
    CRC: 2,
    CUC: 2,
    CUP: 2,
    CVE: 2,
    CZK: 2,
    DJF: 0,
    DKK: 2,
    DOP: 2,
    DZD: 2,
    EGP: 2,
    ERN: 2,
    ETB: 2,
    EUR: 2,
    FJD: 2,
    FKP: 2,
    GBP: 2,
    GEL: 2,
    GHS: 2,
    GIP: 2,
    GMD: 2,
    GNF: 0,
    GTQ: 2,
    GYD: 2,
    HKD: 2,
    HNL: 2,
    HRK: 2,
    HTG: 2,
    HUF: 2,
    IDR: 2,
    ILS: 2,
    INR: 2,
    IQD: 3,
    IRR: 2,
    ISK: 0,
    JMD: 2,
    JOD: 3,
    JPY: 0,
    KES: 2,
    KGS: 2,
    KHR: 2,
    KMF: 0,
    KPW: 2,
    KRW: 0,
    KWD: 3,
    KYD: 2,
    KZT: 2,
    LAK: 2,
    LBP: 2,
    LKR: 2,
    LRD: 2,
    LSL: 2,
    LYD: 3,
    MAD: 2,
    MDL: 2,
    MGA: 2,
    MKD: 2,
    MMK: 2,
    MNT: 2,
    MOP: 2,
    MRU: 2,
    MUR: 2,
    MVR: 2,
    MWK: 2,
    MXN: 2,
    MXV: 2,
    MYR: 2,
    MZN: 2,
    NAD: 2,
    NGN: 2,
    NIO: 2,
    NOK: 2,
    NPR: 2,
    NZD: 2,
    OMR: 3,
    PAB: 2,
    PEN: 2,
    PGK: 2,
    PHP: 2,
    PKR: 2,
    PLN: 2,
    PYG: 0,
    QAR: 2,
    RON: 2,
    RSD: 2,
    RUB: 2,
    RWF: 0,
    SAR: 2,
    SBD: 2,
    SCR: 2,
    SDG: 2,
    SEK: 2,
    SGD: 2,
    SHP: 2,
    SLE: 2,
    SLL: 2,
    SOS: 2,
    SRD: 2,
    SSP: 2,
    STN: 2,
    SVC: 2,
    SYP: 2,
    SZL: 2,
    THB: 2,
    TJS: 2,
    TMT: 2,
    TND: 3,
    TOP: 2,
    TRY: 2,
    TTD: 2,
    TWD: 2,
    TZS: 2,
    UAH: 2,
    UGX: 0,
    USD: 2,
    USN: 2,
    UYI: 0,
    UYU: 2,
    UYW: 4,
    UZS: 2,
    VED: 2,
    VES: 2,
    VND: 0,
    VUV: 0,
    WST: 2,
    XAF: 0,
    XCD: 2,
    XOF: 0,
    XPF: 0,
    YER: 2,
    ZAR: 2,
    ZMW: 2,
    ZWL: 2,
  } as const),
);

/**
 * An ISO 4217 currency code known to the bundled minor-unit table, e.g. `'AZN'`.
 *
 * @remarks
 * One of the keys of the bundled table; unknown codes are rejected. The inferred type is the
 * union of the codes, so a typo is a compile-time error.
 *
 * @example
 * ```ts
 * CurrencyCodeSchema.parse('AZN');
 * //=> 'AZN'
 * CurrencyCodeSchema.safeParse('ABC').success;
 * //=> false
 * ```
 *
 * @category Money
 */
export const CurrencyCodeSchema: z.ZodEnum<CurrencyCodeValues> = pure(() =>
  z.enum(
    Object.keys(currencyMinorUnits) as [
      keyof typeof currencyMinorUnits,
      ...(keyof typeof currencyMinorUnits)[],
    ],
    { error: 'Expected an active ISO 4217 currency code, e.g. AZN.' },
  ),
);

/**
 * An ISO 4217 currency code with a minor unit, e.g. `'AZN'`.
 *
 * @remarks
 * One of the 168 active codes of the bundled ISO 4217 table (Debian `iso-codes` 4.15.0, without
 * the codes that have no minor unit: precious metals, bond units, `XDR`, `XSU`, `XUA`, `XTS`,
 * `XXX`); {@link minorUnitsOf} gives the minor unit of each. A typo is a compile-time error, and
 * an unknown code is rejected when parsing (the schema is `MoneySchema.shape.currency`).
 *
 * @example
 * ```ts
 * const currency: CurrencyCode = 'AZN';
 * ```
 *
 * @category Money
 */
export type CurrencyCode =
  | 'AED'
  | 'AFN'
  | 'ALL'
  | 'AMD'
  | 'ANG'
  | 'AOA'
  | 'ARS'
  | 'AUD'
  | 'AWG'
  | 'AZN'
  | 'BAM'
  | 'BBD'
  | 'BDT'
  | 'BGN'
  | 'BHD'
  | 'BIF'
  | 'BMD'
  | 'BND'
  | 'BOB'
  | 'BOV'
  | 'BRL'
  | 'BSD'
  | 'BTN'
  | 'BWP'
  | 'BYN'
  | 'BZD'
  | 'CAD'
  | 'CDF'
  | 'CHE'
  | 'CHF'
  | 'CHW'
  | 'CLF'
  | 'CLP'
  | 'CNY'
  | 'COP'
  | 'COU'
  | 'CRC'
  | 'CUC'
  | 'CUP'
  | 'CVE'
  | 'CZK'
  | 'DJF'
  | 'DKK'
  | 'DOP'
  | 'DZD'
  | 'EGP'
  | 'ERN'
  | 'ETB'
  | 'EUR'
  | 'FJD'
  | 'FKP'
  | 'GBP'
  | 'GEL'
  | 'GHS'
  | 'GIP'
  | 'GMD'
  | 'GNF'
  | 'GTQ'
  | 'GYD'
  | 'HKD'
  | 'HNL'
  | 'HRK'
  | 'HTG'
  | 'HUF'
  | 'IDR'
  | 'ILS'
  | 'INR'
  | 'IQD'
  | 'IRR'
  | 'ISK'
  | 'JMD'
  | 'JOD'
  | 'JPY'
  | 'KES'
  | 'KGS'
  | 'KHR'
  | 'KMF'
  | 'KPW'
  | 'KRW'
  | 'KWD'
  | 'KYD'
  | 'KZT'
  | 'LAK'
  | 'LBP'
  | 'LKR'
  | 'LRD'
  | 'LSL'
  | 'LYD'
  | 'MAD'
  | 'MDL'
  | 'MGA'
  | 'MKD'
  | 'MMK'
  | 'MNT'
  | 'MOP'
  | 'MRU'
  | 'MUR'
  | 'MVR'
  | 'MWK'
  | 'MXN'
  | 'MXV'
  | 'MYR'
  | 'MZN'
  | 'NAD'
  | 'NGN'
  | 'NIO'
  | 'NOK'
  | 'NPR'
  | 'NZD'
  | 'OMR'
  | 'PAB'
  | 'PEN'
  | 'PGK'
  | 'PHP'
  | 'PKR'
  | 'PLN'
  | 'PYG'
  | 'QAR'
  | 'RON'
  | 'RSD'
  | 'RUB'
  | 'RWF'
  | 'SAR'
  | 'SBD'
  | 'SCR'
  | 'SDG'
  | 'SEK'
  | 'SGD'
  | 'SHP'
  | 'SLE'
  | 'SLL'
  | 'SOS'
  | 'SRD'
  | 'SSP'
  | 'STN'
  | 'SVC'
  | 'SYP'
  | 'SZL'
  | 'THB'
  | 'TJS'
  | 'TMT'
  | 'TND'
  | 'TOP'
  | 'TRY'
  | 'TTD'
  | 'TWD'
  | 'TZS'
  | 'UAH'
  | 'UGX'
  | 'USD'
  | 'USN'
  | 'UYI'
  | 'UYU'
  | 'UYW'
  | 'UZS'
  | 'VED'
  | 'VES'
  | 'VND'
  | 'VUV'
  | 'WST'
  | 'XAF'
  | 'XCD'
  | 'XOF'
  | 'XPF'
  | 'YER'
  | 'ZAR'
  | 'ZMW'
  | 'ZWL';

/**
 * The values of the currency schema (`MoneySchema.shape.currency`): each currency code mapped to itself, as zod's enum
 * type holds them. Named so that the documentation of every schema with a currency refers to it
 * instead of spelling out the 168 codes.
 *
 * @category Money
 */
export type CurrencyCodeValues = { [Code in CurrencyCode]: Code };
