/**
 * A check after reading untrusted text: did the reader change the objects every other object in
 * the process inherits from? A parser that files an author's names in plain objects can write
 * onto Object.prototype (a statement titled `__proto__`); from then on every object seems to have
 * that property, and loading and saving maps fail until a restart. The importers keep names out
 * of plain objects (see argdown/titleDictionaries.ts); this catches what a library update might
 * bring back: the change is undone and the import refused.
 */

type Snapshot = Map<object, { where: string; properties: Map<PropertyKey, PropertyDescriptor> }>;

/** The objects ordinary property lookups reach: the prototypes, Object, and Object.prototype's methods. */
function watchedObjects(): [string, object][] {
  const watched: [string, object][] = [
    ['Object.prototype', Object.prototype],
    ['Object', Object],
    ['Function.prototype', Function.prototype],
    ['Array.prototype', Array.prototype],
    ['String.prototype', String.prototype],
    ['Number.prototype', Number.prototype],
    ['Boolean.prototype', Boolean.prototype],
  ];
  for (const key of Object.getOwnPropertyNames(Object.prototype)) {
    // An accessor (`__proto__`) is not read: only the methods a name like `toString` could reach.
    const { value } = Object.getOwnPropertyDescriptor(Object.prototype, key) ?? {};
    if (typeof value === 'function') watched.push([`Object.prototype.${key}`, value]);
  }
  return watched;
}

function snapshot(): Snapshot {
  const taken: Snapshot = new Map();
  for (const [where, object] of watchedObjects()) {
    // Object is also Object.prototype.constructor: it keeps its first, shorter name.
    if (taken.has(object)) continue;
    const properties = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(object)) properties.set(key, Object.getOwnPropertyDescriptor(object, key)!);
    taken.set(object, { where, properties });
  }
  return taken;
}

const same = (a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  Object.is(a.value, b.value) &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

/** Compares the built-in objects with a snapshot and puts back what changed; returns what had. */
function restore(before: Snapshot): string[] {
  const changed: string[] = [];
  for (const [object, { where, properties }] of before) {
    for (const key of Reflect.ownKeys(object)) {
      if (properties.has(key)) continue;
      changed.push(`${where}.${String(key)}`);
      Reflect.deleteProperty(object, key);
    }
    for (const [key, descriptor] of properties) {
      if (same(Object.getOwnPropertyDescriptor(object, key), descriptor)) continue;
      changed.push(`${where}.${String(key)}`);
      Reflect.defineProperty(object, key, descriptor);
    }
  }
  return changed;
}

/** A look at the built-in objects as they were when it was taken. */
export interface BuiltinsWatch {
  /** Puts back whatever changed since the watch began; says what had ("Object.prototype.data"). */
  restore(): string[];
}

/** Remembers the built-in objects as they are now, to put them back later (restore). */
export function watchBuiltins(): BuiltinsWatch {
  const before = snapshot();
  return { restore: () => restore(before) };
}

/**
 * Runs `read` and, should it have changed a built-in object, undoes the change and returns
 * `refuse(what changed)` instead of its result. Costs a few hundred property reads either way.
 */
export function guardBuiltins<T>(read: () => T, refuse: (changed: string[]) => T): T {
  const watch = watchBuiltins();
  let outcome: { value: T } | { error: unknown };
  try {
    outcome = { value: read() };
  } catch (error) {
    outcome = { error };
  }
  // Also after a throw: the process must be whole again before anything else runs.
  const changed = watch.restore();
  if (changed.length > 0) return refuse(changed);
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
