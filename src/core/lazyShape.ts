/**
 * The fields of an object schema, as `lazyShape` returns them: each field builder replaced
 * by the schema it builds.
 *
 * @internal
 */
export type LazyFields<T> = { [K in keyof T]: T[K] extends () => infer R ? R : T[K] };

/**
 * The shape of an object schema whose field schemas are built when zod first reads them, not
 * when the module loads.
 *
 * @remarks
 * Each field given as a builder (`id: () => IdSchema`) becomes an enumerable getter that runs
 * the builder on its first read and then keeps the schema as a plain value, so that every later
 * read returns the same schema; a field given as a value (`...base.shape`) is kept as it is.
 * zod reads a shape's getters lazily (the pattern of its recursive schemas), so an object schema
 * built on such a shape costs one object at import time, and its fields are built on the first
 * parse, `.shape` read or JSON Schema export. The type is the type of the shape written with
 * the schemas themselves, so the object schema's type does not change.
 *
 * @param fields - The fields, each a builder of its schema or the schema itself.
 * @returns The shape, with a self-replacing getter for each builder.
 * @example
 * const shape = lazyShape({ id: () => 'built on first read' });
 * shape.id;
 * //=> 'built on first read'
 * @internal
 */
export function lazyShape<T extends Readonly<Record<string, unknown>>>(fields: T): LazyFields<T> {
  // The copy keeps the order; redefining a property keeps its place, `enumerable` and
  // `configurable` (true for a copied field), and a builder becomes a getter, then its value.
  const shape: Record<string, unknown> = { ...fields };
  for (const key of Object.keys(shape)) {
    const field = shape[key];
    if (typeof field === 'function')
      Object.defineProperty(shape, key, {
        get: (): unknown => {
          const value: unknown = field();
          Object.defineProperty(shape, key, { value, writable: true });
          return value;
        },
      });
  }
  return shape as LazyFields<T>;
}
