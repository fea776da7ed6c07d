import * as z from 'zod';
import { pure } from '../core/pure.js';

/**
 * The pattern of an http(s) URL as the model accepts it: a lower-case scheme, an ASCII host name,
 * an optional port, then path, query and fragment made of RFC 3986 characters.
 *
 * @remarks
 * A strict subset of RFC 3986 URIs, so the JSON Schema `format: "uri"` and this pattern agree:
 * no spaces, no backslashes, no raw non-ASCII characters (write an internationalised host in
 * punycode, `xn--…`, and percent-encode the path), and `%` only before two hex digits. IP
 * literals in brackets are not accepted.
 *
 * @example
 * ```ts
 * HTTP_URL_PATTERN.test('https://www.trend.az/business/4117320.html');
 * //=> true
 * HTTP_URL_PATTERN.test('https://example.com/a b');
 * //=> false
 * ```
 *
 * @category Model
 */
export const HTTP_URL_PATTERN: RegExp =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?::[0-9]{1,5})?(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*)?(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/**
 * An http or https URL (see `HTTP_URL_PATTERN`), at most 2,000 characters.
 *
 * @remarks
 * The generated JSON Schema states it as `format: "uri"` plus the pattern; both accept exactly
 * the same strings.
 *
 * @example
 * ```ts
 * HttpUrlSchema.parse('https://azergold.az/');
 * //=> 'https://azergold.az/'
 * HttpUrlSchema.safeParse(' https://azergold.az/').success;
 * //=> false
 * ```
 *
 * @category Model
 */
export const HttpUrlSchema = pure(() =>
  z
    .string()
    .max(2000)
    .regex(HTTP_URL_PATTERN, 'Expected an http(s) URL, e.g. https://example.com/page.')
    .meta({ format: 'uri' }),
);

/**
 * An http or https URL string of at most 2,000 characters.
 *
 * @remarks
 * A strict subset of RFC 3986 URIs: a lower-case scheme, an ASCII host name (punycode for an
 * internationalised one), an optional port, then path, query and fragment made of RFC 3986
 * characters, `%` only before two hex digits. The schema is
 * `SourceSchema.shape.url.unwrap()`.
 *
 * @example
 * ```ts
 * const url: HttpUrl = 'https://www.trend.az/business/4117320.html';
 * ```
 *
 * @category Model
 */
export type HttpUrl = string;
