import type { Location } from '../model/location.js';

/**
 * A readable label of a location: its name, and its English exonym when it differs.
 *
 * @param location - The location.
 * @returns E.g. `'Daşkəsən (Dashkasan)'`.
 * @internal
 */
export function placeLabel(location: Readonly<Location>): string {
  const english = location.names?.find((n) => n.lang === 'en' && n.kind === 'exonym')?.value;
  return english === undefined || english === location.name
    ? location.name
    : `${location.name} (${english})`;
}
