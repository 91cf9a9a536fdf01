import { COLOUR, ISO_DATE, ISO_DATE_TIME } from './recordLimits';

/**
 * The words a record is declared in (see nodeRecord.ts): each field is plain data saying what it
 * holds, typed with the value it holds. One declaration per record gives its TypeScript type
 * (ValueOf), its zod schema (schema/recordSchema.ts, built only to word a problem) and the fast
 * check that vouches for a valid file without zod (schema/plainMap.ts): adding a field is one
 * line in the record's module, and the three cannot drift.
 */

declare const holds: unique symbol;
/** The value a field holds, for the type checker only: no field object carries it. */
interface Holds<T> {
  readonly [holds]?: () => T;
}

/** A string of at most `max` characters (code points), non-empty with `min: 1`, matching `pattern` if given. */
export interface TextSpec {
  readonly type: 'text';
  readonly min?: 1;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** What a string that does not match `pattern` is told. */
  readonly patternMessage?: string;
}
/** An id: 1 to LIMITS.idLength characters of ID_PATTERN, never `__proto__` (recordLimits.ts). */
export interface IdSpec {
  readonly type: 'id';
}
/** A finite number, within `min`..`max` where given; a safe integer with `whole`. */
export interface NumberSpec {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly whole?: true;
}
/** true or false. */
export interface BooleanSpec {
  readonly type: 'boolean';
}
/** One of a few strings (a kind). */
export interface ChoiceSpec {
  readonly type: 'choice';
  readonly values: readonly string[];
}
export interface ListSpec {
  readonly type: 'list';
  readonly item: FieldSpec;
  readonly min?: number;
  readonly max: number;
}
/** A record: exactly these fields (an unknown one is refused), in this order on disk. */
export interface ObjectSpec {
  readonly type: 'object';
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** The fields' names in their declared order: the order a saved file writes them in. */
  readonly keys: readonly string[];
}
/** Whichever of a few records the value is (the first that fits). */
export interface UnionSpec {
  readonly type: 'union';
  readonly options: readonly ObjectSpec[];
  /** The key whose literal value tells the records apart, if there is one (zod then says which values it takes). */
  readonly key?: string;
}
/** Records keyed by their ids (convention 6): `nodes`, `relations`. */
export interface TableSpec {
  readonly type: 'table';
  readonly key: IdSpec;
  readonly item: FieldSpec;
}
/** A field of a record that may be left out (but not given as `undefined`). */
export interface OptionalSpec {
  readonly type: 'optional';
  readonly field: FieldSpec;
}

export type FieldSpec =
  | TextSpec
  | IdSpec
  | NumberSpec
  | BooleanSpec
  | ChoiceSpec
  | ListSpec
  | ObjectSpec
  | UnionSpec
  | TableSpec
  | OptionalSpec;

/** A field declaration that holds values of type T. */
export type Field<T, S extends FieldSpec = FieldSpec> = S & Holds<T>;

/** The type of the values a field (or a record) holds. */
export type ValueOf<F> = F extends Holds<infer T> ? T : never;

/** The fields of a record, by name. */
export type Fields = Readonly<Record<string, Field<unknown>>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalSpec ? K : never }[keyof F];
type Flat<T> = { -readonly [K in keyof T]: T[K] } & {};
/** The value of a record with these fields: optional ones may be absent. */
export type Shape<F extends Fields> = Flat<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: ValueOf<F[K]> } & { [K in OptionalKeys<F>]?: ValueOf<F[K]> }
>;

/** A record declaration, keeping its fields' own types (the zod schema built from it is typed by them). */
export type ObjectField<F extends Fields> = Field<Shape<F>, ObjectSpec> & { readonly fields: F };

export const text = (bounds: { min?: 1; max?: number } = {}): Field<string, TextSpec> => ({ type: 'text', ...bounds });

/** A date as yyyy-mm-dd. */
export const isoDate = (): Field<string, TextSpec> => ({
  type: 'text',
  pattern: ISO_DATE,
  patternMessage: 'Expected a date as yyyy-mm-dd',
});

/** A moment as an ISO date and time: yyyy-mm-ddThh:mm, optional seconds and fraction, optional Z or ±hh:mm. */
export const isoDateTime = (): Field<string, TextSpec> => ({
  type: 'text',
  pattern: ISO_DATE_TIME,
  patternMessage: 'Expected a time as yyyy-mm-ddThh:mm:ss (ISO 8601)',
});

/** A colour as #rrggbb. */
export const colour = (): Field<string, TextSpec> => ({
  type: 'text',
  pattern: COLOUR,
  patternMessage: 'Expected a colour as #rrggbb',
});

/** An id, typed with its brand: `id<NodeId>()`. */
export const id = <T extends string>(): Field<T, IdSpec> => ({ type: 'id' });

export const finite = (bounds: { min?: number; max?: number } = {}): Field<number, NumberSpec> => ({
  type: 'number',
  ...bounds,
});

/** A whole number (a safe integer, as zod's int()) in a range. */
export const whole = (bounds: { min: number; max: number }): Field<number, NumberSpec> => ({
  type: 'number',
  whole: true,
  ...bounds,
});

export const flag = (): Field<boolean, BooleanSpec> => ({ type: 'boolean' });

export const choice = <const T extends string>(values: readonly T[]): Field<T, ChoiceSpec> => ({
  type: 'choice',
  values,
});

/** Exactly this string: what tells the records of a union apart. */
export const literal = <const T extends string>(value: T): Field<T, ChoiceSpec> => ({
  type: 'choice',
  values: [value],
});

export const list = <T>(item: Field<T>, bounds: { min?: number; max: number }): Field<T[], ListSpec> => ({
  type: 'list',
  item,
  ...bounds,
});

export const optional = <T>(field: Field<T>): Field<T, OptionalSpec> => ({ type: 'optional', field });

export const object = <const F extends Fields>(fields: F): ObjectField<F> =>
  ({ type: 'object', fields, keys: Object.keys(fields) }) as ObjectField<F>;

export const union = <const O extends readonly ObjectField<Fields>[]>(
  ...options: O
): Field<ValueOf<O[number]>, UnionSpec> => ({ type: 'union', options });

/** One of a few records told apart by the literal value of one key (`kind: literal('map')`…). */
export const tagged = <const O extends readonly ObjectField<Fields>[]>(
  key: string,
  ...options: O
): Field<ValueOf<O[number]>, UnionSpec> => ({ type: 'union', options, key });

export const table = <K extends string, T>(key: Field<K, IdSpec>, item: Field<T>): Field<Record<K, T>, TableSpec> => ({
  type: 'table',
  key,
  item,
});

/**
 * How a record of an older file format becomes one of the next: named for what the format changed,
 * and without `up` when the record needs no change (the format only added an optional field).
 * Shipped ones are never edited; schema/migrations.ts runs them by the format they leave.
 */
export interface RecordMigration {
  readonly name: string;
  readonly up?: (record: unknown) => unknown;
}
/** A record's migrations, by the file format each leaves (1 takes a format-1 record to format 2). */
export type RecordMigrations = Readonly<Record<number, RecordMigration>>;
