import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * What kind of name a {@link LocalizedName} is.
 *
 * @remarks
 * `official`: the name in the official language (Daşkəsən); `exonym`: a name used in another
 * language (Dashkasan); `transliteration`: a letter-by-letter rendering (Dashkesan);
 * `historic`: a former name (Khanlar for Göygöl); `variant`: another spelling in use, such as the
 * ISO 3166-2 spelling with `ǝ` (Kǝngǝrli).
 *
 * @example
 * ```ts
 * NameKindSchema.parse('exonym');
 * //=> 'exonym'
 * ```
 *
 * @category Model
 */
export const NameKindSchema = pure(() =>
  z.enum(['official', 'exonym', 'transliteration', 'historic', 'variant']),
);

/**
 * What kind of name a {@link LocalizedName} is.
 *
 * @remarks
 * `'official'`: the name in the official language (Daşkəsən); `'exonym'`: a name used in another
 * language (Dashkasan); `'transliteration'`: a letter-by-letter rendering (Dashkesan);
 * `'historic'`: a former name (Khanlar for Göygöl); `'variant'`: another spelling in use, such as
 * the ISO 3166-2 spelling with `ǝ` (Kǝngǝrli).
 *
 * @example
 * ```ts
 * const kind: NameKind = 'historic';
 * ```
 *
 * @category Model
 */
export type NameKind = 'official' | 'exonym' | 'transliteration' | 'historic' | 'variant';

/**
 * The pattern of a BCP 47 language tag as the model accepts it: a 2-3 letter language and
 * optional subtags (`az`, `en`, `ru`, `az-Latn`, `az-Cyrl-AZ`).
 *
 * @example
 * ```ts
 * LANGUAGE_TAG_PATTERN.test('az-Latn');
 * //=> true
 * ```
 *
 * @category Model
 */
export const LANGUAGE_TAG_PATTERN: RegExp = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A name in a language, with its kind.
 *
 * @example
 * ```ts
 * LocalizedNameSchema.parse({ value: 'Dashkasan', lang: 'en', kind: 'exonym' });
 * //=> { value: 'Dashkasan', lang: 'en', kind: 'exonym' }
 * ```
 *
 * @category Model
 */
export const LocalizedNameSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The name as written, e.g. `'Daşkəsən'`. */
      value: () => z.string().min(1).max(500),
      /** The BCP 47 language tag of the name, e.g. `'az'`, `'en'`, `'ru'`. */
      lang: () =>
        z.string().regex(LANGUAGE_TAG_PATTERN, 'Expected a BCP 47 language tag, e.g. az or en.'),
      /** What kind of name this is. */
      kind: NameKindSchema,
    }),
  ),
);

/**
 * A name in a language, with its kind.
 *
 * @remarks
 * The `names` of every entity hold them; the schema is
 * `LocationSchema.shape.names.unwrap().element`.
 *
 * @example
 * ```ts
 * const name: LocalizedName = { value: 'Khanlar', lang: 'en', kind: 'historic' };
 * ```
 *
 * @category Model
 */
export interface LocalizedName {
  /** The name as written, e.g. `'Daşkəsən'`. */
  readonly value: string;
  /** The BCP 47 language tag of the name, e.g. `'az'`, `'en'`, `'ru'`. */
  readonly lang: string;
  /** What kind of name this is. */
  readonly kind: NameKind;
}
