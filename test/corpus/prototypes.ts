// Snapshots of the built-in prototypes, to prove that no input ever changes one.
import { expect } from 'vitest';

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Error.prototype', Error.prototype],
  ['RegExp.prototype', RegExp.prototype],
];

export type Snapshot = readonly {
  readonly name: string;
  readonly extensible: boolean;
  readonly parent: object | null;
  readonly keys: readonly (string | symbol)[];
  readonly descriptors: readonly PropertyDescriptor[];
}[];

export function snapshotPrototypes(): Snapshot {
  return WATCHED.map(([name, prototype]) => {
    const keys = Reflect.ownKeys(prototype);
    return {
      name,
      extensible: Object.isExtensible(prototype),
      parent: Object.getPrototypeOf(prototype) as object | null,
      keys,
      descriptors: keys.map(
        (key) => Reflect.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor,
      ),
    };
  });
}

/** Fails unless every watched prototype has the same keys with the very same values. */
export function expectPrototypesUnchanged(before: Snapshot): void {
  const after = snapshotPrototypes();
  for (const [i, was] of before.entries()) {
    const now = after[i] as Snapshot[number];
    expect({ name: now.name, keys: now.keys }).toEqual({ name: was.name, keys: was.keys });
    expect(now.extensible, was.name).toBe(was.extensible);
    expect(now.parent === was.parent, was.name).toBe(true);
    for (const [j, descriptor] of was.descriptors.entries()) {
      const current = now.descriptors[j] as PropertyDescriptor;
      const same =
        current.value === descriptor.value &&
        current.get === descriptor.get &&
        current.set === descriptor.set &&
        current.writable === descriptor.writable &&
        current.enumerable === descriptor.enumerable &&
        current.configurable === descriptor.configurable;
      expect(same, `${was.name}.${String(was.keys[j])}`).toBe(true);
    }
  }
  // The classic symptom of pollution: a property appearing on every object.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}
