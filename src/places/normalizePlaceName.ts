import { ImpactError } from '../core/ImpactError.js';

/**
 * Folds a place name to the key under which its spelling variants meet.
 *
 * @remarks
 * The rules come from the spellings of Azerbaijani place names in Azerbaijani, English and
 * Russian-derived sources, and are applied in this order:
 * 1. Unicode NFD, then every combining mark is dropped and the text is lower-cased: `ş → s`,
 *    `ç → c`, `ğ → g`, `ö → o`, `ü → u`, `İ → i`.
 * 2. Letters with the same English rendering are folded: `ə`, `ǝ` and `e` → `a`; `ı` and `y` →
 *    `i`; `q` → `g`; `j` → `c`.
 * 3. Everything that is not a letter or a digit (hyphens, en dashes, apostrophes, spaces) becomes
 *    one space; the ends are trimmed.
 * 4. The digraphs `sh`, `ch`, `gh`, `kh` become `s`, `c`, `g`, `x`, and a letter repeated in a
 *    row is written once.
 *
 * So Daşkəsən, Dashkasan, Dashkesan, Dashkesen and Daskasan all give `'daskasan'`; Göyçay gives
 * `'goicai'` and Göygöl `'goigol'`, which stay apart. The key is for matching only, never for
 * display. Names that differ by more than spelling (Khanlar for Göygöl, the Russian-derived
 * Fizuli and Zangelan, Stepanakert for Xankəndi) keep their own keys and are found as aliases.
 * Cyrillic text is lower-cased but not transliterated.
 *
 * @param name - The place name, in any spelling.
 * @returns The matching key: lower-case letters and digits separated by single spaces; `''` for
 * a name with no letter or digit. Idempotent: folding a key again returns it unchanged.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `name` is not a string.
 *
 * @example
 * ```ts
 * normalizePlaceName('Daşkəsən');
 * //=> 'daskasan'
 * normalizePlaceName('Dashkesen');
 * //=> 'daskasan'
 * normalizePlaceName('Gəncə–Daşkəsən');
 * //=> 'ganca daskasan'
 * normalizePlaceName('Göyçay') === normalizePlaceName('Göygöl');
 * //=> false
 * ```
 *
 * @category Places
 */
export function normalizePlaceName(name: string): string {
  if (typeof name !== 'string') {
    throw new ImpactError('INVALID_ARGUMENT', `a place name must be a string, got ${typeof name}`);
  }
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[əǝe]/g, 'a') // Daşkəsən / Dashkasan / Dashkesan; ǝ (U+01DD) in ISO's Kǝngǝrli
    .replace(/[ıy]/g, 'i') // Xızı / Khizi, Masallı / Masally, Ismayilli / Ismailli
    .replace(/q/g, 'g') // Qazax / Gazakh, Sumqayıt / Sumgayit
    .replace(/j/g, 'c') // Culfa / Julfa, Kəlbəcər / Kalbajar
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // One pass suffices: a digraph takes every h after it, and the letters merged by the second
  // replacement are equal, so neither creates a new digraph. Both are linear in the length.
  // (The patterns live in the function: a module-level RegExp would be kept by bundlers.)
  return (
    key
      // sh, ch, gh, kh → s, c, g, x: Şuşa / Shusha / Susha, Xaçmaz / Khachmaz
      .replace(/([scgk])h+/g, (_digraph, first: string) => (first === 'k' ? 'x' : first))
      // a letter written twice or more: Saatlı / Saatli, Ismayilli / Ismailli after the folds
      .replace(/(\p{L})\1+/gu, '$1')
  );
}
