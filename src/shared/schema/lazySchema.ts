/**
 * A zod schema built the first time anything touches it, standing in for it until then (and
 * forwarding to it after). zod spends a few milliseconds on each schema it builds, and tens on
 * the first ones of a process: a module that declares schemas at its top level would make every
 * process that loads it pay, even one that never parses anything with them (the command line
 * checks a valid map without zod). Use it for module-level schemas:
 *
 *   export const nodeSchema = lazySchema(() => z.strictObject({ … }));
 *
 * The stand-in is a Proxy whose every operation goes to the real schema, with the real schema
 * as `this`: methods, `shape`, use inside other schemas, `instanceof`, `z.infer` all work.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => (schema ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key, real()),
    set: (_target, key, value) => Reflect.set(real(), key, value, real()),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property the (empty) target lacks as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
