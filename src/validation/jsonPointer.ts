/**
 * Builds an RFC 6901 JSON Pointer from a path of keys and array indices.
 *
 * @remarks
 * Each segment is escaped: `~` becomes `~0`, then `/` becomes `~1`. The empty path is the
 * whole document, `''`.
 *
 * @param path - The keys and indices from the root, e.g. `['programs', 3, 'spend', 0]`.
 * @returns The pointer, e.g. `'/programs/3/spend/0'`.
 *
 * @example
 * ```ts
 * jsonPointer(['programs', 3, 'spend', 0, 'value']);
 * //=> '/programs/3/spend/0/value'
 * jsonPointer(['byOrigin', 'a/b~c']);
 * //=> '/byOrigin/a~1b~0c'
 * ```
 *
 * @category Validation
 */
export function jsonPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of path) {
    pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}
