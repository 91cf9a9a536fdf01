import type { FieldSpec, ObjectSpec } from '../model/recordFields';
import { ID_PATTERN, LIMITS } from '../model/recordLimits';

// The fast check: what the zod schema (recordSchema.ts) returns for a value that is plainly valid,
// without zod, or BAIL for anything it does not vouch for (zod then decides and words the
// problem). It is read off the same record declarations as the schema, one small function per
// field, made once: it accepts only what the schema accepts and returns the same objects, keys in
// the declared order. When unsure (a string longer than its limit in UTF-16 units, where zod counts
// code points; an object that is not a plain JSON object; a key present but undefined) it leaves
// the value to zod. argumentMapSchema.fast.test.ts holds it to that.

/** What a check answers for a value it does not vouch for. */
export const BAIL = Symbol('bail');
/**
 * A field's check: the value as the schema would return it, or BAIL. With `reuse`, a value that
 * is already what the schema returns is returned itself (see plainlyValidMap).
 */
export type Check = (value: unknown, reuse: boolean) => unknown;

type Plain = Record<string, unknown>;

/**
 * An object as JSON.parse or an object literal makes it, or one with no prototype: zod reads
 * inherited enumerable keys, and these have none that are not Object.prototype's own.
 */
const isPlainObject = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const isId = (value: unknown): boolean =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= LIMITS.idLength &&
  ID_PATTERN.test(value) &&
  value !== '__proto__';

const checks = new WeakMap<FieldSpec, Check>();

/** The check of a field declaration, made on first use and kept. */
export function checkOf(field: FieldSpec): Check {
  let check = checks.get(field);
  if (!check) {
    check = makeCheck(field);
    checks.set(field, check);
  }
  return check;
}

function makeCheck(field: FieldSpec): Check {
  switch (field.type) {
    case 'text': {
      // UTF-16 units: a string within `max` of them is within `max` code points too; `min` is 0 or 1.
      const { min = 0, max = Infinity, pattern } = field;
      return (value) =>
        typeof value === 'string' &&
        value.length >= min &&
        value.length <= max &&
        (pattern === undefined || pattern.test(value))
          ? value
          : BAIL;
    }
    case 'id':
      return (value) => (isId(value) ? value : BAIL);
    case 'number': {
      const { min = -Infinity, max = Infinity, whole } = field;
      return (value) =>
        typeof value === 'number' &&
        (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
        value >= min &&
        value <= max
          ? value
          : BAIL;
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : BAIL);
    case 'choice': {
      const values: ReadonlySet<unknown> = new Set(field.values);
      return (value) => (values.has(value) ? value : BAIL);
    }
    case 'list':
      return listCheck(checkOf(field.item), field.min ?? 0, field.max);
    case 'object':
      return objectCheck(field);
    case 'union': {
      const options = field.options.map(checkOf);
      return (value, reuse) => {
        for (let i = 0; i < options.length; i++) {
          const result = options[i](value, reuse);
          if (result !== BAIL) return result;
        }
        return BAIL;
      };
    }
    case 'table':
      return tableCheck(checkOf(field.key), checkOf(field.item));
    case 'optional':
      // Only a record's field may be optional: objectCheck reads absence; a value present is the field's.
      return checkOf(field.field);
  }
}

function listCheck(item: Check, min: number, max: number): Check {
  return (value, reuse) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return BAIL;
    let copy: unknown[] | undefined = reuse ? undefined : new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i], reuse);
      if (result === BAIL) return BAIL;
      if (copy) copy[i] = result;
      else if (result !== value[i]) (copy = value.slice(0, i)).push(result);
    }
    return copy ?? value;
  };
}

function objectCheck(record: ObjectSpec): Check {
  const keys = record.keys;
  const known: ReadonlySet<string> = new Set(keys);
  const fieldChecks = keys.map((key) => checkOf(record.fields[key]));
  const optional = keys.map((key) => record.fields[key].type === 'optional');
  return (value, reuse) => {
    if (!isPlainObject(value)) return BAIL;
    // No unknown key; and whether the keys come in the declared order, as serializeArgmap writes
    // them: then the object is what the schema would return, and a map just parsed can keep it.
    let inOrder = true;
    let at = 0;
    for (const key in value) {
      if (!known.has(key)) return BAIL;
      if (inOrder) {
        while (at < keys.length && keys[at] !== key) at++;
        if (at === keys.length) inOrder = false;
        else at++;
      }
    }
    let out: Plain | undefined = reuse && inOrder ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const field = value[key];
      if (field === undefined) {
        if (!optional[i] || key in value) return BAIL;
        continue;
      }
      const result = fieldChecks[i](field, reuse);
      if (result === BAIL) return BAIL;
      if (out) out[key] = result;
      else if (result !== field) {
        // A field that is not kept as it is: the object is copied after all, the fields so far as they were.
        out = {};
        for (let j = 0; j < i; j++) if (value[keys[j]] !== undefined) out[keys[j]] = value[keys[j]];
        out[key] = result;
      }
    }
    return out ?? value;
  };
}

function tableCheck(key: Check, item: Check): Check {
  return (value, reuse) => {
    if (!isPlainObject(value)) return BAIL;
    // zod's record reads symbol keys too (and refuses them).
    if (Object.getOwnPropertySymbols(value).length > 0) return BAIL;
    const keys = Object.keys(value);
    let out: Plain | undefined = reuse ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      if (key(keys[i], reuse) === BAIL) return BAIL;
      const entry = value[keys[i]];
      const result = item(entry, reuse);
      if (result === BAIL) return BAIL;
      if (out) out[keys[i]] = result;
      else if (result !== entry) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = value[keys[j]];
        out[keys[i]] = result;
      }
    }
    return out ?? value;
  };
}

/** Whether a value is plainly what the field's schema accepts and would give back as it is. */
export const plainly = (field: FieldSpec, value: unknown): boolean => checkOf(field)(value, true) === value;
