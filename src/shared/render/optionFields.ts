import { z } from 'zod';

/**
 * A rule for a value declared once and read two ways: as its zod schema, built only when asked
 * for (it gives the messages, and the parsed copy), and as a plain check that needs no zod.
 * `plainly(value)` is true only where the schema accepts the value and would give it back as it
 * is; false means "ask the schema", which may still accept it (a class instance) and says why not.
 *
 * The plain check is there for start-up time: the first value a process parses with zod pays for
 * building the schema and compiling its parser, ≈15 ms, 10–25 ms of the ≈400 ms a 1,000-node
 * `argmap export` to SVG takes (figures in the commit that brought this in). Each rule below is
 * written twice, once per reading, and tested as such; what uses them is declared once
 * (the export options, exportOptions.ts).
 */
export interface Field<S extends z.ZodType> {
  schema(): S;
  plainly(value: unknown): boolean;
}

type Range = { readonly min: number; readonly max: number };

/** One of a list of strings. */
export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
): Field<z.ZodEnum<{ [V in T[number]]: V }>> => ({
  schema: () => z.enum(values),
  plainly: (value) => typeof value === 'string' && (values as readonly string[]).includes(value),
});

/** Exactly this string. */
export const literal = <const T extends string>(value: T): Field<z.ZodLiteral<T>> => ({
  schema: () => z.literal(value),
  plainly: (given) => given === value,
});

export const flag = (): Field<z.ZodBoolean> => ({
  schema: () => z.boolean(),
  plainly: (value) => typeof value === 'boolean',
});

/** A finite number in a range. */
export const number = ({ min, max }: Range): Field<z.ZodNumber> => ({
  schema: () => z.number().min(min).max(max),
  plainly: (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
});

/** A whole number in a range (zod's int() takes safe integers only). */
export const whole = ({ min, max }: Range): Field<z.ZodNumber> => ({
  schema: () => z.number().int().min(min).max(max),
  plainly: (value) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
});

/**
 * A string of min to max characters. zod counts code points, the check UTF-16 units: at most max
 * units is at most max code points, and 2·min units at least min code points.
 */
export const text = ({ min, max }: Range): Field<z.ZodString> => ({
  schema: () => z.string().min(min).max(max),
  plainly: (value) => typeof value === 'string' && value.length <= max && Math.ceil(value.length / 2) >= min,
});

/** An array of min to max items (no holes: zod reads each index, where every() skips holes). */
export const list = <S extends z.ZodType>(item: Field<S>, { min, max }: Range): Field<z.ZodArray<S>> => ({
  schema: () => z.array(item.schema()).min(min).max(max),
  plainly: (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i += 1) if (!(i in value) || !item.plainly(value[i])) return false;
    return true;
  },
});

type Fields = Record<string, Field<z.ZodType>>;
type Shape<F extends Fields> = { -readonly [K in keyof F]: ReturnType<F[K]['schema']> };

/** An object literal's or a null-prototype object's: no inherited keys, no array. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** An object with exactly these keys (zod's strictObject), in this order. */
export function object<const F extends Fields>(
  fields: F,
): Field<z.ZodObject<Shape<F>, z.core.$strict>> & { keys: (keyof F & string)[] } {
  const keys = Object.keys(fields) as (keyof F & string)[];
  return {
    keys,
    schema: () => z.strictObject(Object.fromEntries(keys.map((key) => [key, fields[key].schema()])) as Shape<F>),
    plainly: (value) =>
      isPlainObject(value) &&
      Object.keys(value).length === keys.length &&
      keys.every((key) => Object.hasOwn(value, key) && fields[key].plainly(value[key])),
  };
}

type Discriminable = z.ZodType & z.core.$ZodTypeDiscriminable;
type Options = readonly [Field<Discriminable>, ...Field<Discriminable>[]];
type Schemas<O extends Options> = { -readonly [I in keyof O]: ReturnType<O[I]['schema']> };

/** One of several objects told apart by the value of one key (zod's discriminatedUnion). */
export function union<const O extends Options, K extends string>(
  key: K,
  options: O,
): Field<z.ZodDiscriminatedUnion<Schemas<O>, K>> {
  return {
    schema: () => z.discriminatedUnion(key, options.map((option) => option.schema()) as unknown as Schemas<O>),
    plainly: (value) => options.some((option) => option.plainly(value)),
  };
}
